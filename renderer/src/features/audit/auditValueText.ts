import type { AuditValue } from '@shared/api/audit';
import type { AuditTable } from '@shared/domain/audit';
import {
  BOOKING_STATUS_LABELS,
  COMPLAINT_STATE_LABELS,
  CUSTOMER_KIND_LABELS,
  CUSTOMER_SOURCE_LABELS,
  INTERACTION_DIRECTION_LABELS,
  INTERACTION_TYPE_LABELS,
  PARTICIPATION_ROLE_LABELS,
  PARTNER_TYPE_LABELS,
  RETURN_INTENT_LABELS,
  SCREENING_STATUS_LABELS,
  SIZE_BAND_LABELS,
  STAGE_LABELS,
  STAND_TYPE_LABELS,
} from '@shared/i18n/enumLabels';
import type { Language } from '@shared/i18n/errors';

// How a value of the history reads: the backend sends stored values (enum codes such as
// "no_show", a customer's kinds as "exhibitor, partner", a deleted record as
// "exhibitor · enquiry · A12"); users read them as the app names them everywhere else.

type Labels = Record<Language, Readonly<Record<string, string>>>;

/** Fields whose values are enum codes, by the API's field name. */
const ENUM_FIELDS: Readonly<Record<string, Labels>> = {
  stage: STAGE_LABELS,
  partnerType: PARTNER_TYPE_LABELS,
  sizeBand: SIZE_BAND_LABELS,
  source: CUSTOMER_SOURCE_LABELS,
  screeningStatus: SCREENING_STATUS_LABELS,
  role: PARTICIPATION_ROLE_LABELS,
  status: BOOKING_STATUS_LABELS,
  standType: STAND_TYPE_LABELS,
  intentToReturn: RETURN_INTENT_LABELS,
  type: INTERACTION_TYPE_LABELS,
  direction: INTERACTION_DIRECTION_LABELS,
  complaintState: COMPLAINT_STATE_LABELS,
};

/** The parts of a deleted record's line (auditFields.ts recordText): which are enum codes, in order. */
const RECORD_PARTS: Partial<Record<AuditTable, readonly (Labels | 'moment' | null)[]>> = {
  participation: [PARTICIPATION_ROLE_LABELS, BOOKING_STATUS_LABELS, null],
  interaction: [INTERACTION_TYPE_LABELS, 'moment', null],
};

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T/;
const RECORD_SEP = ' · ';

export interface ValueFormat {
  lang: Language;
  /** An ISO moment as the user's date and time. */
  dateTime: (iso: string) => string;
}

const label = (labels: Labels, code: string, lang: Language) => labels[lang][code] ?? code;

function recordText(table: AuditTable, text: string, f: ValueFormat): string {
  const kinds = RECORD_PARTS[table];
  if (!kinds) return text;
  const parts = text.split(RECORD_SEP);
  // The last part (a stand number, a summary) is free text and may itself hold the separator.
  const head = parts.slice(0, kinds.length - 1);
  const rest = parts.slice(kinds.length - 1).join(RECORD_SEP);
  const shown = head.map((p, i) => {
    const kind = kinds[i];
    if (kind === 'moment') return ISO_MOMENT.test(p) ? f.dateTime(p) : p;
    return kind ? label(kind, p, f.lang) : p;
  });
  return [...shown, ...(rest === '' ? [] : [rest])].join(RECORD_SEP);
}

/** The value as shown, or null when there is none (the caller says "empty"). */
export function auditValueText(table: AuditTable, field: string, value: AuditValue, f: ValueFormat): string | null {
  if (value === null || value === '') return null;
  const text = String(value);
  if (table === 'settings') return text;
  if (field === 'record') return recordText(table, text, f);
  if (table === 'customer' && field === 'kinds') {
    return text
      .split(', ')
      .map((k) => label(CUSTOMER_KIND_LABELS, k, f.lang))
      .join(f.lang === 'zh' ? '、' : ', ');
  }
  const labels = ENUM_FIELDS[field];
  if (labels) return label(labels, text, f.lang);
  if (field.endsWith('At') && ISO_MOMENT.test(text)) return f.dateTime(text);
  return text;
}
