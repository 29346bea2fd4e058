import type { InputOf } from '@shared/api';
import type { ExportKind, ExportTable, TableExportInput } from '@shared/api/exports';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What an export menu writes: one on-screen table as it is shown, or the value-assessment workbook. */
export type ExportTarget =
  | ({ kind: 'table'; label?: string } & DistributiveOmit<TableExportInput, 'format' | 'lang' | 'path'>)
  | { kind: 'workbook'; label?: string; input: Omit<InputOf<'exports.valueWorkbook'>, 'lang' | 'path'> };

/** The suggested file name's kind (exports.suggestPath). */
export const SUGGEST_KIND: Record<ExportTable, ExportKind> = {
  customers: 'customers',
  value: 'valueTable',
  participants: 'participants',
  segment: 'segment',
  tasks: 'tasks',
};
