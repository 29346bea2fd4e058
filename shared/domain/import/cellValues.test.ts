import { describe, expect, it } from 'vitest';
import { dateOrderEvidence, detectNumberStyle, excelSerialToIso, isAmbiguousNumber, parseDateText, parseNumberText } from './cellValues';

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

  it('dateOrderEvidence reads a whole column', () => {
    expect(dateOrderEvidence(['1/3/2025', '25/12/2024', null]).order).toBe('dmy');
    expect(dateOrderEvidence(['1/3/2025', '12/25/2024']).order).toBe('mdy');
    expect(dateOrderEvidence(['1/3/2025', '2/3/2025']).order).toBeNull();
    expect(dateOrderEvidence(['13/1/2025', '1/13/2025']).order).toBeNull();
  });

  it('dateOrderEvidence counts the dates that read two ways, and names the first', () => {
    // 5/5 reads the same either way; 13/3 tells; dotted and ISO dates never depend on the order.
    expect(dateOrderEvidence(['2025-03-07', '07.03.2025', ' 3/7/2025 ', '5/5/2025', '13/3/2025', '4-8-25', null, 'soon'])).toEqual({
      order: 'dmy',
      ambiguous: 2,
      example: '3/7/2025',
      mixed: false,
    });
    expect(dateOrderEvidence(['2025-03-07', '13/3/2025'])).toEqual({ order: 'dmy', ambiguous: 0, example: null, mixed: false });
    expect(dateOrderEvidence(['13/1/2025', '1/13/2025', '2/3/2025'])).toEqual({ order: null, ambiguous: 1, example: '2/3/2025', mixed: true });
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

describe('a file\'s decimal mark', () => {
  it('is told by the values that read only one way; null when nothing tells or both occur', () => {
    expect(detectNumberStyle(['€4.500', '€12.500,00', null])).toBe('comma');
    expect(detectNumberStyle(['4.500', '12,5'])).toBe('comma');
    expect(detectNumberStyle(['1.234.567'])).toBe('comma');
    expect(detectNumberStyle(['4.500', '4.5'])).toBe('dot');
    expect(detectNumberStyle(['$1,234.56'])).toBe('dot');
    expect(detectNumberStyle(['8,800', '12,000'])).toBeNull(); // thousands either way in this app's reading
    expect(detectNumberStyle(['4.500', '36', null])).toBeNull();
    expect(detectNumberStyle(['4,5', '4.5'])).toBeNull();
  });

  it('decides the reading once known', () => {
    expect(parseNumberText('€4.500', 'comma')).toBe(4500);
    expect(parseNumberText('4.500', 'comma')).toBe(4500);
    expect(parseNumberText('1.234,56', 'comma')).toBe(1234.56);
    // A workbook's number cell of 4500 shown as "#,##0" arrives as "4,500": still thousands.
    expect(parseNumberText('4,500', 'comma')).toBe(4500);
    expect(parseNumberText('0.500', 'comma')).toBe(0.5);
    expect(parseNumberText('1,234.56', 'comma')).toBe(1234.56);
    expect(parseNumberText('-€ 1.250', 'comma')).toBe(-1250);
    expect(parseNumberText('4.500', 'dot')).toBe(4.5);
    expect(parseNumberText('1,234', 'dot')).toBe(1234);
  });

  it('a euro amount with a dot before exactly three digits is ambiguous while the mark is unknown', () => {
    for (const t of ['€4.500', '12.000 EUR', '-€1.250', '(€1.250)', '4.500欧元']) expect([t, isAmbiguousNumber(t)]).toEqual([t, true]);
    // Without the euro's mark: a workbook's number cells come as "10.125", "4.500" (format 0.000).
    for (const t of ['4.500', '10.125', '€0.500', '€4.50', '€4.5000', '€1.234.567', '€12,500', '€4500', '€1.234,56']) {
      expect([t, isAmbiguousNumber(t)]).toEqual([t, false]);
    }
  });
});
