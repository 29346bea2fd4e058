import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupEntry } from '../../shared/api/backups';
import { tempBackend } from '../helpers/tempBackend';
import { RELIABILITY_LARGE, writeReliabilityFigures } from './reliabilityFigures';

// Issue 7 items 1–2, as round trips: back up, keep working (create, edit, trash), restore the
// backup — and the workspace must be exactly as it was when the backup was taken, every table
// row for row. 3 rounds in `npm test`, 30 in `npm run test:reliability`.

const ROUNDS = RELIABILITY_LARGE ? 30 : 3;

let t: ReturnType<typeof tempBackend>;
beforeAll(async () => {
  t = tempBackend();
  const x = (await t.call('exhibitions.create', { name: 'Round Trip Fair' })).id;
  await t.call('editions.create', { exhibitionId: x, name: 'RT 2025', startDate: '2025-04-01', endDate: '2025-04-03', status: 'closed' });
});
afterAll(() => t?.cleanup());

/** Every table's rows (FTS shadow tables aside: their segments merge on their own), as text. */
function fingerprint(): string {
  const db = t.db();
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'customer_search%' ORDER BY name")
    .pluck()
    .all() as string[];
  return tables.map((n) => `${n}:${JSON.stringify(db.prepare(`SELECT * FROM "${n}" ORDER BY 1, 2`).raw().all())}`).join('\n');
}

describe('backup and restore round trips', () => {
  it(`bring back exactly the state of the backup, ${ROUNDS} times`, async () => {
    let held = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < 5; i++) await t.call('customers.create', { companyName: `Round ${round} firm ${i}`, kinds: ['exhibitor'], tags: [`r${round}`] });
      const backup: BackupEntry = await t.call('backups.create', {});
      const atBackup = fingerprint();
      // Work goes on after the backup: new, edited and trashed customers.
      const later = await t.call('customers.create', { companyName: `After backup ${round}`, kinds: ['trade_buyer'] });
      const first = t.db().prepare('SELECT id, version FROM customers ORDER BY num LIMIT 1').get() as { id: string; version: number };
      await t.call('customers.update', { id: first.id, version: first.version, patch: { notes: `changed in round ${round}` } });
      await t.call('customers.trash', { ids: [later.id] });
      expect(fingerprint()).not.toBe(atBackup);

      await t.call('backups.restore', { path: backup.path });
      const back = fingerprint();
      expect(back).toBe(atBackup);
      held += back === atBackup ? 1 : 0;
    }
    writeReliabilityFigures('restore', { roundTrips: ROUNDS, identical: held });
  }, RELIABILITY_LARGE ? 600_000 : 120_000);
});
