// Whether out/ (electron-vite build) is older than the sources it is built from.

import fs from 'node:fs';
import path from 'node:path';

const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const INPUT_DIRS = ['electron', 'shared', 'renderer'];
const INPUT_FILES = ['electron.vite.config.ts', 'package.json', 'package-lock.json', 'postcss.config.cjs', 'tsconfig.web.json'];

function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    if (entry.isFile() && /\.test\.tsx?$/.test(entry.name)) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry.name)));
  }
  return newest;
}

/** @returns {string | null} why a build is needed, or null when out/ is current */
export function buildStaleReason(root) {
  let oldestOutput = Infinity;
  for (const out of OUTPUTS) {
    const file = path.join(root, out);
    if (!fs.existsSync(file)) return `${out} is missing`;
    oldestOutput = Math.min(oldestOutput, fs.statSync(file).mtimeMs);
  }
  for (const input of [...INPUT_DIRS, ...INPUT_FILES]) {
    if (newestMtime(path.join(root, input)) > oldestOutput) return `${input} changed since the last build`;
  }
  return null;
}
