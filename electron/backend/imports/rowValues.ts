import type { z } from 'zod';
import type { CustomerCreateInput } from '../../../shared/api/customers';
import type { ParticipationCreateInput } from '../../../shared/api/participations';
import { isTotalsLabel } from '../../../shared/domain/import/totalsRow';
import { withoutFormulaGuard } from '../../../shared/domain/export/formulaGuard';
import { isAmbiguousNumber, parseDateText, parseNumberText, type DateOrder, type NumberStyle } from '../../../shared/domain/import/cellValues';
import { importFieldGroup, type ImportField } from '../../../shared/domain/import/columnMapping';
import { PARTICIPATION_ROLES, type BookingStatus, type ParticipationRole } from '../../../shared/domain/participation';
import { CustomerRow, ParticipationRow } from './rowSchemas';
import { intentFromText, kindsFromText, roleFromText, splitList, standTypeFromText, statusFromText } from './enumText';

// One spreadsheet row → the inputs the app's own create schemas accept, validated by those very
// schemas (shared/api/customers.ts, participations.ts): an imported row obeys the rules of a
// row typed in by hand. Problems come back per field, as error keys (translated per caller).

export type CustomerValues = z.output<typeof CustomerCreateInput>;
export type ParticipationValues = Omit<z.output<typeof ParticipationCreateInput>, 'customerId'> & {
  /**
   * The status came from the file, not the default for a new booking: only then may
   * "overwrite" change a stored booking's status (a list without a status column must not
   * turn a signed contract back into an enquiry).
   */
  statusGiven: boolean;
};

export interface RowIssue {
  field: ImportField | null;
  /** Error key ('err.email', 'err.import.unknownValue:xyz'). */
  key: string;
}

export interface RowValues {
  customer: CustomerValues | null;
  participation: ParticipationValues | null;
  issues: RowIssue[];
}

/** What every row of one import shares: the mapping and the edition. */
export interface RowContext {
  /** field → column index. */
  columns: Map<ImportField, number>;
  edition: { id: string; status: string } | null;
  dateOrder: DateOrder;
  /** The file's decimal mark, when its number columns tell (cellValues.detectNumberStyle). */
  numberStyle: NumberStyle | null;
  /** The status a dated row without one gets from its date column's title ("Contract date"). */
  dateImpliesStatus: BookingStatus | null;
  /** Participation parts already validated, by their input (see participationPart). */
  participations: Map<string, ParticipationParse>;
}

type ParticipationParse = { ok: true; value: ParticipationValues } | { ok: false; issues: RowIssue[] };

/**
 * Distinct participation inputs remembered per import. A list's participation columns mostly
 * repeat (role, status, hall, stand type), or are absent — then every row's part is the same.
 */
const PARTICIPATION_MEMO = 2000;

export const NUMBER_FIELDS: ReadonlySet<ImportField> = new Set<ImportField>(['standArea', 'listPrice', 'priceCharged', 'otherRevenue', 'satisfaction', 'leads', 'meetings']);
const CONTACT_KEYS: Partial<Record<ImportField, string>> = {
  contactName: 'name', contactTitle: 'title', contactPhone: 'phone', contactEmail: 'email', contactMessaging: 'messaging',
};
const CONTACT_FIELD_BY_KEY = Object.fromEntries(Object.entries(CONTACT_KEYS).map(([f, k]) => [k, f as ImportField]));
// A placeholder customer for validating a participation before its customer exists.
const SOME_ID = '00000000-0000-4000-8000-000000000000';

export function rowContext(
  mapping: readonly (ImportField | null)[],
  edition: RowContext['edition'],
  dateOrder: DateOrder,
  numberStyle: NumberStyle | null = null,
  dateImpliesStatus: BookingStatus | null = null,
): RowContext {
  const columns = new Map<ImportField, number>();
  mapping.forEach((f, col) => {
    if (f && !columns.has(f)) columns.set(f, col);
  });
  return { columns, edition, dateOrder, numberStyle, dateImpliesStatus, participations: new Map() };
}

type Converted = { ok: true; value: unknown } | { ok: false; key: string };

function unknownValue(text: string): Converted {
  return { ok: false, key: `err.import.unknownValue:${text.slice(0, 60)}` };
}

/** An area's unit after its number ("18 m²", "18平米"): the field is in square metres anyway. */
const AREA_UNIT = /\s*(m²|m2|㎡|sq\.?\s*m|sqm|square\s+met(er|re)s?|平方米|平米|平方)\s*$/i;

function convert(field: ImportField, rawText: string, order: DateOrder, style: NumberStyle | null): Converted {
  const text = field === 'standArea' ? rawText.replace(AREA_UNIT, '') : rawText;
  if (NUMBER_FIELDS.has(field)) {
    // "4.500" with nothing in the file to tell 4.5 from 4,500: the user says which, nothing is guessed.
    if (style === null && isAmbiguousNumber(text)) return { ok: false, key: `err.import.ambiguousNumber:${text.trim().slice(0, 40)}` };
    const n = parseNumberText(text, style);
    return n === null ? { ok: false, key: 'err.number' } : { ok: true, value: n };
  }
  switch (field) {
    case 'statusAt': {
      const d = parseDateText(text, order);
      // The file's own text, and the ways a date may be written (the form's YYYY-MM-DD alone misleads here).
      return d === null ? { ok: false, key: `err.import.date:${text.trim().slice(0, 40)}` } : { ok: true, value: d };
    }
    case 'kinds': {
      const k = kindsFromText(text);
      return k === null ? unknownValue(text) : { ok: true, value: k };
    }
    case 'tags':
      return { ok: true, value: splitList(text) };
    case 'role': {
      const v = roleFromText(text);
      return v === null ? unknownValue(text) : { ok: true, value: v };
    }
    case 'status': {
      const v = statusFromText(text);
      return v === null ? unknownValue(text) : { ok: true, value: v };
    }
    case 'standType': {
      const v = standTypeFromText(text);
      return v === null ? unknownValue(text) : { ok: true, value: v };
    }
    case 'intentToReturn': {
      const v = intentFromText(text);
      return v === null ? unknownValue(text) : { ok: true, value: v };
    }
    default:
      return { ok: true, value: text };
  }
}

/**
 * The status a participation gets when the file has none: a past or running show was attended;
 * else what its dated column says ("Contract date" 2026-03-01: contracted), else an enquiry.
 */
function defaultStatus(editionStatus: string, impliedByDate: BookingStatus | null): BookingStatus {
  return editionStatus === 'running' || editionStatus === 'closed' ? 'attended' : (impliedByDate ?? 'enquiry');
}

/**
 * Control characters that spreadsheets carry but no field accepts (the API refuses them):
 * a vertical tab or form feed — Excel's and Word's line break inside a cell — becomes a line
 * break, the others (NUL, escape, bell…) are dropped, so a pasted row imports as it reads.
 */
const ANY_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function withoutControls(text: string | null | undefined): string | null | undefined {
  // Most cells have none: one test instead of two replacements.
  if (!text || !ANY_CONTROL.test(text)) return text;
  return text.replace(/[\u000b\u000c]/g, '\n').replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '');
}

export function isBlankRow(cells: readonly (string | null)[]): boolean {
  for (const c of cells) if (c !== null && c.trim() !== '') return false;
  return true;
}

/**
 * What a row gives whatever the edition: its customer validated, its participation's fields
 * converted (validated with an edition only: rowWithEdition). Kept per row, so that choosing
 * another edition validates only the participations (importAnalysis.ts).
 */
export interface RowBase {
  customer: CustomerValues | null;
  /** The participation's fields from the file, converted (shared empty object when none). */
  participation: Readonly<Record<string, unknown>>;
  /** Problems of the cells and of the customer. */
  issues: RowIssue[];
}

const NO_FIELDS: Readonly<Record<string, unknown>> = Object.freeze({});

/** Validates one row. */
export function rowValues(cells: readonly (string | null)[], ctx: RowContext): RowValues {
  return rowWithEdition(rowBase(cells, ctx), ctx);
}

/** The part of a row's validation that does not depend on the edition. */
export function rowBase(cells: readonly (string | null)[], ctx: RowContext): RowBase {
  const issues: RowIssue[] = [];
  const customer: Record<string, unknown> = {};
  const contact: Record<string, unknown> = {};
  let participation: Record<string, unknown> | null = null;
  for (const [field, col] of ctx.columns) {
    const raw = withoutControls(cells[col]);
    if (raw === null || raw === undefined || raw.trim() === '') continue;
    // A CSV exported with the formula guard ('+86 …) comes back as it was stored.
    const text = withoutFormulaGuard(raw);
    const c = convert(field, text, ctx.dateOrder, ctx.numberStyle);
    if (!c.ok) {
      issues.push({ field, key: c.key });
      continue;
    }
    const group = importFieldGroup(field);
    if (group === 'customer') customer[field] = c.value;
    else if (group === 'contact') contact[CONTACT_KEYS[field]!] = c.value;
    else (participation ??= {})[field] = c.value;
  }
  if (Object.keys(contact).length > 0) customer.contacts = [contact];

  let customerOut: CustomerValues | null = null;
  const parsed = CustomerRow.safeParse(customer);
  if (parsed.success) {
    customerOut = parsed.data;
    if (isTotalsLabel(customerOut.companyName)) issues.push({ field: 'companyName', key: 'err.import.totalsRow' });
  } else {
    for (const issue of parsed.error.issues) {
      const [head, , sub] = issue.path;
      const field = (head === 'contacts' ? CONTACT_FIELD_BY_KEY[String(sub)] : (head as ImportField)) ?? null;
      // A field's first problem is enough.
      if (!issues.some((i) => i.field === field)) issues.push({ field, key: issue.message });
    }
  }
  return { customer: customerOut, participation: participation ?? NO_FIELDS, issues };
}

/** A row's values with the context's edition: its participation validated too. */
export function rowWithEdition(base: RowBase, ctx: RowContext): RowValues {
  let issues = base.issues;
  let participationOut: ParticipationValues | null = null;
  if (ctx.edition) {
    const kinds = (base.customer?.kinds ?? []) as string[];
    const p = participationPart(base.participation, kinds, ctx, ctx.edition);
    if (p.ok) participationOut = { ...p.value };
    else {
      issues = [...issues];
      for (const issue of p.issues) if (!issues.some((i) => i.field === issue.field)) issues.push(issue);
    }
  }
  return { customer: issues.length ? null : base.customer, participation: issues.length ? null : participationOut, issues };
}

/**
 * A row's participation, validated by the app's own schema. The result depends on the input
 * alone, so an input seen before in this import is not parsed again: measured on 100,000 rows
 * with no participation column, the parse of every row cost 1.3–1.7 s.
 */
function participationPart(
  participation: Readonly<Record<string, unknown>>,
  kinds: string[],
  ctx: RowContext,
  edition: { id: string; status: string },
): ParticipationParse {
  const role = (participation.role as ParticipationRole | undefined) ?? PARTICIPATION_ROLES.find((r) => kinds.includes(r)) ?? 'exhibitor';
  const statusGiven = participation.status !== undefined;
  const input = { ...participation, role, status: participation.status ?? defaultStatus(edition.status, participation.statusAt !== undefined ? ctx.dateImpliesStatus : null) };
  // Values are strings, numbers or lists of strings (convert()): JSON tells inputs apart; a
  // status given and the same status by default are not the same input.
  const key = (statusGiven ? 's' : 'd') + JSON.stringify(input);
  const known = ctx.participations.get(key);
  if (known) return known;
  const p = ParticipationRow.safeParse({ ...input, customerId: SOME_ID, editionId: edition.id });
  let out: ParticipationParse;
  if (p.success) {
    const { customerId: _omit, ...rest } = p.data;
    out = { ok: true, value: { ...rest, statusGiven } };
  } else {
    const issues: RowIssue[] = [];
    for (const issue of p.error.issues) {
      const field = (issue.path[0] as ImportField | undefined) ?? null;
      if (!issues.some((i) => i.field === field)) issues.push({ field, key: issue.message });
    }
    out = { ok: false, issues };
  }
  if (ctx.participations.size < PARTICIPATION_MEMO) ctx.participations.set(key, out);
  return out;
}

/** The stored values of a valid row, by field, for the preview. */
export function storedValues(v: RowValues): Partial<Record<ImportField, string | number | string[] | null>> {
  const out: Partial<Record<ImportField, string | number | string[] | null>> = {};
  const c = v.customer;
  if (c) {
    for (const f of ['companyName', 'legalName', 'industry', 'mainBusiness', 'products', 'country', 'region', 'city', 'address', 'website', 'phone', 'email', 'notes'] as const) {
      if (c[f] !== null && c[f] !== undefined) out[f] = c[f];
    }
    if (c.kinds.length) out.kinds = c.kinds;
    if (c.tags.length) out.tags = c.tags;
    const k = c.contacts[0];
    if (k) {
      out.contactName = k.name;
      if (k.title) out.contactTitle = k.title;
      if (k.phone) out.contactPhone = k.phone;
      if (k.email) out.contactEmail = k.email;
      if (k.messaging) out.contactMessaging = k.messaging;
    }
  }
  const p = v.participation;
  if (p) {
    for (const f of ['role', 'standNumber', 'hall', 'standArea', 'standType', 'listPrice', 'priceCharged', 'otherRevenue', 'status', 'statusAt', 'cancelReason', 'satisfaction', 'intentToReturn', 'feedback', 'leads', 'meetings'] as const) {
      const val = p[f];
      if (val !== null && val !== undefined) out[f] = val;
    }
  }
  return out;
}
