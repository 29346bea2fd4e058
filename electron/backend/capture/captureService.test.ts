import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { CURRENT_EXHIBITION_SETTING } from '../../../shared/domain/exhibition';
import { localDayRange } from './captureQueries';
import { captureSummary } from './captureService';

let t: ReturnType<typeof tempBackend>;
beforeEach(() => {
  t = tempBackend();
});
afterEach(() => t.cleanup());

const NOW = '2026-11-22T08:00:00.000Z';

/** Exhibitions and editions written straight into their tables (capture reads them so too). */
function exhibition(name: string, createdAt = NOW): string {
  const id = randomUUID();
  t.db()
    .prepare('INSERT INTO exhibitions (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)')
    .run(id, name, createdAt, createdAt);
  return id;
}
function edition(exhibitionId: string, name: string, status: string, start = '2026-11-20'): string {
  const id = randomUUID();
  t.db()
    .prepare(
      `INSERT INTO editions (id, exhibition_id, name, start_date, end_date, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, exhibitionId, name, start, start, status, NOW, NOW);
  return id;
}
const count = (table: string) => t.db().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

const lead = {
  company: 'Harbour Lights Trading Co., Ltd.',
  person: '李娜',
  title: '采购经理',
  phone: '+86 138 1234 5678',
  email: 'li.na@harbour-lights.example',
  interest: 'Outdoor LED, wants a quote',
  categories: ['LED lighting', 'Solar', 'led lighting'],
  temperature: 'hot' as const,
  note: 'Call back after the fair',
  capturedBy: 'Wang Fang',
};

describe('capture.context', () => {
  it('is empty but usable in a fresh workspace', async () => {
    const c = await t.call('capture.context', {});
    expect(c).toEqual({ exhibition: null, editions: [], editionId: null, capturedBy: null, todayCount: 0, categories: [] });
  });

  it('offers the current exhibition’s open and running editions, running first, and the staff name', async () => {
    const first = exhibition('Lighting Fair', '2026-01-01T00:00:00.000Z');
    const second = exhibition('Packaging Expo', '2026-02-01T00:00:00.000Z');
    edition(first, 'Lighting Fair 2025', 'closed', '2025-11-20');
    const open = edition(first, 'Lighting Fair 2027', 'open', '2027-11-20');
    const running = edition(first, 'Lighting Fair 2026', 'running');
    edition(second, 'Packaging Expo 2026', 'running');
    await t.call('settings.update', { staffName: 'Zhou Min' });

    let c = await t.call('capture.context', {});
    expect(c.exhibition).toEqual({ id: first, name: 'Lighting Fair' }); // no setting: the first exhibition
    expect(c.editions.map((e) => e.id)).toEqual([running, open]);
    expect(c.editionId).toBe(running);
    expect(c.capturedBy).toBe('Zhou Min');

    t.db()
      .prepare('INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)')
      .run(CURRENT_EXHIBITION_SETTING, JSON.stringify(second), NOW, NOW);
    c = await t.call('capture.context', {});
    expect(c.exhibition?.name).toBe('Packaging Expo');
    expect(c.editions.map((e) => e.name)).toEqual(['Packaging Expo 2026']);
  });

  it('remembers who captured last and counts that person’s leads of today', async () => {
    await t.call('settings.update', { staffName: 'Zhou Min' });
    await t.call('capture.save', { ...lead, capturedBy: 'Wang Fang' });
    await t.call('capture.save', { company: 'Second Co', temperature: 'cold', capturedBy: 'Wang Fang' });
    const c = await t.call('capture.context', {});
    expect(c.capturedBy).toBe('Wang Fang');
    expect(c.todayCount).toBe(2);
    // Categories used before come first (once, in their first spelling), then industries.
    expect(c.categories.slice(0, 2)).toEqual(['LED lighting', 'Solar']);
  });

  it('suggests the workspace’s industries as categories', async () => {
    await t.call('customers.create', { companyName: 'A', industry: 'Packaging' });
    await t.call('customers.create', { companyName: 'B', industry: 'Packaging' });
    await t.call('customers.create', { companyName: 'C', industry: 'Printing' });
    expect((await t.call('capture.context', {})).categories).toEqual(['Packaging', 'Printing']);
  });
});

describe('capture.save', () => {
  it('creates a customer with the person as contact, a visit interaction and the capture row', async () => {
    const ex = exhibition('Lighting Fair');
    const ed = edition(ex, 'Lighting Fair 2026', 'running');
    const r = await t.call('capture.save', { ...lead, editionId: ed });
    expect(r.created).toBe(true);
    expect(r.todayCount).toBe(1);

    const c = await t.call('customers.get', { id: r.customerId });
    expect(c.companyName).toBe(lead.company);
    expect(c.kinds).toEqual(['professional_visitor']);
    expect(c.source).toBe('on_site');
    expect(c.contacts).toMatchObject([{ name: '李娜', title: '采购经理', phone: lead.phone, email: lead.email }]);

    const i = t.db().prepare('SELECT * FROM interactions WHERE id = ?').get(r.interactionId) as Record<string, unknown>;
    expect(i).toMatchObject({
      customer_id: r.customerId,
      type: 'visit',
      direction: 'inbound',
      staff: 'Wang Fang',
      edition_id: ed,
      outcome: 'Call back after the fair',
      summary: 'Lead captured on site (hot) — Outdoor LED, wants a quote — Categories: LED lighting, Solar',
    });
    const lc = t.db().prepare('SELECT * FROM lead_captures WHERE id = ?').get(r.captureId) as Record<string, unknown>;
    expect(lc).toMatchObject({
      customer_id: r.customerId,
      interaction_id: r.interactionId,
      edition_id: ed,
      person: '李娜',
      categories: '["LED lighting","Solar"]',
      temperature: 'hot',
      captured_by: 'Wang Fang',
      created_customer: 1,
    });

    // The new customer is found by search and recognised as a duplicate, like one typed in.
    const list = await t.call('customers.list', { q: '李娜' });
    expect(list.rows.map((row) => row.id)).toEqual([r.customerId]);
    expect((await t.call('capture.match', { email: 'LI.NA@harbour-lights.example' })).map((m) => m.id)).toEqual([r.customerId]);
  });

  it('keeps phone and email on the firm when no person was named', async () => {
    const r = await t.call('capture.save', { company: 'No Name Ltd', phone: '020 8765 4321', email: 'info@noname.example', temperature: 'warm', capturedBy: 'A' });
    const c = await t.call('customers.get', { id: r.customerId });
    expect(c.contacts).toEqual([]);
    expect(c).toMatchObject({ phone: '020 8765 4321', email: 'info@noname.example' });
  });

  it('writes the summary in the caller’s language', () => {
    expect(captureSummary({ interest: '户外灯', categories: ['照明'], temperature: 'warm' }, 'zh')).toBe('现场采集线索（温）；户外灯；品类：照明');
    expect(captureSummary({ interest: null, categories: [], temperature: 'cold' }, 'en')).toBe('Lead captured on site (cold)');
  });

  it('matches an existing customer by email, phone or normalised name, and uses the chosen one', async () => {
    const existing = await t.call('customers.create', {
      companyName: 'Harbour Lights Trading Co., Ltd.',
      kinds: ['exhibitor'],
      contacts: [{ name: 'Chen Jing', email: 'chen@harbour-lights.example', phone: '13900001111' }],
    });
    await t.call('customers.create', { companyName: 'Unrelated GmbH' });
    for (const q of [{ company: 'harbour lights trading' }, { email: 'chen@harbour-lights.example' }, { phone: '+86 139-0000-1111' }]) {
      const m = await t.call('capture.match', q);
      expect(m.map((x) => x.id)).toEqual([existing.id]);
      expect(m[0]!.contacts).toEqual(['Chen Jing']);
    }
    expect(await t.call('capture.match', {})).toEqual([]);
    expect(await t.call('capture.match', { company: 'Nobody at all' })).toEqual([]);

    const r = await t.call('capture.save', { ...lead, customerId: existing.id });
    expect(r).toMatchObject({ customerId: existing.id, created: false });
    expect(count('customers')).toBe(2);
    const c = await t.call('customers.get', { id: existing.id });
    expect(c.kinds).toEqual(['exhibitor']); // kept as it was
    expect(c.contacts.map((k) => k.name)).toEqual(['Chen Jing', '李娜']);
    expect(t.db().prepare('SELECT created_customer FROM lead_captures').pluck().get()).toBe(0);

    // The same person again is not added twice; a blank field of that contact is filled.
    await t.call('capture.save', { company: null, person: 'Chen Jing', title: 'Export manager', temperature: 'warm', capturedBy: 'Wang Fang', customerId: existing.id });
    const again = await t.call('customers.get', { id: existing.id });
    expect(again.contacts).toHaveLength(2);
    expect(again.contacts[0]).toMatchObject({ name: 'Chen Jing', title: 'Export manager', email: 'chen@harbour-lights.example' });
    expect(count('interactions')).toBe(2);
  });

  it('does not match customers in the Trash, and refuses to capture onto one', async () => {
    const gone = await t.call('customers.create', { companyName: 'Gone Co', email: 'x@gone.example' });
    await t.call('customers.trash', { ids: [gone.id] });
    expect(await t.call('capture.match', { email: 'x@gone.example' })).toEqual([]);
    const r = await t.raw('capture.save', { company: 'Gone Co', temperature: 'hot', capturedBy: 'A', customerId: gone.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found', fields: { customerId: 'This customer does not exist (or is in the Trash).' } } });
    expect(count('interactions')).toBe(0);
    expect(count('lead_captures')).toBe(0);
  });

  it('refuses an edition that does not exist and writes nothing', async () => {
    const r = await t.raw('capture.save', { ...lead, editionId: randomUUID() });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { editionId: 'This edition does not exist.' } } });
    expect([count('customers'), count('interactions'), count('lead_captures')]).toEqual([0, 0, 0]);
  });

  it('is atomic: a failure at the last write leaves no customer and no interaction behind', async () => {
    t.db().exec(`CREATE TEMP TRIGGER fail_capture BEFORE INSERT ON lead_captures BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const r = await t.raw('capture.save', lead);
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect([count('customers'), count('contacts'), count('dedupe_keys'), count('interactions'), count('lead_captures')]).toEqual([0, 0, 0, 0, 0]);
    t.db().exec('DROP TRIGGER temp.fail_capture');
    expect((await t.call('capture.save', lead)).created).toBe(true);
  });

  it('announces the change so open screens refetch', async () => {
    await t.call('capture.save', lead);
    const domains = t.events.flatMap((e) => (e.type === 'data.changed' ? [e.domain] : []));
    expect(domains).toEqual(expect.arrayContaining(['customers', 'interactions', 'capture']));
  });
});

describe('capture.today', () => {
  it('counts per staff member and only the local day', async () => {
    await t.call('capture.save', { ...lead, capturedBy: 'Wang Fang' });
    await t.call('capture.save', { company: 'B', temperature: 'cold', capturedBy: 'Wang Fang' });
    await t.call('capture.save', { company: 'C', temperature: 'warm', capturedBy: 'Zhou Min' });
    // Yesterday's lead of the same person does not count.
    const [start] = localDayRange(new Date().toISOString());
    const customerId = t.db().prepare('SELECT id FROM customers LIMIT 1').pluck().get() as string;
    t.db()
      .prepare(`INSERT INTO lead_captures (id, customer_id, temperature, captured_by, captured_at, created_customer) VALUES (?, ?, 'hot', 'Wang Fang', ?, 1)`)
      .run(randomUUID(), customerId, new Date(Date.parse(start) - 60_000).toISOString());
    expect(await t.call('capture.today', { capturedBy: 'Wang Fang' })).toEqual({ count: 2 });
    expect(await t.call('capture.today', { capturedBy: ' Zhou Min ' })).toEqual({ count: 1 });
    expect(await t.call('capture.today', { capturedBy: 'Nobody' })).toEqual({ count: 0 });
  });

  it('takes the local midnight as the day boundary', () => {
    const [from, to] = localDayRange('2026-11-22T10:30:00.000Z');
    expect(Date.parse(to) - Date.parse(from)).toBe(24 * 3600_000);
    expect(Date.parse(from)).toBeLessThanOrEqual(Date.parse('2026-11-22T10:30:00.000Z'));
    expect(new Date(from).getHours()).toBe(0);
  });
});

describe('bad input answers with field-level errors in the caller’s language', () => {
  it.each([
    [{ ...lead, company: '' }, 'company', 'This field is required.'],
    [{ ...lead, email: 'li.na@' }, 'email', 'Not a valid email address (name@company.com).'],
    [{ ...lead, phone: 'call me' }, 'phone', 'Not a valid phone number: 6 to 20 digits; spaces, + - ( ) allowed.'],
    [{ ...lead, temperature: 'lukewarm' }, 'temperature', 'Choose hot, warm or cold.'],
    [{ ...lead, capturedBy: '  ' }, 'capturedBy', 'This field is required.'],
    [{ ...lead, editionId: 'nope' }, 'editionId', 'Not a valid record id.'],
    [{ ...lead, customerId: 42 }, 'customerId', 'Not a valid record id.'],
    [{ ...lead, categories: ['x'.repeat(41)] }, 'categories.0', 'Must be at most 40 characters.'],
    [{ ...lead, note: 'x'.repeat(2001) }, 'note', 'Must be at most 2000 characters.'],
    [{ ...lead, extra: 1 }, 'extra', undefined],
  ])('%#: %s', async (input, path, message) => {
    const r = await t.raw('capture.save', input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(Object.keys(r.error.fields ?? {})).toContain(path);
    if (message) expect(r.error.fields![path]).toBe(message);
    expect(count('customers')).toBe(0);
  });

  it('answers in Chinese for a Chinese caller', async () => {
    const r = await t.raw('capture.save', { temperature: 'x', capturedBy: '' }, 'zh');
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { company: '此项为必填项。', temperature: '请选择热、温或冷。', capturedBy: '此项为必填项。' } },
    });
  });

  it('rejects bad input of the other methods', async () => {
    expect(await t.raw('capture.today', {})).toMatchObject({ ok: false, error: { fields: { capturedBy: 'This field is required.' } } });
    expect(await t.raw('capture.match', { email: 'x'.repeat(300) })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await t.raw('capture.context', { x: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
