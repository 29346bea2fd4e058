import { describe, expect, it } from 'vitest';
import { detectHeaderRow } from './headerDetection';

describe('detectHeaderRow', () => {
  it('the first row when it is the header', () => {
    expect(detectHeaderRow([['Company', 'Email'], ['Alpha', 'a@x.com']])).toBe(0);
  });

  it('skips a title, a date line and blank rows above the header', () => {
    const rows = [
      ['2025 上海国际展览会 参展商名单', null, null, null],
      ['导出日期：2025-03-01', null, null, null],
      [null, null, null, null],
      ['公司名称', '联系人', '手机', '展位号'],
      ['上海展览有限公司', '王芳', '013800138000', 'A-101'],
    ];
    expect(detectHeaderRow(rows)).toBe(3);
  });

  it('finds headers it has no synonyms for by their shape', () => {
    const rows = [
      ['Customer list', null, null],
      [null, null, null],
      ['Foo', 'Bar', 'Baz'],
      ['1', '2', '3'],
      ['4', '5', '6'],
    ];
    expect(detectHeaderRow(rows)).toBe(2);
  });

  it('a data row with more cells does not beat the header', () => {
    const rows = [
      ['Exhibitors 2025', null, null, null],
      ['Company', 'Phone', 'Stand', null],
      ['Alpha', '0123', 'A1', 'extra note'],
    ];
    expect(detectHeaderRow(rows)).toBe(1);
  });

  it('0 for an empty sheet, the first non-blank row otherwise', () => {
    expect(detectHeaderRow([])).toBe(0);
    expect(detectHeaderRow([[null], [null]])).toBe(0);
    expect(detectHeaderRow([[null, null], ['1', null], ['2', null]])).toBe(1);
  });
});
