import type { ImportKeptRecord, ImportUndoPreview } from '../../../shared/api/imports';
import { ApiFailure } from '../../../shared/api/result';
import type { Db } from '../store/openDatabase';

// What undoing an import batch would do, record by record, read without writing. The undo
// itself carries out this very plan inside its transaction, so what the confirmation shows is
// what happens: created records are removed, updated ones put back, and the ones edited since
// (their version moved on) or used since (an interaction logged, a participation the import did
// not make) are kept.

export type RecordKind = ImportKeptRecord['kind'];

export interface BatchRecord {
  kind: RecordKind;
  record_id: string;
  action: 'created' | 'updated';
  version: number | null;
  before: string | null;
}

export type Step =
  | { do: 'remove'; record: BatchRecord; customerId: string; num?: number }
  | { do: 'restore'; record: BatchRecord; customerId: string; num?: number }
  | { do: 'keep'; record: BatchRecord; customerId: string; reason: ImportKeptRecord['reason'] }
  /** A relationship that goes with its removed customer (ON DELETE CASCADE). */
  | { do: 'cascade'; record: BatchRecord; customerId: string };

export interface UndoPlan {
  /** In the order the undo applies them: participations, customers, relationships. */
  steps: Step[];
}

/** The batch, checked to exist and not to be undone already. */
export function undoableBatch(db: Db, batchId: string): void {
  const batch = db.prepare('SELECT undone_at FROM import_batches WHERE id = ?').get(batchId) as { undone_at: string | null } | undefined;
  if (!batch) throw new ApiFailure('not_found', 'err.notFound');
  if (batch.undone_at) throw new ApiFailure('conflict', 'err.import.alreadyUndone');
}

export function planUndo(db: Db, batchId: string): UndoPlan {
  undoableBatch(db, batchId);
  const records = db.prepare('SELECT kind, record_id, action, version, before FROM import_batch_records WHERE batch_id = ?').all(batchId) as BatchRecord[];
  const steps: Step[] = [];

  // Participations first: a customer the batch created is removable once its imported
  // participations are gone.
  const partRow = db.prepare('SELECT customer_id, version FROM participations WHERE id = ?');
  const removedParts = new Set<string>();
  for (const r of records.filter((x) => x.kind === 'participation')) {
    const p = partRow.get(r.record_id) as { customer_id: string; version: number } | undefined;
    if (!p) continue;
    if (p.version !== r.version) steps.push({ do: 'keep', record: r, customerId: p.customer_id, reason: 'edited' });
    else if (r.action === 'created') {
      removedParts.add(r.record_id);
      steps.push({ do: 'remove', record: r, customerId: p.customer_id });
    } else steps.push({ do: 'restore', record: r, customerId: p.customer_id });
  }

  const customerRow = db.prepare('SELECT version, num FROM customers WHERE id = ?');
  const partsOf = db.prepare('SELECT id FROM participations WHERE customer_id = ?').pluck();
  const otherUse = db
    .prepare(
      `SELECT (SELECT count(*) FROM interactions WHERE customer_id = @id) + (SELECT count(*) FROM lead_captures WHERE customer_id = @id)
            + (SELECT count(*) FROM customers WHERE referred_by = @id)`,
    )
    .pluck();
  // Used = anything that stays after the undo points at the customer.
  const inUse = (id: string) =>
    (otherUse.get({ id }) as number) > 0 || (partsOf.all(id) as string[]).some((pid) => !removedParts.has(pid));
  const removedCustomers = new Set<string>();
  for (const r of records.filter((x) => x.kind === 'customer')) {
    const cur = customerRow.get(r.record_id) as { version: number; num: number } | undefined;
    if (!cur) continue;
    if (cur.version !== r.version) steps.push({ do: 'keep', record: r, customerId: r.record_id, reason: 'edited' });
    else if (r.action === 'updated') steps.push({ do: 'restore', record: r, customerId: r.record_id, num: cur.num });
    else if (inUse(r.record_id)) steps.push({ do: 'keep', record: r, customerId: r.record_id, reason: 'inUse' });
    else {
      removedCustomers.add(r.record_id);
      steps.push({ do: 'remove', record: r, customerId: r.record_id, num: cur.num });
    }
  }

  const relVersion = db.prepare('SELECT version FROM relationships WHERE customer_id = ? AND exhibition_id = ?').pluck();
  const partsIn = db
    .prepare('SELECT p.id FROM participations p JOIN editions e ON e.id = p.edition_id WHERE p.customer_id = ? AND e.exhibition_id = ?')
    .pluck();
  for (const r of records.filter((x) => x.kind === 'relationship')) {
    const [customerId, exhibitionId] = r.record_id.split('|') as [string, string];
    if (removedCustomers.has(customerId)) {
      steps.push({ do: 'cascade', record: r, customerId });
      continue;
    }
    const version = relVersion.get(customerId, exhibitionId) as number | undefined;
    if (version === undefined) continue;
    if (version !== r.version) steps.push({ do: 'keep', record: r, customerId, reason: 'edited' });
    else if ((partsIn.all(customerId, exhibitionId) as string[]).some((pid) => !removedParts.has(pid)))
      steps.push({ do: 'keep', record: r, customerId, reason: 'inUse' });
    else steps.push({ do: 'remove', record: r, customerId });
  }
  return { steps };
}

/** The kept records with the name of their customer (at most `limit` of them). */
export function keptRecords(db: Db, plan: UndoPlan, limit = Infinity): ImportKeptRecord[] {
  const nameOf = db.prepare('SELECT company_name FROM customers WHERE id = ?').pluck();
  const out: ImportKeptRecord[] = [];
  for (const s of plan.steps) {
    if (out.length >= limit) break;
    if (s.do !== 'keep') continue;
    out.push({ kind: s.record.kind, id: s.record.record_id, name: (nameOf.get(s.customerId) as string | undefined) ?? '', reason: s.reason });
  }
  return out;
}

const KEPT_SHOWN = 50;

/** imports.undoPreview: counts by kind and the first kept records, nothing written. */
export function previewUndo(db: Db, batchId: string): ImportUndoPreview {
  const plan = planUndo(db, batchId);
  const zero = () => ({ removed: 0, restored: 0, kept: 0 });
  const byKind: ImportUndoPreview['byKind'] = { customer: zero(), participation: zero(), relationship: zero() };
  for (const s of plan.steps) {
    const k = byKind[s.record.kind];
    if (s.do === 'remove' || s.do === 'cascade') k.removed++;
    else if (s.do === 'restore') k.restored++;
    else k.kept++;
  }
  const kinds = Object.values(byKind);
  return {
    removed: kinds.reduce((n, k) => n + k.removed, 0),
    restored: kinds.reduce((n, k) => n + k.restored, 0),
    byKind,
    keptTotal: kinds.reduce((n, k) => n + k.kept, 0),
    kept: keptRecords(db, plan, KEPT_SHOWN),
  };
}
