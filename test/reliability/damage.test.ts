import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../shared/api/result';
import { demoJob } from '../../electron/backend/jobs/demoJob';
import { checkDatabase } from '../../electron/backend/store/checkDatabase';
import { openDatabase } from '../../electron/backend/store/openDatabase';
import { tempDir } from '../helpers/tempBackend';
import { rng } from './hostileInputs';
import { RELIABILITY_LARGE, writeReliabilityFigures } from './reliabilityFigures';

// Issue 7 item 4: workspace files damaged by a script — truncated, replaced by garbage, their
// header or b-tree pages overwritten, random bytes flipped — are opened the way the app opens
// them. Every one must end in a clean open or a 'workspace_damaged' answer (which carries the
// backups to offer), never a crash; structural damage must be found at open (quick check).
// A flipped byte inside a stored value changes data without breaking structure: SQLite keeps
// no checksums, so no check can see it — those are counted apart, not hidden.

const PAGE = 4096;
let dir: string;
let good: Buffer;
beforeAll(() => {
  dir = tempDir('excrm-damage-');
  const file = path.join(dir, 'good.sqlite');
  demoJob({ path: file, customers: 300, seed: 3, now: '2026-11-22T10:00:00.000Z' }, { progress: () => {}, cancelled: () => false });
  good = fs.readFileSync(file);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Outcome = 'detected at open' | 'detected by the deep check' | 'opens clean';

/** Opens a damaged copy as the app does; what happened. Anything but a damage report is a failure. */
function tryOpen(bytes: Buffer, name: string): Outcome {
  const file = path.join(dir, `${name}.sqlite`);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  fs.writeFileSync(file, bytes);
  try {
    const db = openDatabase(file);
    db.close();
  } catch (e) {
    if (e instanceof ApiFailure && e.code === 'workspace_damaged') return 'detected at open';
    throw new Error(`${name}: ${(e as Error).message}`);
  }
  return checkDatabase(file, true).ok ? 'opens clean' : 'detected by the deep check';
}

describe('damaged workspace files', () => {
  it('are reported as damaged, never a crash; structural damage is found at open', () => {
    const r = rng(11);
    const pages = Math.floor(good.length / PAGE);
    const tally: Record<string, Record<Outcome, number>> = {};
    const note = (kind: string, o: Outcome) => {
      tally[kind] ??= { 'detected at open': 0, 'detected by the deep check': 0, 'opens clean': 0 };
      tally[kind][o]++;
    };
    const rounds = RELIABILITY_LARGE ? 60 : 6;

    // Structural damage: must be found when the file is opened.
    const structural: [string, () => Buffer][] = [
      ['empty file', () => Buffer.alloc(0)],
      ['garbage', () => Buffer.from(Array.from({ length: 64 * 1024 }, () => Math.floor(r() * 256)))],
      ['a PDF renamed', () => Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')],
      ['header zeroed', () => Buffer.concat([Buffer.alloc(100), good.subarray(100)])],
    ];
    for (let i = 0; i < rounds; i++) {
      const cut = Math.max(PAGE, Math.floor(good.length * (0.1 + 0.8 * r())));
      structural.push([`truncated`, () => good.subarray(0, cut)]);
      structural.push([`truncated mid-page`, () => good.subarray(0, cut - 1000)]);
      structural.push([
        'b-tree page overwritten',
        () => {
          const b = Buffer.from(good);
          const p = 1 + Math.floor(r() * (pages - 1));
          for (let k = 0; k < 64; k++) b[p * PAGE + k] = Math.floor(r() * 256);
          return b;
        },
      ]);
    }
    structural.forEach(([kind, make], i) => {
      const o = tryOpen(make(), `s${i}`);
      note(kind, o);
      expect(o, kind).toBe('detected at open');
    });

    // Random single-byte flips anywhere: never a crash; counted by outcome.
    for (let i = 0; i < rounds * 5; i++) {
      const b = Buffer.from(good);
      const at = 100 + Math.floor(r() * (b.length - 100));
      b[at] = b[at]! ^ (1 << Math.floor(r() * 8));
      note('one random bit flipped', tryOpen(b, `f${i}`));
    }

    const tried = Object.values(tally).reduce((a, t) => a + t['detected at open'] + t['detected by the deep check'] + t['opens clean'], 0);
    const detected = Object.values(tally).reduce((a, t) => a + t['detected at open'] + t['detected by the deep check'], 0);
    writeReliabilityFigures('damage', { tried, detected, byKind: tally });
  }, RELIABILITY_LARGE ? 1_800_000 : 300_000);
});
