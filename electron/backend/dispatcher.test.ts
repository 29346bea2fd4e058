import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../test/helpers/tempBackend';
import { describeMethods } from './dispatcher';
import { METHOD_NAMES } from '../../shared/api';

let t: ReturnType<typeof tempBackend>;
beforeEach(() => {
  t = tempBackend();
});
afterEach(() => t.cleanup());

const count = () => t.db().prepare('SELECT count(*) FROM customers').pluck().get() as number;
const contactCount = () => t.db().prepare('SELECT count(*) FROM contacts').pluck().get() as number;

describe('the API boundary', () => {
  it.each([
    ['missing required field', {}, 'companyName'],
    ['wrong type', { companyName: 42 }, 'companyName'],
    ['blank name', { companyName: '   ' }, 'companyName'],
    ['huge string', { companyName: 'x'.repeat(1_000_000) }, 'companyName'],
    ['unknown field', { companyName: 'Ok', isAdmin: true }, 'isAdmin'],
    ['bad email', { companyName: 'Ok', email: 'not-an-email' }, 'email'],
    ['bad phone', { companyName: 'Ok', phone: 'call me' }, 'phone'],
    ['bad website', { companyName: 'Ok', website: 'javascript:alert(1)' }, 'website'],
    ['bad kind', { companyName: 'Ok', kinds: ['alien'] }, 'kinds.0'],
    ['bad nested contact email', { companyName: 'Ok', contacts: [{ name: 'A', email: 'x@' }] }, 'contacts.0.email'],
    ['contact without name', { companyName: 'Ok', contacts: [{ email: 'a@b.cn' }] }, 'contacts.0.name'],
    ['prototype key', JSON.parse('{"companyName":"Ok","__proto__":{"polluted":true}}'), '__proto__'],
  ])('%s → field-level error, nothing written', async (_label, input, field) => {
    const r = await t.raw('customers.create', input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(Object.keys(r.error.fields ?? {})).toContain(field);
    expect(r.error.fields![field]).toBeTruthy();
    expect(count()).toBe(0);
    expect(contactCount()).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers in the caller’s language', async () => {
    const en = await t.raw('customers.create', { companyName: 'Ok', email: 'nope' }, 'en');
    const zh = await t.raw('customers.create', { companyName: 'Ok', email: 'nope' }, 'zh');
    expect(!en.ok && en.error.fields!.email).toMatch(/valid email/);
    expect(!zh.ok && zh.error.fields!.email).toMatch(/邮箱/);
    const zhType = await t.raw('customers.create', { companyName: 7 }, 'zh');
    expect(!zhType.ok && zhType.error.fields!.companyName).toMatch(/[\u4e00-\u9fff]/);
  });

  it('rejects unknown methods and non-object input without crashing', async () => {
    expect(await t.raw('customers.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await t.raw('customers.create', 'DROP TABLE customers')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await t.raw('customers.create', [1, 2])).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await t.raw('customers.get', { id: "' OR 1=1 --" })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('a failure part-way through a write leaves nothing behind', async () => {
    const c = await t.call('customers.create', { companyName: 'Holder', contacts: [{ name: 'A' }] });
    // Fault injection on the real database: the third contact insert fails, after the
    // customer row, its first two contacts and its tags were already written in the transaction.
    t.db().exec(`CREATE TRIGGER boom BEFORE INSERT ON contacts WHEN NEW.name = 'BOOM' BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    const r = await t.raw('customers.update', {
      id: c.id,
      version: c.version,
      patch: { city: 'Changed', tags: ['new'] },
      contacts: [{ id: c.contacts[0]!.id, name: 'A2' }, { name: 'B' }, { name: 'BOOM' }],
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(r)).not.toMatch(/at .*\.ts/); // no stack trace reaches the caller
    const after = await t.call('customers.get', { id: c.id });
    expect(after.city).toBeNull();
    expect(after.tags).toEqual([]);
    expect(after.contacts.map((k) => k.name)).toEqual(['A']);
    expect(after.version).toBe(c.version);
    const createFails = await t.raw('customers.create', { companyName: 'New Co', contacts: [{ name: 'BOOM' }] });
    expect(createFails.ok).toBe(false);
    expect(count()).toBe(1);
  });

  it('says a full disk in words, and writes nothing', async () => {
    await t.call('customers.create', { companyName: 'Before Co' });
    // The file may not grow: SQLite answers SQLITE_FULL, as on a full disk.
    const pages = t.db().pragma('page_count', { simple: true }) as number;
    t.db().pragma(`max_page_count = ${pages}`);
    let saved = 0;
    let r: Awaited<ReturnType<typeof t.raw>> | null = null;
    for (let i = 0; i < 200 && (r === null || r.ok); i++) {
      r = await t.raw('customers.create', { companyName: `Filler ${i}`, notes: 'x'.repeat(4000) });
      if (r.ok) saved++;
    }
    expect(r).toMatchObject({ ok: false, error: { code: 'internal', message: 'The disk is full. Free some space and try again.' } });
    const zh = await t.raw('customers.create', { companyName: 'Filler zh', notes: 'x'.repeat(4000) }, 'zh');
    expect(zh).toMatchObject({ ok: false, error: { message: '磁盘已满。请腾出空间后再试。' } });
    // The failed saves left nothing: only the customers that were answered as saved are there.
    expect(count()).toBe(1 + saved);
  });

  it('says when no workspace is open', async () => {
    t.backend.close();
    expect(await t.raw('customers.list', {})).toMatchObject({ ok: false, error: { code: 'no_workspace' } });
  });

  it('describes every method’s input as JSON Schema', () => {
    const methods = describeMethods();
    expect(methods.map((m) => m.name).sort()).toEqual([...METHOD_NAMES].sort());
    const create = methods.find((m) => m.name === 'customers.create')!.input as { required: string[]; properties: Record<string, unknown> };
    expect(create.required).toEqual(['companyName']);
    expect(Object.keys(create.properties)).toContain('contacts');
  });
});
