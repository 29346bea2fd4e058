import type { AuditField, AuditValue } from '../../../shared/api/audit';
import type { AuditTable } from '../../../shared/domain/audit';
import { maskToKinds } from '../../../shared/domain/customer';
import { fromMinor } from '../../../shared/domain/money';

// How stored audit values are shown: column names become the API's field names (the renderer
// has labels for those), money in minor units becomes major units, the kinds bit mask becomes
// the kinds, a contact (JSON) becomes a line of text, a setting's JSON its value.

const MONEY = new Set(['list_price', 'price_charged', 'other_revenue', 'cost']);

const camel = (s: string) => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

export interface StoredField {
  field: string;
  old_value: unknown;
  new_value: unknown;
}

function scalar(v: unknown): AuditValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'bigint') return Number(v);
  return JSON.stringify(v);
}

function contactText(v: unknown): AuditValue {
  if (typeof v !== 'string') return null;
  try {
    const c = JSON.parse(v) as Record<string, unknown>;
    return ['name', 'title', 'phone', 'email', 'messaging']
      .map((k) => c[k])
      .filter((x): x is string => typeof x === 'string' && x !== '')
      .join(' · ');
  } catch {
    return v;
  }
}

function settingText(v: unknown): AuditValue {
  if (typeof v !== 'string') return scalar(v);
  try {
    const parsed = JSON.parse(v) as unknown;
    return typeof parsed === 'object' && parsed !== null ? JSON.stringify(parsed) : scalar(parsed);
  } catch {
    return v;
  }
}

/** A deleted record's last values, as one line (what it was, so a reader can tell). */
function recordText(table: AuditTable, v: unknown): AuditValue {
  if (typeof v !== 'string') return null;
  try {
    const r = JSON.parse(v) as Record<string, unknown>;
    const parts = table === 'interaction' ? [r.type, r.at, r.summary] : [r.role, r.status, r.stand_number];
    return parts.filter((x) => typeof x === 'string' && x !== '').join(' · ');
  } catch {
    return v;
  }
}

function value(table: AuditTable, field: string, v: unknown): AuditValue {
  if (v === null || v === undefined) return null;
  if (field === 'contact') return contactText(v);
  if (field === '_record') return recordText(table, v);
  if (table === 'settings') return settingText(v);
  if (MONEY.has(field) && typeof v === 'number') return fromMinor(v);
  if (table === 'customer' && field === 'kinds' && typeof v === 'number') return maskToKinds(v).join(', ');
  return scalar(v);
}

export function presentField(table: AuditTable, f: StoredField, names: ReadonlyMap<string, string>): AuditField {
  const shown = (v: unknown) => {
    const out = value(table, f.field, v);
    // Ids of other records (a referrer, an edition) read better as their names.
    return typeof out === 'string' && names.has(out) ? names.get(out)! : out;
  };
  const field = f.field === '_record' ? 'record' : table === 'settings' ? f.field : camel(f.field);
  return { field, old: shown(f.old_value), new: shown(f.new_value) };
}

/** Columns whose values are ids of other records, shown by name. */
export const REFERENCE_FIELDS = new Set(['referred_by', 'edition_id', 'customer_id']);
