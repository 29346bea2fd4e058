import type { Db } from '../store/openDatabase';

// Test fixtures: exhibitions, editions and participations written straight into a real
// workspace, so the customer page's tests do not depend on the participation service.

let n = 0;
const uid = (prefix: string) => `${prefix}${String(++n).padStart(4, '0')}-0000-4000-8000-000000000000`.slice(0, 36);

export function addEdition(db: Db, opts: { exhibition?: string; name: string; start: string }): string {
  const now = '2026-01-01T00:00:00.000Z';
  let exId = db.prepare('SELECT id FROM exhibitions WHERE name = ?').pluck().get(opts.exhibition ?? 'Expo') as string | undefined;
  if (!exId) {
    exId = uid('aaaa');
    db.prepare('INSERT INTO exhibitions (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(exId, opts.exhibition ?? 'Expo', now, now);
  }
  const id = uid('bbbb');
  db.prepare(`INSERT INTO editions (id, exhibition_id, name, start_date, end_date, status, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, 'closed', ?, ?)`).run(id, exId, opts.name, opts.start, opts.start, now, now);
  return id;
}

/** A participation that went through `history` (status, at) in order; its status is the last. */
export function addParticipation(
  db: Db,
  opts: {
    customerId: string;
    editionId: string;
    history: [string, string][];
    priceCharged?: number | null;
    otherRevenue?: number | null;
    satisfaction?: number | null;
    role?: string;
  },
): string {
  const id = uid('cccc');
  const [lastStatus, lastAt] = opts.history[opts.history.length - 1]!;
  db.prepare(`INSERT INTO participations (id, customer_id, edition_id, role, status, status_at, cancel_reason,
      price_charged, other_revenue, satisfaction, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    id, opts.customerId, opts.editionId, opts.role ?? 'exhibitor', lastStatus, lastAt,
    lastStatus === 'cancelled' ? 'budget' : null,
    opts.priceCharged ?? null, opts.otherRevenue ?? null, opts.satisfaction ?? null,
    opts.history[0]![1], lastAt,
  );
  const ins = db.prepare('INSERT INTO participation_status_changes (participation_id, seq, status, at, changed_by) VALUES (?, ?, ?, ?, ?)');
  opts.history.forEach(([status, at], i) => ins.run(id, i + 1, status, at, 'Li Na'));
  return id;
}
