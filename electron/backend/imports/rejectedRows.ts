import path from 'node:path';
import { ApiFailure } from '../../../shared/api/result';
import { columnLetters } from '../../../shared/domain/sheet/columnLetters';
import { translateError, type Language } from '../../../shared/i18n/errors';
import { writeTable, type ExportColumn } from '../excel/write/writeTable';
import type { Analysis } from './importAnalysis';
import { headersOf } from './importService';
import type { ImportSession } from './importSessions';

// The rows an import rejects, written back as a table with the file's own header and a
// "reason" column: the user fixes them in Excel and imports that file again (the reason
// column is not mapped, and a template still matches: importTemplates ignores it).

export const REASON_HEADER: Record<Language, string> = { en: 'Reason', zh: '原因' };
/** A column without a title, named as the user finds it in Excel. */
const UNTITLED: Record<Language, (letters: string) => string> = { en: (l) => `Column ${l}`, zh: (l) => `${l} 列` };
const titleOf = (headers: (string | null)[], col: number, lang: Language) => headers[col] ?? UNTITLED[lang](columnLetters(col));

export function rejectionReason(s: ImportSession, r: Analysis['rows'][number], lang: Language): string {
  const headers = headersOf(s);
  return r.values.issues
    .map((i) => {
      const col = i.field && s.mapping ? s.mapping.indexOf(i.field) : -1;
      const where = col >= 0 ? titleOf(headers, col, lang) : (i.field ?? '');
      const msg = translateError(i.key, lang);
      return where ? `${where}: ${msg}` : msg;
    })
    .join('; ');
}

export async function writeRejected(s: ImportSession, analysis: Analysis, file: string, format: 'xlsx' | 'csv' | undefined, lang: Language): Promise<{ path: string; rows: number }> {
  if (!path.isAbsolute(file)) throw new ApiFailure('invalid_input', 'err.invalidInput', { path: 'err.absolutePath' });
  const headers = headersOf(s);
  const columns: ExportColumn[] = [
    ...headers.map((_, i) => ({ header: titleOf(headers, i, lang), kind: 'text' as const })),
    { header: REASON_HEADER[lang], kind: 'text', width: 60 },
  ];
  const rejected = analysis.rows.filter((r) => !r.values.customer);
  const rows = rejected.map((r) => {
    const cells = s.content.rows[r.index] ?? [];
    return [...headers.map((_, i) => cells[i] ?? null), rejectionReason(s, r, lang)];
  });
  const fmt = format ?? (/\.csv$/i.test(file) ? 'csv' : 'xlsx');
  const written = await writeTable({ path: file, format: fmt, sheetName: lang === 'zh' ? '未导入的行' : 'Rejected rows', columns, rows });
  return { path: file, rows: written.rows };
}
