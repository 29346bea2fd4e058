import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { csv, runImport, tableCounts, writeFile, type T } from '../../../test/helpers/importFlow';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { readSpreadsheet } from '../excel/read/readSpreadsheet';
import { writeTable } from '../excel/write/writeTable';

// The import flow through the real dispatcher on a real workspace, with real files.

let t: T;
afterEach(() => t?.cleanup());

const CN_FILE = csv([
  ['2025 第十届深圳电子展 参展商名单', null, null, null, null, null, null],
  [null, null, null, null, null, null, null],
  ['公司名称', '联系人', '手机', '邮箱', '展位号', '面积', '电话'],
  ['深圳市海天电子有限公司', '王伟', '013812345678', 'wang@haitian.cn', '007', '18', '0755-86001234'],
  ['上海明光照明有限公司', '李娜', '13900001111', 'li@mingguang.com', 'A012', '36', '021-55550000'],
]);

describe('imports: reading, mapping, preview', () => {
  it('finds the header below title rows, maps Chinese headers by synonym and keeps leading zeros', async () => {
    t = tempBackend();
    const file = writeFile(t, '参展商.csv', CN_FILE);
    const open = await t.call('imports.open', { path: file });
    expect(open.format).toBe('csv');
    const p = await t.call('imports.preview', { sessionId: open.sessionId });
    expect(p.headerRow).toBe(2);
    expect(p.mapping).toEqual(['companyName', 'contactName', 'contactPhone', 'email', 'standNumber', 'standArea', 'phone']);
    expect(p.summary).toMatchObject({ rows: 2, valid: 2, rejected: 0, duplicates: 0 });
    const first = p.rows[0]!;
    expect(first.row).toBe(4);
    expect(first.values).toMatchObject({ companyName: '深圳市海天电子有限公司', contactPhone: '013812345678', phone: '0755-86001234' });
    // No edition chosen: participation fields are not stored.
    expect(first.values.standNumber).toBeUndefined();
    // …but each column's first value is shown as in the file, for mapping it.
    expect(p.samples).toEqual(['深圳市海天电子有限公司', '王伟', '013812345678', 'wang@haitian.cn', '007', '18', '0755-86001234']);
  });

  it('samples a column without a title, and a sparse one, by its first value', async () => {
    t = tempBackend();
    const file = writeFile(t, 'list.csv', csv([
      ['Company', null, 'Notes'],
      ['Harbour Lights', 'A-12', null],
      ['Delta Fixtures', 'B-3', null],
      ['Ningbo Lamps', null, 'met at the fair'],
    ]));
    const p = await t.call('imports.preview', { sessionId: (await t.call('imports.open', { path: file })).sessionId });
    expect(p.headers).toEqual(['Company', null, 'Notes']);
    expect(p.samples).toEqual(['Harbour Lights', 'A-12', 'met at the fair']);
  });

  it('stores phone numbers and stand numbers as text, exactly as written', async () => {
    t = tempBackend();
    const x = await t.call('exhibitions.create', { name: 'Expo' });
    const e = await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2025', startDate: '2025-05-01', endDate: '2025-05-03' });
    const file = writeFile(t, 'list.csv', CN_FILE);
    const { result } = await runImport(t, file, { editionId: e.id });
    expect(result).toMatchObject({ read: 2, created: 2, updated: 0, skipped: 0, rejected: 0, participations: 2, contacts: 2 });
    const db = t.db();
    const c = db.prepare("SELECT * FROM customers WHERE company_name = '深圳市海天电子有限公司'").get() as Record<string, unknown>;
    expect(c.phone).toBe('0755-86001234');
    expect(c.source).toBe('import');
    expect(c.completeness).toBeGreaterThan(0);
    expect(c.name_sort).toBe('深圳市海天电子有限公司');
    expect(db.prepare('SELECT phone FROM contacts WHERE customer_id = ?').pluck().get(c.id)).toBe('013812345678');
    const p = db.prepare('SELECT * FROM participations WHERE customer_id = ?').get(c.id) as Record<string, unknown>;
    expect(p).toMatchObject({ stand_number: '007', stand_area: 18, edition_id: e.id, role: 'exhibitor', status: 'enquiry' });
    // What customers.create gives: search (also by 2-character fragments), duplicate keys, a relationship.
    const found = await t.call('customers.list', { q: '海天' });
    expect(found.rows.map((r) => r.companyName)).toEqual(['深圳市海天电子有限公司']);
    expect((await t.call('customers.list', { q: '13812345678' })).total).toBe(1);
    const dups = await t.call('customers.duplicates', { companyName: '深圳市海天电子' });
    expect(dups.map((d) => d.id)).toEqual([c.id]);
    expect(db.prepare('SELECT stage FROM relationships WHERE customer_id = ? AND exhibition_id = ?').pluck().get(c.id, x.id)).toBe('cultivation');
    // Figures, kept exact for segments.
    expect(db.prepare('SELECT count(*) FROM customer_figures').pluck().get()).toBe(2);
    // The edition's exhibition is assessed again.
    expect(result.assessJobId).not.toBeNull();
    const assess = t.backend.jobs.get(result.assessJobId!);
    expect(assess.kind).toBe('valuation.assess');
    await t.backend.jobs.wait(assess.id);
  });

  it('validates every row with per-field reasons in the caller’s language', async () => {
    t = tempBackend();
    const file = writeFile(
      t,
      'bad.csv',
      csv([
        ['Company', 'Email', 'Website', 'Status', 'Stand area', 'Booking date'],
        ['Good Ltd', 'info@good.com', 'good.com', 'Contracted', '12', '2025-03-01'],
        ['Bad Mail Ltd', 'not-an-email', null, 'paid', '9', '1/3/2025'],
        [null, 'x@y.com', null, null, null, null],
        ['Weird Status', null, null, 'maybe later', 'twelve', '31/02/2025'],
      ]),
    );
    const x = await t.call('exhibitions.create', { name: 'Expo' });
    const e = await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2025', startDate: '2025-05-01', endDate: '2025-05-03' });
    const { sessionId } = await t.call('imports.open', { path: file });
    const v = await t.call('imports.validate', { sessionId, editionId: e.id, filter: 'rejected' });
    expect(v.summary).toMatchObject({ rows: 4, valid: 1, rejected: 3 });
    expect(v.rows.map((r) => r.row)).toEqual([3, 4, 5]);
    expect(v.rows[0]!.issues).toEqual([{ field: 'email', column: 1, message: 'Not a valid email address (name@company.com).' }]);
    expect(v.rows[1]!.issues).toEqual([{ field: 'companyName', column: 0, message: 'This field is required.' }]);
    const fields = v.rows[2]!.issues.map((i) => i.field).sort();
    expect(fields).toEqual(['standArea', 'status', 'statusAt']);
    const zh = await t.raw('imports.validate', { sessionId, filter: 'rejected' }, 'zh');
    expect(zh.ok).toBe(true);
    const zhRows = (zh as { data: { rows: { issues: { message: string }[] }[] } }).data.rows;
    expect(zhRows[0]!.issues[0]!.message).toMatch(/邮箱|电子邮件/);
    expect(zhRows[2]!.issues.some((i) => i.message.includes('maybe later'))).toBe(true);
  });

  it('writes the rejected rows with a reason column, readable again', async () => {
    t = tempBackend();
    const file = writeFile(
      t,
      'mixed.csv',
      csv([
        ['Company', 'Phone', 'Email'],
        ['Fine Co', '010-1234567', 'a@fine.com'],
        ['Broken Co', 'call me', 'b@broken.com'],
        ['Wrong Mail', '0123456789', 'nope'],
      ]),
    );
    const { sessionId } = await t.call('imports.open', { path: file });
    const out = `${t.dir}/rejected.xlsx`;
    const r = await t.call('imports.rejected', { sessionId, path: out });
    expect(r.rows).toBe(2);
    const back = await readSpreadsheet(out);
    expect(back.rows[0]).toEqual(['Company', 'Phone', 'Email', 'Reason']);
    expect(back.rows[1]!.slice(0, 3)).toEqual(['Broken Co', 'call me', 'b@broken.com']);
    expect(back.rows[1]![3]).toMatch(/^Phone: Not a valid phone number/);
    expect(back.rows[2]![1]).toBe('0123456789');
    expect(back.rows[2]![3]).toMatch(/^Email: /);
  });

  it('names a column without a title by its letter in the rejected rows, in the user’s language', async () => {
    t = tempBackend();
    const file = writeFile(t, 'untitled.csv', csv([
      ['Company', null, 'Email'],
      ['Broken Co', 'A-12', 'nope'],
    ]));
    const { sessionId } = await t.call('imports.open', { path: file });
    // The untitled column holds the email here: mapped by hand.
    await t.call('imports.preview', { sessionId, mapping: ['companyName', 'email', null] });
    const en = `${t.dir}/rejected-en.xlsx`;
    await t.call('imports.rejected', { sessionId, path: en });
    const back = await readSpreadsheet(en);
    expect(back.rows[0]).toEqual(['Company', 'Column B', 'Email', 'Reason']);
    expect(back.rows[1]![3]).toMatch(/^Column B: Not a valid email address/);
    const zh = `${t.dir}/rejected-zh.xlsx`;
    const r = await t.raw('imports.rejected', { sessionId, path: zh }, 'zh');
    expect(r.ok).toBe(true);
    expect((await readSpreadsheet(zh)).rows[0]).toEqual(['Company', 'B 列', 'Email', '原因']);
  });

  it('proposes a saved template for a file with the same headers, in any order', async () => {
    t = tempBackend();
    const a = writeFile(t, 'a.csv', csv([['Firma', 'Ort', 'Notiz'], ['Müller GmbH', 'Berlin', 'x']]));
    const s1 = await t.call('imports.open', { path: a });
    const p1 = await t.call('imports.preview', { sessionId: s1.sessionId });
    expect(p1.templateMatch).toBeNull();
    // Not every header is known: the user maps them by hand.
    await t.call('imports.preview', { sessionId: s1.sessionId, mapping: ['companyName', 'city', 'notes'] });
    const saved = await t.call('imports.saveTemplate', { sessionId: s1.sessionId, name: 'German list' });
    expect(saved.mapping).toEqual({ firma: 'companyName', ort: 'city', notiz: 'notes' });
    const b = writeFile(t, 'b.csv', csv([['Notiz', 'FIRMA', 'Ort'], ['y', 'Schmidt AG', 'Bonn']]));
    const s2 = await t.call('imports.open', { path: b });
    const p2 = await t.call('imports.preview', { sessionId: s2.sessionId });
    expect(p2.templateMatch).toEqual({ id: saved.id, name: 'German list' });
    expect(p2.mapping).toEqual(['notes', 'companyName', 'city']);
    expect(p2.rows[0]!.values).toMatchObject({ companyName: 'Schmidt AG', city: 'Bonn', notes: 'y' });
    expect((await t.call('imports.templates', {})).map((x) => x.name)).toEqual(['German list']);
  });

  it('says which dates read two ways, reads them day first, and reads them month first when told', async () => {
    t = tempBackend();
    const x = await t.call('exhibitions.create', { name: 'Expo' });
    const e = await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2026', startDate: '2026-09-01', endDate: '2026-09-03' });
    const file = writeFile(t, 'bookings.csv', csv([
      ['Company', 'Booking date'],
      ['Harbour Lights', '3/7/2026'],
      ['Delta Fixtures', '2026-02-01'],
      ['Ningbo Lamps', '5/5/2026'],
    ]));
    const { sessionId } = await t.call('imports.open', { path: file });
    const dateOf = (p: { rows: { values: Record<string, unknown> }[] }) => p.rows.map((r) => r.values.statusAt);
    const p1 = await t.call('imports.preview', { sessionId, editionId: e.id });
    // Nothing in the column tells: day first, and the preview says how many dates depend on it.
    expect(p1.dates).toEqual({ column: 1, order: 'dmy', source: 'default', ambiguous: 1, example: '3/7/2026' });
    expect(dateOf(p1)).toEqual(['2026-07-03', '2026-02-01', '2026-05-05']);
    const p2 = await t.call('imports.preview', { sessionId, dateOrder: 'mdy' });
    expect(p2.dates).toMatchObject({ order: 'mdy', source: 'chosen', ambiguous: 1 });
    expect(dateOf(p2)).toEqual(['2026-03-07', '2026-02-01', '2026-05-05']);
    // The choice stays with the session: another edition keeps it (its participations derived
    // again from the rows as read), and the commit stores it.
    const other = await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2027', startDate: '2027-09-01', endDate: '2027-09-03' });
    const p3 = await t.call('imports.preview', { sessionId, editionId: other.id });
    expect(p3.dates?.order).toBe('mdy');
    expect(dateOf(p3)).toEqual(['2026-03-07', '2026-02-01', '2026-05-05']);
    await t.call('imports.preview', { sessionId, editionId: e.id });
    await t.call('imports.setDecisions', { sessionId, default: 'skip' });
    const job = await t.backend.jobs.wait((await t.call('imports.commit', { sessionId })).id);
    expect(job.status).toBe('done');
    const stored = t.db().prepare("SELECT p.status_at FROM participations p JOIN customers c ON c.id = p.customer_id WHERE c.company_name = 'Harbour Lights'").pluck().get();
    expect(stored).toBe('2026-03-07');
    // A bad value is a field error and changes nothing.
    const bad = await t.raw('imports.preview', { sessionId, dateOrder: 'ymd' as never });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { dateOrder: expect.any(String) } } });
  });

  it('keeps the date order in a saved template; the next file like it is read the same, unless it tells otherwise', async () => {
    t = tempBackend();
    const x = await t.call('exhibitions.create', { name: 'Expo' });
    const e = await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2026', startDate: '2026-09-01', endDate: '2026-09-03' });
    const open = async (name: string, rows: string[][]) => {
      const { sessionId } = await t.call('imports.open', { path: writeFile(t, name, csv([['Company', 'Booking date'], ...rows])) });
      return { sessionId, p: await t.call('imports.preview', { sessionId, editionId: e.id }) };
    };
    const first = await open('2025.csv', [['Harbour Lights', '3/7/2025']]);
    await t.call('imports.preview', { sessionId: first.sessionId, dateOrder: 'mdy' });
    const saved = await t.call('imports.saveTemplate', { sessionId: first.sessionId, name: 'US bookings' });
    expect(saved.dateOrder).toBe('mdy');

    // Opened as in the app: no edition in the first preview.
    const { sessionId: s2 } = await t.call('imports.open', { path: writeFile(t, '2026.csv', csv([['Company', 'Booking date'], ['Delta Fixtures', '4/8/2026']])) });
    await t.call('imports.preview', { sessionId: s2 });
    const next = { sessionId: s2, p: await t.call('imports.preview', { sessionId: s2, editionId: e.id }) };
    expect(next.p.templateMatch?.name).toBe('US bookings');
    expect(next.p.dates).toMatchObject({ order: 'mdy', source: 'template', ambiguous: 1 });
    expect(next.p.rows[0]!.values.statusAt).toBe('2026-04-08');
    // The user can still switch for this file.
    const back = await t.call('imports.preview', { sessionId: next.sessionId, dateOrder: 'dmy' });
    expect(back.dates).toMatchObject({ order: 'dmy', source: 'chosen' });

    // A file whose own dates tell the other order is read as it tells.
    const told = await open('2027.csv', [['Ningbo Lamps', '4/8/2027'], ['Lumière SA', '25/12/2026']]);
    expect(told.p.dates).toMatchObject({ order: 'dmy', source: 'file' });
    expect(told.p.rows[0]!.values.statusAt).toBe('2027-08-04');
    // Without a choice or a template, the default is day first, and a template saved then keeps no order.
    await t.call('imports.deleteTemplate', { id: saved.id });
    const plain = await open('2028.csv', [['Plain Co', '4/8/2028']]);
    expect(plain.p.dates).toMatchObject({ order: 'dmy', source: 'default' });
    expect((await t.call('imports.saveTemplate', { sessionId: plain.sessionId, name: 'Plain' })).dateOrder).toBeNull();
  });

  it('reads the dates as the column tells when one date does, and says so', async () => {
    t = tempBackend();
    const x = await t.call('exhibitions.create', { name: 'Expo' });
    const e = await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2026', startDate: '2026-09-01', endDate: '2026-09-03' });
    const file = writeFile(t, 'us.csv', csv([
      ['Company', 'Contract date'],
      ['Harbour Lights', '3/7/2026'],
      ['Delta Fixtures', '12/25/2025'],
    ]));
    const { sessionId } = await t.call('imports.open', { path: file });
    // As in the app: the first preview has no edition (nothing said of dates), the edition comes after.
    expect((await t.call('imports.preview', { sessionId })).dates).toBeNull();
    const p = await t.call('imports.preview', { sessionId, editionId: e.id });
    expect(p.dates).toEqual({ column: 1, order: 'mdy', source: 'file', ambiguous: 1, example: '3/7/2026' });
    expect(p.rows[0]!.values.statusAt).toBe('2026-03-07');
    // A column with dates both ways tells nothing, and says so.
    const mixedFile = writeFile(t, 'mixed.csv', csv([['Company', 'Contract date'], ['A Co', '13/1/2026'], ['B Co', '1/13/2026'], ['C Co', '2/3/2026']]));
    const m = await t.call('imports.open', { path: mixedFile });
    await t.call('imports.preview', { sessionId: m.sessionId });
    expect((await t.call('imports.preview', { sessionId: m.sessionId, editionId: e.id })).dates).toEqual({
      column: 1, order: 'dmy', source: 'mixed', ambiguous: 1, example: '2/3/2026',
    });
    // No date column mapped: nothing to say.
    const p2 = await t.call('imports.preview', { sessionId, mapping: ['companyName', null] });
    expect(p2.dates).toBeNull();
    // Nor without an edition: the date is a participation's, not imported then.
    const p3 = await t.call('imports.preview', { sessionId, mapping: ['companyName', 'statusAt'], editionId: null });
    expect(p3.dates).toBeNull();
  });

  it('takes back a CSV our export guarded against formulas: the names stored as they were', async () => {
    t = tempBackend();
    const names = ['+86 21 5555 0000 Trading', '-Minus Lighting', '@Handle Media', '=1+2 Fixtures'];
    const file = `${t.dir}/exported.csv`;
    // Written as the app's CSV exports write it: a leading quote before a formula trigger.
    await writeTable({
      path: file,
      format: 'csv',
      sheetName: 'Customers',
      columns: [{ header: 'Company', kind: 'text' }, { header: 'Industry', kind: 'text' }],
      rows: names.map((n) => [n, '=SUM(1)']),
    });
    expect(fs.readFileSync(file, 'utf8')).toContain(`"'+86 21 5555 0000 Trading"`);
    await runImport(t, file);
    const stored = t.db().prepare('SELECT company_name, industry FROM customers ORDER BY company_name').all();
    expect(stored).toEqual([...names].sort().map((n) => ({ company_name: n, industry: '=SUM(1)' })));
    // Imported again: each matches its stored customer; nothing new is created.
    const { result } = await runImport(t, file, { decision: 'overwrite' });
    expect(result).toMatchObject({ created: 0, updated: 4 });
    expect(t.db().prepare('SELECT company_name FROM customers ORDER BY company_name').pluck().all()).toEqual([...names].sort());
  });

  it('answers a file it cannot read with a clean field error, and writes nothing', async () => {
    t = tempBackend();
    const before = tableCounts(t);
    const empty = writeFile(t, 'empty.csv', '');
    const r1 = await t.raw('imports.open', { path: empty });
    expect(r1).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { path: 'This file is empty. Choose a file that has a list in it.' } } });
    const pdf = writeFile(t, 'list.xlsx', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'));
    const r2 = await t.raw('imports.open', { path: pdf }, 'zh');
    expect(r2.ok).toBe(false);
    expect(!r2.ok && r2.error.fields?.path).toMatch(/电子表格/);
    const r3 = await t.raw('imports.open', { path: 'relative.csv' });
    expect(r3).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const r4 = await t.raw('imports.preview', { sessionId: 'nope' });
    expect(r4).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(tableCounts(t)).toEqual(before);
  });
});
