import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/helpers/tempBackend';
import { listTemplates } from '../../imports/importTemplates';
import { openDatabase } from '../openDatabase';
import { MIGRATIONS } from './index';

// Templates saved before templates kept a date order read as "as each file tells", and the
// column takes only the two orders.

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 7: template date order', () => {
  it('keeps the templates saved before, with no date order, and refuses anything but dmy / mdy', () => {
    const file = path.join(dir, 'W.sqlite');
    const old = openDatabase(file, { create: true, migrations: MIGRATIONS.slice(0, 6) });
    old
      .prepare('INSERT INTO import_templates (id, name, signature, headers, mapping, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run('t1', 'German list', 'firma', '["Firma"]', '{"firma":"companyName"}', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z');
    old.close();

    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(7);
      expect(listTemplates(db)).toEqual([
        { id: 't1', name: 'German list', headers: ['Firma'], mapping: { firma: 'companyName' }, dateOrder: null, updatedAt: '2025-01-01T00:00:00.000Z' },
      ]);
      expect(() => db.prepare("UPDATE import_templates SET date_order = 'ymd'").run()).toThrow(/CHECK/);
      db.prepare("UPDATE import_templates SET date_order = 'mdy'").run();
      expect(listTemplates(db)[0]!.dateOrder).toBe('mdy');
    } finally {
      db.close();
    }
  });
});
