#!/usr/bin/env node
// `npm start` (and `npm run dev` = --dev): runs the desktop app from this checkout.
//
//   1. the Electron binary: electron's package downloads it lazily; do it now, or explain;
//   2. better-sqlite3 for Electron's ABI in .electron-native/ (node_modules stays built for
//      Node, so `npm test` and `npm start` work from the same install);
//   3. `electron-vite build` when out/ is missing or older than the sources (or
//      `electron-vite dev` with --dev), then Electron on this folder with
//      EXCRM_SQLITE_BINDING pointing at the binary from step 2.
//
// `--prepare` does steps 1–3 without launching (the Electron end-to-end test uses it).
// Other arguments are passed on to Electron.

import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStaleReason } from './lib/buildFreshness.js';
import { electronInfo, electronMissingMessage, installElectron } from './lib/electronBinary.js';
import { ensureNativeSqlite } from './lib/nativeSqlite.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const dev = argv.includes('--dev');
const prepareOnly = argv.includes('--prepare');
const electronArgs = argv.filter((a) => a !== '--dev' && a !== '--prepare');

function electronViteBin() {
  const require = createRequire(path.join(root, 'package.json'));
  const pkgFile = require.resolve('electron-vite/package.json');
  const pkg = require(pkgFile);
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin['electron-vite'];
  return path.join(path.dirname(pkgFile), bin);
}

/** Runs a child with our stdio, forwarding Ctrl+C / termination; resolves to its exit code. */
function runForwarding(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: 'inherit' });
    const forward = (signal) => {
      if (child.exitCode === null) child.kill(signal);
    };
    for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, () => forward(s));
    child.on('error', (e) => {
      console.error(`Could not start ${cmd}: ${e.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  // 1. Electron itself.
  let info = electronInfo(root);
  if (!info.executable) {
    installElectron(info);
    info = electronInfo(root);
    if (!info.executable) {
      console.error(electronMissingMessage(info));
      return 1;
    }
  }

  // 2. SQLite for Electron's ABI.
  const native = await ensureNativeSqlite(root, info.version);
  if ('error' in native) {
    console.error(native.error);
    return 1;
  }

  const env = { ...process.env, EXCRM_SQLITE_BINDING: native.path };
  // Electron must run as Electron, and the build goes to out/ (what package.json's main names).
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.EXCRM_OUT_DIR;

  // 3. Build (or serve) and launch.
  if (dev) {
    if (prepareOnly) return 0;
    return runForwarding(process.execPath, [electronViteBin(), 'dev', ...(electronArgs.length ? ['--', ...electronArgs] : [])], {
      ...env,
      ELECTRON_EXEC_PATH: info.executable,
    });
  }
  const stale = buildStaleReason(root);
  if (stale) {
    console.log(`Building the app (${stale})…`);
    const r = spawnSync(process.execPath, [electronViteBin(), 'build'], { cwd: root, env, stdio: 'inherit' });
    if (r.status !== 0) {
      console.error('electron-vite build failed.');
      return 1;
    }
  }
  if (prepareOnly) {
    console.log(`Ready: ${info.executable}\n  EXCRM_SQLITE_BINDING=${native.path}`);
    return 0;
  }
  return runForwarding(info.executable, [root, ...electronArgs], env);
}

process.exitCode = await main();
