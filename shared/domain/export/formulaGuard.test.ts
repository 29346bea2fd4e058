import { describe, expect, it } from 'vitest';
import { formulaGuard, looksLikeFormula, withoutFormulaGuard } from './formulaGuard';

describe('formulaGuard', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1', "'+1"],
    ['-1+1', "'-1+1"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('guards %j', (input, expected) => {
    expect(looksLikeFormula(input)).toBe(true);
    expect(formulaGuard(input)).toBe(expected);
  });

  it.each(['', 'Acme GmbH', '上海展览有限公司', "'quoted", ' =1', '1=1', 'a-b', '0123'])('leaves %j alone', (input) => {
    expect(looksLikeFormula(input)).toBe(false);
    expect(formulaGuard(input)).toBe(input);
  });
});

describe('withoutFormulaGuard', () => {
  it.each(["=cmd|' /C calc'!A0", '+86 21 5555 0000', '-1+1', '@张三', '\t=1', '\r=1'])('gives back %j as it was before the guard', (text) => {
    expect(withoutFormulaGuard(formulaGuard(text))).toBe(text);
  });

  it.each(["'quoted'", "'", "''=1", 'Acme', "O'Brien", "' =1"])('leaves %j alone', (text) => {
    expect(withoutFormulaGuard(text)).toBe(text);
  });
});
