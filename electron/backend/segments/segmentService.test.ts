import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';
import type { SegmentDefinitionInput } from '../../../shared/domain/segment';

let t: ReturnType<typeof tempBackend>;
beforeEach(() => {
  t = tempBackend();
});
afterEach(() => t.cleanup());

const exhibitors: SegmentDefinitionInput = { type: 'group', op: 'and', items: [{ type: 'kind', values: ['exhibitor'] }] };
const group = (...items: unknown[]) => ({ type: 'group', op: 'and', items });

async function fieldsOf(method: string, input: unknown, lang: 'en' | 'zh' = 'en') {
  const r = await t.raw(method, input, lang);
  if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
  return r.error;
}

describe('saved segments', () => {
  it('creates, lists with live counts, renames, changes, deletes', async () => {
    await t.call('customers.create', { companyName: 'Alpha', kinds: ['exhibitor'] });
    await t.call('customers.create', { companyName: 'Beta', kinds: ['trade_buyer'] });
    const s = await t.call('segments.create', { name: '  Exhibitors ', definition: exhibitors });
    expect(s.name).toBe('Exhibitors');
    expect(s.version).toBe(1);
    expect(s.definition).toEqual(exhibitors);
    expect(t.events.some((e) => e.type === 'data.changed' && e.domain === 'segments')).toBe(true);
    expect(await t.call('segments.list', {})).toEqual([{ id: s.id, name: 'Exhibitors', count: 1 }]);

    // The count is live: a new matching customer shows up without touching the segment.
    await t.call('customers.create', { companyName: 'Gamma', kinds: ['exhibitor', 'partner'] });
    expect((await t.call('segments.list', {}))[0]!.count).toBe(2);
    const page = await t.call('segments.members', { segmentId: s.id, sort: { field: 'companyName', dir: 'desc' } });
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.companyName)).toEqual(['Gamma', 'Alpha']);
    expect(page.rows[0]!.kinds).toEqual(['exhibitor', 'partner']);

    const renamed = await t.call('segments.update', { id: s.id, version: 1, name: 'Our exhibitors' });
    expect(renamed.version).toBe(2);
    expect(renamed.definition).toEqual(exhibitors);
    const changed = await t.call('segments.update', {
      id: s.id,
      version: 2,
      definition: group({ type: 'kind', values: ['trade_buyer'] }) as never,
    });
    expect(changed.name).toBe('Our exhibitors');
    expect((await t.call('segments.list', {}))[0]).toEqual({ id: s.id, name: 'Our exhibitors', count: 1 });

    // A stale version is a conflict, and nothing changes.
    const stale = await fieldsOf('segments.update', { id: s.id, version: 1, name: 'Stale' });
    expect(stale.code).toBe('conflict');
    expect((await t.call('segments.get', { id: s.id })).name).toBe('Our exhibitors');

    expect(await t.call('segments.delete', { id: s.id })).toEqual({ id: s.id });
    expect(await t.call('segments.list', {})).toEqual([]);
    expect((await fieldsOf('segments.get', { id: s.id })).code).toBe('not_found');
    expect((await fieldsOf('segments.delete', { id: s.id })).code).toBe('not_found');
  });

  it('lists segments by name, ignoring case', async () => {
    for (const name of ['beta', 'Alpha', 'gamma']) await t.call('segments.create', { name, definition: group() as never });
    expect((await t.call('segments.list', {})).map((s) => s.name)).toEqual(['Alpha', 'beta', 'gamma']);
  });

  it('pages members and counts beyond the page', async () => {
    for (let i = 0; i < 7; i++) await t.call('customers.create', { companyName: `Firm ${i}`, kinds: ['exhibitor'] });
    const p = await t.call('segments.members', { definition: exhibitors, offset: 5, limit: 5 });
    expect(p.total).toBe(7);
    expect(p.rows.map((r) => r.companyName)).toEqual(['Firm 5', 'Firm 6']);
    expect((await t.call('segments.members', { definition: exhibitors, offset: 9 })).rows).toEqual([]);
  });

  it('offers every edition with its exhibition, newest first', async () => {
    const db = t.db();
    const now = new Date().toISOString();
    db.prepare(`INSERT INTO exhibitions (id, name, created_at, updated_at) VALUES ('x1', 'Light Fair', ?, ?)`).run(now, now);
    for (const [id, d] of [['e1', '2025-03-01'], ['e2', '2026-03-01']] as const) {
      db.prepare(
        `INSERT INTO editions (id, exhibition_id, name, start_date, end_date, created_at, updated_at) VALUES (?, 'x1', ?, ?, ?, ?, ?)`,
      ).run(id, `LF ${d.slice(0, 4)}`, d, d, now, now);
    }
    expect(await t.call('segments.editionChoices', {})).toEqual([
      { id: 'e2', name: 'LF 2026', exhibitionName: 'Light Fair', startDate: '2026-03-01', status: 'planned' },
      { id: 'e1', name: 'LF 2025', exhibitionName: 'Light Fair', startDate: '2025-03-01', status: 'planned' },
    ]);
  });
});

describe('bad input: a field-level error, nothing written', () => {
  const bad: [string, unknown, string, string][] = [
    ['unknown condition', group({ type: 'favouriteColour', values: ['red'] }), 'definition.items.0.type', 'Unknown kind of condition.'],
    ['misspelt key', group({ type: 'kind', valuez: ['exhibitor'] }), 'definition.items.0.valuez', ''],
    ['no value chosen', group({ type: 'industry', values: [] }), 'definition.items.0.values', 'Choose at least one value.'],
    ['unknown enum value', group({ type: 'kind', values: ['alien'] }), 'definition.items.0.values.0', ''],
    ['negative revenue', group({ type: 'revenue', min: -5 }), 'definition.items.0.min', 'Must not be negative.'],
    ['negative days', group({ type: 'lastContact', op: 'within', days: -1 }), 'definition.items.0.days', 'Must not be negative.'],
    ['fractional days', group({ type: 'lastContact', op: 'within', days: 1.5 }), 'definition.items.0.days', 'Must be a whole number.'],
    ['min > max', group({ type: 'standArea', min: 50, max: 10 }), 'definition.items.0.max', 'The maximum is below the minimum.'],
    ['empty range', group({ type: 'editionsAttended' }), 'definition.items.0.min', 'Give a minimum, a maximum or both.'],
    ['satisfaction over 10', group({ type: 'satisfaction', min: 11 }), 'definition.items.0.min', 'Must be at most 10.'],
    ['revenue with three decimals', group({ type: 'revenue', min: 1.005 }), 'definition.items.0.min', 'At most two decimals.'],
    ['edition not an id', group({ type: 'tookPart', editionId: 'last year' }), 'definition.items.0.editionId', 'Choose an edition.'],
    [
      'min > max deep in a nested group',
      group(group({ type: 'group', op: 'or', items: [{ type: 'revenue', min: 9, max: 1 }] })),
      'definition.items.0.items.0.items.0.max',
      'The maximum is below the minimum.',
    ],
    ['nested four levels', group(group(group(group()))), 'definition.items', 'Groups can be nested at most 3 levels deep.'],
    ['bad operator', { type: 'group', op: 'xor', items: [] }, 'definition.op', ''],
  ];

  it.each(bad)('%s', async (_name, definition, path, message) => {
    for (const method of ['segments.create', 'segments.count'] as const) {
      const err = await fieldsOf(method, { name: 'S', definition });
      expect(err.code).toBe('invalid_input');
      expect(Object.keys(err.fields ?? {})).toContain(path);
      if (message) expect(err.fields![path]).toBe(message);
    }
    expect(await t.call('segments.list', {})).toEqual([]);
  });

  it('answers in Chinese when asked', async () => {
    const err = await fieldsOf('segments.count', { definition: group({ type: 'revenue', min: 9, max: 1 }) }, 'zh');
    expect(err.fields!['definition.items.0.max']).toBe('最大值小于最小值。');
  });

  it('refuses an empty name and a name taken (ignoring case)', async () => {
    const empty = await fieldsOf('segments.create', { name: '   ', definition: exhibitors });
    expect(empty.fields).toEqual({ name: 'This field is required.' });
    const s = await t.call('segments.create', { name: 'VIP exhibitors', definition: exhibitors });
    const dup = await fieldsOf('segments.create', { name: 'vip EXHIBITORS', definition: exhibitors });
    expect(dup.code).toBe('invalid_input');
    expect(dup.fields).toEqual({ name: 'A segment with this name already exists.' });
    const other = await t.call('segments.create', { name: 'Buyers', definition: exhibitors });
    const renameDup = await fieldsOf('segments.update', { id: other.id, version: 1, name: 'VIP Exhibitors' });
    expect(renameDup.fields).toEqual({ name: 'A segment with this name already exists.' });
    // Renaming to its own name in another case is fine.
    expect((await t.call('segments.update', { id: s.id, version: 1, name: 'VIP Exhibitors' })).name).toBe('VIP Exhibitors');
    expect((await t.call('segments.list', {})).length).toBe(2);
  });

  it('refuses a condition naming an edition that does not exist', async () => {
    const def = group({ type: 'kind', values: ['exhibitor'] }, { type: 'notTookPart', editionId: '11111111-1111-4111-8111-111111111111' });
    const err = await fieldsOf('segments.create', { name: 'Ghosts', definition: def });
    expect(err.fields).toEqual({ 'definition.items.1.editionId': 'This edition does not exist.' });
    expect(await t.call('segments.list', {})).toEqual([]);
  });

  it('members needs exactly one of a saved segment and a definition', async () => {
    expect((await fieldsOf('segments.members', {})).fields).toHaveProperty('segmentId');
    const both = await fieldsOf('segments.members', { segmentId: '11111111-1111-4111-8111-111111111111', definition: exhibitors });
    expect(both.fields).toHaveProperty('segmentId');
    const missing = await fieldsOf('segments.members', { segmentId: '11111111-1111-4111-8111-111111111111' });
    expect(missing.code).toBe('not_found');
  });
});
