import type { ImportTemplate } from '../../../shared/api/imports';
import { ApiFailure } from '../../../shared/api/result';
import type { DateOrder } from '../../../shared/domain/import/cellValues';
import { IMPORT_FIELDS, normaliseHeader, type ImportField } from '../../../shared/domain/import/columnMapping';
import type { Context } from '../context';
import type { Db } from '../store/openDatabase';

// Saved column mappings. A template is found again for a file with the same headers: the
// signature is the set of its normalised, non-empty headers (order-free, so a file with the
// same columns rearranged still matches), and the mapping is stored by normalised header.

/** The "reason" column of a rejected-rows file (rejectedRows.ts) is not part of a file's signature. */
const IGNORED = new Set(['reason', '原因']);

export function headerSignature(headers: readonly (string | null)[]): string {
  const names = [...new Set(headers.map((h) => (h ? normaliseHeader(h) : '')).filter((h) => h && !IGNORED.has(h)))].sort();
  return names.join('\u001f');
}

interface TemplateRow {
  id: string;
  name: string;
  signature: string;
  headers: string;
  mapping: string;
  date_order: DateOrder | null;
  updated_at: string;
}

function fromRow(r: TemplateRow): ImportTemplate {
  const mapping = JSON.parse(r.mapping) as Record<string, string>;
  const clean: Record<string, ImportField> = {};
  for (const [k, v] of Object.entries(mapping)) if ((IMPORT_FIELDS as string[]).includes(v)) clean[k] = v as ImportField;
  return { id: r.id, name: r.name, headers: JSON.parse(r.headers) as string[], mapping: clean, dateOrder: r.date_order, updatedAt: r.updated_at };
}

export function listTemplates(db: Db): ImportTemplate[] {
  return (db.prepare('SELECT * FROM import_templates ORDER BY name').all() as TemplateRow[]).map(fromRow);
}

/** The most recently saved template for these headers. */
export function templateFor(db: Db, headers: readonly (string | null)[]): ImportTemplate | null {
  const sig = headerSignature(headers);
  if (!sig) return null;
  const r = db.prepare('SELECT * FROM import_templates WHERE signature = ? ORDER BY updated_at DESC LIMIT 1').get(sig) as TemplateRow | undefined;
  return r ? fromRow(r) : null;
}

/** A template's mapping applied to a file's headers. */
export function applyTemplate(t: ImportTemplate, headers: readonly (string | null)[]): (ImportField | null)[] {
  const used = new Set<ImportField>();
  return headers.map((h) => {
    const f = h ? t.mapping[normaliseHeader(h)] : undefined;
    if (!f || used.has(f)) return null;
    used.add(f);
    return f;
  });
}

/** Saves (or replaces, by name) a template; `dateOrder`: the one the user chose for the file's dates, if any. */
export function saveTemplate(
  ctx: Context,
  name: string,
  headers: readonly (string | null)[],
  mapping: readonly (ImportField | null)[],
  dateOrder: DateOrder | null = null,
): ImportTemplate {
  const byHeader: Record<string, ImportField> = {};
  headers.forEach((h, i) => {
    const f = mapping[i];
    if (h && f) byHeader[normaliseHeader(h)] = f;
  });
  if (Object.keys(byHeader).length === 0) throw new ApiFailure('invalid_input', 'err.invalidInput', { mapping: 'err.import.nothingMapped' });
  const now = ctx.now();
  const existing = ctx.db.prepare('SELECT id FROM import_templates WHERE name = ?').pluck().get(name) as string | undefined;
  const id = existing ?? ctx.newId();
  ctx.db
    .prepare(
      `INSERT INTO import_templates (id, name, signature, headers, mapping, date_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, signature = excluded.signature, headers = excluded.headers,
         mapping = excluded.mapping, date_order = excluded.date_order, updated_at = excluded.updated_at`,
    )
    .run(id, name, headerSignature(headers), JSON.stringify(headers.filter(Boolean)), JSON.stringify(byHeader), dateOrder, now, now);
  ctx.changed('imports');
  return fromRow(ctx.db.prepare('SELECT * FROM import_templates WHERE id = ?').get(id) as TemplateRow);
}

export function deleteTemplate(ctx: Context, id: string): number {
  const n = ctx.db.prepare('DELETE FROM import_templates WHERE id = ?').run(id).changes;
  ctx.changed('imports');
  return n;
}
