// The streaming reader on sheets written by hand with what other producers do: namespace
// prefixes, rows and cells without references, rich text with phonetic runs, Excel's _x escapes,
// CDATA, character references, every cell type, stored (not deflated) parts, 1904 dates — and
// what it must hand to SheetJS instead (a chart sheet, an .ods, a damaged part).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParseRequest } from '../spreadsheetTypes';
import { readXlsxStreaming, StreamingUnsupported } from '../xlsxStreamReader';

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excrm-xlsx-hand-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function book(name: string, sheetXml: string, opts: { sst?: string; styles?: string; date1904?: boolean; stored?: boolean; chart?: boolean } = {}): Promise<string> {
  const zip = new JSZip();
  zip.file('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`);
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0"?><x:workbook xmlns:x="${NS}" xmlns:r="${REL}">${opts.date1904 ? '<x:workbookPr date1904="1"/>' : ''}<x:sheets><x:sheet name="A &amp; B" sheetId="1" r:id="s1"/>${opts.chart ? '<x:sheet name="Chart" sheetId="2" r:id="c1"/>' : ''}</x:sheets></x:workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="${REL}/worksheet" Target="worksheets/data.xml"/>${opts.sst ? `<Relationship Id="t1" Type="${REL}/sharedStrings" Target="strings.xml"/>` : ''}${opts.styles ? `<Relationship Id="y1" Type="${REL}/styles" Target="styles.xml"/>` : ''}${opts.chart ? `<Relationship Id="c1" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/>` : ''}</Relationships>`,
  );
  zip.file('xl/worksheets/data.xml', `<?xml version="1.0"?><x:worksheet xmlns:x="${NS}"><x:sheetData>${sheetXml}</x:sheetData></x:worksheet>`);
  if (opts.sst) zip.file('xl/strings.xml', `<?xml version="1.0"?><sst xmlns="${NS}">${opts.sst}</sst>`);
  if (opts.styles) zip.file('xl/styles.xml', `<?xml version="1.0"?><styleSheet xmlns="${NS}">${opts.styles}</styleSheet>`);
  if (opts.chart) zip.file('xl/chartsheets/sheet1.xml', '<chartsheet/>');
  const file = path.join(dir, name);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: opts.stored ? 'STORE' : 'DEFLATE' }));
  return file;
}

const req = (file: string): ParseRequest => ({ file, mode: 'read', sheet: null, maxBytes: 1e8, maxRows: 1000, maxColumns: 100, streaming: true, handOverEvery: 0 });

describe('readXlsxStreaming on hand-written parts', () => {
  it('reads every cell type, prefixes, missing references, rich text, escapes and CDATA', async () => {
    const file = await book(
      'types.xlsx',
      [
        // No row or cell references at all: positions follow.
        '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>R&amp;D &#x4E2D;&#25991;</x:t></x:is></x:c></x:row>',
        '<x:row r="3"><x:c r="B3" t="b"><x:v>1</x:v></x:c><x:c r="C3" t="e"><x:v>#N/A</x:v></x:c><x:c r="D3" t="str"><x:f>A1&amp;"x"</x:f><x:v>Line_x000D_</x:v></x:c></x:row>',
        '<x:row r="4"><x:c r="A4" s="1"><x:v>45717</x:v></x:c><x:c r="B4" s="2"><x:v>123</x:v></x:c><x:c r="C4"><x:v>1E+21</x:v></x:c><x:c r="D4" t="d"><x:v>2025-03-01T00:00:00Z</x:v></x:c></x:row>',
        '<x:row r="5"><x:c r="A5" t="inlineStr"><x:is><x:t><![CDATA[<b>&amp;</b>]]></x:t></x:is></x:c><x:c r="B5"><x:f>1+1</x:f></x:c><x:c r="C5" t="s"><x:v>99</x:v></x:c></x:row>',
        '<x:row r="6"/>',
      ].join(''),
      {
        sst: '<si><t xml:space="preserve"> Alpha </t></si><si><r><t>東京</t></r><r><t>都</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>',
        styles: '<numFmts count="1"><numFmt numFmtId="164" formatCode="000000"/></numFmts><cellStyleXfs count="1"><xf numFmtId="164"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>',
      },
    );
    const c = await readXlsxStreaming(req(file));
    expect(c.sheets).toEqual([{ name: 'A & B', rows: 5 }]);
    expect(c.rows).toEqual([
      ['Alpha', '東京都', 'R&D 中文', null],
      [null, null, null, null],
      [null, 'TRUE', '#N/A', 'Line'],
      ['2025-03-01', '000123', '1000000000000000000000', '2025-03-01'],
      ['<b>&amp;</b>', null, null, null],
    ]);
  });

  it('keeps a stray cell between rows out of the row before (which may be handed over already)', async () => {
    const file = await book(
      'stray.xlsx',
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row>' +
        '<x:c r="B1" t="inlineStr"><x:is><x:t>stray</x:t></x:is></x:c>' +
        '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row>',
    );
    expect((await readXlsxStreaming(req(file))).rows).toEqual([['a'], ['b']]);
  });

  it('reads stored (uncompressed) parts and 1904 dates', async () => {
    const file = await book('stored.xlsx', '<x:row r="1"><x:c r="A1" s="1"><x:v>1</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>ok</x:t></x:is></x:c></x:row>', {
      stored: true,
      date1904: true,
      styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
    });
    expect((await readXlsxStreaming(req(file))).rows).toEqual([['1904-01-02', 'ok']]);
  });

  it('hands to SheetJS what it does not read: a chart sheet, a bad reference, a damaged part, an .ods-like zip', async () => {
    const cases = [
      await book('chart.xlsx', '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row>', { chart: true }),
      await book('ref.xlsx', '<x:row r="1"><x:c r="1A" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row>'),
      await book('doctype.xlsx', '<!DOCTYPE x [<!ENTITY a "b">]><x:row r="1"/>'),
    ];
    const ods = new JSZip();
    ods.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
    ods.file('content.xml', '<office:document-content/>');
    const odsFile = path.join(dir, 'x.ods');
    fs.writeFileSync(odsFile, await ods.generateAsync({ type: 'nodebuffer' }));
    const truncated = path.join(dir, 'truncated.xlsx');
    const whole = fs.readFileSync(cases[0]!);
    fs.writeFileSync(truncated, whole.subarray(0, whole.length - 30));
    for (const f of [...cases, odsFile, truncated]) await expect(readXlsxStreaming(req(f)), f).rejects.toBeInstanceOf(StreamingUnsupported);
  });

  it('stops at the first row or column over the limits', async () => {
    const wide = await book('wide.xlsx', '<x:row r="1"><x:c r="ZZ1" t="inlineStr"><x:is><x:t>far</x:t></x:is></x:c></x:row>');
    await expect(readXlsxStreaming(req(wide))).rejects.toMatchObject({ code: 'tooManyColumns' });
    const deep = await book('deep.xlsx', '<x:row r="1001"><x:c r="A1001" t="inlineStr"><x:is><x:t>deep</x:t></x:is></x:c></x:row>');
    await expect(readXlsxStreaming(req(deep))).rejects.toMatchObject({ code: 'tooManyRows' });
  });
});
