import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseNativeBinding, nativeBindingPath, type NativeBindingFacts } from './nativeSqlite';

const root = path.resolve('/project');
const built = nativeBindingPath(root, '45.4.1', 'linux', 'x64');
const facts = (over: Partial<NativeBindingFacts>): NativeBindingFacts => ({
  isPackaged: false,
  env: {},
  appPath: root,
  electronVersion: '45.4.1',
  platform: 'linux',
  arch: 'x64',
  exists: () => false,
  ...over,
});

describe('chooseNativeBinding', () => {
  it('uses none in a packaged app (electron-builder rebuilt node_modules for Electron)', () => {
    expect(chooseNativeBinding(facts({ isPackaged: true, env: { EXCRM_SQLITE_BINDING: '/x.node' }, exists: () => true }))).toEqual({
      binding: undefined,
      warning: null,
    });
  });

  it('takes the path scripts/start.js passes', () => {
    const p = path.resolve('/elsewhere/better_sqlite3.node');
    expect(chooseNativeBinding(facts({ env: { EXCRM_SQLITE_BINDING: p }, exists: (f) => f === p }))).toEqual({ binding: p, warning: null });
  });

  it('warns about a passed path that does not exist or is relative', () => {
    expect(chooseNativeBinding(facts({ env: { EXCRM_SQLITE_BINDING: path.resolve('/missing.node') } })).warning).toMatch(/does not exist/);
    expect(chooseNativeBinding(facts({ env: { EXCRM_SQLITE_BINDING: 'rel.node' }, exists: () => true })).binding).toBeUndefined();
  });

  it('falls back to the .electron-native build for this Electron version, platform and arch', () => {
    expect(built).toBe(path.join(root, '.electron-native', '45.4.1-linux-x64', 'better_sqlite3.node'));
    expect(chooseNativeBinding(facts({ exists: (f) => f === built }))).toEqual({ binding: built, warning: null });
    expect(chooseNativeBinding(facts({})).warning).toMatch(/npm start/);
  });
});
