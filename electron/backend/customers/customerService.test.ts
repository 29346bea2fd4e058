import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';

let t: ReturnType<typeof tempBackend>;
beforeEach(() => {
  t = tempBackend();
});
afterEach(() => t.cleanup());

const acme = {
  companyName: 'ACME Lighting Co., Ltd.',
  kinds: ['exhibitor', 'trade_buyer'] as ('exhibitor' | 'trade_buyer')[],
  industry: 'LED lighting',
  country: 'China',
  city: 'Shenzhen',
  email: 'sales@acme-light.cn',
  phone: '+86 755 8888 1234',
  website: 'www.acme-light.cn',
  tags: ['VIP', 'brand leader'],
  contacts: [
    { name: '张伟', title: '销售总监', phone: '138-1234-5678', email: 'zhang.wei@acme-light.cn' },
    { name: 'Anna Müller', email: 'anna@acme-light.cn' },
  ],
};

describe('customers: create, read, update', () => {
  it('creates a customer with contacts and tags and reads it back', async () => {
    const c = await t.call('customers.create', acme);
    expect(c.companyName).toBe('ACME Lighting Co., Ltd.');
    expect(c.kinds).toEqual(['exhibitor', 'trade_buyer']);
    expect(c.contacts.map((k) => k.name)).toEqual(['张伟', 'Anna Müller']);
    expect(c.tags.sort()).toEqual(['VIP', 'brand leader'].sort());
    expect(c.screening.status).toBe('unverified');
    expect(c.version).toBe(1);
    expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
    const again = await t.call('customers.get', { id: c.id });
    expect(again).toEqual(c);
  });

  it('reports which key fields are missing', async () => {
    const c = await t.call('customers.create', { companyName: 'Bare Co' });
    expect(c.completeness.percent).toBe(0);
    expect(c.completeness.missing).toContain('industry');
    const full = await t.call('customers.create', { ...acme, mainBusiness: 'LED', products: 'Lamps', sizeBand: '50-249' });
    expect(full.completeness).toEqual({ percent: 100, missing: [] });
  });

  it('updates fields, keeps contact ids, bumps the version', async () => {
    const c = await t.call('customers.create', acme);
    const zhang = c.contacts[0]!;
    const u = await t.call('customers.update', {
      id: c.id,
      version: c.version,
      patch: { city: 'Guangzhou', tags: ['VIP'] },
      contacts: [{ ...zhang, title: 'CEO' }],
    });
    expect(u.city).toBe('Guangzhou');
    expect(u.version).toBe(2);
    expect(u.tags).toEqual(['VIP']);
    expect(u.contacts).toHaveLength(1);
    expect(u.contacts[0]!.id).toBe(zhang.id);
    expect(u.contacts[0]!.title).toBe('CEO');
  });

  it('a patch changes only the fields it names: kinds, tags and partner type stay', async () => {
    const c = await t.call('customers.create', { companyName: 'Lighting Association', kinds: ['partner', 'exhibitor'], partnerType: 'association', tags: ['board', 'VIP'] });
    const after = await t.call('customers.update', { id: c.id, version: c.version, patch: { notes: 'Met at the gala' } });
    expect(after).toMatchObject({ notes: 'Met at the gala', kinds: ['exhibitor', 'partner'], partnerType: 'association' });
    expect([...after.tags].sort()).toEqual(['VIP', 'board'].sort());
  });

  it('refuses an update from a stale version and changes nothing', async () => {
    const c = await t.call('customers.create', acme);
    await t.call('customers.update', { id: c.id, version: 1, patch: { city: 'Guangzhou' } });
    const r = await t.raw('customers.update', { id: c.id, version: 1, patch: { city: 'Beijing' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('conflict');
    expect((await t.call('customers.get', { id: c.id })).city).toBe('Guangzhou');
  });

  it('records who screened and when', async () => {
    await t.call('settings.update', { staffName: 'Li Na' });
    const c = await t.call('customers.create', acme);
    const s = await t.call('customers.screen', { id: c.id, version: c.version, status: 'verified', note: 'Checked licence' });
    expect(s.screening).toMatchObject({ status: 'verified', note: 'Checked licence', by: 'Li Na' });
    expect(Date.parse(s.screening.at!)).not.toBeNaN();
  });
});

describe('customers: trash', () => {
  it('moves to Trash, restores, and empties for good', async () => {
    const a = await t.call('customers.create', acme);
    const b = await t.call('customers.create', { companyName: 'Beta Packaging GmbH' });
    await t.call('customers.trash', { ids: [a.id] });
    expect((await t.call('customers.list', {})).rows.map((r) => r.id)).toEqual([b.id]);
    expect((await t.call('customers.list', { trash: true })).rows.map((r) => r.id)).toEqual([a.id]);
    // Contacts stay with a trashed customer.
    expect((await t.call('customers.get', { id: a.id })).contacts).toHaveLength(2);

    await t.call('customers.restore', { ids: [a.id] });
    expect((await t.call('customers.list', {})).total).toBe(2);

    await t.call('customers.trash', { ids: [a.id] });
    expect(await t.call('customers.emptyTrash', { confirm: true })).toEqual({ count: 1 });
    const gone = await t.raw('customers.get', { id: a.id });
    expect(gone.ok).toBe(false);
    const db = t.db();
    expect(db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM dedupe_keys WHERE customer_num NOT IN (SELECT num FROM customers)').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM dedupe_keys').pluck().get()).toBeGreaterThan(0); // the other customer's
    expect((await t.call('customers.list', { q: 'acme' })).total).toBe(0);
  });
});

describe('customers: duplicates', () => {
  it('warns about the same firm spelt differently, by email, domain or phone', async () => {
    const a = await t.call('customers.create', acme);
    const byName = await t.call('customers.duplicates', { companyName: 'Acme lighting co ltd' });
    expect(byName).toEqual([expect.objectContaining({ id: a.id, reasons: ['name'] })]);
    const byPhone = await t.call('customers.duplicates', { phone: '13812345678' });
    expect(byPhone[0]?.reasons).toEqual(['phone']);
    const byDomain = await t.call('customers.duplicates', { website: 'https://acme-light.cn/en' });
    expect(byDomain[0]?.reasons).toEqual(['domain']);
    const byEmail = await t.call('customers.duplicates', { email: 'SALES@acme-light.cn' });
    expect(byEmail[0]?.reasons).toEqual(['email']);
    expect(await t.call('customers.duplicates', { companyName: 'Acme Lighting', excludeId: a.id })).toEqual([]);
    const b = await t.call('customers.create', { companyName: 'ACME LIGHTING CO LTD' });
    expect(b.duplicates.map((d) => d.id)).toEqual([a.id]);
  });
});
