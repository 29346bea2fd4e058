import path from 'node:path';
import { dialogTitle, isPlausiblePath, startFolder } from './ipcArgs';

// The native open dialog of the import flow's first step (renderer features/import/FileStep),
// as plain options so they can be checked without Electron. The renderer's arguments are
// untrusted: a start path is used only when it is a plausible absolute path, the title only
// when it is a short string.

/** The formats the import reads (electron/backend/excel's hardened reader). */
export const IMPORT_EXTENSIONS = ['xlsx', 'xls', 'ods', 'csv'] as const;

export interface ImportDialogOptions {
  title: string;
  defaultPath?: string;
  properties: ['openFile'];
  filters: { name: string; extensions: string[] }[];
}

export function importDialogOptions(startAt: unknown, title: unknown, isDir: (dir: string) => boolean): ImportDialogOptions {
  const options: ImportDialogOptions = {
    title: dialogTitle(title, 'Choose a file to import'),
    properties: ['openFile'],
    filters: [{ name: 'Excel, OpenDocument, CSV', extensions: [...IMPORT_EXTENSIONS] }],
  };
  // The folder of the file chosen last time, when it still exists.
  const dir = startFolder(startAt, isDir);
  if (dir) options.defaultPath = dir;
  return options;
}

/** The dialog's answer, kept only when it is an absolute path to a file of a readable format. */
export function chosenImportFile(filePaths: readonly string[], canceled: boolean): string | null {
  const file = filePaths[0];
  if (canceled || !isPlausiblePath(file, path.isAbsolute)) return null;
  return new RegExp(`\\.(${IMPORT_EXTENSIONS.join('|')})$`, 'i').test(file) ? file : null;
}
