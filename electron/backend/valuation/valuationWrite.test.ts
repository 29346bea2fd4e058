import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { DEFAULT_VALUATION_SETTINGS, VALUATION_SETTINGS_KEY, type ValuationSettings } from '../../../shared/domain/valuation/settings';
import { insertSnapshot } from './valuationTestData';

// Settings, ratings, the call list, one relationship's value and the status (stale or not)
// on a real workspace; snapshots written straight into the tables (valuationTestData.ts).

type T = ReturnType<typeof tempBackend>;
let t: T;
beforeEach(() => {
  t = tempBackend();
});
afterEach(() => t.cleanup());

const NO_ID = '00000000-0000-4000-8000-000000000000';
const storedSettings = () => t.db().prepare('SELECT value FROM settings WHERE key = ?').pluck().get(VALUATION_SETTINGS_KEY) as string | undefined;
const clone = (s: ValuationSettings): ValuationSettings => JSON.parse(JSON.stringify(s)) as ValuationSettings;

async function fair() {
  const x = (await t.call('exhibitions.create', { name: 'Canton Light Fair' })).id;
  const customer = async (companyName: string, extra: { tags?: string[]; phone?: string } = {}) =>
    (await t.call('customers.create', { companyName, ...extra })).id;
  return { x, customer };
}

describe('valuation settings', () => {
  it('reads the defaults, saves valid settings (trimmed brand tags) and resets them', async () => {
    expect(await t.call('valuation.settings', {})).toEqual(DEFAULT_VALUATION_SETTINGS);
    const s = clone(DEFAULT_VALUATION_SETTINGS);
    s.weights.economic = 40;
    s.tierCutoffs = { a: 5, b: 25, c: 50 };
    s.brandTags = ['  Famous ', 'Famous', '名牌'];
    const saved = await t.call('valuation.setSettings', { settings: s });
    expect(saved.job).toBeNull();
    expect(saved.settings).toMatchObject({ weights: { economic: 40 }, tierCutoffs: { a: 5, b: 25, c: 50 }, brandTags: ['Famous', '名牌'] });
    expect(await t.call('valuation.settings', {})).toEqual(saved.settings);
    expect(t.events).toContainEqual({ type: 'data.changed', domain: 'valuation' });
    const reset = await t.call('valuation.resetSettings', {});
    expect(reset).toEqual({ settings: DEFAULT_VALUATION_SETTINGS, job: null });
    expect(storedSettings()).toBeUndefined();
  });

  it('refuses bad settings field by field, in the caller’s language, and writes nothing', async () => {
    const { x } = await fair();
    const s = clone(DEFAULT_VALUATION_SETTINGS);
    for (const k of Object.keys(s.weights) as (keyof ValuationSettings['weights'])[]) s.weights[k] = 0;
    s.tierCutoffs = { a: 30, b: 20, c: 60 };
    s.windowEditions = 0;
    const r = await t.raw('valuation.setSettings', { settings: s, exhibitionId: x });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: {
          'settings.weights': 'Give at least one component a weight above 0.',
          'settings.tierCutoffs.b': 'Each cut-off must be above the one before it (A < B < C).',
          'settings.windowEditions': 'Must be at least 1.',
        },
      },
    });
    const zh = await t.raw('valuation.setSettings', { settings: { ...clone(DEFAULT_VALUATION_SETTINGS), tierCutoffs: { a: 10, b: 30, c: 30 } } }, 'zh');
    expect(zh).toMatchObject({ ok: false, error: { fields: { 'settings.tierCutoffs.c': '每个分界必须大于前一个（A < B < C）。' } } });
    const negative = await t.raw('valuation.setSettings', { settings: { ...clone(DEFAULT_VALUATION_SETTINGS), callListProbability: 1.5, brandTags: [' '] } });
    expect(negative).toMatchObject({ ok: false, error: { fields: { 'settings.callListProbability': expect.any(String), 'settings.brandTags.0': 'This field is required.' } } });
    // An unknown exhibition is refused before the settings are written.
    const noEx = await t.raw('valuation.setSettings', { settings: clone(DEFAULT_VALUATION_SETTINGS), exhibitionId: NO_ID });
    expect(noEx).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { exhibitionId: expect.any(String) } } });
    expect(storedSettings()).toBeUndefined();
  });
});

describe('valuation.ofRelationship and setRatings', () => {
  it('shows ratings as stored, brand tags, current figures and the history oldest first', async () => {
    const { x, customer } = await fair();
    const c = await customer('Alpha Lighting', { tags: ['BRAND', 'vip', '知名品牌'] });
    const other = await customer('Beta Lamps');
    const before = await t.call('valuation.ofRelationship', { customerId: c, exhibitionId: x });
    expect(before).toEqual({
      customerId: c, exhibitionId: x, exhibitionName: 'Canton Light Fair', version: 1, demonstrationRating: null, capabilityRating: null,
      brandTags: ['BRAND', '知名品牌'], current: null, snapshot: null, history: [],
    });
    const db = t.db();
    const s1 = insertSnapshot(db, { exhibitionId: x, takenAt: '2026-09-01T00:00:00.000Z', figures: [{ customerId: c, score: 40, tier: 'C', probability: 0.4, economic: 100_00, profit: 50_00 }] });
    insertSnapshot(db, { exhibitionId: x, takenAt: '2026-10-01T00:00:00.000Z', figures: [{ customerId: other, score: 10 }] });
    const s3 = insertSnapshot(db, { exhibitionId: x, takenAt: '2026-11-01T00:00:00.000Z', figures: [{ customerId: c, score: 70.5, tier: 'A', probability: 0.8, economic: 250_50, profit: -12_25 }, { customerId: other }] });
    const v = await t.call('valuation.ofRelationship', { customerId: c, exhibitionId: x });
    expect(v.snapshot?.id).toBe(s3);
    expect(v.current).toMatchObject({ customerId: c, companyName: 'Alpha Lighting', score: 70.5, tier: 'A', economic: 250.5, profit: -12.25 });
    expect(v.history).toEqual([
      { snapshotId: s1, takenAt: '2026-09-01T00:00:00.000Z', score: 40, tier: 'C', probability: 0.4, economic: 100, profit: 50 },
      { snapshotId: s3, takenAt: '2026-11-01T00:00:00.000Z', score: 70.5, tier: 'A', probability: 0.8, economic: 250.5, profit: -12.25 },
    ]);
    // Not in the latest snapshot: current is null, the history still shows.
    const newer = await customer('Gamma Media');
    expect((await t.call('valuation.ofRelationship', { customerId: newer, exhibitionId: x })).current).toBeNull();
  });

  it('sets ratings with an optimistic version check, in one write, and tells valuation and lifecycle', async () => {
    const { x, customer } = await fair();
    const c = await customer('Alpha Lighting');
    t.events.length = 0;
    const r1 = await t.call('valuation.setRatings', { customerId: c, exhibitionId: x, version: 1, demonstrationRating: 4 });
    expect(r1).toMatchObject({ version: 2, demonstrationRating: 4, capabilityRating: null });
    expect(t.events).toEqual(expect.arrayContaining([{ type: 'data.changed', domain: 'valuation' }, { type: 'data.changed', domain: 'lifecycle' }]));
    // Absent = unchanged, null = not rated.
    const r2 = await t.call('valuation.setRatings', { customerId: c, exhibitionId: x, version: 2, capabilityRating: 5 });
    expect(r2).toMatchObject({ version: 3, demonstrationRating: 4, capabilityRating: 5 });
    const r3 = await t.call('valuation.setRatings', { customerId: c, exhibitionId: x, version: 3, demonstrationRating: null });
    expect(r3).toMatchObject({ version: 4, demonstrationRating: null, capabilityRating: 5 });
    // The lifecycle sees the same version (a stage move from a screen opened before is refused).
    expect((await t.call('lifecycle.get', { customerId: c, exhibitionId: x })).version).toBe(4);

    const stale = await t.raw('valuation.setRatings', { customerId: c, exhibitionId: x, version: 2, capabilityRating: 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', details: { currentVersion: 4 } } });
    const bad = await t.raw('valuation.setRatings', { customerId: c, exhibitionId: x, version: 4, demonstrationRating: 6, capabilityRating: 2.5 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { demonstrationRating: 'Must be at most 5.', capabilityRating: expect.any(String) } } });
    const row = t.db().prepare('SELECT version, demonstration_rating, capability_rating FROM relationships WHERE customer_id = ?').get(c);
    expect(row).toEqual({ version: 4, demonstration_rating: null, capability_rating: 5 });

    const missing = await t.raw('valuation.setRatings', { customerId: NO_ID, exhibitionId: NO_ID, version: 1, capabilityRating: 1 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { customerId: expect.any(String), exhibitionId: expect.any(String) } } });
    await t.call('customers.trash', { ids: [c] });
    const trashed = await t.raw('valuation.setRatings', { customerId: c, exhibitionId: x, version: 4, capabilityRating: 1 }, 'zh');
    expect(trashed).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { customerId: '该客户不存在（或已在回收站中）。' } } });
    // Reading a customer in the Trash still works (its history is kept).
    expect((await t.call('valuation.ofRelationship', { customerId: c, exhibitionId: x })).capabilityRating).toBe(5);
    const second = (await t.call('exhibitions.create', { name: 'Other Fair' })).id;
    const none = await t.raw('valuation.ofRelationship', { customerId: (await customer('Loner')), exhibitionId: second });
    expect(none).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('valuation.callList', () => {
  it('lists tier A/B relationships at risk with their reasons, most at stake first, without the Trash', async () => {
    const { x, customer } = await fair();
    const names = ['Low Prob', 'Weakening', 'Safe A', 'Tier C Risky', 'Dropped', 'Trashed', 'Unhappy'];
    const ids: Record<string, string> = {};
    for (const n of names) ids[n] = await customer(n, n === 'Weakening' ? { phone: '+86 21 5555 0199' } : {});
    const db = t.db();
    // The previous snapshot: 'Dropped' was at 0.8.
    insertSnapshot(db, { exhibitionId: x, takenAt: '2026-10-01T00:00:00.000Z', figures: [{ customerId: ids['Dropped']!, probability: 0.8, tier: 'A' }] });
    insertSnapshot(db, {
      exhibitionId: x, takenAt: '2026-11-01T00:00:00.000Z',
      figures: [
        { customerId: ids['Low Prob']!, tier: 'A', score: 90, probability: 0.2, revenuePerEdition: 50_000_00 },
        { customerId: ids['Weakening']!, tier: 'B', score: 70, probability: 0.9, revenuePerEdition: 80_000_00, satisfaction: 6 },
        { customerId: ids['Safe A']!, tier: 'A', score: 95, probability: 0.9, revenuePerEdition: 99_000_00 },
        { customerId: ids['Tier C Risky']!, tier: 'C', score: 30, probability: 0.1, revenuePerEdition: 99_000_00 },
        { customerId: ids['Dropped']!, tier: 'B', score: 60, probability: 0.45, revenuePerEdition: 50_000_00 },
        { customerId: ids['Trashed']!, tier: 'A', score: 99, probability: 0.1, revenuePerEdition: 90_000_00 },
        { customerId: ids['Unhappy']!, tier: 'A', score: 80, probability: 0.3, revenuePerEdition: 10_000_00, satisfaction: 3.5 },
      ],
    });
    // Weakening now (moved after the assessment), and an open complaint.
    db.prepare("UPDATE relationships SET stage = 'weakening', stage_since = '2026-11-10' WHERE customer_id = ?").run(ids['Weakening']!);
    await t.call('interactions.create', { customerId: ids['Unhappy']!, at: '2026-11-05T10:00:00.000Z', type: 'complaint', summary: 'Stand was wet' });
    await t.call('customers.trash', { ids: [ids['Trashed']!] });

    const r = await t.call('valuation.callList', { exhibitionId: x });
    expect(r.total).toBe(4);
    expect(r.rows.map((row) => row.companyName)).toEqual(['Weakening', 'Low Prob', 'Dropped', 'Unhappy']); // same revenue: the higher score first
    const by = Object.fromEntries(r.rows.map((row) => [row.companyName, row]));
    expect(by['Weakening']).toEqual({
      customerId: ids['Weakening'], companyName: 'Weakening', tier: 'B', score: 70, probability: 0.9, stage: 'weakening',
      revenuePerEdition: 80_000, phone: '+86 21 5555 0199', reasons: [{ kind: 'weakening', since: '2026-11-10' }],
    });
    expect(by['Dropped']!.reasons).toEqual([{ kind: 'lowProbability', probability: 0.45 }, { kind: 'probabilityDrop', from: 0.8, to: 0.45 }]);
    expect(by['Low Prob']!.reasons).toEqual([{ kind: 'lowProbability', probability: 0.2 }]);
    expect(by['Unhappy']!.reasons).toEqual([
      { kind: 'lowProbability', probability: 0.3 },
      { kind: 'openComplaints', count: 1 },
      { kind: 'satisfactionLow', satisfaction: 3.5 },
    ]);
    const page = await t.call('valuation.callList', { exhibitionId: x, offset: 1, limit: 2 });
    expect(page.rows.map((row) => row.companyName)).toEqual(['Low Prob', 'Dropped']);

    // The threshold is a setting, read at once.
    await t.call('valuation.setSettings', { settings: { ...clone(DEFAULT_VALUATION_SETTINGS), callListProbability: 0.25 } });
    expect((await t.call('valuation.callList', { exhibitionId: x })).rows.map((row) => row.companyName)).toEqual(['Weakening', 'Low Prob']);
  });
});

describe('valuation.status', () => {
  it('says what the latest snapshot is and whether data or settings changed after it', async () => {
    const { x, customer } = await fair();
    const c = await customer('Alpha Lighting');
    expect(await t.call('valuation.status', { exhibitionId: x })).toEqual({ latest: null, running: null, stale: false });
    const future = new Date(Date.now() + 60_000).toISOString();
    const id = insertSnapshot(t.db(), { exhibitionId: x, takenAt: future, figures: [{ customerId: c }] });
    const s = await t.call('valuation.status', { exhibitionId: x });
    expect(s).toMatchObject({ latest: { id }, running: null, stale: false });

    // Dated before the customer was created: its data changed after the snapshot.
    t.db().prepare('UPDATE value_snapshots SET taken_at = ? WHERE id = ?').run('2026-01-01T00:00:00.000Z', id);
    expect((await t.call('valuation.status', { exhibitionId: x })).stale).toBe(true);
    t.db().prepare('UPDATE value_snapshots SET taken_at = ? WHERE id = ?').run(future, id);
    expect((await t.call('valuation.status', { exhibitionId: x })).stale).toBe(false);

    // Settings saved since the snapshot make it stale; so do ratings (relationship changed).
    await t.call('valuation.setSettings', { settings: { ...clone(DEFAULT_VALUATION_SETTINGS), advicePoints: 1 } });
    expect((await t.call('valuation.status', { exhibitionId: x })).stale).toBe(true);
    await t.call('valuation.resetSettings', {});
    expect((await t.call('valuation.status', { exhibitionId: x })).stale).toBe(false);
  });

  it('turns stale on a participation, an interaction or a rating made after the snapshot', async () => {
    const { x, customer } = await fair();
    const c = await customer('Alpha Lighting');
    const snap = () => insertSnapshot(t.db(), { exhibitionId: x, takenAt: new Date().toISOString(), figures: [{ customerId: c }] });
    const stale = async () => (await t.call('valuation.status', { exhibitionId: x })).stale;
    const tick = () => new Promise((r) => setTimeout(r, 5));

    snap();
    await tick();
    expect(await stale()).toBe(false);
    await t.call('interactions.create', { customerId: c, at: '2026-11-05T10:00:00.000Z', type: 'call', summary: 'Asked about 2027' });
    expect(await stale()).toBe(true);

    await tick();
    snap();
    await tick();
    expect(await stale()).toBe(false);
    const ed = await t.call('editions.create', { exhibitionId: x, name: 'CLF 2025', startDate: '2025-03-01', endDate: '2025-03-04', status: 'closed' });
    expect(await stale()).toBe(true);
    await tick();
    snap();
    await tick();
    await t.call('participations.create', { customerId: c, editionId: ed.id, role: 'exhibitor', status: 'attended', statusAt: '2025-03-04' });
    expect(await stale()).toBe(true);

    await tick();
    snap();
    await tick();
    expect(await stale()).toBe(false);
    const v = (await t.call('valuation.ofRelationship', { customerId: c, exhibitionId: x })).version;
    await t.call('valuation.setRatings', { customerId: c, exhibitionId: x, version: v, capabilityRating: 3 });
    expect(await stale()).toBe(true);
  });
});
