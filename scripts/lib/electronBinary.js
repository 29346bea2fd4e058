// Finding (and, where the network allows, downloading) the Electron binary for development.
//
// electron's npm package has no postinstall: its index.js downloads the binary the first time
// something calls require('electron'), and throws if that fails. So this module never
// requires it; it reads the same path.txt / dist/ files that index.js reads.

import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * @param {string} root project folder
 * @returns {{ version: string, packageDir: string, executable: string | null, expected: string }}
 */
export function electronInfo(root) {
  const require = createRequire(path.join(root, 'package.json'));
  const pkgFile = require.resolve('electron/package.json');
  const packageDir = path.dirname(pkgFile);
  const version = JSON.parse(fs.readFileSync(pkgFile, 'utf8')).version;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const distDir = override || path.join(packageDir, 'dist');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : defaultExecutable();
  const candidate = path.join(distDir, relative);
  // dist/version guards against a binary left over from another Electron version.
  const versionFile = path.join(distDir, 'version');
  const distVersion = fs.existsSync(versionFile) ? fs.readFileSync(versionFile, 'utf8').trim().replace(/^v/, '') : null;
  const ok = fs.existsSync(candidate) && (override ? true : distVersion === version);
  return { version, packageDir, executable: ok ? candidate : null, expected: candidate };
}

function defaultExecutable() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (process.platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * Runs electron's own installer (downloads from GitHub releases or ELECTRON_MIRROR).
 * @returns {boolean} whether it succeeded
 */
export function installElectron(info) {
  console.log(`Electron ${info.version} is not installed yet; downloading it (node_modules/electron/install.js)…`);
  const r = spawnSync(process.execPath, [path.join(info.packageDir, 'install.js')], { stdio: 'inherit', timeout: 15 * 60_000 });
  return r.status === 0;
}

/** The message when Electron cannot be had; says what is missing and what to do. */
export function electronMissingMessage(info) {
  return [
    '',
    `Exhibition CRM: the Electron ${info.version} binary is not installed and could not be downloaded.`,
    `  Missing: ${info.expected}`,
    `  Electron's npm package downloads it on first use from GitHub releases`,
    `  (https://github.com/electron/electron/releases/tag/v${info.version}).`,
    '  To fix it, do one of:',
    '    - run "npm start" again on a network that can reach github.com;',
    '    - set ELECTRON_MIRROR to a mirror of the Electron releases',
    '      (e.g. ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/) and run "npm start";',
    `    - point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron ${info.version} folder.`,
    '  The same app also runs in a web browser without Electron:',
    '    npx exhibition-crm serve --db FILE',
    '',
  ].join('\n');
}
