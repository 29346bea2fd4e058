import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { timeOrderedIds } from './timeOrderedId';

const isUuid = (s: string) => z.uuid().safeParse(s).success;

describe('timeOrderedIds', () => {
  it('makes valid version 7 UUIDs that the API accepts', () => {
    const next = timeOrderedIds();
    for (let i = 0; i < 100; i++) {
      const id = next();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(isUuid(id)).toBe(true);
    }
  });

  it('puts the time first: the leading 48 bits are the milliseconds', () => {
    const ms = Date.UTC(2026, 10, 23, 12, 0, 0);
    const id = timeOrderedIds(() => ms)();
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(ms);
  });

  it('is strictly increasing as text within one millisecond, across 4,096 ids in it, and when the clock steps back', () => {
    const clock = 1_700_000_000_000;
    const times = [clock, clock, clock, clock - 5_000, clock + 1];
    let i = 0;
    const next = timeOrderedIds(() => times[Math.min(i++, times.length - 1)]!);
    const ids: string[] = [];
    for (let k = 0; k < 10_000; k++) ids.push(next());
    for (let k = 1; k < ids.length; k++) expect(ids[k]! > ids[k - 1]!).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // The clock never got past clock + 1: 10,000 ids borrowed later milliseconds to stay increasing.
    const lastMs = parseInt(ids.at(-1)!.replace(/-/g, '').slice(0, 12), 16);
    expect(lastMs).toBeGreaterThan(clock + 1);
  });

  it('differs between two generators in the same millisecond (random tail)', () => {
    const a = timeOrderedIds(() => 1)();
    const b = timeOrderedIds(() => 1)();
    expect(a).not.toBe(b);
    expect(a.slice(0, 18)).toBe(b.slice(0, 18));
  });
});
