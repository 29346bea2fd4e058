import { describe, expect, it } from 'vitest';
import { formulaGuard, looksLikeFormula } from './formulaGuard';

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
