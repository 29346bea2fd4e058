import { describe, expect, it } from 'vitest';
import { detectDateOrder, excelSerialToIso, parseDateText, parseNumberText } from './cellValues';

describe('parseDateText', () => {
  it.each([
    ['2025-03-01', '2025-03-01'],
    ['2025/3/1', '2025-03-01'],
    ['2025.3.1', '2025-03-01'],
    ['2025-03-01T10:30:00Z', '2025-03-01'],
    ['2025-03-01 10:30', '2025-03-01'],
    ['2025年3月1日', '2025-03-01'],
    ['２０２５年３月１日', '2025-03-01'],
    ['01.03.2025', '2025-03-01'],
    ['13/3/2025', '2025-03-13'],
    ['3/13/2025', '2025-03-13'],
    ['1/3/2025', '2025-03-01'],
    ['1/3/25', '2025-03-01'],
    ['1 Mar 2025', '2025-03-01'],
    ['01-Mar-25', '2025-03-01'],
    ['March 1, 2025', '2025-03-01'],
    ['45717', '2025-03-01'],
    ['45717.75', '2025-03-01'],
  ])('%s → %s', (text, iso) => expect(parseDateText(text)).toBe(iso));

  it('the order decides only when both parts are ≤ 12', () => {
    expect(parseDateText('1/3/2025', 'mdy')).toBe('2025-01-03');
    expect(parseDateText('13/3/2025', 'mdy')).toBe('2025-03-13');
  });

  it.each(['', 'soon', '2025', '2025-02-30', '32/1/2025', '13/13/2025', '123', '2025-13-01', '0086'])('%s is not a date', (text) =>
    expect(parseDateText(text)).toBeNull(),
  );

  it('Excel serials, with the fictitious 29 Feb 1900 and the 1904 system', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBeNull();
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(45717)).toBe('2025-03-01');
    expect(excelSerialToIso(44255, true)).toBe('2025-03-01');
    expect(excelSerialToIso(0)).toBeNull();
  });

  it('detectDateOrder reads a whole column', () => {
    expect(detectDateOrder(['1/3/2025', '25/12/2024', null])).toBe('dmy');
    expect(detectDateOrder(['1/3/2025', '12/25/2024'])).toBe('mdy');
    expect(detectDateOrder(['1/3/2025', '2/3/2025'])).toBeNull();
    expect(detectDateOrder(['13/1/2025', '1/13/2025'])).toBeNull();
  });
});

describe('parseNumberText', () => {
  it.each([
    ['1234', 1234],
    ['1,234', 1234],
    ['1,234,567.89', 1234567.89],
    ['1.234.567', 1234567],
    ['1.234,56', 1234.56],
    ['1,5', 1.5],
    ['¥1,234.00', 1234],
    ['￥ 12 000', 12000],
    ['$1,234.50', 1234.5],
    ['RMB 8,800', 8800],
    ['8800元', 8800],
    ['€ 99', 99],
    ['USD 1,000', 1000],
    ['-1,234', -1234],
    ['(1,234)', -1234],
    ['-$5', -5],
    ['80%', 80],
    ['1.5万', 15000],
    ['2亿', 200000000],
    ['１２３', 123],
    ['1.2E+5', 120000],
    ['.5', 0.5],
    [' 36 ', 36],
  ])('%s → %s', (text, n) => expect(parseNumberText(text)).toBe(n));

  it.each(['', 'abc', '12 apples', '1-2', '--1', '1,2,3', '0x10', 'Infinity', 'NaN'])('%s is not a number', (text) =>
    expect(parseNumberText(text)).toBeNull(),
  );
});
