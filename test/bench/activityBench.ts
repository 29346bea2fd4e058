// Benchmark rows of issue 3 on a generated workspace: the customer page, a busy customer's
// timeline, segment counts and rebooking — each through the real dispatcher (validation
// included, as every transport calls it), each beside a bare-SQLite figure for comparable
// work where one is meaningful. A method that fails is reported as "not available" with its
// error, never as a figure.

import { Backend } from '../../electron/backend/backend';
import { dispatch } from '../../electron/backend/dispatcher';
import type { Db } from '../../electron/backend/store/openDatabase';
import { Random } from '../../electron/backend/demo/random';
import type { Row } from './run';

export const ACTIVITY_TARGETS = { pageMs: 30, timelineMs: 30, segmentMs: 200, rebookMs: 2000, rebookCount: 5000 };

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
const f1 = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const p5095 = (v: number[]) => `${f1(pct(v, 50))} / ${f1(pct(v, 95))} ms`;
const verdict = (ok: boolean) => (ok ? 'PASS' : '**MISS**');

class Unavailable extends Error {}

/** Calls a method through the dispatcher; returns its data and the time it took. */
async function timed(backend: Backend, method: string, input: unknown): Promise<{ data: unknown; ms: number }> {
  const t = process.hrtime.bigint();
  const r = await dispatch(backend, method, input);
  const took = ms(t);
  if (!r.ok) throw new Unavailable(`${method}: ${r.error.code} ${r.error.message}`);
  return { data: r.data, ms: took };
}

function bareTimes(fn: () => unknown, runs: number): number[] {
  fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    out.push(ms(t));
  }
  return out;
}

function unavailable(measure: string, target: string, e: unknown): Row {
  const why = e instanceof Error ? e.message : String(e);
  return { measure, value: `not available (${why.slice(0, 160)})`, bare: '—', target, result: 'n/a' };
}

/** The edition ids the rows need: the last closed and the open edition of the current exhibition. */
function editions(db: Db): { exhibitionId: string; lastClosed: string; open: string; openName: string } {
  const current = JSON.parse(db.prepare("SELECT value FROM settings WHERE key = 'currentExhibitionId'").pluck().get() as string) as string;
  const eds = db.prepare('SELECT id, name, status FROM editions WHERE exhibition_id = ? ORDER BY start_date').all(current) as {
    id: string; name: string; status: string;
  }[];
  const closed = eds.filter((e) => e.status === 'closed');
  const open = eds.find((e) => e.status === 'open')!;
  return { exhibitionId: current, lastClosed: closed.at(-1)!.id, open: open.id, openName: open.name };
}

/** Rows for a workspace `file` already generated (and closed by the caller). */
export async function benchActivity(file: string, dataDir: string, runs: number): Promise<{ rows: Row[]; detail: string[] }> {
  const backend = new Backend({ dataDir, host: 'cli', version: 'bench' });
  backend.open(file);
  const db = backend.context().db;
  const rows: Row[] = [];
  const detail: string[] = [];
  try {
    const ed = editions(db);
    // The busiest customer (most interactions and participations), and a random sample.
    const busiest = db
      .prepare(
        `SELECT c.id, (SELECT count(*) FROM interactions i WHERE i.customer_id = c.id) AS i,
           (SELECT count(*) FROM participations p WHERE p.customer_id = c.id) AS p
         FROM customers c WHERE c.id IN (SELECT customer_id FROM interactions GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1)`,
      )
      .get() as { id: string; i: number; p: number };
    const maxNum = db.prepare('SELECT max(num) FROM customers').pluck().get() as number;
    const rng = new Random(3);
    const pick = db.prepare('SELECT id FROM customers WHERE num >= ? ORDER BY num LIMIT 1').pluck();
    const sample = Array.from({ length: runs }, () => pick.get(rng.int(1, maxNum)) as string);

    // Customer page: everything it shows, in one call.
    const pageMeasure = `customer page (customers.page: profile, contacts, summary, participations, referrals; ${runs} random + busiest)`;
    try {
      await timed(backend, 'customers.page', { id: busiest.id });
      const t: number[] = [];
      for (const id of sample) t.push((await timed(backend, 'customers.page', { id })).ms);
      const busy: number[] = [];
      for (let i = 0; i < runs; i++) busy.push((await timed(backend, 'customers.page', { id: busiest.id })).ms);
      const bare = db.prepare('SELECT * FROM customers WHERE id = ?');
      const bareContacts = db.prepare('SELECT * FROM contacts WHERE customer_id = ?');
      const bareParts = db.prepare('SELECT p.*, e.name FROM participations p JOIN editions e ON e.id = p.edition_id WHERE p.customer_id = ?');
      const bareTimes1 = bareTimes(() => {
        bare.get(busiest.id);
        bareContacts.all(busiest.id);
        bareParts.all(busiest.id);
      }, runs * 4);
      const all = [...t, ...busy];
      rows.push({
        measure: pageMeasure,
        value: p5095(all),
        bare: `${p5095(bareTimes1)} (customer + contacts + participations by id)`,
        target: `≤ ${ACTIVITY_TARGETS.pageMs} ms`,
        result: verdict(pct(all, 95) <= ACTIVITY_TARGETS.pageMs),
      });
      detail.push(`| customer page, random customers | ${p5095(t)} | |`, `| customer page, busiest (${busiest.i} interactions, ${busiest.p} participations) | ${p5095(busy)} | |`);
    } catch (e) {
      rows.push(unavailable(pageMeasure, `≤ ${ACTIVITY_TARGETS.pageMs} ms`, e));
    }

    // Timeline of the busiest customer: the first page (newest first).
    const tlMeasure = `timeline of a busy customer (customers.timeline, first page; ${busiest.i} interactions, ${busiest.p} participations)`;
    try {
      const first = await timed(backend, 'customers.timeline', { id: busiest.id });
      const t: number[] = [];
      for (let i = 0; i < runs * 2; i++) t.push((await timed(backend, 'customers.timeline', { id: busiest.id })).ms);
      const items = (first.data as { items?: unknown[] }).items?.length ?? 0;
      const bareI = db.prepare('SELECT * FROM interactions WHERE customer_id = ? ORDER BY at DESC LIMIT 50');
      const bareT = bareTimes(() => bareI.all(busiest.id), runs * 4);
      rows.push({
        measure: tlMeasure,
        value: p5095(t),
        bare: `${p5095(bareT)} (newest 50 interactions only)`,
        target: `≤ ${ACTIVITY_TARGETS.timelineMs} ms`,
        result: verdict(pct(t, 95) <= ACTIVITY_TARGETS.timelineMs),
      });
      detail.push(`| timeline, busiest customer | ${p5095(t)} | ${items} items on the first page |`);
    } catch (e) {
      rows.push(unavailable(tlMeasure, `≤ ${ACTIVITY_TARGETS.timelineMs} ms`, e));
    }

    // Segment counts with three conditions each.
    const segMeasure = 'segment count, three conditions (segments.count, 4 definitions)';
    try {
      const defs: { label: string; def: unknown }[] = [
        {
          label: 'exhibitors of the last edition not yet in the next one',
          def: { type: 'group', op: 'and', items: [
            { type: 'kind', values: ['exhibitor'] }, { type: 'tookPart', editionId: ed.lastClosed }, { type: 'notTookPart', editionId: ed.open },
          ] },
        },
        {
          label: 'Guangdong, revenue ≥ 50,000, no contact for 180 days',
          def: { type: 'group', op: 'and', items: [
            { type: 'region', values: ['广东'] }, { type: 'revenue', min: 50_000 }, { type: 'lastContact', op: 'olderThan', days: 180 },
          ] },
        },
        {
          label: 'satisfaction ≤ 6 or open complaint, among 2+ editions attended',
          def: { type: 'group', op: 'and', items: [
            { type: 'editionsAttended', min: 2 },
            { type: 'group', op: 'or', items: [{ type: 'satisfaction', max: 6 }, { type: 'openComplaint', has: true }] },
          ] },
        },
        {
          label: 'revenue ≥ 50,000, largest stand ≥ 36 m², latest satisfaction ≥ 8',
          def: { type: 'group', op: 'and', items: [
            { type: 'revenue', min: 50_000 }, { type: 'standArea', measure: 'max', min: 36 }, { type: 'satisfaction', measure: 'latest', min: 8 },
          ] },
        },
      ];
      const all: number[] = [];
      for (const d of defs) {
        const first = await timed(backend, 'segments.count', { definition: d.def });
        const t: number[] = [];
        for (let i = 0; i < runs; i++) t.push((await timed(backend, 'segments.count', { definition: d.def })).ms);
        all.push(...t);
        detail.push(`| segment: ${d.label} | ${p5095(t)} | ${(first.data as { count: number }).count} customers |`);
      }
      const bareStmt = db.prepare(
        `SELECT count(*) FROM customers c WHERE c.deleted_at IS NULL AND c.kinds & 1
           AND EXISTS (SELECT 1 FROM participations p WHERE p.customer_id = c.id AND p.edition_id = ? AND p.status IN ('contracted', 'paid', 'attended'))
           AND NOT EXISTS (SELECT 1 FROM participations p WHERE p.customer_id = c.id AND p.edition_id = ? AND p.status IN ('contracted', 'paid', 'attended'))`,
      );
      const bare = bareTimes(() => bareStmt.pluck().get(ed.lastClosed, ed.open), runs);
      rows.push({
        measure: segMeasure,
        value: p5095(all),
        bare: `${p5095(bare)} (the first definition as hand-written SQL)`,
        target: `≤ ${ACTIVITY_TARGETS.segmentMs} ms`,
        result: verdict(pct(all, 95) <= ACTIVITY_TARGETS.segmentMs),
      });
    } catch (e) {
      rows.push(unavailable(segMeasure, `≤ ${ACTIVITY_TARGETS.segmentMs} ms`, e));
    }

    // Rebooking about 5,000 participants into a new, empty edition (once: it writes).
    const rebookMeasure = `rebooking ~${ACTIVITY_TARGETS.rebookCount.toLocaleString('en')} participants (editions.rebook into a new edition)`;
    try {
      const created = await timed(backend, 'editions.create', {
        exhibitionId: ed.exhibitionId, name: `${ed.openName} (bench copy)`, startDate: '2027-06-08', endDate: '2027-06-11',
        status: 'planned',
      });
      const toEditionId = (created.data as { id: string }).id;
      // A segment of the last edition's exhibitors sized near the target: by company size.
      const bands = ['1000+', '250-999', '50-249', '10-49', '1-9'];
      let scope: unknown = { kind: 'exhibitors' };
      let willCreate = 0;
      for (let n = 1; n <= bands.length; n++) {
        const seg = await timed(backend, 'segments.create', {
          name: `bench rebook ${n}`,
          definition: { type: 'group', op: 'and', items: [{ type: 'sizeBand', values: bands.slice(0, n) }] },
        });
        const s = { kind: 'segment', segmentId: (seg.data as { id: string }).id };
        const preview = await timed(backend, 'editions.rebookPreview', { fromEditionId: ed.lastClosed, toEditionId, scope: s });
        scope = s;
        willCreate = (preview.data as { willCreate: number }).willCreate;
        if (willCreate >= ACTIVITY_TARGETS.rebookCount) break;
      }
      const r = await timed(backend, 'editions.rebook', { fromEditionId: ed.lastClosed, toEditionId, scope });
      const made = (r.data as { created: number }).created;
      // Bare: as many enquiries and status rows in a scratch edition, two INSERT … SELECTs, rolled back.
      const bare = db.transaction((n: number) => {
        db.prepare(
          `INSERT INTO editions (id, exhibition_id, name, start_date, end_date, created_at, updated_at)
           VALUES ('bare-edition', ?, 'bare', '2027-01-01', '2027-01-02', '2026-01-01', '2026-01-01')`,
        ).run(ed.exhibitionId);
        db.prepare(
          `INSERT INTO participations (id, customer_id, edition_id, role, status, status_at, created_at, updated_at)
           SELECT lower(hex(randomblob(16))), customer_id, 'bare-edition', role, 'enquiry', '2026-01-01', '2026-01-01', '2026-01-01'
           FROM participations WHERE edition_id = ? AND role = 'exhibitor' LIMIT ?`,
        ).run(ed.lastClosed, n);
        db.prepare(
          `INSERT INTO participation_status_changes (participation_id, seq, status, at)
           SELECT id, 1, 'enquiry', '2026-01-01' FROM participations WHERE edition_id = 'bare-edition'`,
        ).run();
        throw new RollBack();
      });
      const t = process.hrtime.bigint();
      try {
        bare(made);
      } catch (e) {
        if (!(e instanceof RollBack)) throw e;
      }
      const bareMs = ms(t);
      rows.push({
        measure: `${rebookMeasure}: ${made.toLocaleString('en')} created (${willCreate.toLocaleString('en')} previewed)`,
        value: `${f1(r.ms)} ms`,
        bare: `${f1(bareMs)} ms (INSERT … SELECT of as many rows and status rows)`,
        target: `≤ ${ACTIVITY_TARGETS.rebookMs / 1000} s`,
        result: verdict(r.ms <= ACTIVITY_TARGETS.rebookMs),
      });
    } catch (e) {
      rows.push(unavailable(rebookMeasure, `≤ ${ACTIVITY_TARGETS.rebookMs / 1000} s`, e));
    }
  } finally {
    backend.close();
  }
  return { rows, detail };
}

class RollBack extends Error {}
