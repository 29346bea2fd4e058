import { STAGES } from '../../../shared/domain/lifecycle';
import type { EditionFact, ParticipationFact, RelationshipFacts } from '../../../shared/domain/lifecycleSignals';
import { BOOKED_STATUSES, BOOKING_STATUSES } from '../../../shared/domain/participation';
import type { Db } from '../store/openDatabase';

// The facts of ALL relationships of an exhibition in a few set-based queries (never one query
// per customer): its editions, its relationships, their participations, open complaints and
// negative word of mouth. The signals are evaluated on them in JavaScript.
//
// 100,000 relationships must be evaluated in well under 2 s (issue 4). Handing SQLite's rows
// to JavaScript one by one was most of the time (100,000 relationships × 4 values: ~120 ms;
// the same as one concatenated string: ~25 ms), so each query returns ONE string, read by hand:
// the relationships from the covering index relationships_facts, in customer order, and their
// participations from the covering index participations_by_customer, grouped per customer in
// the same order. The two are merged in order (no join, no map of 100,000 entries) and each
// relationship's facts go to the visitor at once, so they die young (an array of 100,000 facts
// objects cost more in garbage collection than the rules themselves).

export interface LoadedFacts {
  customerId: string;
  version: number;
  facts: RelationshipFacts;
}

const BOOKED = new Set<string>(BOOKED_STATUSES);
/** Which of two statuses of one customer in one edition (several roles) stands for it. */
const rank = (s: string) => (BOOKED.has(s) ? 2 : s === 'cancelled' || s === 'no_show' ? 0 : 1);

/** A status travels as one letter ('a' + its position in BOOKING_STATUSES). */
const STATUS_SQL = `CASE status ${BOOKING_STATUSES.map((s, i) => `WHEN '${s}' THEN '${String.fromCharCode(97 + i)}'`).join(' ')} END`;

/** Shared by every relationship without participations / complaints (never mutated). */
const NO_COMPLAINTS: readonly string[] = Object.freeze([]);

export function loadEditions(db: Db, exhibitionId: string): EditionFact[] {
  return (
    db
      .prepare('SELECT id, name, start_date, end_date, status FROM editions WHERE exhibition_id = ? ORDER BY start_date, id')
      .raw()
      .all(exhibitionId) as [string, string, string, string, string][]
  ).map(([id, name, startDate, endDate, status]) => ({ id, name, startDate, endDate, closed: status === 'closed' }));
}

/** Called with each relationship's facts (of live customers), in customer order. */
export type FactsVisitor = (customerId: string, version: number, facts: RelationshipFacts) => void;

/** A stage travels as one digit (its position in STAGES). */
const STAGE_SQL = `CASE stage ${STAGES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;

/** Thrown when SQLite did not concatenate in index order; the caller asks again with ORDER BY. */
class OutOfOrder extends Error {}

/**
 * Streams the facts of the exhibition's relationships (of live customers) to `visit`, or only
 * of `onlyCustomers`. `today` is the date the rules judge ages against. Returns how many.
 * `ordered` asks SQLite to sort (the fallback; tests compare both ways).
 */
export function forEachFacts(
  db: Db,
  exhibitionId: string,
  today: string,
  visit: FactsVisitor,
  onlyCustomers?: readonly string[],
  ordered = false,
): number {
  if (ordered) return streamFacts(db, exhibitionId, today, visit, onlyCustomers, true);
  try {
    return streamFacts(db, exhibitionId, today, visit, onlyCustomers, false);
  } catch (e) {
    // Nothing was visited yet (the order is checked while reading, before any visit).
    if (e instanceof OutOfOrder) return streamFacts(db, exhibitionId, today, visit, onlyCustomers, true);
    throw e;
  }
}

function streamFacts(
  db: Db,
  exhibitionId: string,
  today: string,
  visit: FactsVisitor,
  onlyCustomers: readonly string[] | undefined,
  ordered: boolean,
): number {
  const editions = loadEditions(db, exhibitionId);
  const trashed = new Set(db.prepare('SELECT id FROM customers WHERE deleted_at IS NOT NULL').pluck().all() as string[]);
  const wom = new Map(
    db
      .prepare('SELECT id, negative_wom_at FROM customers WHERE negative_wom_at IS NOT NULL')
      .raw()
      .all() as [string, string][],
  );
  const complaints = openComplaints(db, exhibitionId);
  const only = onlyCustomers ? 'AND customer_id IN (SELECT value FROM json_each(@only))' : '';
  const params = { x: exhibitionId, ...(onlyCustomers ? { only: JSON.stringify(onlyCustomers) } : {}) };
  // A group_concat over an index scan concatenates in index order; `ordered` (never needed so
  // far) says so explicitly, at the cost of a sort.
  const orderBy = ordered ? ' ORDER BY customer_id' : '';

  // "<customer>,<stage digit><stage since>,<version>" joined by ';'.
  const rels = (db
    .prepare(
      `SELECT group_concat(customer_id || ',' || ${STAGE_SQL} || stage_since || ',' || version, ';'${orderBy})
         FROM relationships INDEXED BY relationships_facts WHERE exhibition_id = @x ${only}`,
    )
    .pluck()
    .get(params) ?? '') as string;
  if (!rels) return 0;

  // "<customer>:<items>" joined by '/', items as unpack() reads them. Editions travel as their
  // position in `editions` (bound, never spliced into the SQL).
  let parts = '';
  if (editions.length) {
    const edParams: Record<string, string> = {};
    editions.forEach((e, i) => (edParams[`e${i}`] = e.id));
    const edCase = `CASE edition_id ${editions.map((_, i) => `WHEN @e${i} THEN ${i}`).join(' ')} END`;
    parts = (db
      .prepare(
        `SELECT group_concat(customer_id || ':' || items, '/'${orderBy}) FROM (
           SELECT customer_id, group_concat(${edCase} || ${STATUS_SQL} || coalesce(satisfaction, '') || ',' || coalesce(stand_area, ''), ';') AS items
             FROM participations INDEXED BY participations_by_customer
            WHERE edition_id IN (SELECT id FROM editions WHERE exhibition_id = @x) ${only}
            GROUP BY customer_id${orderBy})`,
      )
      .pluck()
      .get({ ...params, ...edParams }) ?? '') as string;
  }
  // The merge below relies on both lists ascending (ids are UUIDs: ASCII, no separators).
  if (!ordered) {
    checkOrder(rels, ';', ',');
    if (parts) checkOrder(parts, '/', ':');
  }

  // The date of a booking is taken as its edition's start (or today, if later): the signals
  // only date suggestions with it, and reading status_at would leave the index for the table.
  const starts = editions.map((e) => (e.startDate < today ? e.startDate : today));
  const none: readonly (ParticipationFact | null)[] = Object.freeze(new Array<ParticipationFact | null>(editions.length).fill(null));
  let count = 0;
  let q = 0; // position in `parts`
  let partId = parts ? parts.slice(0, parts.indexOf(':')) : null;
  for (let p = 0; p < rels.length; ) {
    const comma = rels.indexOf(',', p);
    const customerId = rels.slice(p, comma);
    const stage = STAGES[rels.charCodeAt(comma + 1) - 48]!;
    const comma2 = rels.indexOf(',', comma + 2);
    const stageSince = rels.slice(comma + 2, comma2);
    let version = 0;
    let ch = rels.charCodeAt(comma2 + 1);
    let r = comma2 + 1;
    while (ch >= 48 && ch <= 57) {
      version = version * 10 + ch - 48;
      ch = rels.charCodeAt(++r);
    }
    p = r + 1;

    // Participations are in the same customer order: skip to this customer's.
    let packed: [number, number] | null = null;
    while (partId !== null && partId < customerId) [q, partId] = nextPart(parts, q);
    if (partId === customerId) {
      const start = q + partId.length + 1;
      const end = parts.indexOf('/', start);
      packed = [start, end < 0 ? parts.length : end];
    }
    if (trashed.size && trashed.has(customerId)) continue;
    visit(customerId, version, {
      stage,
      stageSince,
      // Version 1: never moved, still in the stage it began in.
      movedIn: version > 1,
      editions,
      participations: packed ? unpack(parts, packed[0], packed[1], editions.length, starts) : none,
      openComplaints: complaints.get(customerId) ?? NO_COMPLAINTS,
      negativeWomAt: wom.size ? (wom.get(customerId) ?? null) : null,
      today,
    });
    count++;
  }
  return count;
}

/** The position and customer of the next group in `parts` after the one at `q`. */
function nextPart(parts: string, q: number): [number, string | null] {
  const end = parts.indexOf('/', q);
  if (end < 0) return [parts.length, null];
  return [end + 1, parts.slice(end + 1, parts.indexOf(':', end + 1))];
}

/** Throws OutOfOrder unless the keys (before `keyEnd`) of the `sep`-joined entries ascend. */
function checkOrder(text: string, sep: string, keyEnd: string): void {
  let prev = '';
  for (let p = 0; p < text.length; ) {
    const k = text.slice(p, text.indexOf(keyEnd, p));
    if (k <= prev) throw new OutOfOrder();
    prev = k;
    const next = text.indexOf(sep, p);
    if (next < 0) break;
    p = next + 1;
  }
}

/**
 * One customer's participations from `packed` between `from` and `to`: items `<edition
 * index><status letter><satisfaction>,<stand area>` joined by ';'. Read by hand: splitting
 * 250,000 items into arrays of strings was a large part of the time.
 */
function unpack(packed: string, from: number, to: number, n: number, starts: readonly string[]): (ParticipationFact | null)[] {
  const parts = new Array<ParticipationFact | null>(n).fill(null);
  let p = from;
  while (p < to) {
    let i = 0;
    let ch = packed.charCodeAt(p);
    while (ch >= 48 && ch <= 57) {
      i = i * 10 + ch - 48;
      ch = packed.charCodeAt(++p);
    }
    const status = BOOKING_STATUSES[ch - 97]!;
    p++;
    let satisfaction: number | null = null;
    ch = packed.charCodeAt(p);
    while (ch >= 48 && ch <= 57) {
      satisfaction = (satisfaction ?? 0) * 10 + ch - 48;
      ch = packed.charCodeAt(++p);
    }
    p++; // ','
    const semi = packed.indexOf(';', p);
    const stop = semi < 0 || semi > to ? to : semi;
    const standArea = stop > p ? Number(packed.slice(p, stop)) : null;
    p = stop + 1;
    if (i >= n) continue;
    const prev = parts[i];
    if (!prev) {
      parts[i] = { status, satisfaction, standArea, statusAt: starts[i]! };
      continue;
    }
    // Several roles in one edition: the strongest status stands; scores and areas combine.
    parts[i] = {
      status: rank(status) > rank(prev.status) ? status : prev.status,
      statusAt: prev.statusAt,
      satisfaction: prev.satisfaction === null ? satisfaction : satisfaction === null ? prev.satisfaction : Math.max(prev.satisfaction, satisfaction),
      standArea: prev.standArea === null ? standArea : standArea === null ? prev.standArea : prev.standArea + standArea,
    };
  }
  return parts;
}

/** Dates of open complaints per customer: about an edition of this exhibition, or about none. */
function openComplaints(db: Db, exhibitionId: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const rows = db
    .prepare(
      `SELECT i.customer_id, i.at FROM interactions i
        WHERE i.complaint_state = 'open'
          AND (i.edition_id IS NULL OR i.edition_id IN (SELECT id FROM editions WHERE exhibition_id = ?))`,
    )
    .raw()
    .all(exhibitionId) as [string, string][];
  for (const [customerId, at] of rows) {
    const list = out.get(customerId);
    if (list) list.push(at.slice(0, 10));
    else out.set(customerId, [at.slice(0, 10)]);
  }
  return out;
}

/** The facts as an array (a few customers; the whole exhibition is streamed, not loaded). */
export function loadFacts(db: Db, exhibitionId: string, today: string, onlyCustomers?: readonly string[]): LoadedFacts[] {
  const out: LoadedFacts[] = [];
  forEachFacts(db, exhibitionId, today, (customerId, version, facts) => out.push({ customerId, version, facts }), onlyCustomers);
  return out;
}
