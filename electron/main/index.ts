import fs from 'node:fs';
import path from 'node:path';
import { translateError } from '../../shared/i18n/errors';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import type { ApiResult } from '../../shared/api';
import type { Language } from '../../shared/i18n/errors';
import { BackendHost } from '../host/backendHost';
import { appPage, backendWorkerEntry, jobWorkerEntry } from './appPaths';
import { chooseNewWorkspacePath, chooseWorkspaceToOpen } from './dialogs';
import { forwardEvents, registerIpc } from './ipc';
import { buildMenu } from './menu';
import { chooseNativeBinding } from './nativeSqlite';
import { guardAllWebContents, hardenSession } from './security';
import { createMainWindow } from './window';

// The Electron shell: one window, one backend worker thread, IPC in between. Everything
// that touches SQLite runs in the worker (electron/host/backendWorker.ts), never here.

// A separate profile (tests, a second copy for trying things out) without touching the real one.
const userDataOverride = process.env.EXCRM_USER_DATA;
if (userDataOverride && path.isAbsolute(userDataOverride)) app.setPath('userData', userDataOverride);

// Every renderer sandboxed, whatever a BrowserWindow's options say.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  startApp();
}

function startApp(): void {
  const page = appPage(app.isPackaged, process.env.ELECTRON_RENDERER_URL);
  const windows = new Set<BrowserWindow>();
  let hostPromise: Promise<BackendHost> | null = null;
  let backendStopped = false;

  const native = chooseNativeBinding({
    isPackaged: app.isPackaged,
    env: process.env,
    appPath: app.getAppPath(),
    electronVersion: process.versions.electron,
    platform: process.platform,
    arch: process.arch,
    exists: (f) => fs.existsSync(f),
  });
  if (native.warning) console.warn(native.warning);

  guardAllWebContents(page);

  function openWindow(): BrowserWindow {
    const win = createMainWindow(page);
    windows.add(win);
    win.on('closed', () => windows.delete(win));
    return win;
  }

  function currentWindow(): BrowserWindow | null {
    return BrowserWindow.getFocusedWindow() ?? [...windows].find((w) => !w.isDestroyed()) ?? null;
  }

  async function callBackend(method: string, input: unknown): Promise<ApiResult<unknown>> {
    if (!hostPromise) return { ok: false, error: { code: 'internal', message: 'The backend is not running.' } };
    const host = await hostPromise;
    const prefs = await host.call('prefs.get', {}, 'en');
    const preferred = prefs.ok ? (prefs.data as { language?: Language | null }).language : null;
    const lang: Language = preferred ?? (app.getLocale().toLowerCase().startsWith('zh') ? 'zh' : 'en');
    return host.call(method, input, lang);
  }

  async function reportFailure(result: ApiResult<unknown>): Promise<void> {
    if (result.ok) return;
    const win = currentWindow();
    const options = { type: 'error' as const, message: result.error.message, buttons: ['OK'] };
    if (win) await dialog.showMessageBox(win, options);
    else await dialog.showMessageBox(options);
  }

  app.on('second-instance', () => {
    const win = currentWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Close the workspace cleanly (WAL checkpoint) before the process ends.
  app.on('will-quit', (event) => {
    if (backendStopped || !hostPromise) return;
    event.preventDefault();
    void hostPromise
      .then((host) => host.stop())
      .catch((e: unknown) => console.error('stopping the backend failed', e))
      .finally(() => {
        backendStopped = true;
        app.quit();
      });
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, page);
    const dataDir = app.getPath('userData');
    const workspacesDir = path.join(dataDir, 'workspaces');

    hostPromise = BackendHost.start(backendWorkerEntry, {
      dataDir,
      host: 'electron',
      version: app.getVersion(),
      nativeBinding: native.binding,
      jobWorkerEntry,
      openLast: true,
    }).then(({ host, startError }) => {
      // The last workspace failing to open is not fatal: the welcome screen offers the rest.
      if (startError) console.error(`opening the last workspace failed: ${translateError(startError.message, 'en')}`);
      forwardEvents(host, page, () => [...windows]);
      return host;
    });
    hostPromise.catch((e: unknown) => {
      dialog.showErrorBox('Exhibition CRM cannot start', `The backend did not start: ${e instanceof Error ? e.message : String(e)}`);
      backendStopped = true;
      app.exit(1);
    });

    registerIpc({
      page,
      host: hostPromise,
      workspacesDir,
      isOurWindow: (wc) => [...windows].some((w) => !w.isDestroyed() && w.webContents === wc),
    });

    Menu.setApplicationMenu(
      buildMenu(
        {
          newWorkspace: () =>
            void (async () => {
              const file = await chooseNewWorkspacePath(currentWindow(), workspacesDir, 'Workspace');
              if (!file) return;
              const name = path.basename(file).replace(/\.(sqlite3?|db)$/i, '').slice(0, 80) || 'Workspace';
              await reportFailure(await callBackend('workspace.create', { name, path: file }));
            })(),
          openWorkspace: () =>
            void (async () => {
              const file = await chooseWorkspaceToOpen(currentWindow(), workspacesDir);
              if (file) await reportFailure(await callBackend('workspace.open', { path: file }));
            })(),
          about: () => {
            const options = {
              type: 'info' as const,
              title: 'About Exhibition CRM',
              message: `Exhibition CRM ${app.getVersion()}`,
              detail: `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}\nData folder: ${dataDir}`,
              buttons: ['OK'],
            };
            const win = currentWindow();
            void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
          },
        },
        !app.isPackaged,
      ),
    );

    openWindow();
    app.on('activate', () => {
      if (windows.size === 0) openWindow();
    });
  });
}
