import { describe, expect, it } from 'vitest';
import { moneyNumFmt } from './moneyFormat';

describe('moneyNumFmt', () => {
  it.each([
    ['CNY', 'en', '"CN¥"#,##0.00'],
    ['CNY', 'zh', '"¥"#,##0.00'],
    ['EUR', 'en', '"€"#,##0.00'],
    ['USD', 'zh', '"US$"#,##0.00'],
    ['JPY', 'en', '"JP¥"#,##0'],
    ['KRW', 'zh', '"₩"#,##0'],
    ['SGD', 'en', '"SGD "#,##0.00'],
  ] as const)('%s in %s → %s', (currency, lang, fmt) => expect(moneyNumFmt(currency, lang)).toBe(fmt));
});
