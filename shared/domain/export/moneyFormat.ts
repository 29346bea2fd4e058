/**
 * The spreadsheet number format for money in the workspace's currency, as the app shows it in
 * that language: `"CN¥"#,##0.00` in English, `"¥"#,##0.00` in Chinese; no decimals for a currency
 * without minor units (JPY, KRW). The symbol is a quoted literal, so Excel and LibreOffice show it
 * whatever their own locale, and the cell stays a plain number (sortable, summable).
 */
export function moneyNumFmt(currency: string, lang: 'en' | 'zh'): string {
  const nf = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { style: 'currency', currency });
  const symbol = nf.formatToParts(1).find((p) => p.type === 'currency')?.value ?? currency;
  const decimals = nf.resolvedOptions().maximumFractionDigits ?? 2;
  return `"${symbol.replace(/"/g, '')}"#,##0${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}`;
}
