#!/usr/bin/env node
// `npm run package`: electron-vite build, then electron-builder (electron-builder.yml).
//
// electron-builder rebuilds native dependencies for Electron *in place* in node_modules
// (@electron/rebuild with buildPath = the project). That would leave better-sqlite3 built for
// Electron and break `npm test` and the CLI, so its Node build folder is saved first and put
// back afterwards, whether packaging worked or not (including @electron/rebuild's
// .forge-meta stamp, which would otherwise make the next packaging skip the rebuild).
// npm's `nodedir` setting is kept away from the rebuild: it would make node-gyp compile
// against Node's headers while stamping the result as an Electron build.
// Arguments go to electron-builder (e.g. `npm run package -- --linux deb`, `-- --dir`).

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

function bin(pkgName, binName) {
  const pkgFile = require.resolve(`${pkgName}/package.json`);
  const pkg = require(pkgFile);
  return path.join(path.dirname(pkgFile), typeof pkg.bin === 'string' ? pkg.bin : pkg.bin[binName]);
}

function run(args) {
  const env = { ...process.env };
  delete env.EXCRM_OUT_DIR; // the package takes out/, as package.json's main says
  for (const k of Object.keys(env)) if (/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(k)) delete env[k];
  return spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' }).status ?? 1;
}

if (run([bin('electron-vite', 'electron-vite'), 'build']) !== 0) {
  console.error('electron-vite build failed; nothing packaged.');
  process.exit(1);
}

const buildDir = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build');
const saved = fs.mkdtempSync(path.join(os.tmpdir(), 'excrm-sqlite-node-'));
const hadNodeBuild = fs.existsSync(buildDir);
if (hadNodeBuild) fs.cpSync(buildDir, path.join(saved, 'build'), { recursive: true });

let status = 1;
try {
  status = run([bin('electron-builder', 'electron-builder'), '--config', 'electron-builder.yml', ...process.argv.slice(2)]);
} finally {
  if (hadNodeBuild) {
    fs.rmSync(buildDir, { recursive: true, force: true });
    fs.cpSync(path.join(saved, 'build'), buildDir, { recursive: true });
    console.log('Restored the Node build of better-sqlite3 (for npm test and the CLI).');
  }
  fs.rmSync(saved, { recursive: true, force: true });
}
process.exit(status);
