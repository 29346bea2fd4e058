import { STAGES } from '../../../../shared/domain/lifecycle';
import { BOOKED_STATUSES, BOOKING_STATUSES } from '../../../../shared/domain/participation';
import type { WindowParticipation } from '../../../../shared/domain/valuation/facts';
import type { Db } from '../../store/openDatabase';
import { addDays, dayKey, dayKeyAt } from './dayKey';
import type { EditionPlan } from './editionWindow';
import { TextCursor } from './textCursor';

// The recorded facts of every relationship of one exhibition, gathered for the assessment in
// a few passes over covering indexes (never one query per relationship). Handing SQLite's rows
// to JavaScript one by one costs more than the queries themselves (500,000 participations as
// rows: 1.7 s; as one string: 0.2 s), so each pass returns ONE string, read by hand
// (textCursor.ts); each row is one format() call (a chain of || costs SQLite an allocation per
// piece: a third more time). NULL prints as an empty field. Relationships are numbered 0…n−1 in customer order; everything else is in
// typed arrays indexed by that number (× edition or × prediction target), found through one
// Map from customer id. Customers in the Trash are invisible: not assessed, and their
// participations count nowhere (exhibition revenue, NPS, stand ranks, referrals).
//
// Passes: relationships (+ their customers), stage histories, participations in the
// exhibition's editions, interaction dates (for "interactions in the prior 12 months"), the few
// interactions with a cost / advice / complaint, referrals, and the relationship counts of
// customers whose unlinked costs are split.

/** Prediction targets: the closed editions (training examples), then the next edition. */
export interface AssessFacts {
  plan: EditionPlan;
  n: number;
  /** Editions (plan.editions.length) and prediction targets (closed editions + 1). */
  e: number;
  k: number;
  customerIds: string[];
  /** customers.num of each relationship's customer (value_figures' key). */
  customerNums: Float64Array;
  /** Position of the stage in STAGES. */
  stage: Uint8Array;
  beganDay: Int32Array;
  /** 0–5, or -1 = not rated. */
  demonstrationRating: Int8Array;
  capabilityRating: Int8Array;
  kinds: Uint8Array;
  negativeWom: Uint8Array;

  // Per relationship × edition (index r × e + edition position).
  /** 0 = no participation, 1 = one that did not take part (enquiry, cancelled…), 2 = took part (booked). */
  took: Uint8Array;
  /** Revenue of its booked participations (minor units). */
  revenue: Float64Array;
  /** Stand area of its booked participations (NaN = none recorded). */
  area: Float64Array;
  /** Highest 0–10 score of its participations (-1 = none). */
  satisfaction: Int8Array;
  /** Intent recorded (0 yes, 1 maybe, 2 no; -1 none). */
  intent: Int8Array;
  /** List price and price charged of its booked participations that have both (NaN = none). */
  listPrice: Float64Array;
  charged: Float64Array;
  /** Its participations in window editions (one per edition and role), undefined when none. */
  windowParts: (WindowParticipation[] | undefined)[];

  // Stage histories: transitions of relationship r at [tStart[r], tStart[r + 1]), in seq order.
  tStart: Int32Array;
  tDay: Int32Array;
  tStage: Uint8Array;

  /** Interaction costs in the window period by stage at the time (r × 5 + stage), minor units. */
  costByStage: Float64Array;
  advice: Int32Array;
  /** Interactions and complaints in the 365 days up to each target's as-of day (r × k + target). */
  interactions12m: Int32Array;
  complaints12m: Int32Array;
  /** Days (dayKey) the customers it referred were created, for relationships that referred any. */
  referralDays: Map<number, number[]>;
  referredTookPart: Int32Array;
  referredRevenue: Float64Array;

  /** Σ booked window revenue of the exhibition (live customers). */
  exhibitionRevenue: number;
  /** Every 0–10 score given in each window edition (live customers), for its NPS. */
  windowScores: number[][];
}

const BOOKED = BOOKING_STATUSES.map((s) => BOOKED_STATUSES.includes(s));
const STAGE_SQL = (col: string) => `CASE ${col} ${STAGES.map((s, i) => `WHEN '${s}' THEN '${i}'`).join(' ')} END`;
const STATUS_SQL = `CASE status ${BOOKING_STATUSES.map((s, i) => `WHEN '${s}' THEN '${String.fromCharCode(97 + i)}'`).join(' ')} END`;
const COST_STAGE = STAGES.length;
/** 'y' / 'm' / 'n' → position in RETURN_INTENTS (yes, maybe, no). */
const intentOf = (ch: number) => (ch === 121 ? 0 : ch === 109 ? 1 : ch === 110 ? 2 : -1);

/** The stage (position in STAGES) of relationship r on `day`: the last transition on or before it; cultivation before the first. */
export function stageOn(f: Pick<AssessFacts, 'tStart' | 'tDay' | 'tStage'>, r: number, day: number): number {
  let stage = 0;
  for (let t = f.tStart[r]!; t < f.tStart[r + 1]!; t++) if (f.tDay[t]! <= day) stage = f.tStage[t]!;
  return stage;
}

/** Milliseconds of CPU per pass, when asked for (the benchmark's detail). */
export type PassTimes = Record<string, number>;

function timed<T>(times: PassTimes | undefined, name: string, fn: () => T): T {
  if (!times) return fn();
  const c0 = process.cpuUsage();
  const out = fn();
  const c = process.cpuUsage(c0);
  times[name] = (times[name] ?? 0) + (c.user + c.system) / 1000;
  return out;
}

export function readAssessFacts(db: Db, exhibitionId: string, plan: EditionPlan, times?: PassTimes): AssessFacts {
  const { f, index } = readRelationships(db, exhibitionId, plan, times);
  if (f.n === 0 && f.e === 0) return f;
  readOwnPasses(db, exhibitionId, f, index, times);
  readSharedPasses(db, f, index, times);
  readCosts(db, exhibitionId, f, index, times);
  return f;
}

/** The relationships (numbered in customer order) and the empty arrays the other passes fill. */
export function readRelationships(
  db: Db,
  exhibitionId: string,
  plan: EditionPlan,
  times?: PassTimes,
): { f: AssessFacts; index: Map<string, number> } {
  const E = plan.editions.length;
  const K = plan.closed.length + 1;

  // 1. Relationships of live customers, with what the customer row says.
  const rels = timed(times, 'relationships sql', () => db
    .prepare(
      `SELECT group_concat(format('%s,%s%.10s,%s,%s,%d,%d,%d', r.customer_id, ${STAGE_SQL('r.stage')}, r.began_on, r.demonstration_rating,
                r.capability_rating, c.kinds, c.negative_wom_at IS NOT NULL, c.num), ';')
         FROM relationships r INDEXED BY relationships_value JOIN customers c ON c.id = r.customer_id
        WHERE r.exhibition_id = @x AND c.deleted_at IS NULL`,
    )
    .pluck()
    .get({ x: exhibitionId }) ?? '') as string;
  const t0 = process.cpuUsage();
  const customerIds: string[] = [];
  const stageL: number[] = [];
  const beganL: number[] = [];
  const demoL: number[] = [];
  const capL: number[] = [];
  const kindsL: number[] = [];
  const womL: number[] = [];
  const numL: number[] = [];
  for (const c = new TextCursor(rels); !c.done; ) {
    customerIds.push(c.until(','));
    stageL.push(c.peek() - 48);
    beganL.push(dayKeyAt(rels, c.p + 1));
    c.skip(12);
    demoL.push(c.int());
    c.skip();
    capL.push(c.int());
    c.skip();
    kindsL.push(c.int());
    c.skip();
    womL.push(c.peek() - 48);
    c.skip(2);
    numL.push(c.int());
    c.skip();
  }
  const n = customerIds.length;
  const index = new Map<string, number>();
  for (let r = 0; r < n; r++) index.set(customerIds[r]!, r);
  if (times) {
    const c = process.cpuUsage(t0);
    times['relationships js'] = (c.user + c.system) / 1000;
  }
  const f: AssessFacts = {
    plan,
    n,
    e: E,
    k: K,
    customerIds,
    customerNums: Float64Array.from(numL),
    stage: Uint8Array.from(stageL),
    beganDay: Int32Array.from(beganL),
    demonstrationRating: Int8Array.from(demoL),
    capabilityRating: Int8Array.from(capL),
    kinds: Uint8Array.from(kindsL),
    negativeWom: Uint8Array.from(womL),
    took: new Uint8Array(n * E),
    revenue: new Float64Array(n * E),
    area: new Float64Array(n * E).fill(NaN),
    satisfaction: new Int8Array(n * E).fill(-1),
    intent: new Int8Array(n * E).fill(-1),
    listPrice: new Float64Array(n * E).fill(NaN),
    charged: new Float64Array(n * E).fill(NaN),
    windowParts: new Array<WindowParticipation[] | undefined>(n),
    tStart: new Int32Array(n + 1),
    tDay: new Int32Array(0),
    tStage: new Uint8Array(0),
    costByStage: new Float64Array(n * COST_STAGE),
    advice: new Int32Array(n),
    interactions12m: new Int32Array(n * K),
    complaints12m: new Int32Array(n * K),
    referralDays: new Map(),
    referredTookPart: new Int32Array(n),
    referredRevenue: new Float64Array(n),
    exhibitionRevenue: 0,
    windowScores: plan.window.map(() => []),
  };
  return { f, index };
}

/** Stage histories, trashed customers, referrals, participations: always on the assessment's thread. */
export function readOwnPasses(db: Db, exhibitionId: string, f: AssessFacts, index: Map<string, number>, times?: PassTimes): void {
  const { plan, e: E } = f;
  const edParams: Record<string, string> = { x: exhibitionId };
  plan.editions.forEach((ed, i) => (edParams[`e${i}`] = ed.id));
  const edCase = E ? `CASE edition_id ${plan.editions.map((_, i) => `WHEN @e${i} THEN ${i}`).join(' ')} END` : 'NULL';
  timed(times, 'stage histories', () => readStageHistories(db, exhibitionId, f, index, times));
  const trashed = new Set(db.prepare('SELECT id FROM customers WHERE deleted_at IS NOT NULL').pluck().all() as string[]);

  // Referrals: who referred each live customer (the referrer's window revenue and features).
  const referredBy = new Map<string, number>();
  for (const [id, by, created] of db
    .prepare('SELECT id, referred_by, substr(created_at, 1, 10) FROM customers WHERE referred_by IS NOT NULL AND deleted_at IS NULL')
    .raw()
    .iterate() as IterableIterator<[string, string, string]>) {
    const r = index.get(by);
    if (r === undefined) continue;
    referredBy.set(id, r);
    const days = f.referralDays.get(r);
    if (days) days.push(dayKey(created));
    else f.referralDays.set(r, [dayKey(created)]);
  }

  if (E > 0) timed(times, 'participations', () => readParticipations(db, f, index, trashed, referredBy, edCase, edParams, times));
}

/** What the shared passes fill: typed arrays only, so the helper thread (assessPart.ts) can hand them back. */
export const SHARED_FIELDS = ['interactions12m'] as const;
export type SharedFacts = Pick<AssessFacts, (typeof SHARED_FIELDS)[number]>;

/**
 * Interaction dates: on either thread. The helper's share of the work, balanced by
 * measurement: with its start and its own relationships pass it takes about as long as the
 * participations and stage histories here.
 */
export function readSharedPasses(db: Db, f: DatesFacts, index: Map<string, number>, times?: PassTimes): void {
  timed(times, 'interaction dates', () => readInteractionDates(db, f, index, times));
}

/** What the interaction dates pass needs and fills. */
export type DatesFacts = Pick<AssessFacts, 'plan' | 'n' | 'k' | 'customerIds' | 'interactions12m'>;

/**
 * The helper thread's relationships: the same ones, in the same order, as readRelationships
 * (same index, join and filter), ids only.
 */
export function readRelationshipIds(db: Db, exhibitionId: string, plan: EditionPlan): { f: DatesFacts; index: Map<string, number> } {
  const text = (db
    .prepare(
      `SELECT group_concat(r.customer_id, ';')
         FROM relationships r INDEXED BY relationships_value JOIN customers c ON c.id = r.customer_id
        WHERE r.exhibition_id = @x AND c.deleted_at IS NULL`,
    )
    .pluck()
    .get({ x: exhibitionId }) ?? '') as string;
  const customerIds = text ? text.split(';') : [];
  const n = customerIds.length;
  const k = plan.closed.length + 1;
  const index = new Map<string, number>();
  for (let r = 0; r < n; r++) index.set(customerIds[r]!, r);
  return { f: { plan, n, k, customerIds, interactions12m: new Int32Array(n * k) }, index };
}

/** Costed interactions: after the stage histories (a cost goes to the stage of its day). */
export function readCosts(db: Db, exhibitionId: string, f: AssessFacts, index: Map<string, number>, times?: PassTimes): void {
  timed(times, 'costed interactions', () => readCostedInteractions(db, exhibitionId, f, index, f.plan.periodEnd, times));
}

function readStageHistories(db: Db, exhibitionId: string, f: AssessFacts, index: Map<string, number>, times?: PassTimes): void {
  const text = timed(times, 'stage histories sql', () => db
    .prepare(
      `SELECT group_concat(customer_id || ':' || items, '/') FROM (
         SELECT customer_id, group_concat(format('%d,%s%.10s', seq, ${STAGE_SQL('to_stage')}, at), ';') AS items
           FROM stage_transitions INDEXED BY stage_transitions_by_exhibition WHERE exhibition_id = ? GROUP BY customer_id)`,
    )
    .pluck()
    .get(exhibitionId) ?? '') as string;
  const rs: number[] = [];
  const seqs: number[] = [];
  const stages: number[] = [];
  const days: number[] = [];
  const count = new Int32Array(f.n + 1);
  for (const c = new TextCursor(text); !c.done; ) {
    const r = index.get(c.until(':'));
    for (;;) {
      const seq = c.int();
      c.skip();
      const stage = c.peek() - 48;
      const day = dayKeyAt(text, c.p + 1);
      c.skip(11);
      if (r !== undefined) {
        rs.push(r);
        seqs.push(seq);
        stages.push(stage);
        days.push(day);
        count[r + 1]!++;
      }
      const sep = c.peek();
      c.skip();
      if (sep !== 59) break; // ';' another transition; '/' or the end: next customer
    }
  }
  for (let r = 0; r < f.n; r++) count[r + 1]! += count[r]!;
  f.tStart = count;
  const at = count.slice(0, f.n);
  const order = new Int32Array(rs.length);
  for (let i = 0; i < rs.length; i++) order[at[rs[i]!]!++] = i;
  // Seq order within a relationship (the scan gives it; a few items each, so insertion sort).
  for (let r = 0; r < f.n; r++) {
    for (let a = count[r]! + 1; a < count[r + 1]!; a++) {
      const v = order[a]!;
      let b = a - 1;
      while (b >= count[r]! && seqs[order[b]!]! > seqs[v]!) {
        order[b + 1] = order[b]!;
        b--;
      }
      order[b + 1] = v;
    }
  }
  f.tDay = new Int32Array(rs.length);
  f.tStage = new Uint8Array(rs.length);
  for (let t = 0; t < rs.length; t++) {
    f.tDay[t] = days[order[t]!]!;
    f.tStage[t] = stages[order[t]!]!;
  }
}

function readParticipations(
  db: Db,
  f: AssessFacts,
  index: Map<string, number>,
  trashed: Set<string>,
  referredBy: Map<string, number>,
  edCase: string,
  edParams: Record<string, string>,
  times?: PassTimes,
): void {
  const { plan, e: E } = f;
  const text = timed(times, 'participations sql', () => db
    .prepare(
      `SELECT group_concat(customer_id || ':' || items, '/') FROM (
         SELECT customer_id, group_concat(format('%d%s%s,%s,%s,%s,%s,%.1s', ${edCase}, ${STATUS_SQL}, price_charged, other_revenue,
                  list_price, stand_area, satisfaction, intent_to_return), ';') AS items
           FROM participations INDEXED BY participations_value
          WHERE edition_id IN (SELECT id FROM editions WHERE exhibition_id = @x)
          GROUP BY customer_id)`,
    )
    .pluck()
    .get(edParams) ?? '') as string;
  // Window position of each edition (-1 = outside the window).
  const windowOf = new Int32Array(E).fill(-1);
  plan.window.forEach((pos, w) => (windowOf[pos] = w));
  const areas: number[][] = plan.window.map(() => []);
  const ranked: WindowParticipation[] = [];

  for (const c = new TextCursor(text); !c.done; ) {
    const id = c.until(':');
    const live = !trashed.has(id);
    const r = live ? (index.get(id) ?? -1) : -1;
    let windowRevenue = 0;
    let windowBooked = false;
    for (;;) {
      const ed = c.int();
      const status = c.peek() - 97;
      c.skip();
      const price = c.num();
      c.skip();
      const other = c.num();
      c.skip();
      const list = c.num();
      c.skip();
      const area = c.num();
      c.skip();
      const sat = c.num();
      c.skip();
      const intent = intentOf(c.peek());
      if (intent >= 0) c.skip();
      const sep = c.peek();
      c.skip();
      if (live && ed >= 0 && ed < E) {
        const booked = BOOKED[status] === true;
        const rev = booked ? (price > 0 ? price : 0) + (other > 0 ? other : 0) : 0;
        const w = windowOf[ed]!;
        if (w >= 0) {
          if (booked) {
            windowRevenue += rev;
            windowBooked = true;
            if (!Number.isNaN(area)) areas[w]!.push(area);
          }
          if (!Number.isNaN(sat)) f.windowScores[w]!.push(sat);
        }
        if (r >= 0) {
          const at = r * E + ed;
          if (f.took[at]! < (booked ? 2 : 1)) f.took[at] = booked ? 2 : 1;
          if (booked) {
            f.revenue[at]! += rev;
            if (!Number.isNaN(area)) f.area[at] = Number.isNaN(f.area[at]!) ? area : f.area[at]! + area;
            if (!Number.isNaN(list) && !Number.isNaN(price)) {
              f.listPrice[at] = Number.isNaN(f.listPrice[at]!) ? list : f.listPrice[at]! + list;
              f.charged[at] = Number.isNaN(f.charged[at]!) ? price : f.charged[at]! + price;
            }
          }
          if (!Number.isNaN(sat) && sat > f.satisfaction[at]!) f.satisfaction[at] = sat;
          if (intent >= 0 && f.intent[at]! < 0) f.intent[at] = intent;
          if (w >= 0) {
            const p: WindowParticipation = {
              editionId: plan.editions[ed]!.id,
              windowIndex: w,
              booked,
              listPrice: Number.isNaN(list) ? null : list,
              priceCharged: Number.isNaN(price) ? null : price,
              otherRevenue: Number.isNaN(other) ? null : other,
              standArea: Number.isNaN(area) ? null : area,
              areaRank: null,
              areaRankOf: null,
              satisfaction: Number.isNaN(sat) ? null : sat,
            };
            (f.windowParts[r] ??= []).push(p);
            if (booked && p.standArea !== null) ranked.push(p);
          }
        }
      }
      if (sep !== 59) break;
    }
    if (windowBooked) {
      f.exhibitionRevenue += windowRevenue;
      const by = referredBy.get(id);
      if (by !== undefined) {
        f.referredTookPart[by]!++;
        f.referredRevenue[by]! += windowRevenue;
      }
    }
  }

  // Stand-area ranks within each window edition: 1 + stands strictly larger.
  const sorted = areas.map((a) => Float64Array.from(a).sort());
  for (const p of ranked) {
    const s = sorted[p.windowIndex]!;
    const area = p.standArea!;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid]! <= area) lo = mid + 1;
      else hi = mid;
    }
    p.areaRank = 1 + s.length - lo;
    p.areaRankOf = s.length;
  }
}

/** How many interactions (of any kind and exhibition) each customer had in the 365 days up to each target's as-of day. */
function readInteractionDates(db: Db, f: DatesFacts, index: Map<string, number>, times?: PassTimes): void {
  const K = f.k;
  const asOf = [...f.plan.asOf, f.plan.asOfNext];
  const hi = Int32Array.from(asOf.map(dayKey));
  const lo = Int32Array.from(asOf.map((d) => dayKey(addDays(d, -364))));
  let first = Infinity;
  for (const d of lo) first = Math.min(first, d);
  // Every customer's (a filter on this exhibition's customers costs more than it saves).
  const text = timed(times, 'interaction dates sql', () => db
    .prepare(
      `SELECT group_concat(customer_id || ':' || days, '/') FROM (
         SELECT customer_id, group_concat(format('%.10s', at), ',') AS days
           FROM interactions INDEXED BY interactions_by_customer GROUP BY customer_id)`,
    )
    .pluck()
    .get() ?? '') as string;
  const counts = f.interactions12m;
  for (const c = new TextCursor(text); !c.done; ) {
    const r = index.get(c.until(':'));
    if (r === undefined) {
      c.until('/');
      continue;
    }
    const base = r * K;
    const s = c.s;
    let p = c.p;
    for (;;) {
      const day = dayKeyAt(s, p);
      if (day >= first) for (let k = 0; k < K; k++) if (day >= lo[k]! && day <= hi[k]!) counts[base + k]!++;
      const sep = s.charCodeAt(p + 10);
      p += 11;
      if (sep !== 44) break; // ',' another date
    }
    c.p = p;
  }
}

/**
 * The interactions that carry a cost, an idea ("advice") or a complaint. Costs and advice count
 * in the window period, for this exhibition when linked to one of its editions; an unlinked
 * cost is split equally between the customer's relationships (integer minor units, the
 * remainder to the first by exhibition id). Costs go to the stage the relationship was in on
 * the interaction's day. Complaints (any) feed the prediction's 12-month counts.
 */
function readCostedInteractions(
  db: Db,
  exhibitionId: string,
  f: AssessFacts,
  index: Map<string, number>,
  today: number,
  times?: PassTimes,
): void {
  const K = f.k;
  const asOf = [...f.plan.asOf, f.plan.asOfNext];
  const hi = Int32Array.from(asOf.map(dayKey));
  const lo = Int32Array.from(asOf.map((d) => dayKey(addDays(d, -364))));
  const { periodStart } = f.plan;
  const text = timed(times, 'costed interactions sql', () => db
    .prepare(
      `SELECT group_concat(format('%s,%.10s%s%d,%s', customer_id, at, CASE type WHEN 'advice' THEN 'a' WHEN 'complaint' THEN 'c' ELSE 'o' END, cost,
                CASE WHEN edition_id IS NULL THEN 'u' WHEN edition_id IN (SELECT id FROM editions WHERE exhibition_id = @x) THEN 'x' ELSE 'o' END), ';')
         FROM interactions INDEXED BY interactions_value
        WHERE (cost > 0 OR type IN ('advice', 'complaint'))
          AND customer_id IN (SELECT customer_id FROM relationships WHERE exhibition_id = @x)`,
    )
    .pluck()
    .get({ x: exhibitionId }) ?? '') as string;
  const split: { r: number; id: string; day: number; cost: number }[] = [];
  for (const c = new TextCursor(text); !c.done; ) {
    const id = c.until(',');
    const day = dayKeyAt(text, c.p);
    c.skip(10);
    const type = c.peek();
    c.skip();
    const cost = c.int();
    c.skip();
    const link = c.peek();
    c.skip(2);
    const r = index.get(id);
    if (r === undefined) continue;
    if (type === 99) for (let k = 0; k < K; k++) if (day >= lo[k]! && day <= hi[k]!) f.complaints12m[r * K + k]!++;
    if (link === 111 || day < periodStart || day > today) continue; // another exhibition's, or outside the window period
    if (type === 97) f.advice[r]!++;
    if (cost <= 0) continue;
    if (link === 117) split.push({ r, id, day, cost });
    else f.costByStage[r * COST_STAGE + stageOn(f, r, day)]! += cost;
  }
  if (split.length === 0) return;
  const ids = [...new Set(split.map((s) => s.id))];
  const shares = new Map<string, { count: number; first: boolean }>();
  for (const [id, count, first] of db
    .prepare(
      `SELECT customer_id, count(*), min(exhibition_id) = @x FROM relationships
        WHERE customer_id IN (SELECT value FROM json_each(@ids)) GROUP BY customer_id`,
    )
    .raw()
    .iterate({ x: exhibitionId, ids: JSON.stringify(ids) }) as IterableIterator<[string, number, number]>) {
    shares.set(id, { count, first: first === 1 });
  }
  for (const s of split) {
    const { count, first } = shares.get(s.id) ?? { count: 1, first: true };
    const share = Math.floor(s.cost / count);
    const amount = share + (first ? s.cost - share * count : 0);
    f.costByStage[s.r * COST_STAGE + stageOn(f, s.r, s.day)]! += amount;
  }
}
