import { describe, expect, it } from 'vitest';
import { checkCondition, newCondition, newGroup, problemCount, sameMeaning, toDraft, updateNode, validDefinition } from './draft';

describe('segment builder draft', () => {
  it('sends only finished, valid rows for the live count; empty groups vanish', () => {
    const kind = { ...newCondition('kind'), values: ['exhibitor'] };
    const unfinished = newCondition('industry');
    const badRange = { ...newCondition('revenue'), min: 10, max: 5 };
    const g = newGroup('and', [kind, unfinished, badRange, newGroup('or')]);
    expect(validDefinition(g)).toEqual({ type: 'group', op: 'and', items: [{ type: 'kind', values: ['exhibitor'] }] });
    expect(problemCount(g)).toBe(2);
  });

  it('names the problem of a row with the shared error keys', () => {
    expect(checkCondition(newCondition('tag'))).toEqual({ ok: false, field: 'values', message: 'err.segmentPickOne' });
    expect(checkCondition({ ...newCondition('standArea'), min: 9, max: 1 })).toMatchObject({ field: 'max', message: 'err.segmentMinOverMax' });
    expect(checkCondition({ ...newCondition('lastContact'), days: '' })).toMatchObject({ ok: false, field: 'days' });
    expect(checkCondition(newCondition('tookPart'))).toMatchObject({ ok: false, field: 'editionId' });
    expect(checkCondition(newCondition('openComplaint'))).toEqual({ ok: true, condition: { type: 'openComplaint', has: true } });
  });

  it('round-trips a saved definition and detects changes', () => {
    const def = {
      type: 'group' as const,
      op: 'or' as const,
      items: [
        { type: 'satisfaction' as const, measure: 'average' as const, min: 7, max: null },
        { type: 'group' as const, op: 'and' as const, items: [{ type: 'lastContact' as const, op: 'within' as const, days: 30 }] },
      ],
    };
    const d = toDraft(def);
    expect(validDefinition(d)).toEqual(def);
    const copy = toDraft(def);
    expect(sameMeaning(d, copy)).toBe(true);
    const sat = d.items[0]!;
    const changed = updateNode(d, sat.key, (n) => ({ ...n, min: 8 }) as typeof n);
    expect(sameMeaning(changed, copy)).toBe(false);
    const removed = updateNode(d, sat.key, () => null);
    expect(removed.items.length).toBe(1);
  });
});
