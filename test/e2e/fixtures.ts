import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';

export interface Server {
  url: string;
  token: string;
  open: string;
  dir: string;
  dbPath: string;
  /** Calls the HTTP API directly (setting up data, checking what was stored). */
  api<T = unknown>(method: string, input?: unknown): Promise<T>;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Starts `exhibition-crm serve` on a fresh workspace; `demo` fills it with demo data first. */
export async function startServer(opts: { demoCustomers?: number } = {}): Promise<{ server: Server; stop: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excrm-e2e-'));
  const dbPath = path.join(dir, 'E2E.sqlite');
  const cli = path.join(root, 'bin', 'exhibition-crm.js');
  if (opts.demoCustomers) {
    await new Promise<void>((resolve, reject) => {
      const p = spawn(process.execPath, [cli, 'demo', '--db', dbPath, '--customers', String(opts.demoCustomers), '--json'], { stdio: 'ignore' });
      p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`demo exited ${code}`))));
    });
  }
  const child: ChildProcess = spawn(process.execPath, [cli, 'serve', '--db', dbPath, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const i = buf.indexOf('\n');
      if (i >= 0) resolve(buf.slice(0, i));
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
  const info = JSON.parse(line) as { url: string; token: string; open: string };
  const server: Server = {
    ...info,
    dir,
    dbPath,
    async api<T>(method: string, input: unknown = {}) {
      const res = await fetch(`${info.url}api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${info.token}` },
        body: JSON.stringify(input),
      });
      const body = (await res.json()) as { ok: boolean; data?: T; error?: unknown };
      if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
      return body.data as T;
    },
  };
  return {
    server,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot to test-results/screenshots/<name>.png (looked at by people). */
export async function shot(page: Page, name: string): Promise<void> {
  // The app keeps an event stream open, so "network idle" may never come: wait briefly, then shoot.
  await page.waitForLoadState('networkidle', { timeout: 2000 }).catch(() => {});
  const file = path.join(root, 'test-results', 'screenshots', `${name}.png`);
  // Headless Chromium now and then never delivers the frame a screenshot waits for (seen once in
  // CI: "fonts loaded", then nothing until the test's timeout, with the page answering before;
  // microsoft/playwright#28995 describes the same hang). Bounded, and tried again on a timeout.
  for (let attempt = 1; ; attempt++) {
    try {
      await page.screenshot({ path: file, fullPage: true, timeout: SHOT_TIMEOUT_MS });
      return;
    } catch (e) {
      if (attempt === SHOT_ATTEMPTS || !(e instanceof Error) || !e.message.includes('Timeout')) throw e;
      console.warn(`screenshot ${name}: no frame within ${SHOT_TIMEOUT_MS / 1000} s (attempt ${attempt}); trying again`);
    }
  }
}
const SHOT_TIMEOUT_MS = 20_000;
const SHOT_ATTEMPTS = 3;

/** Switches the UI language with the header's language control. */
export async function setLanguage(page: Page, lang: 'en' | 'zh'): Promise<void> {
  // Mantine's segment radios are 0×0 (the label is what shows); Playwright refuses to click
  // them even forced ("outside of the viewport"), so the click is dispatched directly.
  await page.getByRole('radio', { name: lang === 'zh' ? '中文' : 'English' }).dispatchEvent('click');
}

/**
 * Shows the app's screen at `hash` (e.g. '#/customers/<id>'), loading the app first when the page
 * is not on `server` yet. The app boots at #token=…, swaps that for #/ once it has read the token,
 * and its index route then redirects #/ to #/customers, replacing the address. A hash set before
 * that redirect has run is overwritten by it: under load the test then runs on the customer list
 * (export.spec.ts flaked so in CI). So wait for #/customers first (the workspace must be started:
 * a fresh one shows the welcome screen and never redirects), then go, and check the address.
 * `bootTimeout`: for a start-up that is slow on purpose (a big demo workspace).
 */
export async function openRoute(page: Page, server: Pick<Server, 'url' | 'open'>, hash: string, opts: { bootTimeout?: number } = {}): Promise<void> {
  // Once the app runs, a new address is only a hash change (goto would not reload the page).
  if (!page.url().startsWith(server.url)) {
    await page.goto(server.open);
    await expect(page, 'the app’s start-up redirect to #/customers (is the workspace started?)').toHaveURL(
      (url) => url.hash === '#/customers',
      { timeout: opts.bootTimeout },
    );
  }
  // The address as the browser writes it (non-ASCII percent-encoded), to compare with.
  const want = new URL(hash, server.url).hash;
  await page.evaluate((h) => (location.hash = h), hash);
  await expect(page).toHaveURL((url) => url.hash === want);
}

/** `server`: a fresh, empty workspace of its own for each test (no state shared between tests). */
export const test = base.extend<{ server: Server }>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const { server, stop } = await startServer();
    await use(server);
    await stop();
  },
});

export { expect };
