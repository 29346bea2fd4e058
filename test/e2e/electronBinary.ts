import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface InstalledElectron {
  executable: string | null;
  expected: string;
  version: string;
}

/** The binary electron's index.js would start, found without require('electron') (which downloads). */
export function installedElectron(): InstalledElectron {
  const pkgDir = path.join(root, 'node_modules', 'electron');
  const version = (JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(pkgDir, 'dist');
  const pathFile = path.join(pkgDir, 'path.txt');
  const fallback = process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : process.platform === 'win32' ? 'electron.exe' : 'electron';
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : fallback;
  const expected = path.join(distDir, relative);
  return { executable: fs.existsSync(expected) ? expected : null, expected, version };
}


export function electronSkipReason(found: InstalledElectron): string {
  return (
    `Electron binary not installed: ${found.expected} is missing. Electron ${found.version}'s npm package downloads it ` +
    'from GitHub releases on first use (run "npm start" where github.com or an ELECTRON_MIRROR is reachable). ' +
    'This test did not run.'
  );
}
