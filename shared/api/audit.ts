import { z } from 'zod';
import {
  AUDIT_TABLES,
  TRASH_RETENTION_MAX,
  TRASH_RETENTION_MIN,
  type AuditAction,
  type AuditTable,
} from '../domain/audit';
import { method } from './method';

// The audit trail (issue 7 item 5): a record's history, undo of its last change, and how long
// the Trash keeps customers.

/** A value as shown: text, a number (money in major units), or none. */
export type AuditValue = string | number | null;

export interface AuditField {
  /**
   * What changed: an API field name (companyName, standArea, stage…), 'contact' and 'tag' for
   * a customer's contacts and tags, 'record' for a deleted record's last values, or a settings key.
   */
  field: string;
  old: AuditValue;
  new: AuditValue;
}

export interface AuditChange {
  id: number;
  table: AuditTable;
  recordId: string;
  action: AuditAction;
  /** ISO moment. */
  at: string;
  /** The staff name set in the settings when the change was made; null if none was set. */
  who: string | null;
  /** What the record is, for changes of a customer's participations, interactions, stages (edition / exhibition / summary). */
  label: string | null;
  fields: AuditField[];
  /** It is its record's last change and of a kind that can be undone. */
  undoable: boolean;
}

export interface AuditPage {
  changes: AuditChange[];
  /** Pass as `cursor` for older changes; null at the end. */
  nextCursor: number | null;
}

export interface TrashSettings {
  retentionDays: number;
}

const recordId = z.string({ error: 'err.required' }).min(1, { error: 'err.required' }).max(200, { error: 'err.tooLong:200' });

export const AuditHistoryInput = z.strictObject({
  table: z.enum(AUDIT_TABLES),
  id: recordId,
  cursor: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const AuditUndoInput = z.strictObject({
  table: z.enum(AUDIT_TABLES),
  id: recordId,
  changeId: z.number().int().positive(),
});

export const TrashRetentionInput = z.strictObject({
  retentionDays: z
    .number({ error: 'err.retentionDays' })
    .int({ error: 'err.retentionDays' })
    .min(TRASH_RETENTION_MIN, { error: 'err.retentionDays' })
    .max(TRASH_RETENTION_MAX, { error: 'err.retentionDays' }),
});

export const auditMethods = {
  /** Newest first. For a customer: its own changes and those of its participations, interactions and stages. */
  'audit.history': method<AuditPage>()(AuditHistoryInput),
  /** Restores the old values of `changeId` if it is still the record's last change (else 'conflict'); the undo is a change too. */
  'audit.undoLast': method<{ changeId: number | null }>()(AuditUndoInput),
  'audit.trashSettings': method<TrashSettings>()(z.strictObject({})),
  'audit.setTrashRetention': method<TrashSettings>()(TrashRetentionInput),
  /** Deletes for good the customers trashed longer than the retention (also run at open and daily). */
  'audit.purgeTrash': method<{ purged: number }>()(z.strictObject({})),
} as const;
