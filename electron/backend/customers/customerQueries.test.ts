import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMER_SORT_FIELDS, CustomerListInput as ListSchema, type CustomerListInput } from '../../../shared/api/customers';
import { kindsToMask } from '../../../shared/domain/customer';
import { foldText } from '../../../shared/domain/normalize';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { generateDemo } from '../demo/generateDemo';
import { openDatabase, type Db } from '../store/openDatabase';
import { listCustomers } from './customerQueries';
import { purgeTrash } from './customerRepository';
import type { ListQuery } from './listPlan';
import { listStrategy } from './listQuery';

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
    ['+86 139 0000', '深圳华光照明科技有限公司'], // phone in groups, some of 2 digits…
    ['139 00 00 11', '深圳华光照明科技有限公司'],
    ['0086 139-0000-1111', '深圳华光照明科技有限公司'], // …with an international prefix
    ['312 555 01', 'Pacific Packaging Inc.'],
    ['(312) 555-0199', 'Pacific Packaging Inc.'],
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

// The list's plan (listPlan.ts, listQuery.ts) picks among index walks, seeks and counting
// shortcuts by estimated cost. Whatever it picks, rows, order and total must be exactly those
// of the plain query below, the list's definition: filters ANDed, each search word matched in
// its own index, order by the sort column (NULLs last), then num.
describe('the planned list equals the plain query, on a generated workspace', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excrm-list-'));
  let db: Db;
  const value = (sql: string) => db.prepare(sql).pluck().get() as string;
  const filters: Record<string, ListQuery['filter']> = {};

  beforeAll(() => {
    db = openDatabase(path.join(dir, 'ws.sqlite'), { create: true, skipCheck: true });
    generateDemo(db, { customers: 4000, seed: 11 });
    // Deleted for good (with their search rows), then another share in the Trash.
    db.prepare("UPDATE customers SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE num % 29 = 0").run();
    purgeTrash(db);
    db.prepare("UPDATE customers SET deleted_at = '2026-02-01T00:00:00.000Z' WHERE num % 23 = 0").run();
    // Many NULLs in the nullable sort columns.
    db.prepare('UPDATE customers SET city = NULL WHERE num % 5 = 0').run();
    db.prepare('UPDATE customers SET industry = NULL WHERE num % 9 = 0').run();
    db.prepare('UPDATE customers SET country = NULL, region = NULL WHERE num % 13 = 0').run();
    const common = (col: string) => value(`SELECT ${col} FROM customers WHERE ${col} IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
    const rare = (col: string) => value(`SELECT ${col} FROM customers WHERE ${col} IS NOT NULL GROUP BY 1 ORDER BY count(*), 1 LIMIT 1`);
    const second = value('SELECT country FROM customers WHERE country IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1 OFFSET 1');
    const region = db.prepare('SELECT country, region FROM customers WHERE region IS NOT NULL GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1').get() as { country: string; region: string };
    const tag = (dir: string) => value(`SELECT tag FROM customer_tags GROUP BY 1 ORDER BY count(*) ${dir}, 1 LIMIT 1`);
    Object.assign(filters, {
      none: {},
      exhibitors: { kinds: ['exhibitor'] },
      partners: { kinds: ['partner'] },
      visitors: { kinds: ['general_visitor', 'professional_visitor'] },
      industry: { industry: common('industry') },
      rareIndustry: { industry: rare('industry') },
      country: { country: common('country') },
      secondCountry: { country: second },
      rareCountry: { country: rare('country') },
      region: { region: region.region },
      countryRegion: region,
      verified: { screening: ['verified'] },
      verifiedRejected: { screening: ['verified', 'rejected'] },
      tag: { tag: tag('DESC') },
      rareTag: { tag: tag('ASC') },
      buyersInSecondCountry: { kinds: ['trade_buyer'], country: second },
      tagExhibitors: { tag: tag('DESC'), kinds: ['exhibitor'] },
      industryVerified: { industry: common('industry'), screening: ['verified'] },
      nowhere: { country: 'Atlantis' },
    } satisfies Record<string, ListQuery['filter']>);
  });
  afterAll(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
    Object.assign(listStrategy, { force: null, firstCap: 0 });
  });

  const SORT_SQL: Record<ListQuery['sort']['field'], string> = {
    companyName: 'c.name_sort', industry: 'c.industry', country: 'c.country', city: 'c.city',
    screeningStatus: 'c.screening_status', completeness: 'c.completeness', createdAt: 'c.created_at', updatedAt: 'c.updated_at',
  };

  function plainList(q: ListQuery): { ids: string[]; total: number } {
    const where = [q.trash ? 'c.deleted_at IS NOT NULL' : 'c.deleted_at IS NULL'];
    const params: Record<string, unknown> = {};
    const f = q.filter;
    if (f.kinds?.length) where.push(`(c.kinds & ${kindsToMask(f.kinds)}) != 0`);
    for (const col of ['industry', 'country', 'region'] as const) {
      if (!f[col]) continue;
      where.push(`c.${col} = @${col}`);
      params[col] = f[col];
    }
    if (f.screening?.length) {
      where.push('c.screening_status IN (SELECT value FROM json_each(@screening))');
      params.screening = JSON.stringify(f.screening);
    }
    if (f.tag) {
      where.push('c.id IN (SELECT customer_id FROM customer_tags WHERE tag = @tag)');
      params.tag = f.tag;
    }
    if (q.q?.trim()) {
      const words = foldText(q.q).split(/\s+/).filter(Boolean);
      const matches: string[] = [];
      words.forEach((w, i) => {
        const chars = Array.from(w);
        const table = chars.length >= 3 ? 'customer_search' : chars.length === 2 && chars.every((ch) => /[\p{L}\p{N}]/u.test(ch)) ? 'customer_search_short' : null;
        if (!table) return;
        matches.push(`c.num IN (SELECT rowid FROM ${table} WHERE ${table} MATCH @w${i})`);
        params[`w${i}`] = `"${w.replace(/"/g, '""')}"`;
      });
      if (matches.length === 0 && words.length === 1 && Array.from(words[0]!).length === 1) {
        matches.push("(c.name_sort >= @p AND c.name_sort < @p || char(1114111))");
        params.p = words[0];
      }
      where.push(...(matches.length ? matches : ['0']));
    }
    const dir = q.sort.dir === 'desc' ? 'DESC' : 'ASC';
    const sql = `FROM customers c WHERE ${where.join(' AND ')}`;
    return {
      ids: db.prepare(`SELECT c.id ${sql} ORDER BY ${SORT_SQL[q.sort.field]} ${dir} NULLS LAST, c.num ${dir} LIMIT ${q.limit} OFFSET ${q.offset}`).pluck().all(params) as string[],
      total: db.prepare(`SELECT count(*) ${sql}`).pluck().get(params) as number,
    };
  }

  /** Lists each query every way the plan can take, and returns how each differs from the plain query. */
  function differences(inputs: CustomerListInput[]): string[] {
    const out: string[] = [];
    const ways = [{ force: null, firstCap: 0 }, { force: 'walk', firstCap: 0 }, { force: 'walk', firstCap: 7 }, { force: 'seek', firstCap: 0 }] as const;
    for (const input of inputs) {
      const q = ListSchema.parse(input);
      const expected = plainList(q);
      for (const way of ways) {
        Object.assign(listStrategy, way);
        const got = listCustomers(db, q);
        const actual = { ids: got.rows.map((r) => r.id), total: got.total };
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          out.push(`${JSON.stringify(input)} ${JSON.stringify(way)}: total ${actual.total} vs ${expected.total}, rows ${actual.ids.length} vs ${expected.ids.length}`);
        }
      }
    }
    Object.assign(listStrategy, { force: null, firstCap: 0 });
    return out;
  }

  const SORTS = CUSTOMER_SORT_FIELDS.flatMap((field) => (['asc', 'desc'] as const).map((dir) => ({ field, dir })));

  it('has the mix the comparison needs', () => {
    expect(value('SELECT count(*) FROM customers WHERE deleted_at IS NOT NULL')).toBeGreaterThan(100);
    expect(value("SELECT count(*) FROM customers WHERE name_sort >= '\u2E80'")).toBeGreaterThan(500);
    expect(value('SELECT count(*) FROM customers WHERE name_sort < char(11904)')).toBeGreaterThan(500);
    expect(plainList(ListSchema.parse({ filter: filters.rareTag })).total).toBeGreaterThan(0);
  });

  it('for every filter and sort, both directions, first and later pages', () => {
    const inputs = Object.values(filters).flatMap((filter) =>
      SORTS.flatMap((sort) => [{ filter, sort }, sort.dir === 'asc' ? { filter, sort, offset: 700 } : { filter, sort, offset: 37, limit: 25 }]),
    );
    expect(differences(inputs)).toEqual([]);
  }, 60_000);

  it('for searches of 1, 2, 3+ characters, several words, Chinese, and with filters', () => {
    const queries = [
      'a', 'S', '深', '%', 'co', 'te', '照明', '有限', 'ing', 'gmbh', 'muller', 'lighting', 'com.cn', 'co ltd', 'lighting co',
      '深圳 照明', 'a b', '%%', '   ', 'zzqx', 'd"or', 'and or not', '*',
    ];
    const sorts = [
      { field: 'companyName', dir: 'asc' }, { field: 'companyName', dir: 'desc' }, { field: 'city', dir: 'asc' }, { field: 'updatedAt', dir: 'desc' },
    ] as const;
    const inputs = queries.flatMap((q) =>
      (['none', 'exhibitors', 'country', 'tag', 'industryVerified'] as const).flatMap((name) =>
        sorts.flatMap((sort) => [{ q, filter: filters[name], sort, limit: 50 }, { q, filter: filters[name], sort, offset: 120, limit: 50 }]),
      ),
    );
    expect(differences(inputs)).toEqual([]);
  }, 60_000);

  it('in the Trash', () => {
    const inputs = (['none', 'exhibitors', 'country', 'tag'] as const).flatMap((name) =>
      [undefined, 'co', 'ing', '照明', 'a'].flatMap((q) => SORTS.slice(0, 6).map((sort) => ({ q, filter: filters[name], sort, trash: true }))),
    );
    expect(differences(inputs)).toEqual([]);
  });

  it('in a workspace that lacks the newer indexes (SQLite then chooses, more slowly)', () => {
    const copy = path.join(dir, 'old.sqlite');
    db.prepare('VACUUM INTO ?').run(copy);
    const old = openDatabase(copy, { skipCheck: true });
    for (const ix of ['customers_filters', 'customers_names', 'customers_by_region', 'customers_by_country_name']) old.exec(`DROP INDEX ${ix}`);
    const inputs = [
      { filter: filters.countryRegion, sort: { field: 'companyName', dir: 'asc' } },
      { filter: filters.buyersInSecondCountry, sort: { field: 'companyName', dir: 'asc' } },
      { filter: filters.industryVerified, sort: { field: 'city', dir: 'asc' } },
      { q: '照明', limit: 50 },
      { q: 'co', filter: filters.exhibitors, limit: 50 },
    ] satisfies CustomerListInput[];
    for (const input of inputs) {
      const q = ListSchema.parse(input);
      const a = listCustomers(old, q);
      const b = listCustomers(db, q);
      expect({ ids: a.rows.map((r) => r.id), total: a.total }).toEqual({ ids: b.rows.map((r) => r.id), total: b.total });
    }
    old.close();
  });
});
