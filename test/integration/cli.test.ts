import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempBackend';

// The CLI as a user runs it: `node bin/exhibition-crm.js …` (what `npx exhibition-crm` runs).
const bin = path.resolve(__dirname, '../../bin/exhibition-crm.js');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });

let dir: string;
beforeAll(() => {
  dir = tempDir('excrm-cli-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('exhibition-crm CLI', () => {
  it('lists its commands and gives help for each', () => {
    const top = run('--help');
    expect(top.status).toBe(0);
    for (const c of ['demo', 'check', 'serve']) {
      expect(top.stdout).toContain(c);
      const h = run(c, '--help');
      expect(h.status).toBe(0);
      expect(h.stdout).toContain(`Usage: exhibition-crm ${c}`);
      expect(h.stdout).toContain('--json');
    }
  });

  it('rejects unknown commands and options with exit 2 and a message on stderr', () => {
    const r = run('frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Unknown command');
    const o = run('check', '--db', 'x', '--bogus');
    expect(o.status).toBe(2);
    expect(o.stderr).toMatch(/bogus/);
    expect(o.stdout).toBe('');
  });

  it('demo creates a workspace, deterministic for a seed; check reports it healthy', () => {
    const a = path.join(dir, 'a.sqlite');
    const b = path.join(dir, 'b.sqlite');
    const r = run('demo', '--db', a, '--customers', '60', '--seed', '7', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { customers: number; path: string };
    expect(out).toMatchObject({ customers: 60, path: a });
    expect(r.stdout.trim().split('\n')).toHaveLength(1); // only the JSON result on stdout
    expect(run('demo', '--db', b, '--customers', '60', '--seed', '7', '--json').status).toBe(0);

    const ca = JSON.parse(run('check', '--db', a, '--json').stdout);
    expect(ca).toMatchObject({ ok: true, status: 'ok', customers: 60, schemaVersion: ca.appSchemaVersion });

    // Same seed, same data: compare the customer names of both files through the CLI's own check+serve-free path.
    const names = (f: string) => spawnSync(process.execPath, ['-e', `const D=require('better-sqlite3');const d=new D(${JSON.stringify(f)},{readonly:true});console.log(JSON.stringify(d.prepare('select company_name, email, city from customers order by company_name, email').all()))`], { encoding: 'utf8', cwd: path.dirname(bin) }).stdout;
    expect(names(a)).toBe(names(b));

    const again = run('demo', '--db', a, '--json');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(again.stdout).toBe('');
  });

  it('check exits non-zero for damaged, foreign and missing files, with a clear message', () => {
    const garbage = path.join(dir, 'garbage.sqlite');
    fs.writeFileSync(garbage, 'this is not a database'.repeat(1000));
    const g = run('check', '--db', garbage, '--json');
    expect(g.status).toBe(1);
    expect(JSON.parse(g.stdout)).toMatchObject({ ok: false, status: 'damaged' });
    const missing = run('check', '--db', path.join(dir, 'nope.sqlite'));
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('file not found');
    expect(missing.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });

  it('serve prints one JSON line when ready and stops cleanly on SIGTERM', async () => {
    const db = path.join(dir, 'serve.sqlite');
    const rendererDir = path.join(dir, 'renderer');
    fs.mkdirSync(rendererDir, { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
    const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0'], {
      env: { ...process.env, EXCRM_RENDERER_DIR: rendererDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const line = await new Promise<string>((resolve, reject) => {
      let buf = '';
      child.stdout.on('data', (d: Buffer) => {
        buf += d.toString();
        if (buf.includes('\n')) resolve(buf.split('\n')[0]!);
      });
      child.on('exit', (c) => reject(new Error(`exited ${c}`)));
    });
    const info = JSON.parse(line) as { url: string; token: string; port: number; open: string };
    expect(info.url).toBe(`http://127.0.0.1:${info.port}/`);
    expect(info.open).toBe(`${info.url}#token=${info.token}`);
    const res = await fetch(`${info.url}api/app.info`, { method: 'POST', headers: { authorization: `Bearer ${info.token}` }, body: '{}' });
    expect(((await res.json()) as { data: { workspace: { path: string } } }).data.workspace.path).toBe(db);
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', resolve);
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(run('check', '--db', db).status).toBe(0);
  });
});
