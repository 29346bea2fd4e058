import { dialog, type BrowserWindow } from 'electron';
import { isDir } from './dialogs';
import { chosenImportFile, importDialogOptions } from './importDialog';

// Desktop action of the import flow: the native open dialog for the spreadsheet to import.
// The backend then reads the file by its path (imports.open), as for a typed path.

/** A native open dialog filtered to .xlsx / .xls / .ods / .csv; the absolute path chosen or null. */
export async function chooseImportFile(win: BrowserWindow | null, startAt: unknown, title: unknown): Promise<string | null> {
  const options: Electron.OpenDialogOptions = importDialogOptions(startAt, title, isDir);
  const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return chosenImportFile(r.filePaths, r.canceled);
}
