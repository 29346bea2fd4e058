import type { SnapshotInfo } from '../../../shared/api/valuation';
import type { ValuationSettings } from '../../../shared/domain/valuation/settings';
import type { Db } from '../store/openDatabase';

// "Stale" (valuation.status): the data changed after the latest snapshot was taken, so the
// figures on screen may be out of date and "Assess now" is worth pressing. Decided cheaply,
// without scanning the activity tables:
// - The backend reports every ctx.changed(domain) here (Backend.open). A change of the facts
//   the figures are computed from (customers, participations, interactions, editions,
//   exhibitions, quick capture) stores its time in the settings row FACTS_CHANGED_KEY — one
//   tiny upsert per write call, and it survives a restart, so changes made in an earlier
//   session still count.
// - 'lifecycle' is also reported after every suggestion refresh (which changes no figure), so
//   it only marks that something MAY have changed: the first status read after such a note
//   checks relationships.updated_at of the exhibition (stage moves, new relationships, ratings
//   all set it) once, and remembers the answer until the next note.
// - Settings saved since the snapshot (compared with the settings the snapshot used).

const FACT_DOMAINS = new Set(['customers', 'participations', 'interactions', 'editions', 'exhibitions', 'capture']);
export const FACTS_CHANGED_KEY = 'valuationFactsChangedAt';

const lifecycleNotes = new WeakMap<Db, string>();
/** Per workspace and snapshot: whether a relationship changed after it, as checked at the note `note`. */
const relationshipChecks = new WeakMap<Db, Map<string, { note: string; changed: boolean }>>();

/** Called with every changed domain (and its moment); never throws: it must not fail the write that reported it. */
export function noteDataChange(db: Db, domain: string, at: string): void {
  try {
    if (FACT_DOMAINS.has(domain)) {
      db.prepare(
        `INSERT INTO settings (key, value, created_at, updated_at) VALUES (@key, json_quote(@at), @at, @at)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
          WHERE excluded.value > settings.value`,
      ).run({ key: FACTS_CHANGED_KEY, at });
    } else if (domain === 'lifecycle') {
      const prev = lifecycleNotes.get(db);
      if (!prev || at > prev) lifecycleNotes.set(db, at);
    }
  } catch {
    // A read-only workspace, or a database closing: staleness is a hint, the write stands.
  }
}

function factsChangedAt(db: Db): string | null {
  const v = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(FACTS_CHANGED_KEY) as string | undefined;
  return v ? (JSON.parse(v) as string) : null;
}

function relationshipsChangedSince(db: Db, snapshot: SnapshotInfo): boolean {
  const note = lifecycleNotes.get(db);
  if (!note || note <= snapshot.takenAt) return false;
  let cache = relationshipChecks.get(db);
  if (!cache) relationshipChecks.set(db, (cache = new Map()));
  const known = cache.get(snapshot.id);
  // A change once found stays found; "no change" holds until the next note.
  if (known && (known.changed || known.note === note)) return known.changed;
  const changed =
    db
      .prepare('SELECT EXISTS (SELECT 1 FROM relationships WHERE exhibition_id = ? AND updated_at > ?)')
      .pluck()
      .get(snapshot.exhibitionId, snapshot.takenAt) === 1;
  cache.set(snapshot.id, { note, changed });
  return changed;
}

/** Whether the data or the settings changed after `snapshot` was taken. */
export function isStale(db: Db, snapshot: SnapshotInfo, settings: ValuationSettings): boolean {
  if (JSON.stringify(snapshot.settings) !== JSON.stringify(settings)) return true;
  const facts = factsChangedAt(db);
  if (facts !== null && facts > snapshot.takenAt) return true;
  return relationshipsChangedSince(db, snapshot);
}
