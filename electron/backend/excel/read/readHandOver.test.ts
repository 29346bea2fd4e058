// Rows handed over while a sheet is still being read (ReadOptions.onRows): the caller gets
// checked rows ahead of the answer, they are the answer's own rows, and the answer is the
// same as without a hand-over — also when the streaming reader gives up half-way and SheetJS
// reads the file again.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSpreadsheet } from './readSpreadsheet';

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excrm-handover-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** An .xlsx whose sheet holds `rows` rows of the given cells (row r: cells(r)), inline strings. */
async function sheetFile(name: string, rows: number, cells: (r: number) => string): Promise<string> {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['x']]), 'Customers');
  const zip = await JSZip.loadAsync(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}">${cells(r)}</row>`);
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${parts.join('')}</sheetData></worksheet>`,
  );
  const file = path.join(dir, name);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

const text = (ref: string, v: string) => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;

interface Heard {
  parts: { sheet: string; from: number; rows: (string | null)[][] }[];
  resets: number;
  /** Parts received in all, forgotten ones included. */
  received: number;
}

function listener(every: number) {
  const heard: Heard = { parts: [], resets: 0, received: 0 };
  return {
    heard,
    onRows: {
      every,
      rows: (sheet: string, from: number, rows: (string | null)[][]) => {
        heard.received++;
        heard.parts.push({ sheet, from, rows: [...rows] });
      },
      reset: () => {
        heard.resets++;
        heard.parts = [];
      },
    },
  };
}

describe('rows handed over while reading', () => {
  it('come in order, checked, as the answer\'s own rows; the answer is the same as without', async () => {
    // Rows of different widths (every third has a fourth column), a gap, phones with zeros.
    const file = await sheetFile('list.xlsx', 2500, (r) =>
      r === 1200
        ? ''
        : text(`A${r}`, `Firm ${r}`) + text(`B${r}`, `0${7550000 + r}`) + (r % 3 === 0 ? text(`D${r}`, `note ${r}`) : ''),
    );
    const { heard, onRows } = listener(700);
    const withParts = await readSpreadsheet(file, { onRows });
    const plain = await readSpreadsheet(file);

    expect(withParts).toEqual(plain);
    expect(plain.rows).toHaveLength(2500);
    expect(plain.rows[0]).toEqual(['Firm 1', '07550001', null, null]);
    expect(plain.rows[1199]).toEqual([null, null, null, null]);
    // Three full parts came ahead (2,100 rows); the rest came with the answer.
    expect(heard.parts.map((p) => [p.sheet, p.from, p.rows.length])).toEqual([
      ['Customers', 0, 700],
      ['Customers', 700, 700],
      ['Customers', 1400, 700],
    ]);
    for (const p of heard.parts) p.rows.forEach((row, i) => expect(row).toBe(withParts.rows[p.from + i]));
    expect(heard.resets).toBe(1); // once, as the reading began
  });

  it('are not held by the reader, yet the widest of them sets every row\'s width', async () => {
    // Only row 3 reaches column F; it is handed over (and released) long before the answer.
    const file = await sheetFile('wide-early.xlsx', 1500, (r) => text(`A${r}`, `Firm ${r}`) + (r === 3 ? text(`F${r}`, 'far') : ''));
    const { heard, onRows } = listener(700);
    const withParts = await readSpreadsheet(file, { onRows });
    const plain = await readSpreadsheet(file);

    expect(withParts).toEqual(plain);
    expect(heard.parts.map((p) => p.from)).toEqual([0, 700]);
    expect(plain.rows[2]).toEqual(['Firm 3', null, null, null, null, 'far']);
    expect(plain.rows[1499]).toEqual(['Firm 1500', null, null, null, null, null]);
  });

  it('come only from a sheet holding a list: a cover sheet with one line far down is still passed over', async () => {
    // Found by a differential check: with a hand-over every 2,000 rows, a cover sheet whose one
    // line is in row 2,500 was handed over, and so taken for the list.
    const wb = XLSX.utils.book_new();
    const cover: (string | null)[][] = Array.from({ length: 2499 }, () => []);
    cover.push(['Prepared by the sales office']);
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(cover), 'Cover');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Company', 'Phone'], ...Array.from({ length: 30 }, (_, i) => [`Firm ${i}`, `0755${i}`])]), 'List');
    const file = path.join(dir, 'cover-far.xlsx');
    XLSX.writeFile(wb, file);
    const { heard, onRows } = listener(2000);
    const withParts = await readSpreadsheet(file, { onRows });
    const plain = await readSpreadsheet(file);

    expect(plain.sheet).toBe('List');
    expect(withParts).toEqual(plain);
    expect(heard.received).toBe(0);
  });

  it('are forgotten when the streaming reader gives up half-way and SheetJS reads the file', async () => {
    // An absolute cell reference ($A$900) is past what the streaming reader reads.
    const file = await sheetFile('absolute.xlsx', 1000, (r) => text(r === 900 ? '$A$900' : `A${r}`, `Firm ${r}`));
    const { heard, onRows } = listener(300);
    const withParts = await readSpreadsheet(file, { onRows });
    const plain = await readSpreadsheet(file);

    expect(withParts).toEqual(plain);
    expect(withParts.rows[899]).toEqual(['Firm 900']);
    // Rows 1-600 came ahead, then were forgotten when SheetJS took over (reset 2 of 2; the
    // first is the reading's start); SheetJS hands nothing over.
    expect(heard.received).toBe(2);
    expect(heard.resets).toBe(2);
    expect(heard.parts).toEqual([]);
  });
});
