/**
 * One table to a file: .xlsx (streamed; frozen bold filled header, autofilter, widths, number
 * and date formats) or .csv (UTF-8 with BOM, RFC 4180, formula guard). Rows are consumed from an
 * iterable one at a time, so a caller can stream them straight from SQLite.
 */
import { writeAtomically } from './atomicFile';
import type { ExportColumn } from './columns';
import { writeCsv } from './csvWriter';
import { XlsxBook } from './xlsxBook';

export type { ExportColumn, ExportColumnKind } from './columns';

export interface WriteTableOptions {
  path: string;
  format: 'xlsx' | 'csv';
  sheetName: string;
  columns: ExportColumn[];
  rows: Iterable<readonly unknown[]> | AsyncIterable<readonly unknown[]>;
  /** The number format of 'money' columns (xlsx; moneyNumFmt); plain numbers without it. */
  moneyFormat?: string;
  /** Columns frozen at the left besides the header row (xlsx). */
  freezeColumns?: number;
  progress?: (rows: number) => void;
  /** Polled every few hundred rows; true stops with JobCancelled and leaves no file. */
  cancelled?: () => boolean;
}

export async function writeTable(opts: WriteTableOptions): Promise<{ rows: number; bytes: number }> {
  const { result, bytes } = await writeAtomically(opts.path, async (partial) => {
    if (opts.format === 'csv') return writeCsv({ ...opts, path: partial });
    const book = new XlsxBook(partial, { moneyFormat: opts.moneyFormat });
    try {
      const rows = await book.addTable({ name: opts.sheetName, columns: opts.columns, rows: opts.rows, freezeColumns: opts.freezeColumns, progress: opts.progress, cancelled: opts.cancelled });
      await book.finish();
      return rows;
    } catch (e) {
      await book.abort();
      throw e;
    }
  });
  return { rows: result, bytes };
}
