/**
 * The Customers sheet of the value-assessment workbook: one row per relationship of the
 * snapshot (after the filters), highest score first, with the customer's identity, stage,
 * every figure and the next follow-up. Figures are read through the valuation read helpers
 * (FIGURE_SELECT, toApiFigures, valueFilterSql), so a change of value_figures' layout stays
 * theirs; the customer details are looked up per batch of 500 ids.
 */
import { maskToKinds } from '../../../../shared/domain/customer';
import { MONEY_FIGURES, type FigureKey, type RelationshipFigures, type Tier } from '../../../../shared/domain/valuation/figures';
import type { Db } from '../../store/openDatabase';
import type { FilterSql } from '../../valuation/valueFilters';
import { FIGURE_SELECT, nextFollowUps, toApiFigures } from '../../valuation/valueRows';
import type { ExportColumn } from './columns';
import { FIGURES_FROM, FIGURES_ORDER } from './snapshotAccess';
import { WORKBOOK_LABELS, type WorkbookLabels } from './workbookLabels';

const BATCH = 500;
const DAY_MS = 86_400_000;

/** Tier fills (light tints of the app's teal / blue / yellow / gray tier colours). */
export const TIER_FILLS: Record<Tier, string> = { A: 'FF96F2D7', B: 'FFA5D8FF', C: 'FFFFEC99', D: 'FFDEE2E6' };

type Cell = (f: RelationshipFigures, d: Details, L: WorkbookLabels) => unknown;
interface Col {
  column: (L: WorkbookLabels) => ExportColumn;
  cell: Cell;
}

interface Details {
  companyName: string;
  industry: string | null;
  region: string | null;
  country: string | null;
  contact: string | null;
  phone: string | null;
  email: string | null;
  /** The relationship's current stage and since when (shown when it is still the snapshot's stage). */
  stage: string | null;
  stageSince: string | null;
  daysInStage: number | null;
  nextFollowUp: string | null;
}

const MONEY = new Set<FigureKey>(MONEY_FIGURES);
const PERCENT = new Set<FigureKey>(['retention', 'contributionShare', 'probability']);
const INTEGER = new Set<FigureKey>([
  'referred', 'demonstrationRating', 'areaRank', 'areaRankOf', 'capabilityRating', 'advice', 'satisfactionCount', 'streak',
  'attendedInWindow', 'windowSize', 'attendedSinceFirst', 'heldSinceFirst',
]);
/** Figures shown with a fixed number of decimals (scores, norms, points). */
const DECIMALS: Partial<Record<FigureKey, string>> = {
  score: '0.0', loyalty: '0.0', satisfaction: '0.0', capability: '0.0#', recommendation: '0.##', remainingEditions: '0.0',
  economicNorm: '0.000', profitNorm: '0.000', recommendationNorm: '0.000', potentialNorm: '0.000', strategicNorm: '0.000',
};

/** A figure's column and cell (also used by the value table's list export, exports/tableColumns.ts; its cell ignores the details). */
export function figureCol(key: Exclude<FigureKey, 'customerId' | 'stage' | 'kinds'>): Col {
  const kind: ExportColumn['kind'] = MONEY.has(key) ? 'money' : PERCENT.has(key) ? 'percent' : INTEGER.has(key) ? 'integer' : 'number';
  const label = (L: WorkbookLabels) => L.figure[key];
  switch (key) {
    case 'negativeWom':
    case 'repeat':
      return { column: (L) => ({ header: label(L), kind: 'text', width: 10 }), cell: (f, _d, L) => (f[key] ? L.yesNo.yes : L.yesNo.no) };
    case 'npsGroup':
      return { column: (L) => ({ header: label(L), kind: 'text', width: 12 }), cell: (f, _d, L) => (f.npsGroup ? L.npsGroup[f.npsGroup] : null) };
    case 'intent':
      return { column: (L) => ({ header: label(L), kind: 'text', width: 10 }), cell: (f, _d, L) => (f.intent ? L.intent[f.intent] : null) };
    case 'probabilitySource':
      return { column: (L) => ({ header: label(L), kind: 'text', width: 12 }), cell: (f, _d, L) => L.probabilitySource[f.probabilitySource] };
    case 'tier':
      return { column: (L) => ({ header: label(L), kind: 'text', width: 7 }), cell: (f, _d, L) => L.tier[f.tier] };
    case 'quadrant':
      return { column: (L) => ({ header: label(L), kind: 'text', width: 16 }), cell: (f, _d, L) => L.quadrant[f.quadrant] };
    default:
      return { column: (L) => ({ header: label(L), kind, numFmt: DECIMALS[key] }), cell: (f) => f[key] };
  }
}

const identity = (key: keyof Details, header: (L: WorkbookLabels) => string, kind: ExportColumn['kind'] = 'text', width?: number): Col => ({
  column: (L) => ({ header: header(L), kind, width }),
  cell: (_f, d) => d[key],
});

/**
 * Column order: identity, stage, the economic value and each cost, profitability, the
 * non-economic values, satisfaction / loyalty / retention / contribution, prediction, the
 * composite (score, tier, quadrant), next follow-up.
 */
const COLUMNS: Col[] = [
  identity('companyName', (L) => L.customer.company, 'text', 32),
  { column: (L) => ({ header: L.customer.kinds, kind: 'text', width: 22 }), cell: (f, _d, L) => maskToKinds(f.kinds).map((k) => L.kind[k]).join(L === WORKBOOK_LABELS.zh ? '、' : ', ') },
  identity('industry', (L) => L.customer.industry, 'text', 24),
  identity('region', (L) => L.customer.region, 'text', 18),
  identity('country', (L) => L.customer.country, 'text', 14),
  identity('contact', (L) => L.customer.contact, 'text', 18),
  identity('phone', (L) => L.customer.phone, 'text', 16),
  identity('email', (L) => L.customer.email, 'text', 26),
  { column: (L) => ({ header: L.figure.stage, kind: 'text', width: 13 }), cell: (f, _d, L) => L.stage[f.stage] },
  // The since-date belongs to the relationship's current stage: blank if it moved after the snapshot.
  { column: (L) => ({ header: L.customer.stageSince, kind: 'date' }), cell: (f, d) => (d.stage === f.stage ? d.stageSince : null) },
  { column: (L) => ({ header: L.customer.daysInStage, kind: 'integer' }), cell: (f, d) => (d.stage === f.stage ? d.daysInStage : null) },
  ...(
    [
      'economic', 'referralRevenue', 'referred', 'negativeWom',
      'costInitial', 'costMaintenance', 'maintenanceInteractions', 'discount', 'costEnd', 'profit',
      'demonstrationRating', 'areaRank', 'areaRankOf', 'recommendation', 'capabilityRating', 'advice', 'capability',
      'satisfaction', 'satisfactionCount', 'npsGroup', 'intent', 'streak', 'attendedInWindow', 'windowSize', 'loyalty',
      'attendedSinceFirst', 'heldSinceFirst', 'retention', 'repeat',
      'contributionShare', 'revenuePerEdition', 'remainingEditions', 'potential',
      'probability', 'probabilitySource',
      'economicNorm', 'profitNorm', 'recommendationNorm', 'potentialNorm', 'strategicNorm', 'score', 'tier', 'quadrant',
    ] as const
  ).map(figureCol),
  identity('nextFollowUp', (L) => L.customer.nextFollowUp, 'date'),
];

export function customerColumns(L: WorkbookLabels): ExportColumn[] {
  return COLUMNS.map((c) => c.column(L));
}

/** Index of the tier column (for its fill). */
export function tierColumnIndex(L: WorkbookLabels): number {
  return customerColumns(L).findIndex((c) => c.header === L.figure.tier);
}

interface ExtraRow {
  id: string;
  contact: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  stage: string | null;
  stage_since: string | null;
}

/** Details of a batch: the primary contact, the relationship's stage date, the next follow-up. */
function details(db: Db, exhibitionId: string, batch: readonly FigureRow[], today: string): Map<string, Details> {
  const ids = batch.map((f) => f.customerId);
  const extra = db
    .prepare(
      `SELECT j.value AS id, k.name AS contact, k.phone AS contact_phone, k.email AS contact_email, r.stage, r.stage_since
         FROM json_each(@ids) j
         LEFT JOIN contacts k ON k.id = (SELECT k2.id FROM contacts k2 WHERE k2.customer_id = j.value ORDER BY k2.position LIMIT 1)
         LEFT JOIN relationships r ON r.customer_id = j.value AND r.exhibition_id = @x`,
    )
    .all({ ids: JSON.stringify(ids), x: exhibitionId }) as ExtraRow[];
  const byId = new Map(extra.map((r) => [r.id, r]));
  const follow = nextFollowUps(db, ids);
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const out = new Map<string, Details>();
  for (const f of batch) {
    const r = byId.get(f.customerId);
    const since = r?.stage_since ?? null;
    out.set(f.customerId, {
      companyName: f.c_name,
      industry: f.c_industry,
      region: f.c_region,
      country: f.c_country,
      contact: r?.contact ?? null,
      // The primary contact's phone and email, else the company's own.
      phone: r?.contact_phone ?? f.c_phone,
      email: r?.contact_email ?? f.c_email,
      stage: r?.stage ?? null,
      stageSince: since,
      daysInStage: since ? Math.max(0, Math.round((todayMs - Date.parse(`${since}T00:00:00Z`)) / DAY_MS)) : null,
      nextFollowUp: follow.get(f.customerId) ?? null,
    });
  }
  return out;
}

type FigureRow = RelationshipFigures & { c_name: string; c_industry: string | null; c_region: string | null; c_country: string | null; c_phone: string | null; c_email: string | null };

function* storedRows(db: Db, w: FilterSql): Generator<FigureRow> {
  const stmt = db.prepare(
    `SELECT ${FIGURE_SELECT}, c.company_name AS c_name, c.industry AS c_industry, c.region AS c_region, c.country AS c_country,
            c.phone AS c_phone, c.email AS c_email
       FROM ${FIGURES_FROM} WHERE ${w.where} ORDER BY ${FIGURES_ORDER}`,
  );
  yield* stmt.iterate(w.params) as Iterable<FigureRow>;
}

/** The snapshot's figures matching the filters, highest score first, as the API shows them. */
export function* figureRows(db: Db, w: FilterSql): Generator<RelationshipFigures> {
  for (const r of storedRows(db, w)) yield toApiFigures(r);
}

/** Customers-sheet rows, built per batch of figures. */
export function* customerRows(db: Db, exhibitionId: string, w: FilterSql, L: WorkbookLabels, today: string): Generator<unknown[]> {
  let batch: FigureRow[] = [];
  const flush = function* (): Generator<unknown[]> {
    const info = details(db, exhibitionId, batch, today);
    for (const stored of batch) {
      const f = toApiFigures(stored);
      const d = info.get(f.customerId)!;
      yield COLUMNS.map((c) => c.cell(f, d, L));
    }
    batch = [];
  };
  for (const f of storedRows(db, w)) {
    batch.push(f);
    if (batch.length >= BATCH) yield* flush();
  }
  if (batch.length) yield* flush();
}
