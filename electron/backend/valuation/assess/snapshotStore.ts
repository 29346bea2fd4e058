import type { EditionRef, ModelSummary, SnapshotInfo, SnapshotReason, SnapshotSummary } from '../../../../shared/api/valuation';
import { FIGURE_KEYS, figureColumn, type RelationshipFigures } from '../../../../shared/domain/valuation/figures';
import { mergeValuationSettings, type ValuationSettings } from '../../../../shared/domain/valuation/settings';
import type { Db } from '../../store/openDatabase';

// Snapshots of an exhibition's assessment (migration 004): one value_snapshots row and one
// value_figures row per relationship, written once and never updated. Old snapshots are
// pruned: per exhibition the newest KEEP_NEWEST stay, and of the earlier ones the newest of
// each calendar month for KEEP_MONTHS months (so a customer's history still spans two years).

export const KEEP_NEWEST = 12;
export const KEEP_MONTHS = 24;
/** Rows per INSERT statement (fewer statements; 48 parameters each). */
const ROWS_PER_INSERT = 64;
/** Every figure but the customer, which value_figures keys by customers.num (migration 004). */
export const STORED_KEYS = FIGURE_KEYS.filter((k) => k !== 'customerId');
const COLUMNS = ['snapshot_num', 'customer_num', ...STORED_KEYS.map(figureColumn)];

export interface NewSnapshot {
  id: string;
  exhibitionId: string;
  takenAt: string;
  reason: SnapshotReason;
  window: EditionRef[];
  nextEdition: EditionRef | null;
  settings: ValuationSettings;
  model: ModelSummary;
  summary: SnapshotSummary;
  durationMs: number;
}

/**
 * Writes the snapshot and its rows, then (unless `prune` is false: the app's job prunes after
 * it has answered, see jobs/assessJob.ts) prunes the exhibition's old snapshots — inside the
 * caller's transaction (the assessment runs all of it as one). `customerNums[i]` is the
 * customers.num of figures[i] (looked up when not given); rows go in customer_num order, so
 * they are appended to the primary key. `beforeRow` (tests) runs before each row's values are bound.
 */
export function writeSnapshot(
  db: Db,
  s: NewSnapshot,
  figures: readonly RelationshipFigures[],
  beforeRow?: (i: number) => void,
  customerNums?: ArrayLike<number>,
  prune = true,
): void {
  const info = db.prepare(
    `INSERT INTO value_snapshots (id, exhibition_id, taken_at, reason, window_editions, next_edition, settings, model, summary,
       relationships, duration_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    s.id, s.exhibitionId, s.takenAt, s.reason, JSON.stringify(s.window), s.nextEdition ? JSON.stringify(s.nextEdition) : null,
    JSON.stringify(s.settings), JSON.stringify(s.model), JSON.stringify(s.summary), figures.length, Math.round(s.durationMs),
  );
  const snapshotNum = Number(info.lastInsertRowid);
  const nums = customerNums ?? lookUpNums(db, figures);
  const order = Uint32Array.from(figures, (_, i) => i).sort((a, b) => nums[a]! - nums[b]!);
  const width = COLUMNS.length;
  const head = `INSERT INTO value_figures (${COLUMNS.join(', ')}) VALUES `;
  const row = `(${new Array<string>(width).fill('?').join(', ')})`;
  const many = db.prepare(head + new Array<string>(ROWS_PER_INSERT).fill(row).join(', '));
  const one = db.prepare(head + row);
  const params: unknown[] = new Array<unknown>(width * ROWS_PER_INSERT);
  let filled = 0;
  for (let i = 0; i < figures.length; i++) {
    beforeRow?.(i);
    const at = order[i]!;
    const f = figures[at]!;
    const p = filled * width;
    params[p] = snapshotNum;
    params[p + 1] = nums[at];
    putStoredFigures(params, p + 2, f);
    if (++filled === ROWS_PER_INSERT) {
      many.run(params);
      filled = 0;
    }
  }
  for (let i = 0; i < filled; i++) one.run(params.slice(i * width, (i + 1) * width));
  if (prune) pruneSnapshots(db, s.exhibitionId, s.takenAt);
}

/**
 * f's STORED_KEYS values into params from `at`, in column order. Spelled out (a test checks it
 * against STORED_KEYS): reading 4.5 million properties by a key variable took 100 ms of the
 * write, named reads take 15.
 */
export function putStoredFigures(params: unknown[], at: number, f: RelationshipFigures): void {
  params[at] = f.stage;
  params[at + 1] = f.kinds;
  params[at + 2] = f.economic;
  params[at + 3] = f.referralRevenue;
  params[at + 4] = f.referred;
  params[at + 5] = f.negativeWom;
  params[at + 6] = f.costInitial;
  params[at + 7] = f.costMaintenance;
  params[at + 8] = f.maintenanceInteractions;
  params[at + 9] = f.discount;
  params[at + 10] = f.costEnd;
  params[at + 11] = f.profit;
  params[at + 12] = f.demonstrationRating;
  params[at + 13] = f.areaRank;
  params[at + 14] = f.areaRankOf;
  params[at + 15] = f.recommendation;
  params[at + 16] = f.capabilityRating;
  params[at + 17] = f.advice;
  params[at + 18] = f.capability;
  params[at + 19] = f.satisfaction;
  params[at + 20] = f.satisfactionCount;
  params[at + 21] = f.npsGroup;
  params[at + 22] = f.intent;
  params[at + 23] = f.streak;
  params[at + 24] = f.attendedInWindow;
  params[at + 25] = f.windowSize;
  params[at + 26] = f.loyalty;
  params[at + 27] = f.attendedSinceFirst;
  params[at + 28] = f.heldSinceFirst;
  params[at + 29] = f.retention;
  params[at + 30] = f.repeat;
  params[at + 31] = f.contributionShare;
  params[at + 32] = f.revenuePerEdition;
  params[at + 33] = f.remainingEditions;
  params[at + 34] = f.potential;
  params[at + 35] = f.probability;
  params[at + 36] = f.probabilitySource;
  params[at + 37] = f.economicNorm;
  params[at + 38] = f.profitNorm;
  params[at + 39] = f.recommendationNorm;
  params[at + 40] = f.potentialNorm;
  params[at + 41] = f.strategicNorm;
  params[at + 42] = f.score;
  params[at + 43] = f.tier;
  params[at + 44] = f.quadrant;
}

function lookUpNums(db: Db, figures: readonly RelationshipFigures[]): number[] {
  const num = db.prepare('SELECT num FROM customers WHERE id = ?').pluck();
  return figures.map((f) => {
    const n = num.get(f.customerId) as number | undefined;
    if (n === undefined) throw new Error(`no customer ${f.customerId}`);
    return n;
  });
}

/** The snapshot's num (value_figures' key), or null when there is no such snapshot. */
export function snapshotNum(db: Db, snapshotId: string): number | null {
  return (db.prepare('SELECT num FROM value_snapshots WHERE id = ?').pluck().get(snapshotId) as number | undefined) ?? null;
}

/**
 * Deletes the exhibition's snapshots beyond the newest KEEP_NEWEST, except the newest of each
 * calendar month (of taken_at) in the KEEP_MONTHS months before `now`'s month. Returns the ids deleted.
 */
export function pruneSnapshots(db: Db, exhibitionId: string, now: string): string[] {
  const rows = db
    .prepare('SELECT id, taken_at, num FROM value_snapshots WHERE exhibition_id = ? ORDER BY taken_at DESC, num DESC')
    .raw()
    .all(exhibitionId) as [string, string, number][];
  const month = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
  const oldest = month(now) - KEEP_MONTHS;
  const seen = new Set<number>();
  const doomed: [string, number][] = [];
  rows.forEach(([id, takenAt, num], i) => {
    const m = month(takenAt);
    const newestOfMonth = !seen.has(m);
    seen.add(m);
    if (i < KEEP_NEWEST) return;
    if (newestOfMonth && m >= oldest) return;
    doomed.push([id, num]);
  });
  const delFigures = db.prepare('DELETE FROM value_figures WHERE snapshot_num = ?');
  const delSnapshot = db.prepare('DELETE FROM value_snapshots WHERE num = ?');
  for (const [, num] of doomed) {
    delFigures.run(num);
    delSnapshot.run(num);
  }
  return doomed.map(([id]) => id);
}

interface InfoRow {
  id: string;
  exhibition_id: string;
  taken_at: string;
  reason: SnapshotReason;
  window_editions: string;
  next_edition: string | null;
  settings: string;
  model: string;
  relationships: number;
  duration_ms: number;
}

export function readSnapshotInfo(db: Db, snapshotId: string): SnapshotInfo | null {
  const r = db
    .prepare(
      `SELECT id, exhibition_id, taken_at, reason, window_editions, next_edition, settings, model, relationships, duration_ms
         FROM value_snapshots WHERE id = ?`,
    )
    .get(snapshotId) as InfoRow | undefined;
  if (!r) return null;
  return {
    id: r.id,
    exhibitionId: r.exhibition_id,
    takenAt: r.taken_at,
    reason: r.reason,
    relationships: r.relationships,
    window: JSON.parse(r.window_editions) as EditionRef[],
    nextEdition: r.next_edition ? (JSON.parse(r.next_edition) as EditionRef) : null,
    settings: mergeValuationSettings(r.settings),
    model: JSON.parse(r.model) as ModelSummary,
    durationMs: r.duration_ms,
  };
}

/** The summary stored with a snapshot, as the API returns it (money in major units); null when there is no such snapshot. */
export function readSnapshotSummary(db: Db, snapshotId: string): SnapshotSummary | null {
  const v = db.prepare('SELECT summary FROM value_snapshots WHERE id = ?').pluck().get(snapshotId) as string | undefined;
  return v ? (JSON.parse(v) as SnapshotSummary) : null;
}

/** The exhibition's newest snapshot (latest taken_at; the later written on a tie); null before its first assessment. */
export function latestSnapshotId(db: Db, exhibitionId: string): string | null {
  return (
    (db
      .prepare('SELECT id FROM value_snapshots WHERE exhibition_id = ? ORDER BY taken_at DESC, num DESC LIMIT 1')
      .pluck()
      .get(exhibitionId) as string | undefined) ?? null
  );
}
