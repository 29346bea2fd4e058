import { describe, expect, it } from 'vitest';
import { isTotalsLabel } from './totalsRow';

describe('a totals row', () => {
  it('is a name that is a totals word, whole', () => {
    for (const n of ['Total', 'TOTAL:', ' Grand total ', 'Subtotal', '合计', '总计：', '小計']) expect([n, isTotalsLabel(n)]).toEqual([n, true]);
    for (const n of ['Total Solutions Ltd', 'Totally Lit', 'Summit Lighting', '合计照明有限公司']) expect([n, isTotalsLabel(n)]).toEqual([n, false]);
  });
});
