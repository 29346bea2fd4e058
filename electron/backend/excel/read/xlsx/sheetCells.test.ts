import { describe, expect, it } from 'vitest';
import { SheetCells, type CellFormats } from './sheetCells';
import { TagScanner } from './xmlScan';

// SheetCells takes a cell written the usual way whole (element()); anything else goes tag by
// tag through open(), text() and close(). Both ways must read every cell alike, wherever the
// chunks of the inflated part happen to be cut.

const FMT: CellFormats = {
  codes: [undefined, '0.00'],
  isDate: () => false,
  format: (_code, v) => v.toFixed(2),
  date1904: false,
  serialToIso: () => null,
};

const SHEET = [
  '<worksheet><sheetData>',
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Firm &amp; Co</t></is></c><c r="B1" t="s"><v>0</v></c><c r="C1"><v>42</v></c><c r="D1" s="1"><v>3.5</v></c></row>',
  // Preserved spaces; an empty value; an empty inline text; a self-closed cell; a boolean.
  '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve"> 中文 _x000D_ </t></is></c><c r="B2"><v></v></c><c r="C2" t="inlineStr"><is><t></t></is></c><c r="D2" s="1"/><c r="E2" t="b"><v>1</v></c></row>',
  // What the whole-cell reading leaves to the tags: a formula, rich text runs, phonetic text, CDATA, a comment, a prefix.
  '<row r="3"><c r="A3" t="str"><f>B3&amp;"x"</f><v>ok</v></c><c r="B3" t="inlineStr"><is><r><t>rich</t></r><r><t> text</t></r></is></c>',
  '<c r="C3" t="inlineStr"><is><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c><c r="D3"><v><![CDATA[7]]></v></c><c r="E3"><v>8<!-- n --></v></c></row>',
  // Malformed: </t> missing, so text stays captured into the cells after it (found by review: taken whole, the third read "pre b").
  '<row r="4"><c r="A4" t="inlineStr"><is><t>a</is></c><c r="B4"><v>1</v></c><c r="C4" t="inlineStr"><is>  pre <r><t>b</t></r></is></c></row>',
  '<row r="5"><x:c r="A5" t="inlineStr"><x:is><x:t>prefixed</x:t></x:is></x:c><c r="B5" t="inlineStr"><is><t a="1">odd t</t></is></c><c r="C5" t="s"><v>1</v></c></row>',
  '</sheetData></worksheet>',
].join('');

function read(xml: string, chunk: number, whole: boolean): (string | null)[][] {
  const cells = new SheetCells(true, ['shared', ' second '], FMT, { maxRows: 100, maxColumns: 100, rowsLimited: true });
  // Without its element(), the scanner hands every tag to open(), text() and close().
  if (!whole) Object.defineProperty(cells, 'element', { value: undefined });
  const scanner = new TagScanner(cells);
  for (let i = 0; i < xml.length; i += chunk) scanner.push(xml.slice(i, i + chunk));
  scanner.end();
  return cells.rows!;
}

describe('SheetCells, a cell taken whole or tag by tag', () => {
  it('reads every cell alike, however the part is cut into chunks', () => {
    const byTags = read(SHEET, SHEET.length, false);
    expect(byTags[0]).toEqual(['Firm & Co', 'shared', '42', '3.50']);
    expect(byTags[1]![0]).toBe('中文');
    expect(byTags[1]!.slice(1)).toEqual([null, null, null, 'TRUE']);
    expect(byTags[2]).toEqual(['ok', 'rich text', '東京', '7', '8']);
    expect(byTags[3]).toEqual(['a', '1', 'b']);
    expect(byTags[4]).toEqual(['prefixed', 'odd t', 'second']);
    for (const chunk of [1, 2, 5, 13, 64, 200, SHEET.length]) {
      expect(read(SHEET, chunk, true), `chunks of ${chunk}`).toEqual(byTags);
    }
  });

  it('takes the usual cells whole: a cell the tags would read differently would show it', () => {
    // A spy on the tag path: only cells the whole-cell reading leaves reach open('c').
    const cells = new SheetCells(true, [], FMT, { maxRows: 100, maxColumns: 100, rowsLimited: true });
    const opened: string[] = [];
    const open = cells.open.bind(cells);
    cells.open = (name, tag, from, to) => {
      if (name === 'c') opened.push(tag.slice(from, to).trim());
      open(name, tag, from, to);
    };
    const scanner = new TagScanner(cells);
    scanner.push('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1"><f>1+1</f><v>2</v></c><c r="C1"><v>3</v></c></row></sheetData>');
    expect(cells.rows).toEqual([['a', '2', '3']]);
    // element() calls open() itself for every cell it looks at; the formula cell, declined, is opened again by the scanner.
    expect(opened).toEqual(['r="A1" t="inlineStr"', 'r="B1"', 'r="B1"', 'r="C1"']);
  });
});
