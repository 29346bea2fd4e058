import type { z } from 'zod';
import type { CaptureCandidate, CaptureContext, CaptureEdition, CaptureMatchInput } from '../../../shared/api/capture';
import { CURRENT_EXHIBITION_SETTING, type EditionStatus } from '../../../shared/domain/exhibition';
import type { Context } from '../context';
import { duplicatesOf } from '../customers/customerService';
import type { Db } from '../store/openDatabase';

// Reads for quick capture. Editions are read from their table directly: capture must work
// whatever the exhibitions screens do, and needs only a few columns.

/** The local calendar day of `nowIso` as an ISO range [start, end): "today" at the fair. */
export function localDayRange(nowIso: string): [string, string] {
  const d = new Date(nowIso);
  const start = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  const end = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1);
  return [start.toISOString(), end.toISOString()];
}

export function todayCount(ctx: Context, capturedBy: string): number {
  const [from, to] = localDayRange(ctx.now());
  return ctx.db
    .prepare('SELECT count(*) FROM lead_captures WHERE captured_by = ? AND captured_at >= ? AND captured_at < ?')
    .pluck()
    .get(capturedBy.trim(), from, to) as number;
}

function setting(db: Db, key: string): unknown {
  const v = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  if (v === undefined) return undefined;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return undefined;
  }
}

/** The exhibition every view defaults to: the setting, else the first one created. */
function currentExhibition(db: Db): { id: string; name: string } | null {
  const id = setting(db, CURRENT_EXHIBITION_SETTING);
  const byId = db.prepare('SELECT id, name FROM exhibitions WHERE id = ?');
  const chosen = typeof id === 'string' ? (byId.get(id) as { id: string; name: string } | undefined) : undefined;
  return (
    chosen ??
    (db.prepare('SELECT id, name FROM exhibitions ORDER BY created_at, name LIMIT 1').get() as
      | { id: string; name: string }
      | undefined) ??
    null
  );
}

function captureEditions(db: Db, exhibitionId: string): CaptureEdition[] {
  const rows = db
    .prepare(
      `SELECT id, name, status, start_date, end_date FROM editions
        WHERE exhibition_id = ? AND status IN ('open', 'running')
        ORDER BY status = 'running' DESC, start_date, name`,
    )
    .all(exhibitionId) as { id: string; name: string; status: EditionStatus; start_date: string; end_date: string }[];
  return rows.map((r) => ({ id: r.id, name: r.name, status: r.status, startDate: r.start_date, endDate: r.end_date }));
}

/** Categories used in recent captures (most used first), then the workspace's main industries. */
function categorySuggestions(db: Db): string[] {
  const used = new Map<string, number>();
  const recent = db.prepare('SELECT categories FROM lead_captures ORDER BY rowid DESC LIMIT 500').pluck().all() as string[];
  for (const json of recent) {
    try {
      for (const c of JSON.parse(json) as unknown[]) if (typeof c === 'string') used.set(c, (used.get(c) ?? 0) + 1);
    } catch {
      // A hand-edited row with bad JSON only loses its suggestions.
    }
  }
  const out = [...used.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
  const industries = db
    .prepare(
      `SELECT industry FROM customers WHERE deleted_at IS NULL AND industry IS NOT NULL
        GROUP BY industry ORDER BY count(*) DESC, industry LIMIT 30`,
    )
    .pluck()
    .all() as string[];
  const seen = new Set(out.map((c) => c.toLocaleLowerCase()));
  for (const i of industries) {
    if (seen.has(i.toLocaleLowerCase()) || i.length > 40) continue;
    seen.add(i.toLocaleLowerCase());
    out.push(i);
  }
  return out.slice(0, 30);
}

export function captureContext(ctx: Context): CaptureContext {
  const exhibition = currentExhibition(ctx.db);
  const editions = exhibition ? captureEditions(ctx.db, exhibition.id) : [];
  const last = ctx.db.prepare('SELECT captured_by FROM lead_captures ORDER BY rowid DESC LIMIT 1').pluck().get() as
    | string
    | undefined;
  const capturedBy = last ?? ctx.staffName() ?? null;
  return {
    exhibition,
    editions,
    editionId: editions[0]?.id ?? null,
    capturedBy,
    todayCount: capturedBy ? todayCount(ctx, capturedBy) : 0,
    categories: categorySuggestions(ctx.db),
  };
}

/** Existing live customers the lead may be (the customer form's duplicate check). */
export function captureMatches(ctx: Context, q: z.output<typeof CaptureMatchInput>): CaptureCandidate[] {
  const found = duplicatesOf(ctx, {
    companyName: q.company?.trim() || undefined,
    email: q.email?.trim() || undefined,
    phone: q.phone?.trim() || undefined,
  }).filter((c) => !c.deleted);
  const contactsOf = ctx.db.prepare('SELECT name FROM contacts WHERE customer_id = ? ORDER BY position LIMIT 3').pluck();
  return found.slice(0, 5).map((c) => ({
    id: c.id,
    companyName: c.companyName,
    city: c.city,
    reasons: c.reasons,
    contacts: contactsOf.all(c.id) as string[],
  }));
}
