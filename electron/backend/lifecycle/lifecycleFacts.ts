import type { Stage } from '../../../shared/domain/lifecycle';
import type { EditionFact, ParticipationFact, RelationshipFacts } from '../../../shared/domain/lifecycleSignals';
import { BOOKED_STATUSES, type BookingStatus } from '../../../shared/domain/participation';
import type { Db } from '../store/openDatabase';

// The facts of ALL relationships of an exhibition in a handful of set-based queries (never one
// query per customer): its editions, its relationships, their participations, open complaints
// and negative word of mouth. The signals are evaluated on them in JavaScript.

export interface LoadedFacts {
  customerId: string;
  version: number;
  facts: RelationshipFacts;
}

const BOOKED = new Set<string>(BOOKED_STATUSES);
/** Which of two statuses of one customer in one edition (several roles) stands for it. */
const rank = (s: string) => (BOOKED.has(s) ? 2 : s === 'cancelled' || s === 'no_show' ? 0 : 1);

export function loadEditions(db: Db, exhibitionId: string): EditionFact[] {
  return (
    db
      .prepare('SELECT id, name, start_date, end_date, status FROM editions WHERE exhibition_id = ? ORDER BY start_date, id')
      .raw()
      .all(exhibitionId) as [string, string, string, string, string][]
  ).map(([id, name, startDate, endDate, status]) => ({ id, name, startDate, endDate, closed: status === 'closed' }));
}

/**
 * Facts of the exhibition's relationships (of live customers), optionally only one customer's.
 * `today` is the date the rules judge ages against.
 */
export function loadFacts(db: Db, exhibitionId: string, today: string, onlyCustomer?: string): LoadedFacts[] {
  const editions = loadEditions(db, exhibitionId);
  const editionIndex = new Map(editions.map((e, i) => [e.id, i]));
  const one = onlyCustomer ? 'AND customer_id = @c' : '';
  // Relationships alone (a scan of their index), then the few trashed customers and the few
  // with negative word of mouth: joining customers row by row costs more than all of it.
  const rels = db
    .prepare(`SELECT customer_id, stage, stage_since, version FROM relationships WHERE exhibition_id = @x ${one}`)
    .raw()
    .all({ x: exhibitionId, c: onlyCustomer }) as [string, Stage, string, number][];
  const trashed = new Set(db.prepare('SELECT id FROM customers WHERE deleted_at IS NOT NULL').pluck().all() as string[]);
  const wom = new Map(
    db.prepare(`SELECT id, negative_wom_at FROM customers WHERE negative_wom_at IS NOT NULL ${onlyCustomer ? 'AND id = @c' : ''}`)
      .raw()
      .all({ c: onlyCustomer }) as [string, string][],
  );

  const out: LoadedFacts[] = [];
  const byCustomer = new Map<string, LoadedFacts>();
  for (const [customerId, stage, stageSince, version] of rels) {
    if (trashed.has(customerId)) continue;
    const lf: LoadedFacts = {
      customerId,
      version,
      facts: {
        stage,
        stageSince,
        // Version 1: never moved, still in the stage it began in.
        movedIn: version > 1,
        editions,
        participations: new Array<ParticipationFact | null>(editions.length).fill(null),
        openComplaints: [],
        negativeWomAt: wom.get(customerId) ?? null,
        today,
      },
    };
    out.push(lf);
    byCustomer.set(customerId, lf);
  }
  if (!out.length) return out;

  // Participations read from the covering index participations_by_customer, packed into one
  // string per customer (far fewer values to hand to JavaScript than one row each). The date
  // of a booking is taken as its edition's start (or today, if later): the signals only date
  // suggestions with it, and reading status_at would leave the index for the table.
  const starts = editions.map((e) => (e.startDate < today ? e.startDate : today));
  const packed = db
    .prepare(
      `SELECT customer_id, group_concat(edition_id || '|' || status || '|' || coalesce(satisfaction, '') || '|' || coalesce(stand_area, ''), ';')
         FROM participations INDEXED BY participations_by_customer
        WHERE edition_id IN (SELECT id FROM editions WHERE exhibition_id = @x) ${one}
        GROUP BY customer_id`,
    )
    .raw()
    .all({ x: exhibitionId, c: onlyCustomer }) as [string, string][];
  for (const [customerId, list] of packed) {
    const lf = byCustomer.get(customerId);
    if (!lf) continue;
    const parts = lf.facts.participations as (ParticipationFact | null)[];
    for (const item of list.split(';')) {
      const [editionId, st, sat, area] = item.split('|') as [string, BookingStatus, string, string];
      const i = editionIndex.get(editionId);
      if (i === undefined) continue;
      const satisfaction = sat === '' ? null : Number(sat);
      const standArea = area === '' ? null : Number(area);
      const prev = parts[i];
      if (!prev) {
        parts[i] = { status: st, satisfaction, standArea, statusAt: starts[i]! };
        continue;
      }
      // Several roles in one edition: the strongest status stands; scores and areas combine.
      parts[i] = {
        status: rank(st) > rank(prev.status) ? st : prev.status,
        statusAt: prev.statusAt,
        satisfaction: prev.satisfaction === null ? satisfaction : satisfaction === null ? prev.satisfaction : Math.max(prev.satisfaction, satisfaction),
        standArea: prev.standArea === null ? standArea : standArea === null ? prev.standArea : prev.standArea + standArea,
      };
    }
  }

  // Open complaints: about an edition of this exhibition, or about no edition in particular.
  const complaints = db
    .prepare(
      `SELECT i.customer_id, i.at FROM interactions i
        WHERE i.complaint_state = 'open' ${onlyCustomer ? 'AND i.customer_id = @c' : ''}
          AND (i.edition_id IS NULL OR i.edition_id IN (SELECT id FROM editions WHERE exhibition_id = @x))`,
    )
    .raw()
    .all({ x: exhibitionId, c: onlyCustomer }) as [string, string][];
  for (const [customerId, at] of complaints) {
    const lf = byCustomer.get(customerId);
    if (lf) (lf.facts.openComplaints as string[]).push(at.slice(0, 10));
  }
  return out;
}
