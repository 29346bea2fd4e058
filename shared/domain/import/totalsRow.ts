/**
 * A list's summary line under its rows ("Total", "合计" …) lands where a company name goes.
 * Told by the whole name being such a word (a colon after it allowed), so a firm whose name only
 * begins with one ("Total Solutions Ltd") is a customer as any other.
 */
const TOTALS = new Set(['total', 'totals', 'grand total', 'subtotal', 'sub-total', 'sub total', 'sum', '合计', '合計', '总计', '總計', '小计', '小計', '共计', '共計', '汇总', '彙總', '总数', '總數']);

export function isTotalsLabel(name: string): boolean {
  // Every company name of a list passes here: the long ones (nearly all) are not looked at.
  if (name.length > 16) return false;
  return TOTALS.has(name.normalize('NFKC').trim().toLowerCase().replace(/[:：]$/, '').trim());
}
