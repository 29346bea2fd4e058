import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';

let t: ReturnType<typeof tempBackend>;
beforeEach(() => {
  t = tempBackend();
});
afterEach(() => t.cleanup());

const expo = { name: 'Shenzhen Packaging Expo', theme: 'Packaging', city: 'Shenzhen', frequency: 'annual' as const, maturity: 'growing' as const };

async function edition(exhibitionId: string, name: string, startDate: string, extra: Record<string, unknown> = {}) {
  return t.call('editions.create', { exhibitionId, name, startDate, endDate: startDate, ...extra });
}

describe('exhibitions', () => {
  it('creates, reads, lists and updates with optimistic concurrency', async () => {
    const x = await t.call('exhibitions.create', expo);
    expect(x).toMatchObject({ name: 'Shenzhen Packaging Expo', maturity: 'growing', frequency: 'annual', version: 1, current: true });
    const u = await t.call('exhibitions.update', { id: x.id, version: 1, patch: { city: 'Guangzhou', notes: '  ' } });
    expect(u).toMatchObject({ city: 'Guangzhou', notes: null, version: 2, theme: 'Packaging' });
    const stale = await t.raw('exhibitions.update', { id: x.id, version: 1, patch: { city: 'Xiamen' } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await edition(x.id, '2025', '2025-05-10');
    const list = await t.call('exhibitions.list', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ editionCount: 1, participationCount: 0, current: true, latestEdition: { name: '2025' } });
  });

  it('the first exhibition becomes current; setCurrent switches; a deleted current falls back to the first', async () => {
    expect(await t.call('exhibitions.current', {})).toBeNull();
    const a = await t.call('exhibitions.create', { name: 'A Expo' });
    const b = await t.call('exhibitions.create', { name: 'B Expo' });
    expect(b.current).toBe(false);
    expect((await t.call('exhibitions.current', {}))?.id).toBe(a.id);
    await t.call('exhibitions.setCurrent', { id: b.id });
    expect((await t.call('exhibitions.current', {}))?.id).toBe(b.id);
    expect((await t.call('exhibitions.list', {})).map((r) => [r.name, r.current])).toEqual([['A Expo', false], ['B Expo', true]]);
    await t.call('exhibitions.delete', { id: b.id });
    expect((await t.call('exhibitions.current', {}))?.id).toBe(a.id);
  });

  it('with no saved setting but exhibitions present, the first one is current', async () => {
    const a = await t.call('exhibitions.create', { name: 'A Expo' });
    t.db().prepare("DELETE FROM settings WHERE key = 'currentExhibitionId'").run();
    expect((await t.call('exhibitions.current', {}))?.id).toBe(a.id);
  });

  it('deleting an exhibition with editions asks first, says how many, then deletes everything', async () => {
    const x = await t.call('exhibitions.create', expo);
    const e = await edition(x.id, '2025', '2025-05-10');
    const c = await t.call('customers.create', { companyName: 'Box Co' });
    await t.call('participations.create', { customerId: c.id, editionId: e.id, role: 'exhibitor' });
    const refused = await t.raw('exhibitions.delete', { id: x.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', details: { editions: 1, participations: 1, needsConfirm: true } } });
    if (!refused.ok) expect(refused.error.message).toContain('1 edition(s) and 1 participation(s)');
    const zh = await t.raw('exhibitions.delete', { id: x.id }, 'zh');
    if (!zh.ok) expect(zh.error.message).toContain('1 届展会和 1 条参展记录');
    expect(await t.call('exhibitions.list', {})).toHaveLength(1);
    expect(await t.call('exhibitions.delete', { id: x.id, confirm: true })).toEqual({ editions: 1, participations: 1 });
    expect(t.db().prepare('SELECT count(*) FROM participations').pluck().get()).toBe(0);
    expect(await t.call('exhibitions.current', {})).toBeNull();
  });

  it('an exhibition without editions is deleted at once', async () => {
    const x = await t.call('exhibitions.create', expo);
    expect(await t.call('exhibitions.delete', { id: x.id })).toEqual({ editions: 0, participations: 0 });
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const r = await t.raw('exhibitions.create', { name: '  ', maturity: 'old', frequency: 'weekly' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.error.fields ?? {}).sort()).toEqual(['frequency', 'maturity', 'name']);
    expect(t.db().prepare('SELECT count(*) FROM exhibitions').pluck().get()).toBe(0);
    const missing = await t.raw('exhibitions.get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('editions', () => {
  it('creates, updates, lists newest first', async () => {
    const x = await t.call('exhibitions.create', expo);
    const e1 = await edition(x.id, '2024', '2024-05-10', { sellableArea: 5000, status: 'closed', venue: 'Hall A' });
    const e2 = await edition(x.id, '2025', '2025-05-10');
    expect(e1).toMatchObject({ exhibitionName: expo.name, sellableArea: 5000, status: 'closed', previousEdition: null, rebooking: null });
    expect(e2.previousEdition).toEqual({ id: e1.id, name: '2024' });
    const u = await t.call('editions.update', { id: e2.id, version: 1, patch: { endDate: '2025-05-13', status: 'open' } });
    expect(u).toMatchObject({ endDate: '2025-05-13', status: 'open', version: 2 });
    expect((await t.call('editions.list', { exhibitionId: x.id })).map((e) => e.name)).toEqual(['2025', '2024']);
  });

  it('refuses an end before the start (on create and on an update of one date), negative areas and bad dates', async () => {
    const x = await t.call('exhibitions.create', expo);
    const r = await t.raw('editions.create', { exhibitionId: x.id, name: 'X', startDate: '2025-05-10', endDate: '2025-05-09', sellableArea: -1 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.fields?.endDate).toBe('The end date is before the start date.');
      expect(r.error.fields?.sellableArea).toBe('Must not be negative.');
    }
    const bad = await t.raw('editions.create', { exhibitionId: x.id, name: 'X', startDate: '2025-02-30', endDate: 'soon' }, 'zh');
    if (!bad.ok) expect(bad.error.fields).toMatchObject({ startDate: '日期无效（格式 YYYY-MM-DD）。', endDate: '日期无效（格式 YYYY-MM-DD）。' });
    const e = await edition(x.id, '2025', '2025-05-10', { endDate: '2025-05-12' });
    const u = await t.raw('editions.update', { id: e.id, version: 1, patch: { startDate: '2025-05-20' } });
    expect(u).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'patch.startDate': 'The end date is before the start date.' } } });
    const noExpo = await t.raw('editions.create', { exhibitionId: '00000000-0000-4000-8000-000000000000', name: 'X', startDate: '2025-05-10', endDate: '2025-05-10' });
    expect(noExpo).toMatchObject({ ok: false, error: { fields: { exhibitionId: 'This exhibition does not exist.' } } });
    expect(t.db().prepare('SELECT count(*) FROM editions').pluck().get()).toBe(1);
  });

  it('deleting an edition with participations asks first', async () => {
    const x = await t.call('exhibitions.create', expo);
    const e = await edition(x.id, '2025', '2025-05-10');
    const c = await t.call('customers.create', { companyName: 'Box Co' });
    await t.call('participations.create', { customerId: c.id, editionId: e.id, role: 'exhibitor' });
    const r = await t.raw('editions.delete', { id: e.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', details: { participations: 1 } } });
    if (!r.ok) expect(r.error.message).toContain('1 participation(s)');
    expect(await t.call('editions.delete', { id: e.id, confirm: true })).toEqual({ editions: 1, participations: 1 });
    expect(await t.call('editions.list', { exhibitionId: x.id })).toEqual([]);
  });
});
