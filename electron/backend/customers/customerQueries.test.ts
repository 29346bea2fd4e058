import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';

let t: ReturnType<typeof tempBackend>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = tempBackend();
  const add = async (key: string, input: Parameters<typeof t.call<'customers.create'>>[1]) => {
    ids[key] = (await t.call('customers.create', input)).id;
  };
  await add('acme', {
    companyName: 'ACME Lighting Co., Ltd.', kinds: ['exhibitor'], industry: 'LED lighting', country: 'China',
    region: 'Guangdong', city: 'Shenzhen', tags: ['VIP'],
    contacts: [{ name: '张伟', phone: '138-1234-5678', email: 'zhang.wei@acme-light.cn' }],
  });
  await add('muller', {
    companyName: 'Müller Leuchten GmbH', kinds: ['exhibitor', 'partner'], industry: 'LED lighting', country: 'Germany',
    city: 'München', email: 'info@mueller-leuchten.de', contacts: [{ name: 'Jürgen Weiß' }],
  });
  await add('huawei', {
    companyName: '深圳华光照明科技有限公司', kinds: ['trade_buyer'], industry: 'Smart lighting', country: 'China',
    region: 'Guangdong', city: '深圳', tags: ['老客户'], contacts: [{ name: '王芳', phone: '+86 139 0000 1111' }],
  });
  await add('pack', {
    companyName: 'Pacific Packaging Inc.', kinds: ['professional_visitor'], industry: 'Packaging', country: 'USA',
    city: 'Chicago', phone: '(312) 555-0199',
  });
  await t.call('customers.screen', { id: ids.pack!, version: 1, status: 'verified', note: null });
});
afterAll(() => t.cleanup());

const names = async (input: Parameters<typeof t.call<'customers.list'>>[1]) =>
  (await t.call('customers.list', input)).rows.map((r) => r.companyName);

describe('search as you type', () => {
  it.each([
    ['acme', 'ACME Lighting Co., Ltd.'],
    ['ACME LIGHT', 'ACME Lighting Co., Ltd.'],
    ['muller', 'Müller Leuchten GmbH'], // accents folded
    ['MÜLLER', 'Müller Leuchten GmbH'],
    ['jurgen', 'Müller Leuchten GmbH'], // contact name
    ['华光', '深圳华光照明科技有限公司'], // 2-character Chinese fragment
    ['王芳', '深圳华光照明科技有限公司'], // 2-character Chinese contact name
    ['照明科技', '深圳华光照明科技有限公司'],
    ['张伟', 'ACME Lighting Co., Ltd.'],
    ['zhang.wei@', 'ACME Lighting Co., Ltd.'], // email
    ['13812345678', 'ACME Lighting Co., Ltd.'], // phone typed without separators
    ['1234-5678', 'ACME Lighting Co., Ltd.'],
    ['555-0199', 'Pacific Packaging Inc.'],
    ['老客户', '深圳华光照明科技有限公司'], // tag
    ['VIP', 'ACME Lighting Co., Ltd.'],
  ])('%s finds %s', async (q, expected) => {
    expect(await names({ q })).toEqual([expected]);
  });

  it('matches every word of a multi-word query', async () => {
    expect(await names({ q: 'leuchten gmbh' })).toEqual(['Müller Leuchten GmbH']);
    expect(await names({ q: 'leuchten chicago' })).toEqual([]);
  });

  it('a single character matches the start of company names', async () => {
    expect(await names({ q: 'p' })).toEqual(['Pacific Packaging Inc.']);
  });

  it('finds nothing for punctuation only, rather than everything', async () => {
    expect(await names({ q: '%%' })).toEqual([]);
  });
});

describe('filters, sorting and paging', () => {
  it('filters by kind, industry, country, region, screening and tag', async () => {
    expect(await names({ filter: { kinds: ['partner'] } })).toEqual(['Müller Leuchten GmbH']);
    expect((await names({ filter: { industry: 'LED lighting' } })).sort()).toEqual(['ACME Lighting Co., Ltd.', 'Müller Leuchten GmbH']);
    expect(await names({ filter: { country: 'USA' } })).toEqual(['Pacific Packaging Inc.']);
    expect((await names({ filter: { region: 'Guangdong' } })).length).toBe(2);
    expect(await names({ filter: { screening: ['verified'] } })).toEqual(['Pacific Packaging Inc.']);
    expect(await names({ filter: { tag: '老客户' } })).toEqual(['深圳华光照明科技有限公司']);
    expect(await names({ q: 'lighting', filter: { country: 'Germany' } })).toEqual([]);
  });

  it('sorts both ways, case- and accent-insensitively, and pages', async () => {
    const asc = await names({ sort: { field: 'companyName', dir: 'asc' } });
    expect(asc).toEqual(['ACME Lighting Co., Ltd.', 'Müller Leuchten GmbH', 'Pacific Packaging Inc.', '深圳华光照明科技有限公司']);
    expect(await names({ sort: { field: 'companyName', dir: 'desc' } })).toEqual([...asc].reverse());
    const page = await t.call('customers.list', { offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.companyName)).toEqual(asc.slice(1, 3));
  });

  it('list rows carry tags, first contact and contact count', async () => {
    const row = (await t.call('customers.list', { q: 'acme' })).rows[0]!;
    expect(row).toMatchObject({ tags: ['VIP'], primaryContact: '张伟', contactCount: 1, kinds: ['exhibitor'] });
  });

  it('facets list the values present, most used first', async () => {
    const f = await t.call('customers.facets', {});
    expect(f.industries[0]).toBe('LED lighting');
    expect(f.countries).toContain('Germany');
    expect(f.tags.sort()).toEqual(['VIP', '老客户'].sort());
  });
});
