import type { ApiResult } from './api/result';
import type { BackendEvent } from './api/jobs';
import type { Language } from './i18n/errors';

/**
 * The only thing the preload script exposes to the renderer (as `window.excrm`): one call
 * function, one event subscription, and a few desktop actions. Never the raw ipcRenderer.
 */
export interface PreloadApi {
  call(method: string, input: unknown, lang: Language): Promise<ApiResult<unknown>>;
  onEvent(listener: (e: BackendEvent) => void): () => void;
  desktop: {
    /** Opens http(s) and mailto links in the system browser / mail program; others are refused. */
    openExternal(url: string): Promise<boolean>;
    /** A native open-file dialog for a workspace; null when cancelled. */
    chooseWorkspaceToOpen(): Promise<string | null>;
    /** A native save dialog for a new workspace file; null when cancelled. */
    chooseNewWorkspacePath(defaultName: string): Promise<string | null>;
    /** Shows a file in the system file manager. */
    showInFolder(path: string): Promise<void>;
    /** A native save dialog for an export, starting at the suggested path; null when cancelled. */
    chooseExportPath(suggested: string, format: 'xlsx' | 'csv'): Promise<string | null>;
    /** Opens a written .xlsx / .csv export with the system's program; '' or the reason it could not. */
    openExport(path: string): Promise<string>;
    /**
     * A native open dialog for the spreadsheet to import (.xlsx, .xls, .ods, .csv), starting in
     * the folder of `startAt` (the file chosen last) when given; null when cancelled.
     */
    chooseImportFile(startAt: string | null, title: string): Promise<string | null>;
    /** A native folder picker (the backup folder), starting in `startAt` when given; null when cancelled. */
    chooseFolder(startAt: string | null, title: string): Promise<string | null>;
  };
}

export const PRELOAD_GLOBAL = 'excrm';
