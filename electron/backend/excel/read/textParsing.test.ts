// CSV decoding and parsing, and number text, without a thread (pure functions).

import { describe, expect, it } from 'vitest';
import { numberText, plainNumber } from './cellText';
import { decodeText } from './decodeText';
import { detectDelimiter, parseCsv } from './parseCsv';
import { sniffFormat } from './sniffFormat';

const limits = { maxRows: 100, maxColumns: 20 };

describe('parseCsv', () => {
  it('quoted fields with delimiters, doubled quotes and line breaks (an address)', () => {
    expect(parseCsv('a,b\n"x, y","line1\nline2"\n"say ""hi""",2\n', limits)).toEqual({
      rows: [
        ['a', 'b'],
        ['x, y', 'line1\nline2'],
        ['say "hi"', '2'],
      ],
      warnings: [],
    });
  });

  it('CRLF, CR and a missing final line break; blank lines kept in place', () => {
    expect(parseCsv('a,b\r\n1,2\r\r\n3,4', limits).rows).toEqual([['a', 'b'], ['1', '2'], [''], ['3', '4']]);
  });

  it('a quote left open at the end of the file does not swallow the rest', () => {
    const r = parseCsv('a,b\n"x,1\ny,2\nz,3\n', limits);
    expect(r.rows).toEqual([
      ['a', 'b'],
      ['"x', '1'],
      ['y', '2'],
      ['z', '3'],
    ]);
    expect(r.warnings).toEqual(['unbalancedQuotes']);
  });

  it('limits: rows (blank lines at the end do not count) and columns', () => {
    expect(() => parseCsv('1\n2\n3\n', { maxRows: 2, maxColumns: 5 })).toThrow(expect.objectContaining({ code: 'tooManyRows' }));
    expect(parseCsv('1\n2\n\n\n', { maxRows: 2, maxColumns: 5 }).rows).toEqual([['1'], ['2'], ['']]);
    expect(() => parseCsv('1,2,3\n', { maxRows: 2, maxColumns: 2 })).toThrow(expect.objectContaining({ code: 'tooManyColumns' }));
  });

  it('detectDelimiter', () => {
    expect(detectDelimiter('a;b;c\n1;2,5;3\n')).toBe(';');
    expect(detectDelimiter('a\tb\n1\t2\n')).toBe('\t');
    expect(detectDelimiter('"x;y",b\n1,2\n')).toBe(',');
    expect(detectDelimiter('single column\nvalue\n')).toBe(',');
  });
});

describe('decodeText', () => {
  it('UTF-8 with and without BOM, UTF-16 LE/BE with and without BOM', () => {
    const s = '公司,电话\n上海,010\n';
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)]))).toEqual({ text: s, encoding: 'utf-8', warnings: [] });
    expect(decodeText(Buffer.from(s)).encoding).toBe('utf-8');
    expect(decodeText(Buffer.from(s, 'utf16le'))).toMatchObject({ text: s, encoding: 'utf-16le' });
    const be = Buffer.from(s, 'utf16le').swap16();
    expect(decodeText(be)).toMatchObject({ text: s, encoding: 'utf-16be' });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ text: s, encoding: 'utf-16be' });
  });

  it('GBK bytes as GB18030; no warning when every line is GBK', () => {
    expect(decodeText(Buffer.from('b9abcbbe2c3031300a', 'hex'))).toEqual({ text: '公司,010\n', encoding: 'gb18030', warnings: [] });
  });
});

describe('sniffFormat', () => {
  it('by content, not by name', () => {
    expect(sniffFormat(Buffer.from('PK\x03\x04rest', 'latin1'))).toEqual({ kind: 'zip' });
    expect(sniffFormat(Buffer.from('d0cf11e0a1b11ae1', 'hex'))).toEqual({ kind: 'cfb' });
    expect(sniffFormat(Buffer.from('%PDF-1.7'))).toEqual({ kind: 'other', what: 'pdf' });
    expect(sniffFormat(Buffer.from([1, 2, 0, 4, 5, 0, 0, 7]))).toEqual({ kind: 'other', what: 'binary' });
    expect(sniffFormat(Buffer.from('a,b\n1,2\n'))).toEqual({ kind: 'text' });
    expect(sniffFormat(Buffer.from('a,b\n', 'utf16le'))).toEqual({ kind: 'text' });
    expect(sniffFormat(Buffer.from('<html><table>'))).toEqual({ kind: 'markup' });
    expect(sniffFormat(Buffer.from('<svg></svg>'))).toEqual({ kind: 'other', what: 'markup' });
  });
});

describe('number text', () => {
  it.each([
    [123456789012345, '123456789012345'],
    [1e21, '1000000000000000000000'],
    [0.1 + 0.2, '0.3'],
    [1e-7, '0.0000001'],
    [-1234.5, '-1234.5'],
    [0, '0'],
  ])('plainNumber(%s) = %s', (v, s) => expect(plainNumber(v)).toBe(s));

  it('the formatted text for explicit formats, plain digits for General and E-notation', () => {
    expect(numberText(10010, '000000', '010010', false, false)).toBe('010010');
    expect(numberText(123456789012345, 'General', '1.23457E+14', false, false)).toBe('123456789012345');
    expect(numberText(123456789012345, '0.00E+00', '1.23E+14', false, false)).toBe('123456789012345');
    expect(numberText(45717, 'yyyy-mm-dd', '2025-03-01', true, false)).toBe('2025-03-01');
    expect(numberText(0.5, 'h:mm', '12:00', true, false)).toBe('12:00');
  });
});
