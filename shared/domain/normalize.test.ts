import { describe, expect, it } from 'vitest';
import { bigrams, companyNameKey, domainKey, emailKey, foldText, phoneKey } from './normalize';

describe('foldText', () => {
  it.each([
    ['Müller', 'muller'],
    ['ÉCLAIRAGE', 'eclairage'],
    ['ＡＣＭＥ', 'acme'], // full-width Latin
    ['深圳华光', '深圳华光'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
    ['Paweł', 'pawel'],
    ['Øresund', 'oresund'],
    ['Ærø', 'aero'],
    ['Œuvre', 'oeuvre'],
  ])('%s → %s', (input, out) => expect(foldText(input)).toBe(out));

  it('folds ASCII and CJK ideographs (the lower-case shortcut) exactly as the full normalisation does', () => {
    const full = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFKC').toLowerCase();
    // Every ASCII character, and a pseudo-random sample of strings mixing ASCII and U+4E00–U+9FFF.
    for (let c = 0; c < 128; c++) expect(foldText(String.fromCharCode(c))).toBe(full(String.fromCharCode(c)));
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n);
    for (let i = 0; i < 5_000; i++) {
      const s = Array.from({ length: 1 + rand(20) }, () => String.fromCharCode(rand(3) === 0 ? 0x4e00 + rand(0x9fff - 0x4e00 + 1) : rand(128))).join('');
      expect(foldText(s)).toBe(full(s));
    }
    // Beyond the shortcut, the full path still applies: full-width forms and compatibility ideographs.
    expect(foldText('ＡＢ深圳')).toBe('ab深圳');
    expect(foldText('\uf900')).toBe('\u8c48');
  });
});

describe('companyNameKey: the same firm spelt differently gets the same key', () => {
  it.each([
    ['ACME Lighting Co., Ltd.', 'Acme lighting co ltd'],
    ['ACME Lighting Co., Ltd.', 'acme  LIGHTING  Company Limited'],
    ['Müller Leuchten GmbH', 'Muller Leuchten'],
    ['深圳华光照明科技有限公司', '深圳华光照明科技'],
    ['深圳华光照明科技有限公司', '深圳华光照明科技股份有限公司'],
    ['Beta Packaging Inc.', 'BETA PACKAGING, INC'],
    ['Lumina S.r.l.', 'Lumina SRL'],
    ['华光（深圳）有限公司', '华光有限公司'],
  ])('%s ~ %s', (a, b) => expect(companyNameKey(a)).toBe(companyNameKey(b)));

  it.each([
    ['Zinc Works', 'Zin Works'], // "Inc" inside a word is not a legal form
    ['Acme Lighting', 'Acme Packaging'],
    ['Alpha Co', 'Beta Co'],
  ])('%s ≠ %s', (a, b) => expect(companyNameKey(a)).not.toBe(companyNameKey(b)));
});

describe('phoneKey', () => {
  it.each([
    ['+86 138-1234-5678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['(312) 555-0199', '3125550199'],
    ['+49 89 1234567', '49891234567'],
    ['12345', null], // too short to identify anyone
  ])('%s → %s', (input, out) => expect(phoneKey(input)).toBe(out));
});

describe('domainKey and emailKey', () => {
  it.each([
    ['https://www.Acme.com/en/', 'acme.com'],
    ['acme.com', 'acme.com'],
    ['http://shop.acme.com', 'shop.acme.com'],
    ['www2.acme.cn', 'acme.cn'],
    ['not a url', null],
    ['', null],
  ])('%s → %s', (input, out) => expect(domainKey(input)).toBe(out));
  it('lower-cases and trims email', () => expect(emailKey('  Sales@ACME.com ')).toBe('sales@acme.com'));
});

describe('bigrams', () => {
  it('gives every 2-character fragment within words, folded, once', () => {
    expect(bigrams('华光照明').sort()).toEqual(['光照', '华光', '照明'].sort());
    expect(bigrams('Ab ab')).toEqual(['ab']);
    expect(bigrams('王芳')).toEqual(['王芳']);
    expect(bigrams('a')).toEqual([]);
  });
});
