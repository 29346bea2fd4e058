import { IMPORT_FIELDS, importFieldGroup, type ImportField, type ImportFieldGroup } from '@shared/domain/import/columnMapping';
import type { TFunction } from 'i18next';

export const NOT_IMPORTED = '__none';
const GROUPS: ImportFieldGroup[] = ['customer', 'contact', 'participation'];

/** The fields a column can be imported as, grouped customer / contact / participation. */
export function fieldOptions(t: TFunction) {
  return [
    { value: NOT_IMPORTED, label: t('columns.notImported') },
    ...GROUPS.map((g) => ({
      group: t(`columns.groups.${g}`),
      items: IMPORT_FIELDS.filter((f) => importFieldGroup(f) === g).map((f) => ({ value: f, label: t(`fields.${f}`) })),
    })),
  ];
}

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A stored value as text for the tables (lists joined, numbers as they are). */
export function valueText(v: string | number | string[] | null | undefined): string {
  if (v === null || v === undefined) return '';
  return Array.isArray(v) ? v.join(', ') : String(v);
}

export function isField(v: string | null): v is ImportField {
  return !!v && (IMPORT_FIELDS as string[]).includes(v);
}
