import type { DuplicateReason } from '../../../shared/api/customers';
import { companyNameKey, domainKey, emailKey, phoneKey } from '../../../shared/domain/normalize';
import type { Db } from '../store/openDatabase';
import type { CustomerValues } from './rowValues';

// Duplicate keys of an imported row, built exactly as searchDocument() builds a stored
// customer's (shared/domain/searchDocument.ts: "n:" name, "e:" email, "d:" website domain,
// "p:" phone — the company's and its contacts'), so a row matches the dedupe_keys rows that
// customers.create's warning matches.

export const REASON_BY_PREFIX: Record<string, DuplicateReason> = { n: 'name', e: 'email', d: 'domain', p: 'phone' };

export function duplicateKeys(c: CustomerValues): string[] {
  const keys = new Set<string>();
  const name = companyNameKey(c.companyName);
  if (name) keys.add(`n:${name}`);
  for (const e of [c.email, ...c.contacts.map((k) => k.email)]) if (e) keys.add(`e:${emailKey(e)}`);
  if (c.website) {
    const d = domainKey(c.website);
    if (d) keys.add(`d:${d}`);
  }
  for (const p of [c.phone, ...c.contacts.map((k) => k.phone)]) {
    const k = p ? phoneKey(p) : null;
    if (k) keys.add(`p:${k}`);
  }
  return [...keys];
}

export interface WorkspaceMatch {
  customerId: string;
  companyName: string;
  reasons: DuplicateReason[];
}

/** Looks keys up in the workspace's dedupe_keys (live customers only: the Trash is not matched). */
export class WorkspaceMatcher {
  private readonly stmt;
  /** Most files match few keys: an empty workspace answers without a query. */
  private readonly empty: boolean;

  constructor(db: Db) {
    this.stmt = db
      .prepare(
        `SELECT c.id, c.company_name FROM dedupe_keys d JOIN customers c ON c.num = d.customer_num
          WHERE d.key = ? AND c.deleted_at IS NULL LIMIT 20`,
      )
      .raw();
    this.empty = db.prepare('SELECT 1 FROM dedupe_keys LIMIT 1').get() === undefined;
  }

  /** The matching customers, most reasons first (then by name). */
  match(keys: readonly string[]): WorkspaceMatch[] {
    if (this.empty || keys.length === 0) return [];
    const byId = new Map<string, WorkspaceMatch>();
    for (const key of keys) {
      for (const [id, name] of this.stmt.all(key) as [string, string][]) {
        const m = byId.get(id) ?? { customerId: id, companyName: name, reasons: [] };
        const reason = REASON_BY_PREFIX[key[0]!]!;
        if (!m.reasons.includes(reason)) m.reasons.push(reason);
        byId.set(id, m);
      }
    }
    return [...byId.values()].sort((a, b) => b.reasons.length - a.reasons.length || a.companyName.localeCompare(b.companyName));
  }
}
