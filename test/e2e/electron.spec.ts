import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronSkipReason, installedElectron } from './electronBinary';

// Smoke test of the built desktop app (out/main/index.js, via package.json's "main"): the
// window, the preload bridge, IPC to the backend worker, and SQLite built for Electron.
// Where the Electron binary has not been downloaded (no access to GitHub releases), the
// test is skipped and says so; it never passes without having run.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const found = installedElectron();

test.describe('desktop app (Electron)', () => {
  test.skip(!found.executable, electronSkipReason(found));

  test('opens the welcome screen with only window.excrm exposed, and SQLite works', async () => {
    test.setTimeout(20 * 60_000); // the first run may compile better-sqlite3 for Electron

    // The same preparation `npm start` does: better-sqlite3 for Electron's ABI, a current build.
    const prep = spawnSync(process.execPath, [path.join(root, 'scripts', 'start.js'), '--prepare'], { cwd: root, encoding: 'utf8' });
    expect(prep.status, `scripts/start.js --prepare failed:\n${prep.stdout}\n${prep.stderr}`).toBe(0);
    const binding = /EXCRM_SQLITE_BINDING=(.+)$/m.exec(prep.stdout)?.[1]?.trim();
    expect(binding, prep.stdout).toBeTruthy();

    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'excrm-electron-'));
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v;
    const app = await electron.launch({
      executablePath: found.executable!,
      // Chromium refuses to run as root with its OS sandbox (CI containers); the renderer
      // sandbox (sandbox: true, contextIsolation) is what this test checks and stays on.
      args: [root, '--lang=en-US', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      cwd: root,
      env: { ...env, EXCRM_USER_DATA: userData, EXCRM_SQLITE_BINDING: binding!, LANG: 'en_US.UTF-8' },
    });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveTitle('Exhibition CRM');
      await expect(page.getByRole('heading', { name: /Welcome|欢迎/ }).first()).toBeVisible();

      // The page sees exactly the preload's bridge, and nothing of Node or Electron.
      const surface = await page.evaluate(() => {
        const w = window as unknown as Record<string, unknown>;
        const excrm = w.excrm as Record<string, unknown> & { desktop: Record<string, unknown> };
        return {
          keys: Object.keys(excrm).sort(),
          desktopKeys: Object.keys(excrm.desktop).sort(),
          types: [excrm.call, excrm.onEvent, ...Object.values(excrm.desktop)].map((f) => typeof f),
          require: typeof w.require,
          process: typeof w.process,
          module: typeof w.module,
          buffer: typeof w.Buffer,
          ipcRenderer: typeof w.ipcRenderer,
          electron: typeof w.electron,
        };
      });
      expect(surface).toEqual({
        keys: ['call', 'desktop', 'onEvent'],
        desktopKeys: ['chooseExportPath', 'chooseFolder', 'chooseImportFile', 'chooseNewWorkspacePath', 'chooseWorkspaceToOpen', 'openExport', 'openExternal', 'showInFolder'],
        types: Array(10).fill('function'),
        require: 'undefined',
        process: 'undefined',
        module: 'undefined',
        buffer: 'undefined',
        ipcRenderer: 'undefined',
        electron: 'undefined',
      });

      // IPC → backend worker: the app starts without a workspace, on the temp profile.
      const info = await page.evaluate(() => (window as unknown as { excrm: { call: (m: string, i: unknown, l: string) => Promise<unknown> } }).excrm.call('app.info', {}, 'en'));
      expect(info).toMatchObject({ ok: true, data: { host: 'electron', workspace: null } });
      expect(fs.realpathSync((info as { data: { dataDir: string } }).data.dataDir)).toBe(fs.realpathSync(userData));

      // SQLite in the worker, loaded through the Electron-ABI build.
      const created = await page.evaluate(() =>
        (window as unknown as { excrm: { call: (m: string, i: unknown, l: string) => Promise<unknown> } }).excrm.call('workspace.create', { name: 'E2E' }, 'en'),
      );
      expect(created).toMatchObject({ ok: true, data: { name: 'E2E', customerCount: 0 } });

      // Malformed calls and unsafe links are refused by the main process.
      const refused = await page.evaluate(async () => {
        const x = (window as unknown as {
          excrm: { call: (m: unknown, i: unknown, l: unknown) => Promise<unknown>; desktop: { openExternal: (u: string) => Promise<boolean> } };
        }).excrm;
        return {
          badLang: await x.call('app.info', {}, 'xx'),
          js: await x.desktop.openExternal('javascript:alert(1)'),
          file: await x.desktop.openExternal('file:///etc/passwd'),
        };
      });
      expect(refused).toMatchObject({ badLang: { ok: false, error: { code: 'invalid_input' } }, js: false, file: false });

      // No new windows, and no navigating away from the app. The targets are ones openExternal
      // refuses, so the test never starts the system browser (http(s) links would go there).
      const popup = await page.evaluate(() => window.open('about:blank') === null);
      expect(popup).toBe(true);
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
      const before = page.url();
      const elsewhere = pathToFileURL(path.join(root, 'package.json')).href;
      await page.evaluate((url) => {
        window.location.href = url;
      }, elsewhere);
      await page.waitForTimeout(500);
      expect(page.url()).toBe(before);
    } finally {
      await app.close();
      fs.rmSync(userData, { recursive: true, force: true });
    }
  });
});
