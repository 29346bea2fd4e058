import { METHOD_NAMES } from '@shared/api';
import { describe, expect, it } from 'vitest';
import { SHOWN_ELSEWHERE, showsDomain } from './domains';

describe('which queries refetch when a domain changes', () => {
  it('a participation refreshes the customer page, timeline, segment counts and its own domain', () => {
    for (const m of ['participations.get', 'customers.page', 'customers.timeline', 'segments.list', 'segments.count']) {
      expect(showsDomain(m, 'participations'), m).toBe(true);
    }
    // The customer list shows no participation facts: 100,000 rows need not refetch.
    expect(showsDomain('customers.list', 'participations')).toBe(false);
  });

  it('a customer moved to the Trash refreshes edition totals, participant lists and the exhibitions list', () => {
    for (const m of ['editions.get', 'editions.participants', 'exhibitions.list', 'capture.today']) {
      expect(showsDomain(m, 'customers'), m).toBe(true);
    }
  });

  it('a customer entered or edited refreshes an open import’s counts and duplicates, not its other steps', () => {
    for (const m of ['imports.dryRun', 'imports.validate']) expect(showsDomain(m, 'customers'), m).toBe(true);
    expect(showsDomain('imports.templates', 'customers')).toBe(false);
  });

  it('names only methods that exist (a renamed method must not silently stop refreshing)', () => {
    for (const [domain, prefixes] of Object.entries(SHOWN_ELSEWHERE)) {
      expect(METHOD_NAMES.some((m) => m.startsWith(`${domain}.`)), domain).toBe(true);
      for (const p of prefixes) expect(METHOD_NAMES.some((m) => m.startsWith(p)), p).toBe(true);
    }
  });
});
