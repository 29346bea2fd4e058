import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { forEachFacts, loadFacts } from './lifecycleFacts';

// The facts are read as concatenated strings and merged by hand (lifecycleFacts.ts): these
// check the merge against what was recorded — several roles in one edition, customers with
// and without participations, another exhibition's editions, complaints, word of mouth, the
// Trash — and that the sorted fallback reads the same.

type T = ReturnType<typeof tempBackend>;
let t: T;
beforeEach(() => {
  t = tempBackend();
});
afterEach(() => t.cleanup());

const TODAY = new Date().toISOString().slice(0, 10);

describe('lifecycle facts', () => {
  it('reads every relationship with its participations, complaints and word of mouth, in customer order', async () => {
    const x = await t.call('exhibitions.create', { name: 'Spring Fair' });
    const other = await t.call('exhibitions.create', { name: 'Autumn Fair' });
    const e1 = await t.call('editions.create', { exhibitionId: x.id, name: 'Spring 2024', startDate: '2024-04-01', endDate: '2024-04-03', status: 'closed' });
    const e2 = await t.call('editions.create', { exhibitionId: x.id, name: 'Spring 2025', startDate: '2025-04-01', endDate: '2025-04-03', status: 'closed' });
    const o1 = await t.call('editions.create', { exhibitionId: other.id, name: 'Autumn 2025', startDate: '2025-10-01', endDate: '2025-10-03', status: 'closed' });
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push((await t.call('customers.create', { companyName: `Firm ${i}` })).id);
    const [a, b, c, d] = ids as [string, string, string, string];
    const part = (customerId: string, editionId: string, role: string, status: string, satisfaction: number | null, standArea: number | null) =>
      t.call('participations.create', { customerId, editionId, role, status, statusAt: '2024-01-10', satisfaction, standArea, ...(status === 'cancelled' ? { cancelReason: 'Budget' } : {}) } as never);
    // a: two roles in 2025 (scores combine to the best, areas add up), attended 2024.
    await part(a, e1.id, 'exhibitor', 'attended', 7, 12.5);
    await part(a, e2.id, 'exhibitor', 'attended', 6, 18);
    await part(a, e2.id, 'partner', 'paid', 9, 6);
    // b: cancelled in 2025, and a participation in the other exhibition only.
    await part(b, e2.id, 'exhibitor', 'cancelled', null, null);
    await part(b, o1.id, 'exhibitor', 'attended', 10, 9);
    // c: an open complaint and negative word of mouth; d: in the Trash.
    await t.call('interactions.create', { customerId: c, type: 'complaint', summary: 'Stand was flooded', at: '2025-04-02T10:00:00.000Z' } as never);
    t.db().prepare("UPDATE customers SET negative_wom_at = '2025-05-01T00:00:00.000Z' WHERE id = ?").run(c);
    await t.call('customers.trash', { ids: [d] });

    const fast = loadFacts(t.db(), x.id, TODAY);
    const sorted: unknown[] = [];
    forEachFacts(t.db(), x.id, TODAY, (customerId, version, facts) => sorted.push({ customerId, version, facts }), undefined, true);
    expect(JSON.stringify(sorted)).toBe(JSON.stringify(fast));
    expect(fast.map((f) => f.customerId)).toEqual(ids.filter((id) => id !== d).sort());

    const by = new Map(fast.map((f) => [f.customerId, f.facts]));
    expect(by.get(a)!.participations).toEqual([
      { status: 'attended', satisfaction: 7, standArea: 12.5, statusAt: '2024-04-01' },
      { status: 'attended', satisfaction: 9, standArea: 24, statusAt: '2025-04-01' },
    ]);
    expect(by.get(b)!.participations).toEqual([null, { status: 'cancelled', satisfaction: null, standArea: null, statusAt: '2025-04-01' }]);
    expect(by.get(c)!).toMatchObject({ participations: [null, null], openComplaints: ['2025-04-02'], negativeWomAt: '2025-05-01T00:00:00.000Z', stage: 'cultivation', movedIn: false });
    expect(by.get(ids[5]!)!).toMatchObject({ participations: [null, null], openComplaints: [], negativeWomAt: null });

    // Only some customers: the same facts for them.
    const some = loadFacts(t.db(), x.id, TODAY, [c, a]);
    expect(some.map((f) => f.customerId)).toEqual([a, c].sort());
    expect(some.find((f) => f.customerId === a)!.facts.participations).toEqual(by.get(a)!.participations);
  });
});
