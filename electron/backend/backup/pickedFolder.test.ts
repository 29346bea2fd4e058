import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupFile } from '../../../shared/api/app';
import { tempBackend, tempDir } from '../../../test/helpers/tempBackend';

// A workspace set to back up onto a stick, then damaged beyond reading its own settings: the
// damaged-file answer still lists the backups on the stick (the app remembers the folder).

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup.splice(0)) c();
});

describe('backups in a picked folder', () => {
  it('are offered when the workspace is too damaged to say where they are', async () => {
    const t = tempBackend();
    cleanup.push(() => t.cleanup());
    const stick = tempDir('excrm-stick-');
    cleanup.push(() => fs.rmSync(stick, { recursive: true, force: true }));
    await t.call('customers.create', { companyName: 'Stick Test Ltd', kinds: ['exhibitor'] });
    await t.call('backups.updateSettings', { folder: stick });
    const backup = await t.call('backups.create', {});
    expect(path.dirname(backup.path)).toBe(stick);
    t.backend.close();

    // Garbage over the first pages: the settings table cannot be read any more.
    const bytes = fs.readFileSync(t.file);
    bytes.fill(0x33, 0, 16 * 4096);
    fs.writeFileSync(t.file, bytes);
    for (const s of ['-wal', '-shm']) fs.rmSync(t.file + s, { force: true });

    const r = await t.raw('workspace.open', { path: t.file });
    expect(r).toMatchObject({ ok: false, error: { code: 'workspace_damaged' } });
    const offered = ((r as { error: { details?: { backups?: BackupFile[] } } }).error.details?.backups ?? []).map((b) => b.path);
    expect(offered).toContain(backup.path);
  });
});
