import fs from 'node:fs';
import path from 'node:path';
import { dialog, shell, type BrowserWindow } from 'electron';
import { isPlausiblePath } from './ipcArgs';

// Desktop actions of the export dialog (renderer features/export): the native save dialog with
// the backend's proposed dated path, and opening a written export. Only .xlsx / .csv files that
// exist may be opened, so a compromised page cannot use this to launch programs.

const EXPORT_EXT = /\.(xlsx|csv)$/i;

export function isOpenableExport(file: unknown): file is string {
  return isPlausiblePath(file, path.isAbsolute) && EXPORT_EXT.test(file) && fs.existsSync(file) && fs.statSync(file).isFile();
}

/** A native save dialog for an export; the absolute path chosen (with the format's extension) or null. */
export async function chooseExportPath(win: BrowserWindow | null, suggested: unknown, format: unknown): Promise<string | null> {
  if (!isPlausiblePath(suggested, path.isAbsolute)) throw new Error('chooseExportPath: an absolute path is required');
  const ext = format === 'csv' ? 'csv' : 'xlsx';
  const options: Electron.SaveDialogOptions = {
    defaultPath: path.normalize(suggested),
    filters: [ext === 'csv' ? { name: 'CSV (UTF-8)', extensions: ['csv'] } : { name: 'Excel workbook', extensions: ['xlsx'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (r.canceled || !r.filePath) return null;
  // Some platforms return the name without the filter's extension.
  return r.filePath.toLowerCase().endsWith(`.${ext}`) ? r.filePath : `${r.filePath}.${ext}`;
}

/** Opens a written export with the system's program for it; '' when done, else the reason. */
export async function openExport(file: unknown): Promise<string> {
  if (!isOpenableExport(file)) throw new Error('openExport: an existing .xlsx or .csv file is required');
  return shell.openPath(path.normalize(file));
}
