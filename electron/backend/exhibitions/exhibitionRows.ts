import type { Edition, Exhibition } from '../../../shared/api/exhibitions';
import type { EditionStatus, ExhibitionFrequency, ExhibitionMaturity } from '../../../shared/domain/exhibition';

// Database rows of exhibitions and editions, and their API shapes.

export interface ExhibitionRow {
  id: string;
  name: string;
  theme: string | null;
  city: string | null;
  venue: string | null;
  frequency: string | null;
  maturity: string;
  notes: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EditionRow {
  id: string;
  exhibition_id: string;
  name: string;
  start_date: string;
  end_date: string;
  venue: string | null;
  sellable_area: number | null;
  status: string;
  notes: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export function exhibitionFromDb(r: ExhibitionRow): Exhibition {
  return {
    id: r.id,
    name: r.name,
    theme: r.theme,
    city: r.city,
    venue: r.venue,
    frequency: r.frequency as ExhibitionFrequency | null,
    maturity: r.maturity as ExhibitionMaturity,
    notes: r.notes,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function editionFromDb(r: EditionRow): Edition {
  return {
    id: r.id,
    exhibitionId: r.exhibition_id,
    name: r.name,
    startDate: r.start_date,
    endDate: r.end_date,
    venue: r.venue,
    sellableArea: r.sellable_area,
    status: r.status as EditionStatus,
    notes: r.notes,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** API field name → column, for the fields a patch may carry. */
export const EXHIBITION_COLUMNS = {
  name: 'name',
  theme: 'theme',
  city: 'city',
  venue: 'venue',
  frequency: 'frequency',
  maturity: 'maturity',
  notes: 'notes',
} as const;

export const EDITION_COLUMNS = {
  name: 'name',
  startDate: 'start_date',
  endDate: 'end_date',
  venue: 'venue',
  sellableArea: 'sellable_area',
  status: 'status',
  notes: 'notes',
} as const;

/**
 * Turns a patch into `col = @col` assignments (only known fields; the column names come from
 * the fixed maps above, never from the input) plus the bound values.
 */
export function patchAssignments(
  patch: Record<string, unknown>,
  columns: Record<string, string>,
): { sql: string[]; values: Record<string, unknown> } {
  const sql: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [field, col] of Object.entries(columns)) {
    if (patch[field] === undefined) continue;
    sql.push(`${col} = @${col}`);
    values[col] = patch[field];
  }
  return { sql, values };
}
