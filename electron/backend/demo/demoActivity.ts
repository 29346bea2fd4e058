// The demo's activity, written after its customers inside the same transaction: two
// exhibitions with their editions, every customer's participations (with their status
// changes), its interactions, referrals and negative word of mouth, and the current
// exhibition setting. Deterministic for a seed: it reads the customers back in order and
// draws from its own generators, so one thread or two give the same rows.

import { CURRENT_EXHIBITION_SETTING } from '../../../shared/domain/exhibition';
import { makeContext } from '../context';
import { suspendRelationshipNameTrigger } from '../lifecycle/relationshipNames';
import { computeAllSuggestions } from '../lifecycle/suggestionCompute';
import { suspendFigureTriggers } from '../segments/customerFigures';
import type { Db } from '../store/openDatabase';
import { NEGATIVE_WOM_CN, NEGATIVE_WOM_EN } from './activityVocabulary';
import { DAY, iso, makeShows, type DemoShow } from './demoEditions';
import { InteractionMaker, type DemoInteraction, type MadeReferral } from './demoInteractions';
import { DemoLifecycle } from './demoLifecycle';
import { ParticipationMaker, type ActivityCustomer, type DemoParticipation } from './demoParticipations';
import { Random } from './random';
import { STAFF } from './vocabulary';

export interface ActivityRun {
  seed: number;
  nowMs: number;
  progress?: (done: number, total: number, step: string) => void;
  /** Throws to stop (between chunks of customers); the caller's transaction rolls back. */
  checkCancelled: () => void;
}

export interface ActivityResult {
  editions: number;
  participations: number;
  interactions: number;
}

/** Settings key of the workspace's staff name (workspaceSettings.ts). */
const STAFF_NAME_SETTING = 'staffName';
/** Customers per progress report and cancellation check. */
const CHUNK = 2000;
/**
 * Tables whose secondary indexes are dropped for the load and built at the end (one sort each
 * instead of an out-of-order insert per row and index).
 */
const ACTIVITY_TABLES = ['participations', 'participation_status_changes', 'interactions', 'relationships', 'stage_transitions'];
const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Reads the customers in insertion order (what the generators need of them). */
function readCustomers(db: Db): ActivityCustomer[] {
  const rows = db
    .prepare('SELECT num, id, company_name, kinds, partner_type, size_band, industry, source, created_at FROM customers ORDER BY num')
    .raw()
    .all() as [number, string, string, number, string | null, string | null, string | null, string | null, string][];
  return rows.map(([num, id, name, kinds, partnerType, sizeBand, industry, source, created]) => ({
    num, id, name, kinds, partnerType, sizeBand, industry, source, createdMs: Date.parse(created), zh: /[\u4e00-\u9fff]/.test(name),
  }));
}

/**
 * Writes the activity of the customers already in `db`. Must run inside a transaction, with
 * no activity rows yet.
 */
export function writeActivity(db: Db, run: ActivityRun): ActivityResult {
  const customers = readCustomers(db);
  const total = customers.length;
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
         AND tbl_name IN (${ACTIVITY_TABLES.map((t) => `'${t}'`).join(', ')})`,
    )
    .all() as { name: string; sql: string }[];
  for (const ix of indexes) db.exec(`DROP INDEX "${ix.name.replace(/"/g, '""')}"`);
  // Segment figures are filled in one pass at the end, not by a trigger per row.
  const restoreFigures = suspendFigureTriggers(db);
  // Relationships' name_sort too, in one UPDATE before their indexes are built.
  const restoreNames = suspendRelationshipNameTrigger(db);

  const shows = makeShows(new Random(run.seed ^ 0x2545f491), run.nowMs);
  writeShows(db, shows, run.nowMs);

  // Participations, customer by customer; what the interactions need is kept.
  const pm = new ParticipationMaker(new Random(run.seed ^ 0x9e3779b9), shows, run.nowMs);
  const partsOf: DemoParticipation[][] = new Array(total);
  const referralsBy = new Map<number, MadeReferral[]>();
  const promoters: number[] = [];
  const extras = new Map<number, { referredBy: string | null; womMs: number | null; womNote: string | null }>();
  const side = new Random(run.seed ^ 0x85ebca6b);
  const pw = new ParticipationWriter(db);
  let participations = 0;
  run.progress?.(0, total, 'participations');
  for (let i = 0; i < total; i++) {
    if (i % CHUNK === 0 && i > 0) {
      run.progress?.(i, total, 'participations');
      run.checkCancelled();
    }
    const c = customers[i]!;
    const parts = pm.make(c);
    partsOf[i] = parts;
    for (const p of parts) pw.write(c.id, p);
    participations += parts.length;
    // Referred by a happy earlier customer, for most of those whose source says so.
    let referredBy: string | null = null;
    if (c.source === 'referral' && promoters.length > 0 && side.chance(0.7)) {
      const by = promoters[side.u32() % promoters.length]!;
      referredBy = customers[by]!.id;
      const list = referralsBy.get(by) ?? [];
      list.push({ name: c.name, ms: c.createdMs });
      referralsBy.set(by, list);
    }
    if (parts.some((p) => (p.felt ?? 0) >= 9)) promoters.push(i);
    // Negative word of mouth: some customers who left unhappy.
    const last = parts.at(-1);
    let womMs: number | null = null;
    let womNote: string | null = null;
    if (last && last.felt !== null && last.felt <= 3 && last.edition.status === 'closed' && side.chance(0.35)) {
      womMs = Math.min(run.nowMs - DAY, last.edition.endMs + side.int(10, 120) * DAY);
      womNote = side.pick(c.zh ? NEGATIVE_WOM_CN : NEGATIVE_WOM_EN);
    }
    if (referredBy || womMs !== null) extras.set(c.num, { referredBy, womMs, womNote });
  }
  pw.flush();

  // Interactions, customer by customer, oldest first.
  const im = new InteractionMaker(new Random(run.seed ^ 0xc2b2ae35), shows, run.nowMs);
  const iw = new InteractionWriter(db, Math.min(...shows.map((s) => s.createdMs)), run.seed);
  // Stage histories follow from the participations and interactions just made (demoLifecycle.ts).
  const lw = new DemoLifecycle(db, shows, run.nowMs, run.seed);
  let interactions = 0;
  run.progress?.(0, total, 'interactions');
  for (let i = 0; i < total; i++) {
    if (i % CHUNK === 0 && i > 0) {
      run.progress?.(i, total, 'interactions');
      run.checkCancelled();
    }
    const c = customers[i]!;
    const list = im.make(c, partsOf[i]!, referralsBy.get(i) ?? []);
    for (const x of list) iw.write(c.id, x);
    interactions += list.length;
    lw.add(c, partsOf[i]!, list, extras.get(c.num)?.womMs ?? null);
    partsOf[i] = [];
  }
  iw.flush();
  lw.flush();
  run.checkCancelled();

  const upd = db.prepare('UPDATE customers SET referred_by = ?, negative_wom_at = ?, negative_wom_note = ? WHERE num = ?');
  // A date, as customers.setNegativeWom writes it.
  for (const [num, x] of extras) upd.run(x.referredBy, x.womMs === null ? null : date(x.womMs), x.womNote, num);
  writeSellableArea(db, shows, pm.soldArea);
  const setting = db.prepare(
    `INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  setting.run(CURRENT_EXHIBITION_SETTING, JSON.stringify(shows[0]!.id), iso(run.nowMs), iso(run.nowMs));
  // The demo's user is one of its staff, so that forms naming who did something are prefilled.
  setting.run(STAFF_NAME_SETTING, JSON.stringify(STAFF[0]), iso(run.nowMs), iso(run.nowMs));
  run.progress?.(total, total, 'indexes');
  restoreNames();
  for (const ix of indexes) db.exec(ix.sql);
  restoreFigures();
  // The moves the facts suggest (the replay left some undecided, see demoLifecycle.ts), as the
  // app's refresh computes them on the demo's "now".
  run.progress?.(total, total, 'finishing'); // a step the job screen already names
  computeAllSuggestions(makeContext(db, { now: () => iso(run.nowMs) }));
  return { editions: shows.reduce((s, x) => s + x.editions.length, 0), participations, interactions };
}

function writeShows(db: Db, shows: DemoShow[], nowMs: number): void {
  const insX = db.prepare(
    `INSERT INTO exhibitions (id, name, theme, city, venue, frequency, maturity, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'annual', ?, ?, ?, ?)`,
  );
  const insE = db.prepare(
    `INSERT INTO editions (id, exhibition_id, name, start_date, end_date, venue, sellable_area, status, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, NULL, ?, ?)`,
  );
  for (const s of shows) {
    const x = s.spec;
    insX.run(s.id, x.name, x.theme, x.city, x.venue, x.maturity, x.notes, iso(s.createdMs), iso(s.createdMs));
    for (const e of s.editions) {
      const updated = e.status === 'closed' ? Math.min(nowMs, e.endMs + 14 * DAY) : Math.max(e.createdMs, nowMs - 7 * DAY);
      insE.run(e.id, s.id, e.name, e.startDate, e.endDate, x.venue, e.status, iso(e.createdMs), iso(updated));
    }
  }
}

/** Sellable area: what was sold and a margin (round thousands of m²); the coming edition grows. */
function writeSellableArea(db: Db, shows: DemoShow[], sold: number[]): void {
  const upd = db.prepare('UPDATE editions SET sellable_area = ? WHERE id = ?');
  for (const s of shows) {
    let last = 1000;
    for (const e of s.editions) {
      const base = e.status === 'closed' ? sold[e.index]! * 1.12 : Math.max(sold[e.index]!, last * 1.08);
      last = Math.max(1000, Math.ceil(base / 1000) * 1000);
      upd.run(last, e.id);
    }
  }
}

/**
 * Inserts rows of one table ROWS at a time with a multi-row INSERT (a third less time than a
 * statement per row, as for the duplicate keys in demoRows.ts); flush() writes the rest.
 */
class BatchInsert {
  private static readonly ROWS = 32;
  private readonly many;
  private readonly one;
  private readonly params: unknown[] = [];

  constructor(
    db: Db,
    head: string,
    private readonly width: number,
  ) {
    const row = `(${new Array(width).fill('?').join(', ')})`;
    this.one = db.prepare(`${head} VALUES ${row}`);
    this.many = db.prepare(`${head} VALUES ${new Array(BatchInsert.ROWS).fill(row).join(', ')}`);
  }

  push(...values: unknown[]): void {
    for (const v of values) this.params.push(v);
    if (this.params.length === this.width * BatchInsert.ROWS) {
      this.many.run(this.params);
      this.params.length = 0;
    }
  }

  flush(): void {
    for (let at = 0; at < this.params.length; at += this.width) this.one.run(this.params.slice(at, at + this.width));
    this.params.length = 0;
  }
}

/** Inserts participations and their status changes: one prepared statement per table. */
class ParticipationWriter {
  private readonly insP;
  private readonly insS;

  constructor(db: Db) {
    this.insP = db.prepare(
      `INSERT INTO participations (id, customer_id, edition_id, role, stand_number, hall, stand_area, stand_type, list_price,
         price_charged, other_revenue, status, status_at, cancel_reason, satisfaction, intent_to_return, feedback, leads, meetings,
         notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
    );
    this.insS = new BatchInsert(db, 'INSERT INTO participation_status_changes (participation_id, seq, status, at, reason, changed_by)', 6);
  }

  write(customerId: string, p: DemoParticipation): void {
    const last = p.steps.at(-1)!;
    // Status dates are calendar dates, as participationService writes them; the row's own
    // timestamps are moments.
    const statusAt = date(last.ms);
    const updated = iso(p.surveyMs !== null && p.surveyMs > last.ms ? p.surveyMs : last.ms);
    this.insP.run(
      p.id, customerId, p.edition.id, p.role, p.standNumber, p.hall, p.area, p.standType, p.listPrice, p.priceCharged,
      p.otherRevenue, p.status, statusAt, last.status === 'cancelled' ? last.reason : null, p.satisfaction, p.intent, p.feedback,
      p.leads, p.meetings, iso(p.steps[0]!.ms), updated,
    );
    for (let seq = 0; seq < p.steps.length; seq++) {
      const s = p.steps[seq]!;
      this.insS.push(p.id, seq + 1, s.status, date(s.ms), s.reason, s.by);
    }
  }

  flush(): void {
    this.insS.flush();
  }
}

/** Inserts interactions; ids ascend in insertion order (see ParticipationMaker). */
class InteractionWriter {
  private readonly ins;
  private readonly rng: Random;

  constructor(
    db: Db,
    private clock: number,
    seed: number,
  ) {
    this.ins = new BatchInsert(
      db,
      `INSERT INTO interactions (id, customer_id, at, type, direction, staff, edition_id, summary, outcome, cost, follow_up_on,
         complaint_state, resolved_at, created_at, updated_at)`,
      15,
    );
    this.rng = new Random(seed ^ 0x27d4eb2f);
  }

  write(customerId: string, x: DemoInteraction): void {
    const at = iso(x.ms);
    const resolved = x.resolvedMs === null ? null : iso(x.resolvedMs);
    this.ins.push(
      this.rng.uuid7(this.clock++), customerId, at, x.type, x.direction, x.staff, x.editionId, x.summary, x.outcome, x.cost,
      x.followUpMs === null ? null : date(x.followUpMs), x.complaintState, resolved, at, resolved ?? at,
    );
  }

  flush(): void {
    this.ins.flush();
  }
}
