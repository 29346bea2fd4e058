// better-sqlite3 compiled for Electron, kept apart from node_modules.
//
// node_modules/better-sqlite3/build/Release is built for Node (vitest, the CLI). Electron
// has its own ABI, so development runs need a second build. Rebuilding node_modules in
// place (electron-rebuild) would break `npm test`; instead a copy of the package is built
// under .electron-native/<electron>-<platform>-<arch>/ and the app is told where it is
// (EXCRM_SQLITE_BINDING → better-sqlite3's `nativeBinding` option).
// Keep the folder layout in step with electron/main/nativeSqlite.ts.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';

const HEADERS_URL = process.env.EXCRM_ELECTRON_HEADERS_URL || 'https://electronjs.org/headers';

export function nativeBindingDir(root, electronVersion, platform = process.platform, arch = process.arch) {
  return path.join(root, '.electron-native', `${electronVersion}-${platform}-${arch}`);
}

export function nativeBindingPath(root, electronVersion, platform = process.platform, arch = process.arch) {
  return path.join(nativeBindingDir(root, electronVersion, platform, arch), 'better_sqlite3.node');
}

function packageInfo(root, name) {
  const require = createRequire(path.join(root, 'package.json'));
  const pkgFile = require.resolve(`${name}/package.json`);
  return { dir: path.dirname(pkgFile), version: JSON.parse(fs.readFileSync(pkgFile, 'utf8')).version, require };
}

/** True when a build for this Electron and this better-sqlite3 version is already there. */
export function nativeBindingIsCurrent(root, electronVersion) {
  const dir = nativeBindingDir(root, electronVersion);
  const stampFile = path.join(dir, 'build.json');
  if (!fs.existsSync(path.join(dir, 'better_sqlite3.node')) || !fs.existsSync(stampFile)) return false;
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
    return stamp.electron === electronVersion && stamp.betterSqlite3 === packageInfo(root, 'better-sqlite3').version;
  } catch {
    return false;
  }
}

function run(cmd, args, opts) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...opts });
    const timer = setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs ?? 20 * 60_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      console.error(e.message);
      resolve(false);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}

/**
 * The environment for the build tools: npm's own config (an `.npmrc` with `nodedir=/usr`,
 * say) would make node-gyp compile against Node's headers instead of Electron's and
 * silently produce a binary Electron refuses. Only the Electron target we pass counts.
 */
function buildEnv() {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|build_from_source)$/i.test(k)) delete env[k];
  }
  return env;
}

/**
 * Makes sure .electron-native/<electron>-<platform>-<arch>/better_sqlite3.node exists:
 * first a prebuilt binary (prebuild-install, from better-sqlite3's GitHub releases), else a
 * compile with node-gyp against Electron's headers (from electronjs.org/headers; needs
 * Python and a C++ compiler).
 * @returns {Promise<{ path: string } | { error: string }>}
 */
export async function ensureNativeSqlite(root, electronVersion) {
  const target = nativeBindingPath(root, electronVersion);
  if (nativeBindingIsCurrent(root, electronVersion)) return { path: target };

  const sqlite = packageInfo(root, 'better-sqlite3');
  const dir = nativeBindingDir(root, electronVersion);
  const work = path.join(dir, 'better-sqlite3');
  console.log(`Building better-sqlite3 ${sqlite.version} for Electron ${electronVersion} (${process.platform}-${process.arch}) in ${path.relative(root, dir)}…`);
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  // A copy without the Node build, so nothing in node_modules changes.
  fs.cpSync(sqlite.dir, work, {
    recursive: true,
    filter: (src) => path.relative(sqlite.dir, src).split(path.sep)[0] !== 'build',
  });
  const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
  const env = buildEnv();
  const attempts = [];

  let method = null;
  let prebuild = null;
  try {
    prebuild = path.join(packageInfo(root, 'prebuild-install').dir, 'bin.js');
  } catch {
    attempts.push('prebuild-install is not installed');
  }
  if (prebuild) {
    const ok = await run(
      process.execPath,
      [prebuild, '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch, '--platform', process.platform, '--verbose'],
      { cwd: work, env, timeoutMs: 5 * 60_000 },
    );
    if (ok && fs.existsSync(built)) method = 'prebuild-install';
    else attempts.push('prebuild-install: no prebuilt binary could be downloaded from github.com/WiseLibs/better-sqlite3/releases');
  }

  if (!method) {
    let nodeGyp = null;
    try {
      nodeGyp = path.join(packageInfo(root, 'node-gyp').dir, 'bin', 'node-gyp.js');
    } catch {
      attempts.push('node-gyp is not installed');
    }
    if (nodeGyp) {
      const ok = await run(
        process.execPath,
        [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, `--dist-url=${HEADERS_URL}`, '--runtime=electron'],
        { cwd: work, env: { ...env, npm_config_runtime: 'electron' } },
      );
      if (ok && fs.existsSync(built)) method = 'node-gyp';
      else
        attempts.push(
          `node-gyp: compiling against Electron ${electronVersion} headers failed (headers from ${HEADERS_URL}; needs Python 3 and a C++ compiler)`,
        );
    }
  }

  if (!method) {
    fs.rmSync(work, { recursive: true, force: true });
    return {
      error: [
        '',
        `Exhibition CRM: could not build better-sqlite3 ${sqlite.version} for Electron ${electronVersion}.`,
        `  Missing: ${target}`,
        ...attempts.map((a) => `  - ${a}`),
        '  This needs network access to github.com (prebuilt binaries) or to electronjs.org/headers',
        '  (set EXCRM_ELECTRON_HEADERS_URL for a mirror of the Electron headers), then run "npm start" again.',
        '  The tests and the CLI do not need it; the app also runs in a browser:',
        '    npx exhibition-crm serve --db FILE',
        '',
      ].join('\n'),
    };
  }

  fs.copyFileSync(built, target);
  fs.writeFileSync(
    path.join(dir, 'build.json'),
    `${JSON.stringify({ electron: electronVersion, betterSqlite3: sqlite.version, platform: process.platform, arch: process.arch, method, builtAt: new Date().toISOString() }, null, 2)}\n`,
  );
  fs.rmSync(work, { recursive: true, force: true });
  console.log(`better-sqlite3 for Electron: ${path.relative(root, target)} (${method})`);
  return { path: target };
}
