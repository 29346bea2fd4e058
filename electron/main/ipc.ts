import path from 'node:path';
import { BrowserWindow, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import type { ApiResult } from '../../shared/api';
import type { BackendHost } from '../host/backendHost';
import { chooseFolder, chooseNewWorkspacePath, chooseWorkspaceToOpen } from './dialogs';
import { chooseExportPath, openExport } from './exportShell';
import { chooseImportFile } from './importShell';
import { IPC } from './ipcChannels';
import { isPlausiblePath, parseCallArgs } from './ipcArgs';
import { openExternalSafely } from './security';
import { isAppPageUrl, isTrustedSender, type AppPage } from './urlPolicy';

export interface IpcContext {
  page: AppPage;
  /** Resolves once the backend worker runs; calls made before then wait for it. */
  host: Promise<BackendHost>;
  workspacesDir: string;
  /** Our own windows; messages from any other web contents are refused. */
  isOurWindow: (wc: Electron.WebContents) => boolean;
}

function trusted(event: IpcMainInvokeEvent, ctx: IpcContext): boolean {
  const frame = event.senderFrame;
  return isTrustedSender(
    {
      frameUrl: frame?.url ?? null,
      isMainFrame: Boolean(frame && frame.parent === null),
      isOurWindow: ctx.isOurWindow(event.sender),
    },
    ctx.page,
  );
}

/**
 * Registers every channel the preload uses. Each handler first checks who is asking (our
 * window, its top frame, on our page) and then the argument types; a refused message
 * gets an error and does nothing.
 */
export function registerIpc(ctx: IpcContext): void {
  const handle = (channel: string, fn: (event: IpcMainInvokeEvent, args: unknown[]) => unknown) => {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!trusted(event, ctx)) throw new Error(`IPC ${channel} refused: sender is not the app's page`);
      return fn(event, args);
    });
  };

  handle(IPC.call, async (_event, args): Promise<ApiResult<unknown>> => {
    const call = parseCallArgs(args);
    if (!call) return { ok: false, error: { code: 'invalid_input', message: 'Malformed API call.' } };
    return (await ctx.host).call(call.method, call.input, call.lang);
  });

  handle(IPC.openExternal, (_event, [url]) => openExternalSafely(url));

  handle(IPC.chooseWorkspaceToOpen, (event) => chooseWorkspaceToOpen(BrowserWindow.fromWebContents(event.sender), ctx.workspacesDir));

  handle(IPC.chooseNewWorkspacePath, (event, [defaultName]) =>
    chooseNewWorkspacePath(BrowserWindow.fromWebContents(event.sender), ctx.workspacesDir, defaultName),
  );

  handle(IPC.showInFolder, (_event, [file]) => {
    if (!isPlausiblePath(file, path.isAbsolute)) throw new Error('showInFolder: an absolute path is required');
    shell.showItemInFolder(path.normalize(file));
  });

  handle(IPC.chooseExportPath, (event, [suggested, format]) =>
    chooseExportPath(BrowserWindow.fromWebContents(event.sender), suggested, format),
  );

  handle(IPC.openExport, (_event, [file]) => openExport(file));

  handle(IPC.chooseImportFile, (event, [startAt, title]) =>
    chooseImportFile(BrowserWindow.fromWebContents(event.sender), startAt, title),
  );

  handle(IPC.chooseFolder, (event, [startAt, title]) => chooseFolder(BrowserWindow.fromWebContents(event.sender), startAt, title));
}

/** Relays backend events (job progress, data changes) to our windows showing our page. */
export function forwardEvents(host: BackendHost, page: AppPage, windows: () => BrowserWindow[]): () => void {
  return host.onEvent((e) => {
    for (const win of windows()) {
      if (win.isDestroyed()) continue;
      const wc = win.webContents;
      if (isAppPageUrl(wc.getURL(), page)) wc.send(IPC.event, e);
    }
  });
}
