import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';

// The lifecycle services on a real workspace: relationships made where customers and
// participations are, moves with every check, suggestions from multi-edition histories,
// accept (atomic), dismiss (until the facts change), bad input in both languages.

type T = ReturnType<typeof tempBackend>;
let t: T;
beforeEach(() => {
  t = tempBackend();
});
afterEach(() => t.cleanup());

const today = () => new Date().toISOString().slice(0, 10);

/** An annual fair with closed editions 2022–2025 and the 2026 edition open for booking. */
async function fair(name = 'Canton Light Fair') {
  const x = await t.call('exhibitions.create', { name });
  const ed: Record<number, string> = {};
  for (const y of [2022, 2023, 2024, 2025]) {
    ed[y] = (await t.call('editions.create', { exhibitionId: x.id, name: `${name} ${y}`, startDate: `${y}-03-01`, endDate: `${y}-03-04`, status: 'closed' })).id;
  }
  return { x: x.id, ed };
}

async function customer(name: string) {
  return (await t.call('customers.create', { companyName: name })).id;
}

async function attend(customerId: string, editionId: string, satisfaction: number | null, standArea: number | null = null, at = '2022-01-10') {
  return t.call('participations.create', { customerId, editionId, role: 'exhibitor', status: 'attended', statusAt: at, satisfaction, standArea, priceCharged: 1000, otherRevenue: 50 });
}

describe('relationships', () => {
  it('starts a new customer in cultivation in the current exhibition, with a first transition from nothing', async () => {
    const { x } = await fair();
    const c = await customer('Acme Lighting');
    const r = await t.call('lifecycle.get', { customerId: c, exhibitionId: x });
    expect(r).toMatchObject({ stage: 'cultivation', stageSince: today(), beganOn: today(), version: 1 });
    expect(r.history).toMatchObject([{ seq: 1, from: null, to: 'cultivation', at: today() }]);
  });

  it('gives no relationship when there is no exhibition, and one on the first participation elsewhere', async () => {
    const c = await customer('Early Bird Co');
    expect(await t.call('lifecycle.ofCustomer', { customerId: c })).toEqual([]);
    const a = await fair('Fair A');
    const b = await fair('Fair B');
    await attend(c, b.ed[2023]!, 8, null, '2023-03-04');
    const rels = await t.call('lifecycle.ofCustomer', { customerId: c });
    expect(rels.map((r) => [r.exhibitionId, r.beganOn])).toEqual([[b.x, '2023-03-04']]);
    expect(a.x).not.toBe(b.x);
  });

  it('the refresh gives a relationship to every participant who has none (a bulk path that skipped it), begun on the first booking', async () => {
    const a = await fair('Fair A');
    const b = await fair('Fair B');
    const c1 = await customer('Lost Link Ltd');
    const c2 = await customer('Kept Link Ltd');
    await attend(c1, a.ed[2023]!, 8, null, '2023-03-04');
    await attend(c1, a.ed[2022]!, 7, null, '2022-03-04');
    // Booked with Fair B before any booking with Fair A: its date must not count for Fair A.
    await attend(c1, b.ed[2022]!, 7, null, '2021-12-01');
    await attend(c2, a.ed[2024]!, 9, null, '2024-03-04');
    // As if written by a path that made no relationship: c1's with Fair A is gone (and its history).
    t.db().prepare('DELETE FROM stage_transitions WHERE customer_id = ? AND exhibition_id = ?').run(c1, a.x);
    t.db().prepare('DELETE FROM relationships WHERE customer_id = ? AND exhibition_id = ?').run(c1, a.x);
    expect((await t.call('lifecycle.ofCustomer', { customerId: c1 })).map((r) => r.exhibitionId)).toEqual([b.x]);
    const relOf = async (c: string) =>
      (await t.call('lifecycle.ofCustomer', { customerId: c })).map((r) => [r.exhibitionId, r.stage, r.beganOn, r.version, r.history.length]);
    const before = await relOf(c2);

    expect(await t.call('lifecycle.refresh', {})).toMatchObject({ relationships: expect.any(Number) });
    const rels = await t.call('lifecycle.ofCustomer', { customerId: c1 });
    // Back, begun on its earliest booking with Fair A (2022), not Fair B's (2021); the others untouched.
    expect(rels.map((r) => [r.exhibitionId, r.beganOn]).sort()).toEqual([[a.x, '2022-03-04'], [b.x, '2021-12-01']].sort());
    expect(await relOf(c2)).toEqual(before);
  });
});

describe('suggestions over a multi-edition history', () => {
  it('suggests trust after two good editions, weakening after a skipped one, and refreshes on demand', async () => {
    const { x, ed } = await fair();
    const loyal = await customer('Loyal Lamps');
    const drifting = await customer('Drifting Diodes');
    const prospect = await customer('Prospect Panels');
    await attend(loyal, ed[2024]!, 8, 50);
    await attend(loyal, ed[2025]!, 9, 50);
    await attend(drifting, ed[2023]!, 9, 40);
    await attend(drifting, ed[2024]!, 9, 40);
    const r = await t.call('lifecycle.refresh', { exhibitionId: x });
    expect(r.relationships).toBe(3);
    const s = await t.call('lifecycle.suggestions', { exhibitionId: x, offset: 0, limit: 50 });
    const by = Object.fromEntries(s.rows.map((row) => [row.companyName, row]));
    expect(by['Loyal Lamps']).toMatchObject({ from: 'cultivation', to: 'trust', signal: 'repeat_attendance', details: { editions: 2, satisfaction: 9 } });
    expect(by['Drifting Diodes']).toMatchObject({ to: 'weakening', signal: 'skipped_latest', details: { skipped: 'Canton Light Fair 2025', attended: 'Canton Light Fair 2024' } });
    expect(by['Prospect Panels']).toBeUndefined();
    expect(s.counts).toMatchObject({ trust: 1, weakening: 1, confirmation: 0 });
    expect(prospect).toBeTruthy();

    // The board shows the pending badge and the card facts.
    const board = await t.call('lifecycle.board', { exhibitionId: x, stage: 'cultivation', offset: 0, limit: 10 });
    expect(board.total).toBe(3);
    expect(board.rows.find((b) => b.companyName === 'Loyal Lamps')).toMatchObject({
      lastParticipation: { editionName: 'Canton Light Fair 2025', status: 'attended' },
      lastSatisfaction: 9,
      suggestion: { toStage: 'trust', signal: 'repeat_attendance' },
    });
    const cols = await t.call('lifecycle.columns', { exhibitionId: x });
    // 2025 revenue: Loyal Lamps only (1000 + 50).
    expect(cols.find((c) => c.stage === 'cultivation')).toMatchObject({ count: 3, lastEditionRevenue: 1050, pendingSuggestions: 2 });
  });

  it('accepts all of a kind atomically: one stale item rolls every move back', async () => {
    const { x, ed } = await fair();
    const ids: string[] = [];
    for (const n of ['A One', 'B Two', 'C Three']) {
      const c = await customer(n);
      ids.push(c);
      await attend(c, ed[2023]!, 9);
      await attend(c, ed[2024]!, 9);
    }
    await t.call('lifecycle.refresh', { exhibitionId: x });
    const s = await t.call('lifecycle.suggestions', { exhibitionId: x, toStage: 'weakening', offset: 0, limit: 50 });
    expect(s.total).toBe(3);
    const items = s.rows.map((r) => ({ customerId: r.customerId, exhibitionId: x, fingerprint: r.fingerprint }));
    items[2] = { ...items[2]!, fingerprint: 'deadbeef' };
    const bad = await t.raw('lifecycle.accept', { items });
    expect(bad).toMatchObject({ ok: false, error: { code: 'conflict', fields: { 'items.2.fingerprint': expect.stringMatching(/no longer applies/) } } });
    for (const c of ids) expect((await t.call('lifecycle.get', { customerId: c, exhibitionId: x })).stage).toBe('cultivation');
    expect(t.db().prepare('SELECT count(*) FROM stage_transitions WHERE seq > 1').pluck().get()).toBe(0);

    const all = await t.call('lifecycle.acceptAll', { exhibitionId: x, toStage: 'weakening', signal: 'skipped_latest' });
    expect(all.accepted).toBe(3);
    const r = await t.call('lifecycle.get', { customerId: ids[0]!, exhibitionId: x });
    expect(r).toMatchObject({ stage: 'weakening', stageSince: today(), version: 2 });
    expect(r.history.at(-1)).toMatchObject({ from: 'cultivation', to: 'weakening', signal: 'skipped_latest', evidence: { skipped: 'Canton Light Fair 2025' } });
    // Entering weakening created the playbook's tasks.
    expect(t.db().prepare("SELECT count(*) FROM tasks WHERE source = 'playbook'").pluck().get()).toBeGreaterThanOrEqual(3);
  });

  it('keeps a dismissed suggestion away until its facts change', async () => {
    const { x, ed } = await fair();
    const c = await customer('Dimming Displays');
    await attend(c, ed[2024]!, 9);
    const p = await attend(c, ed[2025]!, 3);
    await t.call('lifecycle.refresh', { exhibitionId: x });
    const [s] = (await t.call('lifecycle.suggestions', { exhibitionId: x, offset: 0, limit: 5 })).rows;
    expect(s).toMatchObject({ signal: 'low_satisfaction', details: { satisfaction: 3 } });
    await t.call('lifecycle.dismiss', { items: [{ customerId: c, exhibitionId: x, fingerprint: s!.fingerprint }] });
    // With the strongest signal dismissed, the next one applies (the fall from 9 to 3).
    const next = (await t.call('lifecycle.get', { customerId: c, exhibitionId: x })).suggestion;
    expect(next).toMatchObject({ signal: 'satisfaction_drop' });
    await t.call('lifecycle.dismiss', { items: [{ customerId: c, exhibitionId: x, fingerprint: next!.fingerprint }] });
    await t.call('lifecycle.refresh', { exhibitionId: x });
    // Both weakening signals stay dismissed; only the weakest one (its first booking) is left.
    expect((await t.call('lifecycle.suggestions', { exhibitionId: x, offset: 0, limit: 5 })).rows.map((r) => r.signal)).toEqual(['first_booking']);
    // New facts: the score is corrected to 4 → a new fingerprint, the suggestion is back.
    await t.call('participations.update', { id: p.id, version: p.version, patch: { satisfaction: 4 } });
    await t.call('lifecycle.refresh', { exhibitionId: x });
    expect((await t.call('lifecycle.suggestions', { exhibitionId: x, offset: 0, limit: 5 })).rows).toMatchObject([{ signal: 'low_satisfaction', details: { satisfaction: 4 } }]);
  });

  it('suggests weakening for an unresolved complaint older than 14 days', async () => {
    const { x } = await fair();
    const c = await customer('Grumpy Glow');
    await t.call('interactions.create', { customerId: c, type: 'complaint', at: '2026-01-05T10:00:00.000Z', summary: 'Stand was too dark' });
    await t.call('lifecycle.refresh', { exhibitionId: x });
    expect((await t.call('lifecycle.get', { customerId: c, exhibitionId: x })).suggestion).toMatchObject({
      toStage: 'weakening', signal: 'open_complaint', details: { count: 1, since: '2026-01-05', days: 14 },
    });
  });
});

describe('lifecycle.move', () => {
  async function setup() {
    // Entered before any exhibition existed: the relationship begins with its participation.
    const c = await customer('Mover Ltd');
    const { x, ed } = await fair();
    await attend(c, ed[2022]!, 8, null, '2022-03-04');
    return { x, c };
  }

  it('moves by hand with a reason, appends the history and bumps the version', async () => {
    const { x, c } = await setup();
    const r = await t.call('lifecycle.move', { customerId: c, exhibitionId: x, version: 1, to: 'confirmation', at: '2023-01-01', reason: 'Signed for 2023' });
    expect(r).toMatchObject({ stage: 'confirmation', stageSince: '2023-01-01', version: 2 });
    expect(r.history.map((h) => [h.from, h.to, h.at, h.reason])).toEqual([
      [null, 'cultivation', '2022-03-04', null],
      ['cultivation', 'confirmation', '2023-01-01', 'Signed for 2023'],
    ]);
    expect(() => t.db().prepare("UPDATE stage_transitions SET reason = 'x'").run()).toThrow(/immutable/);
  });

  it.each([
    ['a disallowed move', { to: 'lost' as const, reason: null, at: '2023-01-01', from: 'trust' }, 'to', /cannot move from lost to trust|不能从“消失”转到“信任”/],
    ['a future date', { to: 'weakening' as const, at: '2999-01-01' }, 'at', /future|晚于今天/],
    ['a date before the relationship began', { to: 'weakening' as const, at: '2021-12-31' }, 'at', /before the relationship began \(2022-03-04\)|早于关系开始/],
    ['a declared loss without a reason', { to: 'lost' as const, at: '2023-01-01' }, 'reason', /needs a reason|原因/],
    ['skipping to trust by hand without a reason', { to: 'trust' as const, at: '2023-01-01' }, 'reason', /needs a reason|原因/],
  ] as const)('refuses %s with a field error, in en and zh', async (_name, input, field, msg) => {
    const { x, c } = await setup();
    let version = 1;
    if ('from' in input) {
      // Declared lost first; lost → trust is not a move (only lost → cultivation is).
      await t.call('lifecycle.move', { customerId: c, exhibitionId: x, version: 1, to: 'lost', at: '2022-06-01', reason: 'Went bankrupt' });
      version = 2;
    }
    const to = 'from' in input ? 'trust' : input.to;
    for (const lang of ['en', 'zh'] as const) {
      const r = await t.raw('lifecycle.move', { customerId: c, exhibitionId: x, version, to, at: input.at, reason: null }, lang);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.fields?.[field]).toMatch(msg);
    }
    expect((await t.call('lifecycle.get', { customerId: c, exhibitionId: x })).version).toBe(version);
  });

  it('refuses a date before the latest move, a stale version, and unknown customers or exhibitions', async () => {
    const { x, c } = await setup();
    await t.call('lifecycle.move', { customerId: c, exhibitionId: x, version: 1, to: 'confirmation', at: '2023-06-01', reason: null });
    const early = await t.raw('lifecycle.move', { customerId: c, exhibitionId: x, version: 2, to: 'trust', at: '2023-05-01', reason: null });
    expect(early).toMatchObject({ ok: false, error: { fields: { at: expect.stringMatching(/latest move \(2023-06-01\)/) } } });
    const stale = await t.raw('lifecycle.move', { customerId: c, exhibitionId: x, version: 1, to: 'trust', at: '2023-07-01', reason: null }, 'zh');
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/另一个窗口/), details: { currentVersion: 2 } } });
    const unknown = await t.raw('lifecycle.move', { customerId: crypto.randomUUID(), exhibitionId: crypto.randomUUID(), version: 1, to: 'trust', at: '2023-07-01', reason: null });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { customerId: expect.any(String), exhibitionId: expect.any(String) } } });
    const badStage = await t.raw('lifecycle.move', { customerId: c, exhibitionId: x, version: 2, to: 'friends', at: 'yesterday', reason: null });
    expect(badStage).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { to: expect.any(String), at: expect.any(String) } } });
  });
});

describe('thresholds', () => {
  it('reads defaults, saves a patch, and refuses out-of-range values', async () => {
    expect(await t.call('lifecycle.thresholds', {})).toMatchObject({ complaintDays: 14, trustSatisfaction: 7 });
    expect(await t.call('lifecycle.setThresholds', { patch: { complaintDays: 30 } })).toMatchObject({ complaintDays: 30, trustSatisfaction: 7 });
    const bad = await t.raw('lifecycle.setThresholds', { patch: { trustSatisfaction: 11 } });
    expect(bad).toMatchObject({ ok: false, error: { fields: { 'patch.trustSatisfaction': expect.any(String) } } });
  });
});
