import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow } from 'electron';
import { preloadPath, rendererIndexPath } from './appPaths';
import type { AppPage } from './urlPolicy';

function iconPath(): string | undefined {
  // Linux shows this in the task bar; macOS and Windows take the icon from the bundle.
  const p = path.join(app.getAppPath(), 'resources', 'icon.png');
  return fs.existsSync(p) ? p : undefined;
}

/** The app window: sandboxed, isolated, no Node in the page, only our preload's bridge. */
export function createMainWindow(page: AppPage): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Exhibition CRM',
    icon: iconPath(),
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.on('render-process-gone', (_e, details) => {
    console.error(`renderer gone: ${details.reason} (exit code ${details.exitCode})`);
  });
  if (page.kind === 'dev') void win.loadURL(page.url);
  else void win.loadFile(rendererIndexPath);
  return win;
}
