/**
 * The spreadsheet number format for money in the workspace's currency, as the app shows it in
 * that language: `"CN¥"#,##0.00` in English, `"¥"#,##0.00` in Chinese; no decimals for a currency
 * without minor units (JPY, KRW). The symbol is a quoted literal, so Excel and LibreOffice show it
 * whatever their own locale, and the cell stays a plain number (sortable, summable).
 */
export function moneyNumFmt(currency: string, lang: 'en' | 'zh'): string {
  const nf = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { style: 'currency', currency });
  const parts = nf.formatToParts(1);
  const at = parts.findIndex((p) => p.type === 'currency');
  const symbol = at >= 0 ? parts[at]!.value : currency;
  // A code-like symbol keeps the space Intl puts after it ("SGD 1,234.00").
  const gap = parts[at + 1]?.type === 'literal' && /\s/.test(parts[at + 1]!.value) ? ' ' : '';
  const decimals = nf.resolvedOptions().maximumFractionDigits ?? 2;
  return `"${symbol.replace(/"/g, '')}${gap}"#,##0${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}`;
}
