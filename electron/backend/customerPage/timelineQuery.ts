import type { TimelineItem, TimelinePage } from '../../../shared/api/customerPage';
import { ApiFailure } from '../../../shared/api/result';
import type { BookingStatus, ParticipationRole } from '../../../shared/domain/participation';
import { INTERACTION_VIEW_SQL, interactionFromDb, type InteractionViewRow } from '../interactions/interactionRows';
import type { Db } from '../store/openDatabase';

// A customer's timeline: interactions, participations (when they began) and every later status
// change, merged newest first. Each source is read with its own bounded, index-ordered query
// (interactions_by_customer; participations through their (customer_id, edition_id, role)
// key) and the three short lists are merged here, so a busy customer costs O(limit), not
// O(history). Order: `at` descending, then `key` descending; the cursor is the last (at, key).

interface Cursor {
  at: string;
  key: string;
}

// Above every ISO moment and every key: "no cursor" uses the same SQL as a real one.
const TOP: Cursor = { at: '\uffff', key: '\uffff' };

export function encodeCursor(c: Cursor): string {
  return JSON.stringify([c.at, c.key]);
}

function decodeCursor(s: string | undefined): Cursor {
  if (s === undefined) return TOP;
  try {
    const v: unknown = JSON.parse(s);
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return { at: v[0], key: v[1] };
  } catch {
    // fall through to the field error
  }
  throw new ApiFailure('invalid_input', 'err.invalidInput', { before: 'err.cursor' });
}

interface ParticipationEventRow {
  participation_id: string;
  at: string;
  k: string;
  role: string;
  status: string;
  edition_name: string;
  exhibition_name: string;
}
interface StatusEventRow extends ParticipationEventRow {
  reason: string | null;
  changed_by: string | null;
}

const statements = new WeakMap<Db, ReturnType<typeof prepare>>();

function prepare(db: Db) {
  return {
    interactions: db.prepare(`
      ${INTERACTION_VIEW_SQL}
      WHERE i.customer_id = @id AND i.at <= @at AND (i.at < @at OR 'i:' || i.id < @key)
      ORDER BY i.at DESC, i.id DESC LIMIT @limit`),
    // A participation appears when it began: the date of its first status (the status it was
    // created in), or when it was recorded if it has no history.
    participations: db.prepare(`
      SELECT * FROM (
        SELECT p.id AS participation_id, 'p:' || p.id AS k, p.role,
          coalesce(f.at, p.created_at) AS at, coalesce(f.status, p.status) AS status,
          e.name AS edition_name, x.name AS exhibition_name
        FROM participations p
        JOIN editions e ON e.id = p.edition_id
        JOIN exhibitions x ON x.id = e.exhibition_id
        LEFT JOIN participation_status_changes f ON f.participation_id = p.id
          AND f.seq = (SELECT min(seq) FROM participation_status_changes WHERE participation_id = p.id)
        WHERE p.customer_id = @id)
      WHERE at <= @at AND (at < @at OR k < @key)
      ORDER BY at DESC, k DESC LIMIT @limit`),
    // Every status after the first; seq is zero-padded so keys sort in seq order.
    statuses: db.prepare(`
      SELECT * FROM (
        SELECT s.participation_id, s.at, s.status, s.reason, s.changed_by, p.role,
          's:' || s.participation_id || ':' || printf('%08d', s.seq) AS k,
          e.name AS edition_name, x.name AS exhibition_name
        FROM participations p
        JOIN participation_status_changes s ON s.participation_id = p.id
        JOIN editions e ON e.id = p.edition_id
        JOIN exhibitions x ON x.id = e.exhibition_id
        WHERE p.customer_id = @id
          AND s.seq > (SELECT min(seq) FROM participation_status_changes WHERE participation_id = p.id))
      WHERE at <= @at AND (at < @at OR k < @key)
      ORDER BY at DESC, k DESC LIMIT @limit`),
  };
}

function stmts(db: Db) {
  let s = statements.get(db);
  if (!s) statements.set(db, (s = prepare(db)));
  return s;
}

const newestFirst = (a: TimelineItem, b: TimelineItem) =>
  a.at < b.at ? 1 : a.at > b.at ? -1 : a.key < b.key ? 1 : a.key > b.key ? -1 : 0;

export function timeline(db: Db, customerId: string, before: string | undefined, limit: number): TimelinePage {
  const cursor = decodeCursor(before);
  const s = stmts(db);
  // One more than asked from each source tells whether an older page exists.
  const params = { id: customerId, at: cursor.at, key: cursor.key, limit: limit + 1 };
  const items: TimelineItem[] = [];
  for (const r of s.interactions.all(params) as InteractionViewRow[]) {
    items.push({ kind: 'interaction', key: `i:${r.id}`, at: r.at, interaction: interactionFromDb(r) });
  }
  for (const r of s.participations.all(params) as ParticipationEventRow[]) {
    items.push({
      kind: 'participation',
      key: r.k,
      at: r.at,
      participationId: r.participation_id,
      editionName: r.edition_name,
      exhibitionName: r.exhibition_name,
      role: r.role as ParticipationRole,
      status: r.status as BookingStatus,
    });
  }
  for (const r of s.statuses.all(params) as StatusEventRow[]) {
    items.push({
      kind: 'status',
      key: r.k,
      at: r.at,
      participationId: r.participation_id,
      editionName: r.edition_name,
      exhibitionName: r.exhibition_name,
      role: r.role as ParticipationRole,
      status: r.status as BookingStatus,
      reason: r.reason,
      changedBy: r.changed_by,
    });
  }
  items.sort(newestFirst);
  const page = items.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page, nextCursor: items.length > limit && last ? encodeCursor({ at: last.at, key: last.key }) : null };
}
