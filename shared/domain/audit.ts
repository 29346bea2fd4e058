// The audit trail (issue 7): what kinds of records have a history, and the Trash's retention.

/** Records with a history. 'customer' history includes its contacts and tags. */
export const AUDIT_TABLES = ['customer', 'participation', 'interaction', 'relationship', 'settings'] as const;
export type AuditTable = (typeof AUDIT_TABLES)[number];

export const AUDIT_ACTIONS = ['insert', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Days a customer stays in the Trash before it is deleted for good (a workspace setting). */
export const TRASH_RETENTION_SETTING = 'trashRetentionDays';
export const TRASH_RETENTION_DEFAULT = 90;
export const TRASH_RETENTION_MIN = 1;
export const TRASH_RETENTION_MAX = 3650;

/** A stored retention value, or the default when it is missing or out of range. */
export function cleanRetentionDays(v: unknown): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= TRASH_RETENTION_MIN && v <= TRASH_RETENTION_MAX
    ? v
    : TRASH_RETENTION_DEFAULT;
}

/** The moment before which a customer trashed is purged, `days` before `now` (ISO moments). */
export function purgeCutoff(now: string, days: number): string {
  return new Date(Date.parse(now) - days * 86_400_000).toISOString();
}
