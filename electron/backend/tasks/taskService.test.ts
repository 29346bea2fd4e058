import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { addEdition } from '../customerPage/activityFixtures';
import type { PlaybookAction } from '../../../shared/api/tasks';
import { makeContext } from '../context';
import { createStageTasks } from './stageTasks';

let t: ReturnType<typeof tempBackend>;
let customerId: string;
beforeEach(async () => {
  t = tempBackend();
  customerId = (await t.call('customers.create', { companyName: 'Sunrise Packaging' })).id;
});
afterEach(() => t.cleanup());

const MISSING = '00000000-0000-4000-8000-000000000000';

async function errorOf(method: string, input: unknown, lang: 'en' | 'zh' = 'en') {
  const r = await t.raw(method, input, lang);
  if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
  return { code: r.error.code, message: r.error.message, fields: r.error.fields ?? {} };
}

/** An action as the editor sends it back. */
const edit = (a: PlaybookAction, over: Partial<PlaybookAction> = {}) => {
  const { id, stage, title, dueDays, interactionType, enabled } = { ...a, ...over };
  return { id, stage, title, dueDays, interactionType, enabled };
};

const taskRows = () => t.db().prepare('SELECT * FROM tasks ORDER BY due_on').all() as Record<string, unknown>[];

/** A relationship and its transition into `stage`, written as the lifecycle service would. */
function transition(exhibitionId: string, stage: string, at: string): string {
  const db = t.db();
  const now = '2026-11-22T08:00:00.000Z';
  db.prepare(`INSERT OR IGNORE INTO relationships (customer_id, exhibition_id, stage, stage_since, began_on, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(customerId, exhibitionId, stage, at, at, now, now);
  const seq = (db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM stage_transitions WHERE customer_id = ? AND exhibition_id = ?')
    .pluck().get(customerId, exhibitionId)) as number;
  const id = `11111111-1111-4111-8111-${String(seq).padStart(12, '0')}`;
  db.prepare(`INSERT INTO stage_transitions (id, customer_id, exhibition_id, seq, to_stage, at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
    .run(id, customerId, exhibitionId, seq, stage, at, now);
  return id;
}

describe('createStageTasks', () => {
  it('creates the stage playbook\'s enabled actions due at + due days, linked to the transition', async () => {
    const editionId = addEdition(t.db(), { exhibition: 'Packaging Expo', name: 'Packaging Expo 2026', start: '2026-05-01' });
    const exhibitionId = t.db().prepare('SELECT exhibition_id FROM editions WHERE id = ?').pluck().get(editionId) as string;
    const transitionId = transition(exhibitionId, 'weakening', '2026-11-20');
    const ctx = makeContext(t.db());
    const ids = t.db().transaction(() => createStageTasks(ctx, { customerId, exhibitionId, stage: 'weakening', transitionId, at: '2026-11-20' }))();
    expect(ids).toHaveLength(2);
    expect(taskRows().map((r) => [r.default_key, r.due_on, r.source, r.transition_id, r.exhibition_id, r.interaction_type])).toEqual([
      ['weakening.callWhy', '2026-11-23', 'playbook', transitionId, exhibitionId, 'call'],
      ['weakening.proposeFix', '2026-11-27', 'playbook', transitionId, exhibitionId, 'meeting'],
    ]);
    const { open } = await t.call('tasks.ofCustomer', { customerId });
    expect(open.map((x) => [x.stage, x.exhibitionName, x.customerName])).toEqual([
      ['weakening', 'Packaging Expo', 'Sunrise Packaging'],
      ['weakening', 'Packaging Expo', 'Sunrise Packaging'],
    ]);
  });

  it('follows the edited playbook: disabled actions are skipped, custom ones created with their title', async () => {
    const exhibitionId = t.db().prepare('SELECT exhibition_id FROM editions WHERE id = ?').pluck()
      .get(addEdition(t.db(), { name: 'Expo 2026', start: '2026-05-01' })) as string;
    const books = await t.call('playbooks.list', {});
    const lost = books.find((b) => b.stage === 'lost')!;
    expect(lost.actions.map((a) => [a.defaultKey, a.dueDays])).toEqual([['lost.exitCall', 7], ['lost.noBadWom', 30]]);
    await t.call('playbooks.saveAction', edit(lost.actions[1]!, { enabled: false }));
    await t.call('playbooks.saveAction', { stage: 'lost', title: 'Send a farewell gift', dueDays: 0, interactionType: 'other' });
    const transitionId = transition(exhibitionId, 'lost', '2026-11-01');
    t.db().transaction(() => createStageTasks(makeContext(t.db()), { customerId, exhibitionId, stage: 'lost', transitionId, at: '2026-11-01' }))();
    expect(taskRows().map((r) => [r.default_key, r.title, r.due_on])).toEqual([
      [null, 'Send a farewell gift', '2026-11-01'],
      ['lost.exitCall', null, '2026-11-08'],
    ]);
  });

  it('writes nothing when the caller\'s transaction fails', () => {
    const exhibitionId = t.db().prepare('SELECT exhibition_id FROM editions WHERE id = ?').pluck()
      .get(addEdition(t.db(), { name: 'Expo 2026', start: '2026-05-01' })) as string;
    const transitionId = transition(exhibitionId, 'trust', '2026-11-01');
    expect(() =>
      t.db().transaction(() => {
        createStageTasks(makeContext(t.db()), { customerId, exhibitionId, stage: 'trust', transitionId, at: '2026-11-01' });
        throw new Error('the move failed');
      })(),
    ).toThrow('the move failed');
    expect(taskRows()).toEqual([]);
  });
});

describe('follow-up tasks follow the interaction', () => {
  const log = (over: Record<string, unknown> = {}) => ({
    customerId, at: '2026-11-20T09:30:00+08:00', type: 'call' as const, summary: 'Asked about a corner stand', ...over,
  });

  it('create → task; move → moved; clear → removed; delete → removed', async () => {
    const i = await t.call('interactions.create', log({ followUpOn: '2026-11-25' }));
    expect(taskRows().map((r) => [r.source, r.due_on, r.from_interaction_id, r.default_key, r.interaction_type]))
      .toEqual([['follow_up', '2026-11-25', i.id, 'followUp', 'call']]);
    const moved = await t.call('interactions.update', { id: i.id, version: i.version, patch: { followUpOn: '2026-11-28' } });
    expect(taskRows().map((r) => r.due_on)).toEqual(['2026-11-28']);
    // An edit that does not touch the date leaves the task alone.
    const edited = await t.call('interactions.update', { id: i.id, version: moved.version, patch: { summary: 'Corner stand, hall 2' } });
    expect(taskRows().map((r) => [r.due_on, r.version])).toEqual([['2026-11-28', 2]]);
    const { open } = await t.call('tasks.ofCustomer', { customerId });
    expect(open[0]!.fromInteraction).toMatchObject({ id: i.id, type: 'call', summary: 'Corner stand, hall 2' });
    const cleared = await t.call('interactions.update', { id: i.id, version: edited.version, patch: { followUpOn: null } });
    expect(taskRows()).toEqual([]);
    const again = await t.call('interactions.update', { id: i.id, version: cleared.version, patch: { followUpOn: '2026-12-01' } });
    expect(taskRows()).toHaveLength(1);
    await t.call('interactions.delete', { id: i.id, version: again.version });
    expect(taskRows()).toEqual([]);
  });

  it('a done follow-up stays when the date is cleared, and reopens when the date moves', async () => {
    const i = await t.call('interactions.create', log({ followUpOn: '2026-11-25' }));
    const task = (await t.call('tasks.ofCustomer', { customerId })).open[0]!;
    await t.call('tasks.complete', { id: task.id, version: task.version });
    const moved = await t.call('interactions.update', { id: i.id, version: i.version, patch: { followUpOn: '2026-12-05' } });
    expect(taskRows().map((r) => [r.due_on, r.done_at])).toEqual([['2026-12-05', null]]);
    const reread = (await t.call('tasks.ofCustomer', { customerId })).open[0]!;
    await t.call('tasks.complete', { id: reread.id, version: reread.version });
    await t.call('interactions.update', { id: i.id, version: moved.version, patch: { followUpOn: null } });
    expect(taskRows()).toHaveLength(1);
    expect(taskRows()[0]!.done_at).not.toBeNull();
  });

  it('backfills follow-ups written before tasks existed, done when a later contact happened', async () => {
    const db = t.db();
    const ins = db.prepare(`INSERT INTO interactions (id, customer_id, at, type, summary, follow_up_on, created_at, updated_at)
      VALUES (?, ?, ?, 'call', 'old', ?, ?, ?)`);
    ins.run('22222222-2222-4222-8222-000000000001', customerId, '2026-10-01T00:00:00.000Z', '2026-10-08', 'x', 'x');
    ins.run('22222222-2222-4222-8222-000000000002', customerId, '2026-10-05T00:00:00.000Z', '2026-11-24', 'x', 'x');
    const week = await t.call('tasks.week', { from: '2026-11-22' });
    expect(week.rows.map((r) => r.dueOn)).toEqual(['2026-11-24']);
    expect(week.rows[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const rows = taskRows();
    expect(rows.map((r) => [r.due_on, r.done_at])).toEqual([['2026-10-08', '2026-10-05T00:00:00.000Z'], ['2026-11-24', null]]);
    await t.call('tasks.week', { from: '2026-11-22' });
    expect(taskRows()).toHaveLength(2);
  });
});

describe('tasks.week', () => {
  it('lists open tasks due this week and overdue, in due order, without done ones or trashed customers', async () => {
    const mk = (title: string, dueOn: string, c = customerId) => t.call('tasks.create', { customerId: c, title, dueOn });
    await mk('Overdue', '2026-11-10');
    await mk('Today', '2026-11-22');
    await mk('Friday', '2026-11-27');
    await mk('Next month', '2026-12-20');
    const done = await mk('Done', '2026-11-23');
    await t.call('tasks.complete', { id: done.id, version: done.version });
    const other = (await t.call('customers.create', { companyName: 'Gone Ltd' })).id;
    await mk('Trashed', '2026-11-23', other);
    t.db().prepare('UPDATE customers SET deleted_at = ? WHERE id = ?').run('2026-11-21T00:00:00Z', other);
    const week = await t.call('tasks.week', { from: '2026-11-22' });
    expect(week).toMatchObject({ from: '2026-11-22', to: '2026-11-28', total: 3, overdue: 1 });
    expect(week.rows.map((r) => r.title)).toEqual(['Overdue', 'Today', 'Friday']);
    const noOverdue = await t.call('tasks.week', { from: '2026-11-22', includeOverdue: false });
    expect(noOverdue.rows.map((r) => r.title)).toEqual(['Today', 'Friday']);
  });
});

describe('completing, reopening, snoozing', () => {
  it('complete + log writes the interaction and the done task together, linked', async () => {
    const task = await t.call('tasks.create', { customerId, title: 'Send the floor plan', dueOn: '2026-11-23', interactionType: 'email' });
    const done = await t.call('tasks.complete', {
      id: task.id, version: task.version, logInteraction: { type: 'email', summary: 'Sent the floor plan', cost: 0 },
    });
    expect(done.doneAt).not.toBeNull();
    expect(done.version).toBe(2);
    const logged = await t.call('interactions.list', { customerId });
    expect(logged.rows.map((r) => [r.id, r.type, r.summary])).toEqual([[done.doneInteractionId, 'email', 'Sent the floor plan']]);
    // Completing again is a conflict, in the caller's language.
    const again = await errorOf('tasks.complete', { id: task.id, version: done.version });
    expect(again).toMatchObject({ code: 'conflict', message: 'This task is already done (perhaps in another window). Reload the list.' });
    expect((await errorOf('tasks.complete', { id: task.id, version: done.version }, 'zh')).message).toMatch(/已完成/);
    const reopened = await t.call('tasks.reopen', { id: task.id, version: done.version });
    expect(reopened).toMatchObject({ doneAt: null, doneInteractionId: null, version: 3 });
    // The interaction happened: reopening does not undo it.
    expect((await t.call('interactions.list', { customerId })).total).toBe(1);
  });

  it('complete + log is atomic: when the interaction cannot be written the task stays open', async () => {
    const task = await t.call('tasks.create', { customerId, title: 'Call back', dueOn: '2026-11-23' });
    t.db().exec(`CREATE TRIGGER no_interactions BEFORE INSERT ON interactions BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const r = await t.raw('tasks.complete', { id: task.id, version: task.version, logInteraction: { type: 'call', summary: 'Called' } });
    expect(r.ok).toBe(false);
    expect(taskRows().map((x) => [x.done_at, x.version])).toEqual([[null, 1]]);
    expect(t.db().prepare('SELECT count(*) FROM interactions').pluck().get()).toBe(0);
  });

  it('refuses a stale version, a bad date, a missing customer, with field errors in en and zh; writes nothing', async () => {
    const task = await t.call('tasks.create', { customerId, title: 'Call back', dueOn: '2026-11-23' });
    await t.call('tasks.snooze', { id: task.id, version: task.version, dueOn: '2026-11-30' });
    expect((await errorOf('tasks.snooze', { id: task.id, version: task.version, dueOn: '2026-12-01' })).code).toBe('conflict');
    expect((await errorOf('tasks.complete', { id: task.id, version: task.version })).code).toBe('conflict');
    expect((await errorOf('tasks.snooze', { id: task.id, version: 2, dueOn: '2026-02-30' })).fields).toEqual({ dueOn: 'Not a valid date (YYYY-MM-DD).' });
    const bad = await errorOf('tasks.create', { customerId: MISSING, title: ' ', dueOn: 'tomorrow' });
    expect(bad.fields).toEqual({ title: 'This field is required.', dueOn: 'Not a valid date (YYYY-MM-DD).' });
    const missing = await errorOf('tasks.create', { customerId: MISSING, title: 'x', dueOn: '2026-11-30', exhibitionId: MISSING }, 'zh');
    expect(missing.fields).toEqual({ customerId: '该客户不存在（或已在回收站中）。', exhibitionId: '该展会不存在。' });
    const log = await errorOf('tasks.complete', { id: task.id, version: 2, logInteraction: { type: 'fax', summary: '' } });
    expect(Object.keys(log.fields).sort()).toEqual(['logInteraction.summary', 'logInteraction.type']);
    expect((await errorOf('tasks.reopen', { id: task.id, version: 2 })).message).toMatch(/not done/);
    expect((await errorOf('tasks.delete', { id: MISSING, version: 1 })).code).toBe('not_found');
    expect(taskRows().map((r) => [r.due_on, r.done_at, r.version])).toEqual([['2026-11-30', null, 2]]);
  });
});

describe('playbooks', () => {
  it('seeds once, edits focus and actions, reorders, deletes and resets', async () => {
    const books = await t.call('playbooks.list', {});
    expect(books.map((b) => [b.stage, b.focus, b.actions.length])).toEqual([
      ['cultivation', null, 2], ['confirmation', null, 2], ['trust', null, 2], ['weakening', null, 2], ['lost', null, 2],
    ]);
    const trust = books[2]!;
    await t.call('playbooks.updateFocus', { stage: 'trust', focus: 'Keep them close' });
    const renamed = await t.call('playbooks.saveAction', edit(trust.actions[0]!, { title: 'Dinner invite', dueDays: 20 }));
    expect(renamed).toMatchObject({ defaultKey: 'trust.keepInTouch', title: 'Dinner invite', dueDays: 20 });
    const moved = await t.call('playbooks.moveAction', { id: trust.actions[0]!.id, direction: 'down' });
    expect(moved.actions.map((a) => a.defaultKey)).toEqual(['trust.askNeeds', 'trust.keepInTouch']);
    await t.call('playbooks.deleteAction', { id: trust.actions[1]!.id });
    await t.call('playbooks.deleteAction', { id: trust.actions[0]!.id });
    // Deleting every action does not bring the defaults back…
    expect((await t.call('playbooks.list', {}))[2]).toMatchObject({ focus: 'Keep them close', actions: [] });
    // …reset does.
    const reset = await t.call('playbooks.reset', { stage: 'trust' });
    expect(reset.focus).toBeNull();
    expect(reset.actions.map((a) => [a.defaultKey, a.title, a.dueDays])).toEqual([['trust.keepInTouch', null, 30], ['trust.askNeeds', null, 60]]);
  });

  it('refuses bad actions field by field', async () => {
    const bad = await errorOf('playbooks.saveAction', { stage: 'trust', title: '', dueDays: 400 }, 'zh');
    expect(bad.fields).toEqual({ dueDays: '请填写 0 到 365 之间的整数天数。' });
    expect((await errorOf('playbooks.saveAction', { stage: 'trust', title: '', dueDays: 4 })).fields).toEqual({ title: 'This field is required.' });
    expect((await errorOf('playbooks.saveAction', { stage: 'dormant', title: 'x', dueDays: 1.5 })).fields).toMatchObject({
      dueDays: 'A whole number of days from 0 to 365.',
    });
    expect((await errorOf('playbooks.deleteAction', { id: MISSING })).code).toBe('not_found');
  });
});
