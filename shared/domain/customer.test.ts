import { describe, expect, it } from 'vitest';
import { CUSTOMER_KINDS, kindsToMask, maskToKinds } from './customer';
import { completeness, KEY_FIELDS } from './completeness';
import { searchDocument } from './searchDocument';

describe('kinds bit set', () => {
  it('round-trips every combination', () => {
    for (let mask = 0; mask < 1 << CUSTOMER_KINDS.length; mask++) expect(kindsToMask(maskToKinds(mask))).toBe(mask);
  });
  it('keeps the declared order', () => expect(maskToKinds(kindsToMask(['partner', 'exhibitor']))).toEqual(['exhibitor', 'partner']));
});

describe('completeness', () => {
  const empty = { industry: null, mainBusiness: null, products: null, sizeBand: null, country: null, city: null, phone: null, email: null, website: null, contacts: 0 };
  it('is 0 with nothing and lists every key field as missing', () => {
    expect(completeness(empty)).toEqual({ percent: 0, missing: [...KEY_FIELDS] });
  });
  it('counts phone OR email as one field, blank text as missing', () => {
    const c = completeness({ ...empty, email: 'a@b.cn', industry: '  ' });
    expect(c.missing).not.toContain('phoneOrEmail');
    expect(c.missing).toContain('industry');
    expect(c.percent).toBe(Math.round((1 / KEY_FIELDS.length) * 100));
  });
});

describe('searchDocument', () => {
  const doc = searchDocument({
    companyName: 'ACME Lighting Co., Ltd.',
    legalName: null,
    email: 'sales@acme.cn',
    phone: '+86 755-8888-1234',
    website: 'https://www.acme.cn',
    tags: ['VIP'],
    contacts: [{ name: '王芳', email: 'wang@acme.cn', phone: '138 1234 5678' }],
  });
  it('indexes names, emails, phones (also as bare digits) and tags', () => {
    for (const s of ['acme lighting', '王芳', 'sales@acme.cn', 'wang@acme.cn', '+86 755-8888-1234', '8675588881234', 'vip']) {
      expect(doc.body).toContain(s);
    }
  });
  it('holds 2-character fragments of names and tags only', () => {
    expect(doc.grams.split(' ')).toEqual(expect.arrayContaining(['王芳', 'ac', 'vi']));
    expect(doc.grams).not.toContain('@');
  });
  it('derives duplicate keys from name, emails, website and phones', () => {
    expect(doc.dedupeKeys.sort()).toEqual(
      ['n:acmelighting', 'e:sales@acme.cn', 'e:wang@acme.cn', 'd:acme.cn', 'p:75588881234', 'p:13812345678'].sort(),
    );
  });
});
