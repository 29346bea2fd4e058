import type { ImportBatch, ImportUndoResult } from '../../../shared/api/imports';
import { JobCancelled, type JobContext } from '../jobs/jobTypes';
import { reindexCustomer } from '../customers/customerRepository';
import type { CustomerRow } from '../customers/customerRows';
import type { ParticipationRow } from '../participations/participationRows';
import { suspendFigureTriggers } from '../segments/customerFigures';
import { openDatabase, type Db } from '../store/openDatabase';
import { heldTransaction, yieldToCalls } from '../store/sameThreadWriter';
import { keptRecords, planUndo } from './undoPlan';

// Undoing an import batch in one step (one transaction, a job): what it created is removed, what it
// changed is put back — unless the record was edited since (its version moved on) or is now
// used by something the import did not make (a customer with an interaction logged since):
// those are kept, and the answer names them.

interface BatchRow {
  id: string;
  file_name: string;
  sheet: string | null;
  edition_id: string | null;
  edition_name: string | null;
  exhibition_name: string | null;
  rows_read: number;
  created: number;
  updated: number;
  skipped: number;
  rejected: number;
  participations: number;
  created_by: string | null;
  created_at: string;
  undone_at: string | null;
}

const CUSTOMER_RESTORE = [
  'company_name', 'name_sort', 'legal_name', 'kinds', 'partner_type', 'industry', 'main_business', 'products', 'size_band',
  'scale_notes', 'country', 'region', 'city', 'address', 'website', 'phone', 'email', 'source', 'notes', 'completeness',
] as const;
const PARTICIPATION_RESTORE = [
  'stand_number', 'hall', 'stand_area', 'stand_type', 'list_price', 'price_charged', 'other_revenue', 'status', 'status_at',
  'cancel_reason', 'satisfaction', 'intent_to_return', 'feedback', 'leads', 'meetings', 'notes',
] as const;
const SUSPEND_FROM = 2000;

export function listBatches(db: Db, limit: number): ImportBatch[] {
  const rows = db
    .prepare(
      `SELECT b.*, e.name AS edition_name, x.name AS exhibition_name
         FROM import_batches b LEFT JOIN editions e ON e.id = b.edition_id LEFT JOIN exhibitions x ON x.id = e.exhibition_id
        ORDER BY b.created_at DESC, b.rowid DESC LIMIT ?`,
    )
    .all(limit) as BatchRow[];
  return rows.map((r) => ({
    id: r.id,
    fileName: r.file_name,
    sheet: r.sheet,
    editionId: r.edition_id,
    editionName: r.edition_name,
    exhibitionName: r.exhibition_name,
    counts: { read: r.rows_read, created: r.created, updated: r.updated, skipped: r.skipped, rejected: r.rejected, participations: r.participations, contacts: 0 },
    createdBy: r.created_by,
    createdAt: r.created_at,
    undoneAt: r.undone_at,
  }));
}

/** What the 'imports.undo' job is given (plain data). */
export interface UndoJobArgs {
  /** The workspace file: the job writes on its own connection, like the import's commit. */
  path: string;
  batchId: string;
  now: string;
  staffName: string | null;
}

/** Steps undone between two yields to the backend's calls (a 20,000-row batch: about 0.1 s each). */
const UNDO_CHUNK = 500;

/**
 * The 'imports.undo' job: the batch undone in one transaction on its own connection, in the
 * backend's thread, yielding every few hundred records so that calls are answered meanwhile and
 * progress is shown (an undo of 100,000 rows takes about half a minute). It holds the write
 * lock throughout: a save made meanwhile is stored once the undo has ended (sameThreadWriter.ts).
 * Cancelled or failed, it rolls back: nothing is undone.
 */
export async function undoImportJob(args: UndoJobArgs, job: JobContext): Promise<ImportUndoResult> {
  const db = openDatabase(args.path, { nativeBinding: job.nativeBinding, skipCheck: true });
  try {
    return await undoBatch(db, args, job);
  } finally {
    db.close();
  }
}

export async function undoBatch(db: Db, args: Omit<UndoJobArgs, 'path'>, job: Pick<JobContext, 'progress' | 'cancelled'>): Promise<ImportUndoResult> {
  const { batchId, now } = args;
  const partRow = db.prepare('SELECT * FROM participations WHERE id = ?');
  const delSearch = db.prepare('DELETE FROM customer_search WHERE rowid = ?');
  const delShort = db.prepare('DELETE FROM customer_search_short WHERE rowid = ?');
  // Prepared once: a DELETE on customers compiles its cascades and triggers (~0.3 ms a time;
  // prepared per record, 20,000 customers' undo spent 6.7 s preparing).
  const delCustomer = db.prepare('DELETE FROM customers WHERE id = ?');
  const delParticipation = db.prepare('DELETE FROM participations WHERE id = ?');
  const delRelationship = db.prepare('DELETE FROM relationships WHERE customer_id = ? AND exhibition_id = ?');

  return heldTransaction(db, async () => {
    // Planned inside the transaction: the plan the confirmation showed, on the same data (and
    // refused here if another undo of the batch got there first).
    const plan = planUndo(db, batchId);
    const restoreTriggers = plan.steps.length >= SUSPEND_FROM ? suspendFigureTriggers(db) : null;
    let removed = 0;
    let restored = 0;
    job.progress(0, plan.steps.length, 'undo');
    for (let i = 0; i < plan.steps.length; i++) {
      const s = plan.steps[i]!;
      if ((i + 1) % UNDO_CHUNK === 0) {
        job.progress(i + 1, plan.steps.length, 'undo');
        await yieldToCalls();
        if (job.cancelled()) throw new JobCancelled();
      }
      const r = s.record;
      if (s.do === 'keep') continue;
      if (s.do === 'cascade') {
        removed++; // went with its customer
        continue;
      }
      if (r.kind === 'participation') {
        if (s.do === 'remove') delParticipation.run(r.record_id);
        else restoreParticipation(db, partRow.get(r.record_id) as ParticipationRow, JSON.parse(r.before!) as ParticipationRow, now, args.staffName);
      } else if (r.kind === 'customer') {
        if (s.do === 'remove') {
          delSearch.run(s.num);
          delShort.run(s.num);
          delCustomer.run(r.record_id);
        } else {
          restoreCustomer(db, r.record_id, JSON.parse(r.before!) as Snapshot, now);
          reindexCustomer(db, s.num!);
        }
      } else {
        const [customerId, exhibitionId] = r.record_id.split('|') as [string, string];
        delRelationship.run(customerId, exhibitionId);
      }
      if (s.do === 'remove') removed++;
      else restored++;
    }
    job.progress(plan.steps.length, plan.steps.length, 'undo');
    restoreTriggers?.();
    const out: ImportUndoResult = { removed, restored, kept: keptRecords(db, plan) };
    db.prepare('UPDATE import_batches SET undone_at = ?, undo_kept = ? WHERE id = ?').run(now, out.kept.length, batchId);
    if (job.cancelled()) throw new JobCancelled();
    return out;
  });
}

function restoreParticipation(db: Db, p: ParticipationRow, before: ParticipationRow, now: string, staffName: string | null): void {
  const set = Object.fromEntries(PARTICIPATION_RESTORE.map((c) => [c, before[c]]));
  db.prepare(`UPDATE participations SET ${PARTICIPATION_RESTORE.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @__now, version = version + 1 WHERE id = @__id`)
    .run({ ...set, __now: now, __id: p.id });
  if (before.status !== p.status) {
    // The history is appended to, never rewritten: the undo is one more change.
    db.prepare(
      `INSERT INTO participation_status_changes (participation_id, seq, status, at, reason, changed_by)
       VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM participation_status_changes WHERE participation_id = ?), ?, ?, ?, ?)`,
    ).run(p.id, p.id, before.status, before.status_at, before.cancel_reason, staffName);
  }
}

interface Snapshot {
  row: CustomerRow;
  contacts: { id: string; name: string; title: string | null; phone: string | null; email: string | null; messaging: string | null; position: number }[];
  tags: string[];
}

function restoreCustomer(db: Db, id: string, before: Snapshot, now: string): void {
  const set = Object.fromEntries(CUSTOMER_RESTORE.map((c) => [c, before.row[c]]));
  db.prepare(`UPDATE customers SET ${CUSTOMER_RESTORE.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @__now, version = version + 1 WHERE id = @__id`)
    .run({ ...set, __now: now, __id: id });
  // Contacts and tags as they were: added ones removed, changed ones put back.
  db.prepare('DELETE FROM contacts WHERE customer_id = ? AND id NOT IN (SELECT value FROM json_each(?))').run(id, JSON.stringify(before.contacts.map((c) => c.id)));
  const put = db.prepare('UPDATE contacts SET name = ?, title = ?, phone = ?, email = ?, messaging = ?, position = ? WHERE id = ?');
  for (const c of before.contacts) put.run(c.name, c.title, c.phone, c.email, c.messaging, c.position, c.id);
  db.prepare('DELETE FROM customer_tags WHERE customer_id = ? AND tag NOT IN (SELECT value FROM json_each(?))').run(id, JSON.stringify(before.tags));
}
