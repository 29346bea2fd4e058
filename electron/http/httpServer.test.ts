import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/tempBackend';
import { BackendHost } from '../host/backendHost';
import { startHttpServer } from './httpServer';
import type { BackendEvent } from '../../shared/api/jobs';

// The HTTP transport on a real backend worker thread and a real workspace.
let host: BackendHost;
let server: http.Server;
let base: string;
let dir: string;
const token = 'test-token-0123456789';

beforeAll(async () => {
  dir = tempDir();
  const staticDir = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'do not serve');
  ({ host } = await BackendHost.start(fileURLToPath(new URL('../host/backendWorker.ts', import.meta.url)), {
    dataDir: dir,
    host: 'browser',
    version: 'test',
    openPath: path.join(dir, 'ws.sqlite'),
  }));
  const started = await startHttpServer({ backend: host, token, staticDir });
  server = started.server;
  base = started.url;
});
afterAll(async () => {
  server.close();
  await host.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked by the assertions
type Json = any;
const post = (method: string, body: unknown, headers: Record<string, string> = { authorization: `Bearer ${token}` }) =>
  fetch(`${base}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

/** A raw request with a chosen Host header (fetch does not let us set it). */
function rawGet(pathname: string, hostHeader: string): Promise<number> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port: Number(u.port), path: pathname, headers: { host: hostHeader } }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    }).on('error', reject);
  });
}

describe('HTTP transport', () => {
  it('listens on 127.0.0.1 only', () => {
    expect((server.address() as { address: string }).address).toBe('127.0.0.1');
  });

  it('refuses calls without the token, or with a wrong one', async () => {
    expect((await post('app.info', {}, {})).status).toBe(401);
    expect((await post('app.info', {}, { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await fetch(`${base}api/methods`)).status).toBe(401);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    expect(await rawGet('/', 'evil.example:80')).toBe(403);
    expect(await rawGet('/', `127.0.0.1:${new URL(base).port}`)).toBe(200);
  });

  it('calls methods and answers with the envelope', async () => {
    const created = await (await post('customers.create', { companyName: 'HTTP Co' })).json();
    expect(created).toMatchObject({ ok: true, data: { companyName: 'HTTP Co' } });
    const list: Json = await (await post('customers.list', {})).json();
    expect(list.data.total).toBe(1);
  });

  it('answers bad input with field errors in the requested language', async () => {
    const r: Json = await (await post('customers.create', { companyName: '' }, { authorization: `Bearer ${token}`, 'x-lang': 'zh' })).json();
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(r.error.fields.companyName).toBe('此项为必填项。');
  });

  it('rejects malformed JSON and oversized bodies cleanly', async () => {
    const bad = await post('customers.create', '{"companyName": ');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Json).error.code).toBe('invalid_input');
    const huge = await post('customers.create', { companyName: 'x'.repeat(17 * 1024 * 1024) }).catch(() => null);
    // Either the server answered 413 or closed the connection; it must still be alive after.
    if (huge) expect(huge.status).toBe(413);
    expect((await post('app.info', {})).status).toBe(200);
  });

  it('lists every method with its input as JSON Schema', async () => {
    const res = await fetch(`${base}api/methods`, { headers: { authorization: `Bearer ${token}` } });
    const methods = (await res.json()) as { name: string; input: { type?: string } }[];
    expect(methods.find((m) => m.name === 'customers.create')?.input.type).toBe('object');
  });

  it('streams backend events', async () => {
    const res = await fetch(`${base}api/events`, { headers: { authorization: `Bearer ${token}` } });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    await post('customers.create', { companyName: 'Event Co' });
    // Other events may come first (a debounced lifecycle refresh from an earlier test under
    // load): read until the customers change arrives.
    let text = '';
    while (!text.includes('"domain":"customers"')) text += (await reader.read()).value ?? '';
    await reader.cancel();
    const events = text.split('\n').filter((l) => l.startsWith('data: ')).map((l) => JSON.parse(l.slice(6)) as BackendEvent);
    expect(events).toContainEqual({ type: 'data.changed', domain: 'customers' });
  });

  it('serves the renderer with a CSP, falls back to index.html for routes, never outside its folder', async () => {
    const page = await fetch(base);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>app</title>');
    expect(await (await fetch(`${base}assets/app.js`)).text()).toBe('console.log(1)');
    expect(await (await fetch(`${base}customers/123`)).text()).toContain('<title>app</title>');
    const traversal = await fetch(`${base}..%2fsecret.txt`);
    expect(await traversal.text()).not.toContain('do not serve');
  });
});
