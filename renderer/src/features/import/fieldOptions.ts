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

/** A stored value as text for the tables (lists joined, numbers as they are). */
export function valueText(v: string | number | string[] | null | undefined): string {
  if (v === null || v === undefined) return '';
  return Array.isArray(v) ? v.join(', ') : String(v);
}

export function isField(v: string | null): v is ImportField {
  return !!v && (IMPORT_FIELDS as string[]).includes(v);
}
