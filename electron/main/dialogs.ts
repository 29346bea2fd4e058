import fs from 'node:fs';
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { chosenFolder, folderDialogOptions } from './folderDialog';
import { sanitizeFileName } from './ipcArgs';

// Native file dialogs for workspaces, and the folder picker. Each resolves to an absolute path
// or null (cancelled).

const WORKSPACE_FILTERS = [
  { name: 'Exhibition CRM workspace', extensions: ['sqlite', 'sqlite3', 'db'] },
  { name: 'All files', extensions: ['*'] },
];

/** Whether `p` is an existing folder. */
export function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function existingDir(dir: string): string | undefined {
  return fs.existsSync(dir) ? dir : undefined;
}

export async function chooseWorkspaceToOpen(win: BrowserWindow | null, workspacesDir: string): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Open workspace',
    defaultPath: existingDir(workspacesDir),
    properties: ['openFile'],
    filters: WORKSPACE_FILTERS,
  };
  const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return r.canceled || !r.filePaths[0] ? null : r.filePaths[0];
}

export async function chooseNewWorkspacePath(
  win: BrowserWindow | null,
  workspacesDir: string,
  defaultName: unknown,
): Promise<string | null> {
  const name = sanitizeFileName(defaultName, 'Workspace');
  fs.mkdirSync(workspacesDir, { recursive: true });
  const options: Electron.SaveDialogOptions = {
    title: 'New workspace',
    defaultPath: path.join(workspacesDir, /\.(sqlite3?|db)$/i.test(name) ? name : `${name}.sqlite`),
    filters: WORKSPACE_FILTERS.slice(0, 1),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (r.canceled || !r.filePath) return null;
  // Some platforms return the name without the filter's extension.
  return /\.(sqlite3?|db)$/i.test(r.filePath) ? r.filePath : `${r.filePath}.sqlite`;
}

/** A native folder picker (the backup folder), starting in `startAt` when it exists. */
export async function chooseFolder(win: BrowserWindow | null, startAt: unknown, title: unknown): Promise<string | null> {
  const options: Electron.OpenDialogOptions = folderDialogOptions(startAt, title, isDir);
  const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return chosenFolder(r.filePaths, r.canceled);
}
