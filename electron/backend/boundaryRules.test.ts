import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../test/helpers/tempBackend';
import { METHOD_NAMES } from '../../shared/api';
import { Backend } from './backend';
import { dispatch } from './dispatcher';

let t: ReturnType<typeof tempBackend>;
beforeEach(() => {
  t = tempBackend();
});
afterEach(() => t.cleanup());

/** Every row of every table, to prove a refused call changed nothing. */
function snapshot(): string {
  const db = t.db();
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'customer_search%' ORDER BY name").pluck().all() as string[];
  return JSON.stringify(tables.map((n) => [n, db.prepare(`SELECT * FROM "${n}" ORDER BY 1`).all()]));
}

describe('every method refuses malformed input and changes nothing', () => {
  it.each(METHOD_NAMES.map((m) => [m]))('%s', async (method) => {
    await t.call('customers.create', { companyName: 'Existing', contacts: [{ name: 'A' }] });
    const before = snapshot();
    for (const input of [{ __unknownField: 1 }, 'text', [1], 42, { id: { $gt: '' } }]) {
      const r = await t.raw(method, input);
      expect(r.ok, `${method} accepted ${JSON.stringify(input)}`).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid_input');
    }
    expect(snapshot()).toBe(before);
  });
});

describe('rules at the boundary', () => {
  it('a contact listed twice is refused rather than silently dropped', async () => {
    const c = await t.call('customers.create', { companyName: 'Co', contacts: [{ name: 'A' }] });
    const id = c.contacts[0]!.id;
    const r = await t.raw('customers.update', { id: c.id, version: c.version, patch: {}, contacts: [{ id, name: 'A1' }, { id, name: 'A2' }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'contacts.1.id': expect.any(String) } } });
    expect((await t.call('customers.get', { id: c.id })).contacts.map((k) => k.name)).toEqual(['A']);
  });

  it('a partner type needs the partner kind, on create and on update', async () => {
    const r = await t.raw('customers.create', { companyName: 'Mag', kinds: ['exhibitor'], partnerType: 'media' });
    expect(r).toMatchObject({ ok: false, error: { fields: { partnerType: expect.stringMatching(/partner/) } } });
    const c = await t.call('customers.create', { companyName: 'Mag', kinds: ['partner'], partnerType: 'media' });
    const u = await t.raw('customers.update', { id: c.id, version: c.version, patch: { kinds: ['exhibitor'] } });
    expect(u).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'patch.partnerType': expect.any(String) } } });
    const ok = await t.call('customers.update', { id: c.id, version: c.version, patch: { kinds: ['exhibitor'], partnerType: null } });
    expect(ok.partnerType).toBeNull();
  });

  it('tags differing only in case are one tag', async () => {
    const c = await t.call('customers.create', { companyName: 'Co', tags: ['VIP', 'vip', 'Vip', 'key'] });
    expect(c.tags.sort()).toEqual(['VIP', 'key'].sort());
  });

  it('control characters in a search are ignored, not an error', async () => {
    await t.call('customers.create', { companyName: 'Abc Lighting' });
    const r = await t.call('customers.list', { q: '\u0000abc\u0007' });
    expect(r.total).toBe(1);
  });

  it('workspace paths must be absolute', async () => {
    const r = await t.raw('workspace.open', { path: 'relative/dir/ws.sqlite' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { path: expect.stringMatching(/full path/) } } });
  });

  it('a blank staff name clears it', async () => {
    await t.call('settings.update', { staffName: 'Li Na' });
    expect((await t.call('settings.update', { staffName: '   ' })).staffName).toBeNull();
  });

  it('saving an unchanged contact keeps its timestamps; kept tags keep theirs', async () => {
    const c = await t.call('customers.create', { companyName: 'Co', tags: ['a'], contacts: [{ name: 'A' }, { name: 'B' }] });
    const db = t.db();
    const stamps = () => db.prepare('SELECT id, created_at, updated_at FROM contacts ORDER BY position').all();
    const tagStamp = () => db.prepare("SELECT created_at FROM customer_tags WHERE tag = 'a'").pluck().get();
    const before = stamps();
    const tagBefore = tagStamp();
    await new Promise((r) => setTimeout(r, 5));
    const [a, b] = c.contacts;
    await t.call('customers.update', { id: c.id, version: c.version, patch: { tags: ['a', 'b'] }, contacts: [a!, { ...b!, title: 'CEO' }] });
    const after = stamps() as { updated_at: string }[];
    expect(after[0]).toEqual((before as unknown[])[0]); // unchanged contact: untouched
    expect(after[1]!.updated_at).not.toBe((before as { updated_at: string }[])[1]!.updated_at);
    expect(tagStamp()).toBe(tagBefore);
  });
});

describe('read-only and unopenable workspaces', () => {
  it('a write to a read-only workspace says so', async () => {
    const file = t.file;
    await t.call('customers.create', { companyName: 'Co' });
    await t.call('workspace.open', { path: file, readOnly: true });
    const r = await t.raw('customers.create', { companyName: 'New' });
    expect(r).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect((await t.call('customers.list', {})).total).toBe(1);
  });

  it('the welcome screen learns why the last workspace did not reopen', async () => {
    t.backend.close();
    fs.writeFileSync(t.file, 'garbage'.repeat(5000));
    const again = new Backend({ dataDir: t.dir, host: 'cli', version: 'test' });
    again.openLast();
    const info = await dispatch(again, 'app.info', {}, 'zh');
    expect(info).toMatchObject({ ok: true, data: { workspace: null, lastOpenError: { code: 'workspace_damaged', details: { path: path.resolve(t.file) } } } });
    expect((info as { data: { lastOpenError: { message: string } } }).data.lastOpenError.message).toMatch(/损坏/);
  });
});
