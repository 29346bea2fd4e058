// The bad-file corpus (test/fixtures/import, issue 6 item 5) and the messy-but-good files,
// each read through the real reading thread.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { FILES_DIR, GBK_ROWS, writeGridCsv, writeGridXlsx, writeHugeFile } from '../../../../test/fixtures/import/generate';
import { translateError } from '../../../../shared/i18n/errors';
import { activeReadThreads, listSheets, readSpreadsheet, SpreadsheetError, type SpreadsheetContent } from './readSpreadsheet';

const file = (name: string) => path.join(FILES_DIR, name);

async function failure(p: string, opts?: Parameters<typeof readSpreadsheet>[1]): Promise<SpreadsheetError> {
  try {
    await readSpreadsheet(p, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(SpreadsheetError);
    return e as SpreadsheetError;
  }
  throw new Error(`${p} was read`);
}

async function threadsGone(): Promise<void> {
  for (let i = 0; i < 100 && activeReadThreads() > 0; i++) await new Promise((r) => setTimeout(r, 50));
  expect(activeReadThreads()).toBe(0);
}

function untouched(): void {
  expect(Object.isFrozen(Object.prototype)).toBe(false);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.toString.call([])).toBe('[object Array]');
  expect(Object.keys(Object.prototype)).toEqual([]);
}

describe('bad files get a clear error, never hurt the app', () => {
  it.each([
    ['empty.csv', 'empty'],
    ['blank.csv', 'empty'],
    ['renamed-pdf.xlsx', 'notSpreadsheet'],
    ['corrupt-zip.xlsx', 'corrupt'],
    ['encrypted.xlsx', 'encrypted'],
  ] as const)('%s → %s', async (name, code) => {
    const e = await failure(file(name));
    expect(e.code).toBe(code);
    expect(e.key).toBe(`err.import.${code}`);
    // The message is the user's, in both languages.
    expect(translateError(e.key, 'en')).not.toBe(e.key);
    expect(translateError(e.key, 'zh')).toMatch(/[\u4e00-\u9fff]/);
    untouched();
  });

  it('a missing file and a folder are unreadable', async () => {
    expect((await failure(path.join(os.tmpdir(), 'no-such-file.xlsx'))).code).toBe('unreadable');
    expect((await failure(FILES_DIR)).code).toBe('unreadable');
  });

  it('an unknown sheet name is reported as such', async () => {
    expect((await failure(file('title-rows.xlsx'), { sheet: 'Nope' })).code).toBe('sheetMissing');
    expect((await failure(file('utf8-bom.csv'), { sheet: 'Nope' })).code).toBe('sheetMissing');
  });

  it('a crafted prototype-pollution workbook is read as plain text and pollutes nothing', async () => {
    const c = await readSpreadsheet(file('pollution.xlsx'));
    expect(c.sheets.map((s) => s.name)).toEqual(['__proto__', 'constructor']);
    expect(c.rows).toEqual([
      ['__proto__', 'constructor'],
      ['polluted', 'prototype'],
    ]);
    expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(c.rows[0])).toBe(Array.prototype);
    // A sheet named like a property of Object.prototype cannot be stored by SheetJS once the
    // prototypes are frozen: it is listed, and reading it says so instead of showing nothing.
    expect((await failure(file('pollution.xlsx'), { sheet: 'constructor' })).code).toBe('unreadable');
    untouched();
  });
});

describe('huge files are refused with memory bounded', () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excrm-x1-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('300 MB is refused by size before anything is read', async () => {
    const p = path.join(dir, 'huge.xlsx');
    writeHugeFile(p);
    const rss = process.memoryUsage().rss;
    const t = Date.now();
    expect((await failure(p)).code).toBe('tooLarge');
    expect(Date.now() - t).toBeLessThan(1000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(50 * 1024 * 1024);
    // A lower limit of the caller's own applies too.
    expect((await failure(file('title-rows.xlsx'), { maxBytes: 1000 })).code).toBe('tooLarge');
  });

  it('1,048,576 rows (.csv and .xlsx) → tooManyRows', async () => {
    const csv = path.join(dir, 'rows.csv');
    writeGridCsv(csv, 1_048_576, 2);
    expect((await failure(csv)).code).toBe('tooManyRows');
    const xlsx = path.join(dir, 'rows.xlsx');
    await writeGridXlsx(xlsx, 1_048_576, 1);
    const before = process.memoryUsage().rss;
    expect((await failure(xlsx)).code).toBe('tooManyRows');
    // The reading thread is gone and took its memory with it.
    await threadsGone();
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
    untouched();
  }, 120_000);

  it('16,384 columns (.csv and .xlsx) → tooManyColumns', async () => {
    const csv = path.join(dir, 'cols.csv');
    writeGridCsv(csv, 3, 16_384);
    expect((await failure(csv)).code).toBe('tooManyColumns');
    const xlsx = path.join(dir, 'cols.xlsx');
    await writeGridXlsx(xlsx, 2, 16_384);
    expect((await failure(xlsx)).code).toBe('tooManyColumns');
  }, 60_000);

  it('the caller’s own row/column limits apply', async () => {
    expect((await failure(file('title-rows.xlsx'), { maxRows: 4 })).code).toBe('tooManyRows');
    expect((await failure(file('title-rows.xlsx'), { maxColumns: 8 })).code).toBe('tooManyColumns');
    expect((await readSpreadsheet(file('title-rows.xlsx'), { maxRows: 5, maxColumns: 9 })).rows).toHaveLength(5);
  });

  it('a read that takes too long is stopped: timeout, and the thread is terminated', async () => {
    const xlsx = path.join(dir, 'slow.xlsx');
    await writeGridXlsx(xlsx, 100_000, 5);
    const t = Date.now();
    expect((await failure(xlsx, { timeoutMs: 300 })).code).toBe('timeout');
    expect(Date.now() - t).toBeLessThan(5000);
    await threadsGone();
  }, 60_000);
});

describe('messy but good files are read as the user sees them', () => {
  it('title rows, blank rows and a merged title keep their places; IDs and zeros stay text; dates are ISO', async () => {
    const c = await readSpreadsheet(file('title-rows.xlsx'));
    expect(c.format).toBe('xlsx');
    expect(c.encoding).toBeNull();
    // The empty first sheet is skipped for the first sheet with data.
    expect(c.sheets.map((s) => s.name)).toEqual(['Notes', 'List']);
    expect(c.sheet).toBe('List');
    expect(c.rows[0]).toEqual(['2025 上海国际展览会 参展商名单', null, null, null, null, null, null, null, null]);
    expect(c.rows[1]).toEqual(Array(9).fill(null));
    expect(c.rows[3]).toEqual(['上海展览有限公司', '王芳', '013800138000', 'wang@example.cn', '010010', '123456789012345', 'A-101', '36', '2025-03-01']);
    expect(await listSheets(file('title-rows.xlsx'))).toEqual([
      { name: 'Notes', rows: 0 },
      { name: 'List', rows: 5 },
    ]);
  });

  it('a cover sheet of one line is passed over for the list after it (.xlsx streamed, .ods by SheetJS)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excrm-cover-'));
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Exhibitor list, 2026 — see the next sheet']]), 'Notes');
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Company', 'Email'], ['Harbour Lights', 'a@harbour.cn']]), 'List');
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Company'], ['Other']]), 'Later');
    for (const ext of ['xlsx', 'ods'] as const) {
      const f = path.join(dir, `cover.${ext}`);
      XLSX.writeFile(book, f, { bookType: ext });
      const c = await readSpreadsheet(f);
      expect([ext, c.sheet, c.rows[1]]).toEqual([ext, 'List', ['Harbour Lights', 'a@harbour.cn']]);
      // Asked for by name, the cover is what it is.
      expect((await readSpreadsheet(f, { sheet: 'Notes' })).rows).toEqual([['Exhibitor list, 2026 — see the next sheet']]);
    }
    // A cover whose one line is further down, and a hidden lookup sheet: both passed over.
    const lookups = XLSX.utils.book_new();
    const cover = XLSX.utils.aoa_to_sheet([[null, null, null], [null, null, null], [null, null, 'Read me first']]);
    XLSX.utils.book_append_sheet(lookups, cover, 'Cover');
    XLSX.utils.book_append_sheet(lookups, XLSX.utils.aoa_to_sheet([['Hall'], ['1'], ['2']]), 'Lookups');
    XLSX.utils.book_append_sheet(lookups, XLSX.utils.aoa_to_sheet([['Company'], ['Harbour Lights']]), 'List');
    lookups.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }, { Hidden: 0 }] };
    // (.xls for SheetJS's side: its .ods writer keeps no hidden state.)
    for (const ext of ['xlsx', 'xls'] as const) {
      const f = path.join(dir, `lookups.${ext}`);
      XLSX.writeFile(lookups, f, { bookType: ext === 'xls' ? 'biff8' : ext });
      expect([ext, (await readSpreadsheet(f)).sheet]).toEqual([ext, 'List']);
    }
    // Only one-line sheets: the first of them.
    const notes = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(notes, XLSX.utils.aoa_to_sheet([['Just a note']]), 'A');
    XLSX.utils.book_append_sheet(notes, XLSX.utils.aoa_to_sheet([['Another']]), 'B');
    const f = path.join(dir, 'notes.xlsx');
    XLSX.writeFile(notes, f);
    expect((await readSpreadsheet(f)).sheet).toBe('A');
  });

  it('leading zeros from number formats, 15-digit IDs, no exponent notation', async () => {
    const c = await readSpreadsheet(file('leading-zeros.xlsx'));
    expect(c.rows[1]).toEqual(['010010', '0086 21 5555 0000', '123456789012345', '1,234.50', '12.5%', '1000000000000000000000']);
    expect(c.rows[2]).toEqual(['200001', '013800138000', '1', '0.3', '100%', '12345678901234600000']);
    for (const row of c.rows) for (const cell of row) expect(cell ?? '').not.toMatch(/\d[eE][+-]?\d/);
  });

  it('merged cells: the value in the top-left cell only, nothing shifts', async () => {
    const c = await readSpreadsheet(file('merged.xlsx'));
    expect(c.rows).toEqual([
      ['Company', 'Hall', 'Stand', 'Contact'],
      ['Alpha Ltd', 'Hall 1', 'A1', 'Ann'],
      ['Beta Ltd', null, 'A2', 'Ben'],
      ['Gamma Ltd', 'Hall 2', 'B1', 'Gus'],
    ]);
  });

  it('Excel serial dates: date-formatted cells become YYYY-MM-DD, unformatted serials stay numbers', async () => {
    const c = await readSpreadsheet(file('serial-dates.xlsx'));
    expect(c.rows[1]).toEqual(['2025-03-01', '45717', '2025年3月1日', '2025-03-01']);
    expect(c.rows[2]).toEqual(['1900-01-01', '60', '01.03.2025', '1900-03-01']);
  });

  it('.xls, .ods and an HTML table saved as .xls', async () => {
    const xls = await readSpreadsheet(file('list.xls'));
    expect(xls.format).toBe('xls');
    expect(xls.rows[3]!.slice(0, 6)).toEqual(['上海展览有限公司', '王芳', '013800138000', 'wang@example.cn', '010010', '123456789012345']);
    expect(xls.rows[3]![8]).toBe('2025-03-01');
    const ods = await readSpreadsheet(file('list.ods'));
    expect(ods.format).toBe('ods');
    expect(ods.rows[2]![0]).toBe('公司名称');
    expect(ods.rows[4]!.slice(0, 5)).toEqual(['Acme Trading GmbH', 'Hans Müller', '+49 30 1234567', 'hans@acme.example', '01067']);
    const html = await readSpreadsheet(file('html-table.xls'));
    expect(html.format).toBe('xls');
    expect(html.rows[0]).toEqual(['Company', 'Phone']);
  });
});

describe('CSV: encodings, delimiters, quoting', () => {
  const expected = [
    ['公司名称', '联系人', '手机', '邮编'],
    ['上海展览有限公司', '王芳', '013800138000', '010010'],
    ['Acme, Inc.', 'Ann Lee', '+1 555 0100', '02134'],
  ];
  it.each([
    ['utf8-bom.csv', 'utf-8'],
    ['utf8-nobom.csv', 'utf-8'],
    ['utf16le-nobom.csv', 'utf-16le'],
    ['utf16be-bom.csv', 'utf-16be'],
  ])('%s is read as %s', async (name, encoding) => {
    const c: SpreadsheetContent = await readSpreadsheet(file(name));
    expect(c).toMatchObject({ format: 'csv', encoding, sheet: 'CSV', sheets: [{ name: 'CSV', rows: 3 }], warnings: [] });
    expect(c.rows).toEqual(expected);
  });

  it('UTF-16 LE with BOM, tab-separated (Excel "Unicode text")', async () => {
    const c = await readSpreadsheet(file('utf16le-bom.csv'));
    expect(c.encoding).toBe('utf-16le');
    expect(c.rows[1]).toEqual(expected[1]);
    expect(c.rows[2]![0]).toBe('Acme\t Inc.'); // a tab inside quotes stays in its cell
  });

  it('GBK (ANSI on Chinese Windows) is read as GB18030', async () => {
    const c = await readSpreadsheet(file('gbk.csv'));
    expect(c.encoding).toBe('gb18030');
    expect(c.rows).toEqual(GBK_ROWS);
    expect(c.warnings).toEqual([]);
  });

  it('mixed UTF-8 and GBK lines: each line in its own encoding, with a warning', async () => {
    const c = await readSpreadsheet(file('mixed-encoding.csv'));
    expect(c.warnings).toEqual(['mixedEncoding']);
    expect(c.rows).toEqual([GBK_ROWS[0], ['UTF8公司', '张三', '013700000000', '广州'], GBK_ROWS[1], GBK_ROWS[2]]);
  });

  it('semicolons, tabs and an Excel sep= line', async () => {
    expect((await readSpreadsheet(file('semicolon.csv'))).rows[1]).toEqual(['Müller; Söhne', 'Hans', '030 123']);
    expect((await readSpreadsheet(file('tab.tsv'))).rows).toEqual([
      ['Company', 'Phone', 'Zip'],
      ['Alpha', '0123', '00501'],
    ]);
    expect((await readSpreadsheet(file('sep-line.csv'))).rows).toEqual([
      ['A', 'B'],
      ['1', '2'],
    ]);
  });

  it('inconsistent quoting loses no row and says so', async () => {
    const c = await readSpreadsheet(file('inconsistent-quotes.csv'));
    expect(c.warnings).toEqual(['unbalancedQuotes']);
    expect(c.rows).toEqual([
      ['Company', 'Product', 'Phone'],
      ['Alpha', '12" screen', '0100'],
      ['Beta', '5" panel', '0200'],
      ['"Gamma', 'unclosed quote', '0300'],
      ['Delta', 'ok "quoted"', '0400'],
      ['Epsilon', 'plain', '0500'],
    ]);
    untouched();
  });
});
