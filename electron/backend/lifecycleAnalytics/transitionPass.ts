import { STAGES, type Stage } from '../../../shared/domain/lifecycle';
import type { Db } from '../store/openDatabase';

// Everything the overview needs from the stage history, in ONE pass over the covering index
// stage_transitions_by_exhibition. Three aggregate statements (per edition, per relationship,
// per stay with a window function) cost ~1.2 s at 336,000 transitions; handing 336,000 rows to
// JavaScript costs ~400 ms. So the pass returns ONE string, grouped by relationship in index
// order, and all figures are summed up while reading it (see lifecycleOverview.ts for what
// they mean; lifecycleOverviewSql.ts keeps the set-based statements the test compares with).
//
// Format: relationships joined by '/', each its transitions joined by ',', each transition
// "<to: 2 letters><from: 2 letters or -->seq<space>at". Ids never travel.

/** The stage whose first two letters are at `p` (cu, co, tr, we, lo), or null ('--'). */
function stageAt(text: string, p: number): Stage | null {
  switch (text.charCodeAt(p)) {
    case 99: // c
      return text.charCodeAt(p + 1) === 117 ? 'cultivation' : 'confirmation';
    case 116:
      return 'trust';
    case 119:
      return 'weakening';
    case 108:
      return 'lost';
    default:
      return null;
  }
}

/** Moves per edition cycle (bucket i: after edition i-1's end up to edition i's; last: up to today). */
export interface CycleMoves {
  delta: Record<Stage, number>;
  lost: number;
  entries: number;
}

export interface TransitionFigures {
  moves: CycleMoves[];
  /** Relationships (with a history) that ever reached confirmation or trust / trust. */
  confirmation: number;
  trust: number;
  /** Days from start to first trust → how many relationships. */
  toTrust: Map<number, number>;
  /** Per stage: days of a completed stay → how many stays. */
  stays: Map<Stage, Map<number, number>>;
}

const emptyDelta = (): Record<Stage, number> => ({ cultivation: 0, confirmation: 0, trust: 0, weakening: 0, lost: 0 });
const bump = (m: Map<number, number>, k: number) => m.set(k, (m.get(k) ?? 0) + 1);

export function transitionPass(db: Db, exhibitionId: string, editionEnds: string[], today: string): TransitionFigures {
  const text = (db
    .prepare(
      `SELECT group_concat(items, '/') FROM (
         SELECT group_concat(substr(s.to_stage, 1, 2) || coalesce(substr(s.from_stage, 1, 2), '--') || s.seq || ' ' || s.at, ',') AS items
           FROM stage_transitions s INDEXED BY stage_transitions_by_exhibition
          WHERE s.exhibition_id = @x AND s.customer_id NOT IN (SELECT id FROM customers WHERE deleted_at IS NOT NULL)
          GROUP BY s.customer_id)`,
    )
    .pluck()
    .get({ x: exhibitionId }) ?? '') as string;

  // Per distinct date (a few thousand): its cycle (-1: after today, outside every cycle) and
  // its day number exactly as SQLite's julianday() gives it (NULL for what it cannot read).
  const julian = db.prepare('SELECT julianday(?)').pluck();
  const dates = new Map<string, { bucket: number; day: number | null }>();
  const dateOf = (at: string) => {
    let d = dates.get(at);
    if (d === undefined) {
      let bucket = at > today ? -1 : editionEnds.findIndex((end) => at <= end);
      if (bucket < 0 && at <= today) bucket = editionEnds.length;
      d = { bucket, day: (julian.get(at) as number | null) ?? null };
      dates.set(at, d);
    }
    return d;
  };

  const moves: CycleMoves[] = Array.from({ length: editionEnds.length + 1 }, () => ({ delta: emptyDelta(), lost: 0, entries: 0 }));
  const stays = new Map<Stage, Map<number, number>>(STAGES.map((s) => [s, new Map()]));
  const toTrust = new Map<number, number>();
  let confirmation = 0;
  let trust = 0;
  if (!text) return { moves, confirmation, trust, toTrust, stays };

  // One relationship's transitions, reused from one to the next (no garbage per relationship).
  const tos: Stage[] = [];
  const days: (number | null)[] = [];
  const seqs: number[] = [];
  let n = 0;
  let conf = false;
  let reachedTrust = false;
  let first: string | null = null;
  let firstTrust: string | null = null;
  const endRelationship = () => {
    if (conf) confirmation++;
    if (reachedTrust) {
      trust++;
      const a = dateOf(firstTrust!).day;
      const b = dateOf(first!).day;
      if (a !== null && b !== null) bump(toTrust, a - b);
    }
    // Stays: each transition's stay ends at the next one, in seq order (the index's order;
    // sorted here should a relationship ever come otherwise).
    let order: number[] | null = null;
    for (let i = 1; i < n; i++) if (seqs[i]! < seqs[i - 1]!) order = Array.from({ length: n }, (_, k) => k).sort((p, q) => seqs[p]! - seqs[q]!);
    for (let k = 0; k + 1 < n; k++) {
      const cur = order ? order[k]! : k;
      const next = order ? order[k + 1]! : k + 1;
      const a = days[next]!;
      const b = days[cur]!;
      if (a !== null && b !== null) bump(stays.get(tos[cur]!)!, a - b);
    }
    n = 0;
    conf = reachedTrust = false;
    first = firstTrust = null;
  };

  const len = text.length;
  for (let p = 0; p < len; ) {
    const to = stageAt(text, p)!;
    const from = stageAt(text, p + 2);
    let q = p + 4;
    let seq = 0;
    for (let c = text.charCodeAt(q); c !== 32; c = text.charCodeAt(++q)) seq = seq * 10 + (c - 48);
    let end = q + 1;
    for (let c = text.charCodeAt(end); end < len && c !== 44 && c !== 47; c = text.charCodeAt(++end));
    const at = text.slice(q + 1, end);
    const d = dateOf(at);
    if (d.bucket >= 0) {
      const m = moves[d.bucket]!;
      m.delta[to] += 1;
      if (from !== null) m.delta[from] -= 1;
      if (to === 'lost') m.lost += 1;
      // Began, or re-approached after being lost: not lost any more.
      else if (from === null || from === 'lost') m.entries += 1;
    }
    if (to === 'confirmation' || to === 'trust') conf = true;
    if (to === 'trust') {
      reachedTrust = true;
      if (firstTrust === null || at < firstTrust) firstTrust = at;
    }
    if (first === null || at < first) first = at;
    tos[n] = to;
    days[n] = d.day;
    seqs[n] = seq;
    n++;
    // ',' next transition, '/' next relationship, or the end.
    if (end >= len || text.charCodeAt(end) === 47) endRelationship();
    p = end + 1;
  }
  return { moves, confirmation, trust, toTrust, stays };
}
