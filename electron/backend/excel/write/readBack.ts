/**
 * Test helper: reads a written workbook back with SheetJS (the reader the issue names) and
 * exposes the raw XML parts, so tests check values, types and the sheet XML (frozen pane,
 * autofilter) of what was really written.
 */
import XLSX from 'xlsx';

export interface ReadBack {
  sheetNames: string[];
  /** Cell objects by sheet name and A1 address: t = 's' | 'n' | 'd' | 'b', v = value, z = format. */
  sheet(name: string): XLSX.WorkSheet;
  /** Row arrays (raw values, dates as Date) of a sheet. */
  rows(name: string): unknown[][];
  /** Text of one part of the zip, e.g. 'xl/worksheets/sheet1.xml'. */
  part(path: string): string;
}

interface CfbFile {
  content?: Uint8Array;
}

export function readBack(file: string): ReadBack {
  const wb = XLSX.readFile(file, { cellDates: true, cellNF: true, bookFiles: true });
  const files = (wb as unknown as { files: Record<string, CfbFile> }).files;
  return {
    sheetNames: wb.SheetNames,
    sheet: (name) => {
      const ws = wb.Sheets[name];
      if (!ws) throw new Error(`no sheet ${name}`);
      return ws;
    },
    rows: (name) => XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1, raw: true, defval: null }),
    part: (path) => {
      const f = files[path];
      if (!f?.content) throw new Error(`no part ${path}`);
      return Buffer.from(f.content).toString('utf8');
    },
  };
}
