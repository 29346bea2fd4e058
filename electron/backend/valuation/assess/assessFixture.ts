import type { Db } from '../../store/openDatabase';

// A small history whose facts and figures the tests work out by hand (assessment.test.ts).
// Today is 2026-11-22. Exhibition X: editions E1 2022 … E4 2025 closed, E5 2027 open (next).
// Exhibition Y: one closed edition Y1 (2025-09). Window (3 editions) = E2, E3, E4; the window
// period runs from 2022-06-04 (the day after E1 ended) to 2026-11-22.

export const TODAY = '2026-11-22T10:00:00.000Z';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const X = id(1); // sorts before Y: a split's remainder goes to X
export const Y = id(2);
export const E = [id(11), id(12), id(13), id(14), id(15)] as const;
export const Y1 = id(21);
export const A = id(101);
export const B = id(102);
export const C = id(103);
export const D = id(104);
export const T = id(105);

const T0 = '2020-01-01T00:00:00.000Z';

export function insertFixture(db: Db): void {
  const run = (sql: string, ...args: unknown[]) => db.prepare(sql).run(...args);
  db.transaction(() => {
    run('INSERT INTO exhibitions (id, name, created_at, updated_at) VALUES (?, ?, ?, ?), (?, ?, ?, ?)', X, 'Lighting', T0, T0, Y, 'Packaging', T0, T0);
    const ed = (i: string, x: string, name: string, start: string, end: string, status: string) =>
      run('INSERT INTO editions (id, exhibition_id, name, start_date, end_date, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', i, x, name, start, end, status, T0, T0);
    ed(E[0], X, 'E1', '2022-06-01', '2022-06-03', 'closed');
    ed(E[1], X, 'E2', '2023-06-01', '2023-06-03', 'closed');
    ed(E[2], X, 'E3', '2024-06-01', '2024-06-03', 'closed');
    // Still 'open' but over: closed by its end date.
    ed(E[3], X, 'E4', '2025-06-01', '2025-06-03', 'open');
    ed(E[4], X, 'E5', '2027-06-01', '2027-06-03', 'open');
    ed(Y1, Y, 'Y1', '2025-09-01', '2025-09-03', 'closed');

    const cust = (i: string, name: string, kinds: number, created: string, extra: { partner?: string; referredBy?: string; wom?: string; deleted?: string } = {}) =>
      run(
        `INSERT INTO customers (id, company_name, name_sort, kinds, partner_type, referred_by, negative_wom_at, deleted_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        i, name, name.toLowerCase(), kinds, extra.partner ?? null, extra.referredBy ?? null, extra.wom ?? null, extra.deleted ?? null, created, created,
      );
    cust(A, 'Alpha Lamps', 1, '2021-12-01T00:00:00.000Z');
    cust(B, 'Beta Association', 16, '2020-01-01T00:00:00.000Z', { partner: 'association', wom: '2025-03-01' });
    cust(C, 'Gamma Light', 1, '2025-01-15T00:00:00.000Z', { referredBy: A });
    cust(D, 'Delta New', 1, '2026-10-01T00:00:00.000Z');
    cust(T, 'Trashed Co', 1, '2021-01-01T00:00:00.000Z', { deleted: '2026-01-01T00:00:00.000Z' });

    const rel = (c: string, x: string, began: string, stage: string, ratings: [number | null, number | null] = [null, null]) =>
      run(
        `INSERT INTO relationships (customer_id, exhibition_id, stage, stage_since, began_on, demonstration_rating, capability_rating, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        c, x, stage, began, began, ratings[0], ratings[1], T0, T0,
      );
    let seq = 0;
    const move = (c: string, x: string, s: number, to: string, at: string) =>
      run(
        'INSERT INTO stage_transitions (id, customer_id, exhibition_id, seq, to_stage, at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        id(1000 + ++seq), c, x, s, to, at, T0,
      );
    rel(A, X, '2021-12-01', 'trust', [null, 2]);
    move(A, X, 1, 'cultivation', '2021-12-01');
    move(A, X, 2, 'confirmation', '2023-01-10');
    move(A, X, 3, 'trust', '2024-07-01');
    rel(A, Y, '2025-01-01', 'cultivation');
    move(A, Y, 1, 'cultivation', '2025-01-01');
    rel(B, X, '2020-01-01', 'lost', [5, null]);
    move(B, X, 1, 'cultivation', '2020-01-01');
    move(B, X, 2, 'weakening', '2024-01-01');
    move(B, X, 3, 'lost', '2025-01-01');
    rel(C, X, '2025-01-15', 'confirmation');
    move(C, X, 1, 'cultivation', '2025-01-15');
    move(C, X, 2, 'confirmation', '2025-03-01');
    rel(D, X, '2026-10-01', 'cultivation');
    move(D, X, 1, 'cultivation', '2026-10-01');
    rel(T, X, '2021-01-01', 'trust');

    let pn = 0;
    const part = (c: string, e: string, role: string, status: string, p: { list?: number; charged?: number; other?: number; area?: number; sat?: number; intent?: string } = {}) =>
      run(
        `INSERT INTO participations (id, customer_id, edition_id, role, stand_area, list_price, price_charged, other_revenue, status, status_at,
           cancel_reason, satisfaction, intent_to_return, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2020-01-01', ?, ?, ?, ?, ?)`,
        id(2000 + ++pn), c, e, role, p.area ?? null, p.list ?? null, p.charged ?? null, p.other ?? null, status,
        status === 'cancelled' ? 'budget' : null, p.sat ?? null, p.intent ?? null, T0, T0,
      );
    part(A, E[0], 'exhibitor', 'attended', { list: 120000, charged: 100000, area: 36, sat: 9 }); // before the window
    part(A, E[1], 'exhibitor', 'attended', { list: 120000, charged: 100000, other: 5000, area: 36, sat: 8, intent: 'yes' });
    part(A, E[2], 'exhibitor', 'cancelled', { list: 120000, charged: 100000, area: 36 });
    part(A, E[3], 'exhibitor', 'paid', { list: 150000, charged: 150000, area: 54, sat: 9, intent: 'maybe' });
    part(B, E[1], 'partner', 'attended', { other: 20000, area: 54, sat: 3, intent: 'no' });
    part(C, E[3], 'exhibitor', 'contracted', { list: 30000, charged: 30000, area: 18 });
    part(T, E[3], 'exhibitor', 'attended', { list: 99999, charged: 99999, area: 300, sat: 0 });
    part(A, Y1, 'exhibitor', 'attended', { list: 70000, charged: 70000, area: 36 });

    let xn = 0;
    const touch = (c: string, at: string, type: string, cost: number, edition: string | null) =>
      run(
        `INSERT INTO interactions (id, customer_id, at, type, edition_id, summary, cost, complaint_state, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'x', ?, ?, ?, ?)`,
        id(3000 + ++xn), c, at, type, edition, cost, type === 'complaint' ? 'open' : null, at, at,
      );
    touch(A, '2022-05-01T09:00:00.000Z', 'meeting', 999, E[1]); // before the window period
    touch(A, '2022-06-04T09:00:00.000Z', 'meeting', 1000, E[1]); // its first day, in cultivation
    touch(A, '2023-01-10T09:00:00.000Z', 'event', 2000, E[1]); // the day of the move: confirmation
    touch(A, '2024-07-01T09:00:00.000Z', 'visit', 3001, null); // unlinked: split with Y, 1500 + remainder 1 to X
    touch(A, '2025-09-02T09:00:00.000Z', 'event', 4000, Y1); // Y's
    touch(A, '2024-02-01T09:00:00.000Z', 'advice', 0, null); // advice, counted whole
    touch(A, '2026-11-23T09:00:00.000Z', 'event', 50000, null); // after the assessment date
    touch(B, '2024-06-10T09:00:00.000Z', 'complaint', 700, E[2]); // weakening
    touch(B, '2025-03-01T09:00:00.000Z', 'visit', 500, E[3]); // lost
  })();
}
