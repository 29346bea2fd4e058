import path from 'node:path';
import { dialogTitle, isPlausiblePath, startFolder } from './ipcArgs';

// The native folder picker (the backup folder on the Backups page), as plain options so they
// can be checked without Electron. The renderer's arguments are untrusted (see ipcArgs).

export interface FolderDialogOptions {
  title: string;
  defaultPath?: string;
  properties: ['openDirectory', 'createDirectory'];
}

/** Starts in `startAt` (the folder chosen now) when it exists; a new folder can be made in it. */
export function folderDialogOptions(startAt: unknown, title: unknown, isDir: (dir: string) => boolean): FolderDialogOptions {
  const options: FolderDialogOptions = { title: dialogTitle(title, 'Choose a folder'), properties: ['openDirectory', 'createDirectory'] };
  const dir = startFolder(startAt, isDir);
  if (dir) options.defaultPath = dir;
  return options;
}

/** The dialog's answer: an absolute path, or null (cancelled, or nothing usable). */
export function chosenFolder(filePaths: readonly string[], canceled: boolean): string | null {
  const dir = filePaths[0];
  return canceled || !isPlausiblePath(dir, path.isAbsolute) ? null : path.normalize(dir);
}
