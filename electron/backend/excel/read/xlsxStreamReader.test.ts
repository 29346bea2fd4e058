// The streaming .xlsx reader on a file ExcelJS writes (shared strings, styles, a merge, an empty first sheet).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxStreaming, StreamingUnsupported } from './xlsxStreamReader';
import { readSpreadsheet } from './readSpreadsheet';
import type { ParseRequest } from './spreadsheetTypes';

let dir = '';
let file = '';
const req = (over: Partial<ParseRequest> = {}): ParseRequest => ({
  file,
  mode: 'read',
  sheet: null,
  maxBytes: 1e8,
  maxRows: 1000,
  maxColumns: 100,
  streaming: true,
  handOverEvery: 0,
  ...over,
});

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excrm-xlsx-stream-'));
  file = path.join(dir, 'list.xlsx');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  wb.addWorksheet('Empty').commit();
  const ws = wb.addWorksheet('客户');
  ws.addRow(['Exhibitors 2025']).commit();
  ws.addRow([]).commit();
  ws.addRow(['Company', 'Zip', 'Phone', 'ID', 'Signed', 'Amount', 'Total', 'Rich', 'Paid', 'Hall']).commit();
  const r = ws.addRow(['Alpha', 10010, '013800138000', 123456789012345, new Date(Date.UTC(2025, 2, 1)), 1234.5, { formula: 'F4*2', result: 2469 }, { richText: [{ text: 'Bold ' }, { text: 'part' }] }, true, 'Hall 1']);
  r.getCell(2).numFmt = '000000';
  r.getCell(5).numFmt = 'yyyy-mm-dd';
  r.getCell(6).numFmt = '#,##0.00';
  const r2 = ws.addRow(['Beta', 501, null, 1e21, 45717, 0.1 + 0.2, null, null, false, null]);
  ws.mergeCells('J4:J5');
  r.commit();
  r2.commit();
  ws.commit();
  await wb.commit();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('readXlsxStreaming', () => {
  const expected = [
    ['Exhibitors 2025', null, null, null, null, null, null, null, null, null],
    Array(10).fill(null),
    ['Company', 'Zip', 'Phone', 'ID', 'Signed', 'Amount', 'Total', 'Rich', 'Paid', 'Hall'],
    ['Alpha', '010010', '013800138000', '123456789012345', '2025-03-01', '1,234.50', '2469', 'Bold part', 'TRUE', 'Hall 1'],
    ['Beta', '501', null, '1000000000000000000000', '45717', '0.3', null, null, 'FALSE', null],
  ];

  it('reads what the user sees, skipping the empty first sheet', async () => {
    const c = await readXlsxStreaming(req());
    expect(c.sheets).toEqual([
      { name: 'Empty', rows: 0 },
      { name: '客户', rows: 5 },
    ]);
    expect(c.sheet).toBe('客户');
    expect(c.rows).toEqual(expected);
  });

  it('gives the same rows through the reading thread', async () => {
    expect((await readSpreadsheet(file)).rows).toEqual(expected);
  });

  it('a named sheet, the sheet list, and the limits', async () => {
    await expect(readXlsxStreaming(req({ sheet: 'Empty' }))).resolves.toMatchObject({ sheet: 'Empty', rows: [] });
    await expect(readXlsxStreaming(req({ sheet: 'Nope' }))).rejects.toMatchObject({ code: 'sheetMissing' });
    await expect(readXlsxStreaming(req({ mode: 'sheets' }))).resolves.toMatchObject({ rows: [], sheets: [{ name: 'Empty' }, { name: '客户' }] });
    await expect(readXlsxStreaming(req({ maxRows: 4 }))).rejects.toMatchObject({ code: 'tooManyRows' });
    await expect(readXlsxStreaming(req({ maxColumns: 9 }))).rejects.toMatchObject({ code: 'tooManyColumns' });
  });

  it('gives up (for SheetJS to take over) on what it cannot read', async () => {
    const notZip = path.join(dir, 'x.xlsx');
    fs.writeFileSync(notZip, '%PDF-1.4 nothing');
    await expect(readXlsxStreaming(req({ file: notZip }))).rejects.toBeInstanceOf(StreamingUnsupported);
  });
});
