import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditChange } from '../../../shared/api/audit';
import { tempBackend, tempDir } from '../../../test/helpers/tempBackend';
import { Backend } from '../backend';
import { dispatch } from '../dispatcher';

let t: ReturnType<typeof tempBackend>;
beforeEach(() => {
  t = tempBackend();
});
afterEach(() => t.cleanup());

const history = async (table: AuditChange['table'], id: string) => (await t.call('audit.history', { table, id })).changes;
const fieldMap = (c: AuditChange) => Object.fromEntries(c.fields.map((f) => [f.field, [f.old, f.new]]));
const auditRows = () => t.db().prepare('SELECT (SELECT count(*) FROM audit_changes) + (SELECT count(*) FROM audit_log)').pluck().get();

async function fair() {
  const x = await t.call('exhibitions.create', { name: 'Lighting Fair' });
  const ed = await t.call('editions.create', { exhibitionId: x.id, name: '2025', startDate: '2025-05-10', endDate: '2025-05-12' });
  return { exhibitionId: x.id, editionId: ed.id };
}

describe('audit trail: customers', () => {
  it('records a creation as one change without field rows, contacts and tags included', async () => {
    await t.call('settings.update', { staffName: 'Li Na' });
    const c = await t.call('customers.create', {
      companyName: 'Lumen Co', industry: 'Lighting', tags: ['vip', 'led'], contacts: [{ name: 'Ann Lee', email: 'ann@lumen.com' }],
    });
    const changes = await history('customer', c.id);
    expect(changes.filter((x) => x.table === 'customer')).toEqual([
      expect.objectContaining({ action: 'insert', who: 'Li Na', at: c.createdAt, fields: [], undoable: false }),
    ]);
    const n = t.db().prepare("SELECT count(*) FROM audit_log l JOIN audit_changes a ON a.id = l.change_id WHERE a.table_name = 'customer'").pluck().get();
    expect(n).toBe(0);
  });

  it('groups one update (profile, contacts, tags) into one change with old and new values, who and when', async () => {
    const c = await t.call('customers.create', { companyName: 'Lumen Co', industry: 'Lighting', tags: ['vip'], contacts: [{ name: 'Ann Lee' }] });
    await t.call('settings.update', { staffName: 'Wang Wei' });
    const u = await t.call('customers.update', {
      id: c.id, version: c.version,
      patch: { industry: 'LED lighting', city: 'Shenzhen', kinds: ['exhibitor'], tags: ['vip', 'new'] },
      contacts: [{ id: c.contacts[0]!.id, name: 'Ann Lee', title: 'CEO' }, { name: 'Bo Chen' }],
    });
    const [last, ...rest] = await history('customer', c.id);
    expect(rest.map((x) => x.action)).toEqual(['insert']);
    expect(last).toMatchObject({ table: 'customer', recordId: c.id, action: 'update', who: 'Wang Wei', at: u.updatedAt, undoable: true });
    expect(fieldMap(last!)).toEqual({
      industry: ['Lighting', 'LED lighting'],
      city: [null, 'Shenzhen'],
      kinds: ['', 'exhibitor'],
      tag: [null, 'new'],
      contact: [null, 'Bo Chen'],
    });
    // The contact edited shows as one field row from the old contact to the new one.
    expect(last!.fields.filter((f) => f.field === 'contact')).toEqual([
      { field: 'contact', old: 'Ann Lee', new: 'Ann Lee · CEO' },
      { field: 'contact', old: null, new: 'Bo Chen' },
    ]);
  });

  it('an update that changes nothing audited (completeness, version only) records nothing', async () => {
    const c = await t.call('customers.create', { companyName: 'Quiet Ltd' });
    const before = auditRows();
    await t.call('customers.update', { id: c.id, version: c.version, patch: {} });
    expect(auditRows()).toBe(before);
  });

  it('moving to the Trash and back is recorded', async () => {
    const c = await t.call('customers.create', { companyName: 'Binned Ltd' });
    await t.call('customers.trash', { ids: [c.id] });
    await t.call('customers.restore', { ids: [c.id] });
    const [restored, trashed] = await history('customer', c.id);
    expect(trashed!.fields).toEqual([{ field: 'deletedAt', old: null, new: expect.any(String) }]);
    expect(restored!.fields).toEqual([{ field: 'deletedAt', old: trashed!.fields[0]!.new, new: null }]);
  });

  it('a failed write leaves no audit rows (they roll back with it)', async () => {
    const b = await t.call('customers.create', { companyName: 'Beta' });
    const before = auditRows();
    // A participation for a customer in the Trash fails after nothing, a bad CHECK after the
    // trigger's statement started: neither leaves a row; nor does a transaction rolled back.
    expect(() => t.db().prepare("UPDATE customers SET company_name = '', version = version + 1 WHERE id = ?").run(b.id)).toThrow(/CHECK/);
    expect(auditRows()).toBe(before);
    expect(() =>
      t.db().transaction(() => {
        t.db().prepare("UPDATE customers SET industry = 'Glass', version = version + 1 WHERE id = ?").run(b.id);
        throw new Error('boom');
      })(),
    ).toThrow('boom');
    expect(auditRows()).toBe(before);
  });
});

describe('audit trail: participations, interactions, stages, settings', () => {
  it('records create, update (old/new, money in major units) and delete of a participation', async () => {
    const { editionId } = await fair();
    const c = await t.call('customers.create', { companyName: 'Lumen Co' });
    const p = await t.call('participations.create', { customerId: c.id, editionId, role: 'exhibitor', standArea: 18, priceCharged: 1000 });
    const u = await t.call('participations.update', { id: p.id, version: p.version, patch: { standArea: 36, priceCharged: 1500.5, hall: '3' } });
    let changes = await history('participation', p.id);
    expect(changes.map((x) => x.action)).toEqual(['update', 'insert']);
    expect(changes[0]).toMatchObject({ label: '2025', at: u.updatedAt });
    expect(fieldMap(changes[0]!)).toEqual({ standArea: [18, 36], priceCharged: [1000, 1500.5], hall: [null, '3'] });
    await t.call('participations.delete', { id: p.id });
    changes = await history('participation', p.id);
    expect(changes[0]).toMatchObject({ action: 'delete', undoable: true, fields: [{ field: 'record', old: 'exhibitor · enquiry', new: null }] });
    // The customer's history shows them too.
    expect((await history('customer', c.id)).filter((x) => x.table === 'participation')).toHaveLength(3);
  });

  it('records create, update and delete of an interaction', async () => {
    const c = await t.call('customers.create', { companyName: 'Lumen Co' });
    const i = await t.call('interactions.create', { customerId: c.id, at: '2026-01-05T10:00:00Z', type: 'call', summary: 'Asked for a stand' });
    const u = await t.call('interactions.update', { id: i.id, version: i.version, patch: { summary: 'Asked for a corner stand', cost: 12.5 } });
    await t.call('interactions.delete', { id: i.id, version: u.version });
    const changes = await history('interaction', i.id);
    expect(changes.map((x) => x.action)).toEqual(['delete', 'update', 'insert']);
    expect(fieldMap(changes[1]!)).toEqual({ summary: ['Asked for a stand', 'Asked for a corner stand'], cost: [0, 12.5] });
    expect(changes[0]!.fields[0]!.old).toContain('Asked for a corner stand');
  });

  it('records a stage move (a new transition) and undoes it by a move back', async () => {
    const { exhibitionId } = await fair();
    await t.call('settings.update', { staffName: 'Li Na' });
    const c = await t.call('customers.create', { companyName: 'Mover Ltd' });
    const today = new Date().toISOString().slice(0, 10);
    const rel = await t.call('lifecycle.move', { customerId: c.id, exhibitionId, version: 1, to: 'confirmation', at: today, reason: 'Signed' });
    const id = `${c.id}/${exhibitionId}`;
    const [move, start] = await history('relationship', id);
    expect(start).toMatchObject({ action: 'insert', fields: [] });
    expect(move).toMatchObject({ action: 'update', who: 'Li Na', label: 'Lighting Fair', undoable: true });
    expect(fieldMap(move!)).toEqual({ stage: ['cultivation', 'confirmation'], reason: [null, 'Signed'] });
    const undo = await t.call('audit.undoLast', { table: 'relationship', id, changeId: move!.id });
    const back = await t.call('lifecycle.get', { customerId: c.id, exhibitionId });
    // A correcting move back (confirmation → cultivation is no normal move), dated like the move it undoes.
    expect(back).toMatchObject({ stage: 'cultivation', stageSince: today, version: rel.version + 1 });
    expect(back.history.map((h) => [h.from, h.to, h.reason])).toEqual([
      [null, 'cultivation', null], ['cultivation', 'confirmation', 'Signed'], ['confirmation', 'cultivation', 'Undo of the previous move'],
    ]);
    const [undone] = await history('relationship', id);
    expect(undone!.id).toBe(undo.changeId);
    expect(fieldMap(undone!).stage).toEqual(['confirmation', 'cultivation']);
  });

  it('lists every setting\'s changes for the Settings page (id *), newest first', async () => {
    await t.call('settings.update', { staffName: 'Li Na' });
    await t.call('audit.setTrashRetention', { retentionDays: 30 });
    const all = (await t.call('audit.history', { table: 'settings', id: '*' })).changes;
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(all.every((c) => c.table === 'settings')).toBe(true);
    expect(all[0]).toMatchObject({ who: 'Li Na', undoable: true });
    expect(all[0]!.id).toBeGreaterThan(all[1]!.id);
  });

  it('records user settings (not internal bookkeeping) and undoes them', async () => {
    await t.call('settings.update', { currency: 'EUR' });
    await t.call('customers.create', { companyName: 'Touches the data clock' });
    const keys = t.db().prepare("SELECT record_id FROM audit_changes WHERE table_name = 'settings'").pluck().all();
    expect(keys).toEqual(['currency']);
    await t.call('settings.update', { currency: 'USD' });
    const [last] = await history('settings', 'currency');
    expect(last!.fields).toEqual([{ field: 'currency', old: 'EUR', new: 'USD' }]);
    await t.call('audit.undoLast', { table: 'settings', id: 'currency', changeId: last!.id });
    expect((await t.call('settings.get', {})).currency).toBe('EUR');
  });
});

describe('audit.undoLast', () => {
  it('restores the old values of a customer change (profile, contacts, tags) and records the undo', async () => {
    const c = await t.call('customers.create', { companyName: 'Lumen Co', industry: 'Lighting', tags: ['vip'], contacts: [{ name: 'Ann Lee' }] });
    await t.call('customers.update', {
      id: c.id, version: c.version, patch: { companyName: 'Lumen Group', industry: 'LED', tags: ['new'] },
      contacts: [{ id: c.contacts[0]!.id, name: 'Ann Li' }, { name: 'Bo Chen' }],
    });
    const [change] = await history('customer', c.id);
    const r = await t.call('audit.undoLast', { table: 'customer', id: c.id, changeId: change!.id });
    const back = await t.call('customers.get', { id: c.id });
    expect(back).toMatchObject({ companyName: 'Lumen Co', industry: 'Lighting', tags: ['vip'], version: c.version + 2 });
    expect(back.contacts.map((x) => [x.id, x.name])).toEqual([[c.contacts[0]!.id, 'Ann Lee']]);
    // Search follows (the index was rebuilt from the restored name).
    expect((await t.call('customers.list', { q: 'Lumen Co' })).rows.map((x) => x.id)).toEqual([c.id]);
    const [undo, , ...older] = await history('customer', c.id);
    expect(undo!.id).toBe(r.changeId);
    expect(fieldMap(undo!)).toMatchObject({ companyName: ['Lumen Group', 'Lumen Co'], industry: ['LED', 'Lighting'] });
    expect(older.map((x) => x.action)).toEqual(['insert']);
  });

  it('refuses when the record changed since, in the caller language, and writes nothing', async () => {
    const c = await t.call('customers.create', { companyName: 'Lumen Co' });
    const u1 = await t.call('customers.update', { id: c.id, version: c.version, patch: { industry: 'Lighting' } });
    const [first] = await history('customer', c.id);
    await t.call('customers.update', { id: c.id, version: u1.version, patch: { city: 'Ningbo' } });
    const before = auditRows();
    for (const lang of ['en', 'zh'] as const) {
      const r = await t.raw('audit.undoLast', { table: 'customer', id: c.id, changeId: first!.id }, lang);
      expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
      if (!r.ok) expect(r.error.message).toMatch(lang === 'en' ? /changed again since/ : /之后又被修改/);
    }
    expect(auditRows()).toBe(before);
    expect((await history('customer', c.id)).map((x) => x.undoable)).toEqual([true, false, false]);
  });

  it('refuses to undo a creation and a change of another record', async () => {
    const c = await t.call('customers.create', { companyName: 'Lumen Co' });
    const d = await t.call('customers.create', { companyName: 'Other Co' });
    const [created] = await history('customer', c.id);
    expect(await t.raw('audit.undoLast', { table: 'customer', id: c.id, changeId: created!.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await t.raw('audit.undoLast', { table: 'customer', id: d.id, changeId: created!.id })).toMatchObject({
      ok: false, error: { code: 'invalid_input', fields: { changeId: expect.any(String) } },
    });
  });

  it('brings a deleted participation and a deleted interaction back, as they were, and records it', async () => {
    const { editionId } = await fair();
    const c = await t.call('customers.create', { companyName: 'Lumen Co' });
    const p = await t.call('participations.create', { customerId: c.id, editionId, role: 'exhibitor', standArea: 18, priceCharged: 1000, status: 'contracted', statusAt: '2025-03-01' });
    const i = await t.call('interactions.create', { customerId: c.id, at: '2026-01-05T10:00:00Z', type: 'call', summary: 'Asked for a stand', cost: 12.5, followUpOn: '2026-01-20' });
    await t.call('participations.delete', { id: p.id });
    await t.call('interactions.delete', { id: i.id, version: i.version });
    expect(t.db().prepare('SELECT count(*) FROM tasks WHERE from_interaction_id = ?').pluck().get(i.id)).toBe(0);

    const [pDeleted] = await history('participation', p.id);
    await t.call('audit.undoLast', { table: 'participation', id: p.id, changeId: pDeleted!.id });
    expect(await t.call('participations.get', { id: p.id })).toMatchObject({ id: p.id, standArea: 18, priceCharged: 1000, status: 'contracted', statusAt: '2025-03-01' });
    expect((await history('participation', p.id)).map((x) => x.action)).toEqual(['insert', 'delete', 'insert']);

    const [iDeleted] = await history('interaction', i.id);
    await t.call('audit.undoLast', { table: 'interaction', id: i.id, changeId: iDeleted!.id });
    const back = t.db().prepare('SELECT summary, cost, follow_up_on FROM interactions WHERE id = ?').get(i.id);
    expect(back).toEqual({ summary: 'Asked for a stand', cost: 1250, follow_up_on: '2026-01-20' });
    // Its follow-up task is there again.
    expect(t.db().prepare('SELECT count(*) FROM tasks WHERE from_interaction_id = ?').pluck().get(i.id)).toBe(1);

    // Undoing the same deletion again is refused: the record is back, and that is its last change.
    expect(await t.raw('audit.undoLast', { table: 'participation', id: p.id, changeId: pDeleted!.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses to bring back a participation whose edition is gone', async () => {
    const { editionId } = await fair();
    const c = await t.call('customers.create', { companyName: 'Lumen Co' });
    const p = await t.call('participations.create', { customerId: c.id, editionId, role: 'exhibitor' });
    await t.call('participations.delete', { id: p.id });
    const [deleted] = await history('participation', p.id);
    t.db().prepare('DELETE FROM editions WHERE id = ?').run(editionId);
    expect(await t.raw('audit.undoLast', { table: 'participation', id: p.id, changeId: deleted!.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(t.db().prepare('SELECT count(*) FROM participations').pluck().get()).toBe(0);
  });

  it('undoes a participation status change and appends the status history', async () => {
    const { editionId } = await fair();
    const c = await t.call('customers.create', { companyName: 'Lumen Co' });
    const p = await t.call('participations.create', { customerId: c.id, editionId, role: 'exhibitor', statusAt: '2025-01-01' });
    await t.call('participations.setStatus', { id: p.id, version: p.version, status: 'contracted', at: '2025-02-01' });
    const [change] = await history('participation', p.id);
    await t.call('audit.undoLast', { table: 'participation', id: p.id, changeId: change!.id });
    const back = await t.call('participations.get', { id: p.id });
    expect(back).toMatchObject({ status: 'enquiry', statusAt: '2025-01-01' });
    expect(back.history.map((h) => h.status)).toEqual(['enquiry', 'contracted', 'enquiry']);
  });
});

describe('Trash retention', () => {
  it('validates the setting with a field error and keeps it', async () => {
    expect(await t.call('audit.trashSettings', {})).toEqual({ retentionDays: 90 });
    for (const bad of [0, 3651, 1.5, '30']) {
      const r = await t.raw('audit.setTrashRetention', { retentionDays: bad }, 'zh');
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { retentionDays: '请输入 1 到 3650 之间的整数天数。' } } });
    }
    expect(await t.call('audit.setTrashRetention', { retentionDays: 30 })).toEqual({ retentionDays: 30 });
    expect(await t.call('audit.trashSettings', {})).toEqual({ retentionDays: 30 });
  });

  it('purges customers trashed longer than the retention, with their activity and history, with a fixed clock', async () => {
    const dir = tempDir();
    let now = '2026-01-01T10:00:00.000Z';
    const b = new Backend({ dataDir: dir, host: 'cli', version: 'test', now: () => now });
    const file = path.join(dir, 'ws.sqlite');
    b.open(file, { create: true });
    const call = async (m: string, input: unknown) => {
      const r = await dispatch(b, m, input);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.data as { id: string; count?: number; purged?: number };
    };
    try {
      await call('audit.setTrashRetention', { retentionDays: 10 });
      const old = await call('customers.create', { companyName: 'Old Ltd', contacts: [{ name: 'Ann' }] });
      await call('interactions.create', { customerId: old.id, at: '2025-12-01T10:00:00Z', type: 'call', summary: 'Hello' });
      const kept = await call('customers.create', { companyName: 'Kept Ltd' });
      await call('customers.trash', { ids: [old.id] });
      now = '2026-01-05T10:00:00.000Z';
      await call('customers.trash', { ids: [kept.id] });
      const db = b.context().db;
      const count = (sql: string, ...p: unknown[]) => db.prepare(sql).pluck().get(...p) as number;

      now = '2026-01-11T09:59:59.000Z'; // 10 days after the first trash, less one second
      expect(await call('audit.purgeTrash', {})).toEqual({ purged: 0 });
      now = '2026-01-11T10:00:01.000Z';
      expect(await call('audit.purgeTrash', {})).toEqual({ purged: 1 });
      expect(count('SELECT count(*) FROM customers WHERE id = ?', old.id)).toBe(0);
      expect(count('SELECT count(*) FROM interactions WHERE customer_id = ?', old.id)).toBe(0);
      expect(count('SELECT count(*) FROM contacts WHERE customer_id = ?', old.id)).toBe(0);
      expect(count('SELECT count(*) FROM audit_changes WHERE customer_id = ?', old.id)).toBe(0);
      expect(count('SELECT count(*) FROM audit_log WHERE change_id NOT IN (SELECT id FROM audit_changes)')).toBe(0);
      expect(count('SELECT count(*) FROM customers WHERE id = ?', kept.id)).toBe(1);

      // Opening the workspace purges too: the second one has expired by then.
      b.close();
      now = '2026-01-16T00:00:00.000Z';
      b.open(file);
      expect(b.context().db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(0);
    } finally {
      b.close();
    }
  });
});

describe('bulk loads', () => {
  it('the demo generator records no history and puts the triggers back', async () => {
    const triggers = () => t.db().prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'audit_trg_%'").pluck().get();
    const before = triggers();
    expect(before).toBeGreaterThan(10);
    const { generateDemo } = await import('../demo/generateDemo');
    const db = t.db();
    const r = generateDemo(db, { customers: 40, seed: 3, now: '2026-03-01T09:00:00.000Z', parallel: false });
    expect(r.customers).toBe(40);
    expect(auditRows()).toBe(0);
    expect(triggers()).toBe(before);
    // And they work again afterwards.
    const id = db.prepare('SELECT id FROM customers LIMIT 1').pluck().get() as string;
    db.prepare("UPDATE customers SET industry = 'Audited', version = version + 1 WHERE id = ?").run(id);
    expect((await history('customer', id))[0]!.fields.map((f) => f.field)).toEqual(['industry']);
  });
});
