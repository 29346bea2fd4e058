import path from 'node:path';
import { LANGUAGES, type Language } from '../../shared/i18n/errors';

// Argument checks for the IPC channels. The renderer is treated like any other untrusted
// client: the types are checked here, the content of `input` by the dispatcher's zod schema.

const METHOD_RE = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/;

export interface CallArgs {
  method: string;
  input: unknown;
  lang: Language;
}

export function parseCallArgs(args: unknown[]): CallArgs | null {
  if (args.length !== 3) return null;
  const [method, input, lang] = args;
  if (typeof method !== 'string' || method.length > 100 || !METHOD_RE.test(method)) return null;
  if (typeof lang !== 'string' || !(LANGUAGES as readonly string[]).includes(lang)) return null;
  return { method, input, lang: lang as Language };
}

/** A file or folder path coming from the renderer: absolute, bounded, no NUL. */
export function isPlausiblePath(p: unknown, isAbsolute: (p: string) => boolean): p is string {
  return typeof p === 'string' && p.length > 0 && p.length <= 4096 && !p.includes('\0') && isAbsolute(p);
}

/** A native dialog's title from the renderer: a short, non-blank string, else `fallback`. */
export function dialogTitle(title: unknown, fallback: string): string {
  return typeof title === 'string' && title.trim() && title.length <= 200 ? title : fallback;
}

/**
 * The folder a native dialog starts in: `startAt` when it is a folder, else the folder it is
 * in (the file chosen last), when that exists; undefined = where the system likes.
 */
export function startFolder(startAt: unknown, isDir: (dir: string) => boolean): string | undefined {
  if (!isPlausiblePath(startAt, path.isAbsolute)) return undefined;
  const dir = isDir(startAt) ? startAt : path.dirname(startAt);
  return isDir(dir) ? path.normalize(dir) : undefined;
}

/** A default file name for a save dialog: a bare name, never a path. */
export function sanitizeFileName(name: unknown, fallback: string): string {
  if (typeof name !== 'string') return fallback;
  const safe = name
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .split(/\s+/)
    .filter((part) => part !== '' && !/^\.+$/.test(part))
    .join(' ')
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return safe || fallback;
}
