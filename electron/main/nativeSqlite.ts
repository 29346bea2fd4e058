import path from 'node:path';

// Which better-sqlite3 binary the backend loads. node_modules/better-sqlite3 is built for
// Node (vitest, the CLI); Electron has another ABI. In development scripts/start.js builds a
// copy for Electron under .electron-native/ and passes its path in EXCRM_SQLITE_BINDING.
// A packaged app has node_modules rebuilt for Electron by electron-builder and needs none.

export const NATIVE_BINDING_ENV = 'EXCRM_SQLITE_BINDING';

/** The folder scripts/start.js builds into (keep in step with scripts/lib/nativeSqlite.js). */
export function nativeBindingPath(root: string, electronVersion: string, platform: string, arch: string): string {
  return path.join(root, '.electron-native', `${electronVersion}-${platform}-${arch}`, 'better_sqlite3.node');
}

export interface NativeBindingFacts {
  isPackaged: boolean;
  env: Record<string, string | undefined>;
  appPath: string;
  electronVersion: string;
  platform: string;
  arch: string;
  exists: (file: string) => boolean;
}

export type NativeBindingChoice =
  | { binding: string | undefined; warning: null }
  | { binding: undefined; warning: string };

export function chooseNativeBinding(f: NativeBindingFacts): NativeBindingChoice {
  if (f.isPackaged) return { binding: undefined, warning: null };
  const fromEnv = f.env[NATIVE_BINDING_ENV];
  if (fromEnv) {
    if (path.isAbsolute(fromEnv) && f.exists(fromEnv)) return { binding: fromEnv, warning: null };
    return { binding: undefined, warning: `${NATIVE_BINDING_ENV}=${fromEnv} does not exist; run "npm start" to build it.` };
  }
  const built = nativeBindingPath(f.appPath, f.electronVersion, f.platform, f.arch);
  if (f.exists(built)) return { binding: built, warning: null };
  return {
    binding: undefined,
    warning:
      `No better-sqlite3 build for Electron ${f.electronVersion} at ${built}; ` +
      'opening a workspace will fail. Start the app with "npm start", which builds it.',
  };
}
