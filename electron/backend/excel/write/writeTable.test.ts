import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/helpers/tempBackend';
import { readBack } from './readBack';
import { XlsxBook } from './xlsxBook';
import { writeTable, type ExportColumn } from './writeTable';

const dir = tempDir('excrm-write-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const HOSTILE = ["=cmd|' /C calc'!A0", '+1', '-1+1', '@SUM(1)', '\t=1', '\r=1'];

const columns: ExportColumn[] = [
  { header: 'Name', kind: 'text' },
  { header: 'Count', kind: 'integer' },
  { header: 'Score', kind: 'number' },
  { header: 'Revenue', kind: 'money' },
  { header: 'Share', kind: 'percent' },
  { header: 'Day', kind: 'date' },
  { header: 'Phone', kind: 'text' },
];

const rows: unknown[][] = [
  ['Acme GmbH', 3, 72.5, 12345.67, 0.25, '2026-11-22', '0049123456'],
  ['上海展览有限公司', 0, -4, -250, 1, '2020-02-29', '+86 21 5555 0000'],
  ...HOSTILE.map((name, i) => [name, i, null, null, null, null, null]),
];

describe('writeTable xlsx', () => {
  it('round-trips every value with its type, and writes header, frozen pane, autofilter', async () => {
    const file = path.join(dir, 'table.xlsx');
    const out = await writeTable({ path: file, format: 'xlsx', sheetName: 'Customers', columns, rows });
    expect(out.rows).toBe(rows.length);
    expect(out.bytes).toBe(fs.statSync(file).size);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);

    const book = readBack(file);
    expect(book.sheetNames).toEqual(['Customers']);
    const ws = book.sheet('Customers');
    expect(book.rows('Customers')[0]).toEqual(columns.map((c) => c.header));
    expect(ws['A2']).toMatchObject({ t: 's', v: 'Acme GmbH' });
    expect(ws['B2']).toMatchObject({ t: 'n', v: 3 });
    expect(ws['C2']).toMatchObject({ t: 'n', v: 72.5 });
    expect(ws['D2']).toMatchObject({ t: 'n', v: 12345.67, z: '#,##0.00' });
    expect(ws['E2']).toMatchObject({ t: 'n', v: 0.25, z: '0.0%' });
    expect(ws['F2'].t).toBe('d');
    expect((ws['F2'].v as Date).toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(ws['G2']).toMatchObject({ t: 's', v: '0049123456' });
    // A negative amount is a number, not text starting with '-'.
    expect(ws['D3']).toMatchObject({ t: 'n', v: -250 });
    expect(ws['C3']).toMatchObject({ t: 'n', v: -4 });
    expect(ws['G3']).toMatchObject({ t: 's', v: '+86 21 5555 0000' });
    expect((ws['F3'].v as Date).toISOString()).toBe('2020-02-29T00:00:00.000Z');

    // Hostile names: string cells holding exactly the text, never a formula.
    HOSTILE.forEach((name, i) => {
      const cell = ws[`A${i + 4}`];
      expect(cell).toMatchObject({ t: 's', v: name });
      expect(cell.f).toBeUndefined();
    });
    const xml = book.part('xl/worksheets/sheet1.xml');
    expect(xml).not.toContain('<f>');
    expect(xml).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"/);
    // The filter spans the table (header to last row); the header prints on every page.
    expect(xml).toContain(`<autoFilter ref="A1:G${rows.length + 1}"`);
    const workbook = book.part('xl/workbook.xml');
    expect(workbook).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Customers'!$A$1:$G$${rows.length + 1}</definedName>`);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Customers'!$1:$1</definedName>`);
    expect(xml).toMatch(/<col [^>]*width=/);
    // The header row is bold and filled.
    const styles = book.part('xl/styles.xml');
    expect(styles).toContain('<b/>');
    expect(styles).toContain('FFDCE6F1');
  });

  it('fits the column widths to the first rows: long names shown, big amounts never ####', async () => {
    const file = path.join(dir, 'widths.xlsx');
    const long = 'Guangzhou Harbour Lighting Import & Export Trading Co., Ltd.';
    function* rowsOf() {
      yield ['Acme', 12.5, 'x'];
      yield [long, -1_234_567.89, 'y'];
      for (let i = 0; i < 500; i++) yield [`Firm ${i}`, i, 'z'];
    }
    const out = await writeTable({
      path: file,
      format: 'xlsx',
      sheetName: 'Widths',
      columns: [{ header: 'Company', kind: 'text' }, { header: 'Revenue', kind: 'money' }, { header: 'Note', kind: 'text', width: 30 }],
      rows: rowsOf(),
      moneyFormat: '"CN¥"#,##0.00',
    });
    expect(out.rows).toBe(502); // the rows read ahead for the widths are written too, once
    const widths = [...readBack(file).part('xl/worksheets/sheet1.xml').matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    // Text grows to at most 50; "-CN¥1,234,567.89" (16) fits with room; a set width stays.
    expect(widths).toEqual([50, 18, 30]);
    expect(readBack(file).rows('Widths').map((r) => r[0])).toEqual(['Company', 'Acme', long, ...Array.from({ length: 500 }, (_, i) => `Firm ${i}`)]);
  });

  it('widens a free sheet’s column where an amount would not fit, and keeps text columns as set', async () => {
    const file = path.join(dir, 'free.xlsx');
    const book = new XlsxBook(file, { moneyFormat: '"CN¥"#,##0.00' });
    book.addFreeSheet('Summary', [10, 8], [
      [{ value: 'A note much longer than its column, running on over the empty cells', style: 'note' }],
      [{ value: 'Revenue', style: 'label' }, { value: 123_456_789.5, kind: 'money' }],
    ]);
    await book.finish();
    const widths = [...readBack(file).part('xl/worksheets/sheet1.xml').matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([10, 19]); // "CN¥123,456,789.50" is 17
  });

  it('consumes rows from a generator and writes an empty table with just the header', async () => {
    function* many() {
      for (let i = 0; i < 1000; i++) yield [`row ${i}`, i, i / 3, i * 1.5, i / 1000, '2026-01-01', null];
    }
    const file = path.join(dir, 'many.xlsx');
    const seen: number[] = [];
    const out = await writeTable({ path: file, format: 'xlsx', sheetName: 'Many', columns, rows: many(), progress: (n) => seen.push(n) });
    expect(out.rows).toBe(1000);
    expect(seen.at(-1)).toBe(1000);
    expect(readBack(file).rows('Many')).toHaveLength(1001);

    const empty = path.join(dir, 'empty.xlsx');
    await writeTable({ path: empty, format: 'xlsx', sheetName: 'Empty', columns, rows: [] });
    expect(readBack(empty).rows('Empty')).toEqual([columns.map((c) => c.header)]);
  });

  it('keeps awkward text exactly: control characters, _xHHHH_ look-alikes, markup, edge spaces; the zip checks out', async () => {
    const awkward = ['a\u0001b\u001f', 'x_x0041_y', '  lead', 'A & B <c> "d"', 'tab\there', 'line\nbreak', 'trail ', '😀 emoji', '\u4e2d\u6587'];
    const file = path.join(dir, 'awkward.xlsx');
    await writeTable({ path: file, format: 'xlsx', sheetName: 'A & <B>', columns: [{ header: 'Name & <tag>', kind: 'text' }], rows: awkward.map((n) => [n]) });
    const book = readBack(file);
    expect(book.sheetNames).toEqual(['A & <B>']);
    expect(book.rows('A & <B>')).toEqual([['Name & <tag>'], ...awkward.map((n) => [n])]);
    // ExcelJS reads it too (its readFile needs every cell's reference; it leaves _xHHHH_ escapes as they are).
    const wb = await new ExcelJS.Workbook().xlsx.readFile(file);
    expect(wb.worksheets[0]!.getCell('A5').value).toBe(awkward[3]);
    expect(wb.worksheets[0]!.getCell('A9').value).toBe(awkward[7]);
    // Every entry's CRC and sizes are right (JSZip checks them when asked).
    const zip = await JSZip.loadAsync(fs.readFileSync(file), { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']));
  });

  it('cancelling leaves no file behind', async () => {
    function* endless() {
      for (let i = 0; ; i++) yield [`row ${i}`, i];
    }
    const file = path.join(dir, 'cancelled.xlsx');
    let polls = 0;
    await expect(writeTable({ path: file, format: 'xlsx', sheetName: 'X', columns, rows: endless(), cancelled: () => ++polls > 3 })).rejects.toThrow('cancelled');
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
  });

  it('cancelled, closes the rows’ source: a SQLite statement still iterating would keep its connection busy', async () => {
    const db = new Database(':memory:');
    try {
      db.exec('CREATE TABLE t (name TEXT, n INTEGER)');
      const insert = db.prepare('INSERT INTO t VALUES (?, ?)');
      for (let i = 0; i < 2000; i++) insert.run(`row ${i}`, i);
      const rows = db.prepare('SELECT name, n FROM t ORDER BY n').raw().iterate() as Iterable<unknown[]>;
      let polls = 0;
      const file = path.join(dir, 'cancelled-sql.xlsx');
      await expect(writeTable({ path: file, format: 'xlsx', sheetName: 'X', columns, rows, cancelled: () => ++polls > 2 })).rejects.toThrow('cancelled');
      // The connection answers again: the iterator was returned, not left open.
      expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(2000);
    } finally {
      db.close();
    }
  });
});

describe('writeTable csv', () => {
  it('writes UTF-8 with BOM, RFC 4180 quoting, CRLF and guards formulas but not numbers', async () => {
    const file = path.join(dir, 'table.csv');
    const out = await writeTable({
      path: file,
      format: 'csv',
      sheetName: 'ignored',
      columns: [{ header: '公司名称', kind: 'text' }, { header: 'Amount', kind: 'money' }, { header: 'Day', kind: 'date' }],
      rows: [
        ['Say "hi", then\nleave', -12.5, '2026-11-22'],
        ...HOSTILE.map((h) => [h, null, null]),
      ],
    });
    expect(out.rows).toBe(1 + HOSTILE.length);
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('公司名称,Amount,Day');
    expect(lines[1]).toBe('"Say ""hi"", then\nleave",-12.50,2026-11-22');
    expect(lines.slice(2, 2 + HOSTILE.length)).toEqual([
      `"'=cmd|' /C calc'!A0",,`,
      `"'+1",,`,
      `"'-1+1",,`,
      `"'@SUM(1)",,`,
      `"'\t=1",,`,
      `"'\r=1",,`,
    ]);
    expect(lines.at(-1)).toBe('');
  });

  it('writes numbers to the decimals the workbook shows, never as text', async () => {
    const file = path.join(dir, 'figures.csv');
    await writeTable({
      path: file,
      format: 'csv',
      sheetName: 'ignored',
      columns: [
        { header: 'Probability', kind: 'percent' },
        { header: 'Score', kind: 'number', numFmt: '0.0' },
        { header: 'Capability', kind: 'number', numFmt: '0.0#' },
        { header: 'Raw', kind: 'number' },
        { header: 'Count', kind: 'integer' },
      ],
      rows: [[0.9197944668563154, 75.04999, 4.125, 1.23456789, 1234], [0.00014321, 0, -0.0004, null, -0]],
    });
    const lines = fs.readFileSync(file, 'utf8').slice(1).split('\r\n');
    // 92.0 %, 75.0, 4.13 (two places at most), General in full, a count as it is.
    expect(lines[1]).toBe('0.92,75,4.13,1.23456789,1234');
    // A tiny share is not rounded away; zero stays zero.
    expect(lines[2]).toBe('0.000143,0,-0.0004,,0');
  });
});
