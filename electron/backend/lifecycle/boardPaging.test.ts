import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';

// The board, table and suggestion list page by a copy of the customer's sort name kept in
// relationships and stage_suggestions (NULL in relationships while the customer is in the
// Trash). These check the copy stays exact through renames, the Trash and restores, and that
// pages, totals and counts are the same as sorting every row would give.

type T = ReturnType<typeof tempBackend>;
let t: T;
beforeEach(() => {
  t = tempBackend();
});
afterEach(() => t.cleanup());

async function fair() {
  const x = await t.call('exhibitions.create', { name: 'Harbour Expo' });
  const ed: string[] = [];
  for (const y of [2023, 2024, 2025]) {
    ed.push((await t.call('editions.create', { exhibitionId: x.id, name: `Harbour Expo ${y}`, startDate: `${y}-05-01`, endDate: `${y}-05-03`, status: 'closed' })).id);
  }
  return { x: x.id, ed };
}

const names = (rows: { companyName: string }[]) => rows.map((r) => r.companyName);
const copies = (customerId: string) => ({
  rel: t.db().prepare('SELECT name_sort FROM relationships WHERE customer_id = ?').pluck().all(customerId),
  sugg: t.db().prepare('SELECT name_sort FROM stage_suggestions WHERE customer_id = ?').pluck().all(customerId),
  customer: t.db().prepare('SELECT name_sort FROM customers WHERE id = ?').pluck().get(customerId),
});

describe('name copy for paging', () => {
  it('keeps the copy exact on rename, clears it in the Trash and restores it', async () => {
    const { x, ed } = await fair();
    const c = await t.call('customers.create', { companyName: 'Zephyr Marine' });
    // A suggestion (first booking → confirmation) so stage_suggestions holds a copy too.
    await t.call('participations.create', { customerId: c.id, editionId: ed[2]!, role: 'exhibitor', status: 'paid', statusAt: '2025-01-10' });
    await t.call('lifecycle.refresh', { exhibitionId: x });
    const before = copies(c.id);
    expect(before.rel).toEqual([before.customer]);
    expect(before.sugg).toEqual([before.customer]);

    const renamed = await t.call('customers.update', { id: c.id, version: c.version, patch: { companyName: 'Aurora Marine' } });
    const now = copies(c.id);
    expect(now.customer).not.toBe(before.customer);
    expect(now.rel).toEqual([now.customer]);
    expect(now.sugg).toEqual([now.customer]);

    await t.call('customers.trash', { ids: [c.id] });
    expect(copies(c.id)).toMatchObject({ rel: [null], sugg: [] });
    expect((await t.call('lifecycle.columns', { exhibitionId: x })).find((col) => col.stage === 'cultivation')).toMatchObject({ count: 0, pendingSuggestions: 0 });
    expect((await t.call('lifecycle.board', { exhibitionId: x, stage: 'cultivation', offset: 0, limit: 10 })).total).toBe(0);

    await t.call('customers.restore', { ids: [c.id] });
    expect(copies(c.id).rel).toEqual([copies(c.id).customer]);
    await t.call('lifecycle.refresh', { exhibitionId: x });
    const back = await t.call('lifecycle.suggestions', { exhibitionId: x, offset: 0, limit: 10 });
    expect(back.rows.map((r) => [r.companyName, r.to])).toEqual([['Aurora Marine', 'confirmation']]);
    expect(renamed.companyName).toBe('Aurora Marine');
  });

  it('fills the copy for a relationship begun by a participation', async () => {
    const { x, ed } = await fair();
    const c = await t.call('customers.create', { companyName: 'Late Starter Ltd' });
    t.db().prepare('DELETE FROM relationships WHERE customer_id = ?').run(c.id);
    await t.call('participations.create', { customerId: c.id, editionId: ed[0]!, role: 'exhibitor', status: 'attended', statusAt: '2023-05-03' });
    expect(copies(c.id).rel).toEqual([copies(c.id).customer]);
    expect((await t.call('lifecycle.board', { exhibitionId: x, stage: 'cultivation', offset: 0, limit: 5 })).rows.map((r) => r.companyName)).toEqual(['Late Starter Ltd']);
  });
});

describe('pages in name order', () => {
  it('pages a column, the table (by name, by stage) and the suggestions like a full sort would', async () => {
    const { x, ed } = await fair();
    const all: { id: string; name: string }[] = [];
    for (const name of ['delta', 'Alpha', 'charlie', 'Echo', 'bravo', 'foxtrot', 'Golf']) {
      const c = await t.call('customers.create', { companyName: name });
      all.push({ id: c.id, name });
    }
    // Three of them booked the latest edition: suggestions to confirmation.
    for (const name of ['Echo', 'bravo', 'Golf']) {
      await t.call('participations.create', { customerId: all.find((c) => c.name === name)!.id, editionId: ed[2]!, role: 'exhibitor', status: 'paid', statusAt: '2025-02-01' });
    }
    // Move one to trust by hand so the table spans two stages.
    const golf = await t.call('lifecycle.get', { customerId: all.find((c) => c.name === 'Golf')!.id, exhibitionId: x });
    await t.call('lifecycle.move', { customerId: golf.customerId, exhibitionId: x, version: golf.version, to: 'trust', at: new Date().toISOString().slice(0, 10), reason: 'Long-time partner' });
    await t.call('lifecycle.refresh', { exhibitionId: x });

    const sorted = ['Alpha', 'bravo', 'charlie', 'delta', 'Echo', 'foxtrot'];
    const page1 = await t.call('lifecycle.board', { exhibitionId: x, stage: 'cultivation', offset: 0, limit: 4 });
    const page2 = await t.call('lifecycle.board', { exhibitionId: x, stage: 'cultivation', offset: 4, limit: 4 });
    expect([page1.total, page2.total]).toEqual([6, 6]);
    expect([...names(page1.rows), ...names(page2.rows)]).toEqual(sorted);
    expect(page1.rows.find((r) => r.companyName === 'bravo')?.suggestion).toMatchObject({ toStage: 'confirmation', signal: 'first_booking' });

    const desc = await t.call('lifecycle.table', { exhibitionId: x, sort: { field: 'companyName', dir: 'desc' }, offset: 0, limit: 10 });
    expect(names(desc.rows)).toEqual(['Golf', ...[...sorted].reverse()]);
    // By stage: cultivation first (names ascending), then trust; a page across the boundary.
    const byStage = await t.call('lifecycle.table', { exhibitionId: x, sort: { field: 'stage', dir: 'asc' }, offset: 5, limit: 3 });
    expect([byStage.total, names(byStage.rows)]).toEqual([7, ['foxtrot', 'Golf']]);
    const byStageDesc = await t.call('lifecycle.table', { exhibitionId: x, sort: { field: 'stage', dir: 'desc' }, offset: 0, limit: 2 });
    expect(names(byStageDesc.rows)).toEqual(['Golf', 'Alpha']);
    const onlyTrust = await t.call('lifecycle.table', { exhibitionId: x, stages: ['trust'], sort: { field: 'stage', dir: 'asc' }, offset: 0, limit: 5 });
    expect([onlyTrust.total, names(onlyTrust.rows)]).toEqual([1, ['Golf']]);

    const s1 = await t.call('lifecycle.suggestions', { exhibitionId: x, toStage: 'confirmation', offset: 0, limit: 1 });
    const s2 = await t.call('lifecycle.suggestions', { exhibitionId: x, toStage: 'confirmation', offset: 1, limit: 5 });
    expect([s1.total, ...names(s1.rows), ...names(s2.rows)]).toEqual([2, 'bravo', 'Echo']);
    expect(s1.counts.confirmation).toBe(2);
    const none = await t.call('lifecycle.suggestions', { exhibitionId: x, toStage: 'lost', offset: 0, limit: 5 });
    expect([none.total, none.rows]).toEqual([0, []]);
  });
});
