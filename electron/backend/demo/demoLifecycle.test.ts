import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_EXHIBITION_SETTING } from '../../../shared/domain/exhibition';
import { canMove, STAGES, type Stage } from '../../../shared/domain/lifecycle';
import { makeContext } from '../context';
import { lifecycleOverview } from '../lifecycleAnalytics/lifecycleOverview';
import { openDatabase, type Db } from '../store/openDatabase';
import { generateDemo } from './generateDemo';

// The demo's stage histories: consistent with the relationships' current stages, only along
// allowed moves, one relationship per customer × exhibition it took part in (plus prospects at
// the current exhibition), and the same for the same seed.

const NOW = '2026-03-01T09:00:00.000Z';
const dirs: string[] = [];
const open: Db[] = [];

function demo(customers: number, seed: number): Db {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excrm-demo-lc-'));
  dirs.push(dir);
  const db = openDatabase(path.join(dir, 'ws.sqlite'), { create: true, skipCheck: true });
  open.push(db);
  generateDemo(db, { customers, seed, now: NOW, parallel: false });
  return db;
}

interface Move {
  customer_id: string;
  exhibition_id: string;
  seq: number;
  from_stage: Stage | null;
  to_stage: Stage;
  at: string;
  signal: string | null;
  evidence: string | null;
}
interface Rel {
  customer_id: string;
  exhibition_id: string;
  stage: Stage;
  stage_since: string;
  began_on: string;
}

let db: Db;
beforeAll(() => {
  db = demo(1500, 7);
});
afterAll(() => {
  for (const d of open) d.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('demo stage histories', () => {
  it('gives every relationship a history that ends in its stage, along allowed moves only', () => {
    const rels = db.prepare('SELECT * FROM relationships ORDER BY customer_id, exhibition_id').all() as Rel[];
    const moves = db.prepare('SELECT * FROM stage_transitions ORDER BY customer_id, exhibition_id, seq').all() as Move[];
    const byRel = new Map<string, Move[]>();
    for (const m of moves) {
      const k = `${m.customer_id}|${m.exhibition_id}`;
      const list = byRel.get(k) ?? [];
      list.push(m);
      byRel.set(k, list);
    }
    expect(rels.length).toBeGreaterThan(1500);
    expect(byRel.size).toBe(rels.length);
    const today = NOW.slice(0, 10);
    let bad = 0;
    for (const r of rels) {
      const h = byRel.get(`${r.customer_id}|${r.exhibition_id}`)!;
      const last = h.at(-1)!;
      const ok =
        h[0]!.from_stage === null &&
        h[0]!.at === r.began_on &&
        last.to_stage === r.stage &&
        last.at === r.stage_since &&
        h.every((m, i) => m.seq === i + 1 && m.at <= today && (i === 0 || (m.from_stage === h[i - 1]!.to_stage && m.at >= h[i - 1]!.at))) &&
        h.slice(1).every((m) => canMove(m.from_stage!, m.to_stage) && m.signal !== null && typeof JSON.parse(m.evidence!) === 'object');
      if (!ok) bad++;
    }
    expect(bad).toBe(0);
  });

  it('has a relationship for every customer × exhibition with participations, and prospects at the current exhibition', () => {
    const missing = db
      .prepare(
        `SELECT count(*) FROM (SELECT DISTINCT p.customer_id, e.exhibition_id FROM participations p JOIN editions e ON e.id = p.edition_id) x
          WHERE NOT EXISTS (SELECT 1 FROM relationships r WHERE r.customer_id = x.customer_id AND r.exhibition_id = x.exhibition_id)`,
      )
      .pluck()
      .get();
    expect(missing).toBe(0);
    const current = JSON.parse(db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(CURRENT_EXHIBITION_SETTING) as string) as string;
    expect(db.prepare('SELECT count(*) FROM relationships WHERE exhibition_id = ?').pluck().get(current)).toBe(1500);
    // Without participations there: a prospect, never moved.
    const prospects = db
      .prepare(
        `SELECT r.stage, count(*) AS n, max((SELECT count(*) FROM stage_transitions s WHERE s.customer_id = r.customer_id AND s.exhibition_id = r.exhibition_id)) AS moves
           FROM relationships r
          WHERE r.exhibition_id = ? AND NOT EXISTS (
            SELECT 1 FROM participations p JOIN editions e ON e.id = p.edition_id WHERE p.customer_id = r.customer_id AND e.exhibition_id = r.exhibition_id)
          GROUP BY r.stage`,
      )
      .all(current) as { stage: string; n: number; moves: number }[];
    expect(prospects).toHaveLength(1);
    expect(prospects[0]).toMatchObject({ stage: 'cultivation', moves: 1 });
    expect(prospects[0]!.n).toBeGreaterThan(20);
    // Every stage is represented, so every screen of the lifecycle has something to show.
    const stages = db.prepare('SELECT DISTINCT stage FROM relationships WHERE exhibition_id = ?').pluck().all(current) as string[];
    expect([...stages].sort()).toEqual([...STAGES].sort());
  });

  it('is the same for the same seed and differs for another', () => {
    const again = demo(300, 11);
    const other = demo(300, 12);
    const dump = (d: Db) => [
      d.prepare('SELECT * FROM relationships ORDER BY customer_id, exhibition_id').all(),
      d.prepare('SELECT * FROM stage_transitions ORDER BY id').all(),
    ];
    expect(dump(demo(300, 11))).toEqual(dump(again));
    expect(dump(other)).not.toEqual(dump(again));
  });

  it('gives the analytics a history to show', () => {
    const current = JSON.parse(db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(CURRENT_EXHIBITION_SETTING) as string) as string;
    const o = lifecycleOverview(makeContext(db, { now: () => NOW }), current);
    expect(o.distribution.length).toBeGreaterThan(3);
    expect(o.distribution.at(-1)!.total).toBe(1500);
    expect(o.funnel.cultivation).toBe(1500);
    expect(o.funnel.confirmation).toBeGreaterThan(o.funnel.trust);
    expect(o.funnel.trust).toBeGreaterThan(0);
    expect(o.timeToTrust.medianDays).toBeGreaterThan(0);
    expect(o.churn.reduce((s, c) => s + c.lost, 0)).toBeGreaterThan(0);
  });
});
