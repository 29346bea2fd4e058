// The demo's relationship lifecycle: for every customer × exhibition it took part in, the stage
// history its participations, complaints and word of mouth lead to (the signals replayed edition
// by edition, shared/domain/lifecycleReplay.ts), and a relationship in cultivation at the current
// exhibition for every customer with no participation there. Written inside the demo's
// transaction, customer by customer, with the facts the activity generator has just made.
//
// A replay accepts every suggestion as soon as its facts appear. So that the demo also has
// suggestions waiting for a decision, for some relationships the latest move (made on the facts
// since the last edition) is left out: the facts still stand, and the app suggests it again.

import { replayHistory, type ReplayInput, type ReplayedTransition } from '../../../shared/domain/lifecycleReplay';
import type { EditionFact, ParticipationFact } from '../../../shared/domain/lifecycleSignals';
import type { Db } from '../store/openDatabase';
import type { DemoShow } from './demoEditions';
import type { DemoInteraction } from './demoInteractions';
import type { ActivityCustomer, DemoParticipation } from './demoParticipations';
import { Random } from './random';
import { STAFF } from './vocabulary';

export type Replay = (input: ReplayInput) => ReplayedTransition[];

/** Share of the relationships whose latest move since the last edition is left as a suggestion. */
const PENDING_SHARE = 0.35;
/** Rows per multi-row INSERT (fewer statements; see BatchInsert in demoActivity.ts). */
const ROWS = 32;

const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface ShowFacts {
  id: string;
  editions: EditionFact[];
  /** Edition id → position in `editions`. */
  index: Map<string, number>;
  /** End date of the latest closed edition ('' when none). */
  lastClosedEnd: string;
  createdOn: string;
}

export class DemoLifecycle {
  private readonly shows: ShowFacts[];
  private readonly today: string;
  private readonly rng: Random;
  private clock: number;
  private readonly rels: Many;
  private readonly moves: Many;
  relationships = 0;
  transitions = 0;

  constructor(
    db: Db,
    shows: readonly DemoShow[],
    nowMs: number,
    seed: number,
    private readonly replay: Replay = replayHistory,
  ) {
    this.today = date(nowMs);
    this.shows = shows.map((s) => {
      const editions = s.editions.map((e) => ({ id: e.id, name: e.name, startDate: e.startDate, endDate: e.endDate, closed: e.status === 'closed' }));
      return {
        id: s.id,
        editions,
        index: new Map(editions.map((e, i) => [e.id, i])),
        lastClosedEnd: editions.filter((e) => e.closed).at(-1)?.endDate ?? '',
        createdOn: date(s.createdMs),
      };
    });
    this.rng = new Random(seed ^ 0x165667b1);
    // Transition ids from a clock that advances by one millisecond per row: they ascend in
    // insertion order, so the primary key is appended to.
    this.clock = Math.min(...shows.map((s) => s.createdMs));
    this.rels = new Many(
      db,
      'INSERT INTO relationships (customer_id, exhibition_id, stage, stage_since, began_on, version, created_at, updated_at)',
      8,
    );
    this.moves = new Many(
      db,
      `INSERT INTO stage_transitions (id, customer_id, exhibition_id, seq, from_stage, to_stage, at, changed_by, reason, signal, evidence,
         created_at)`,
      12,
    );
  }

  /**
   * Writes the relationships of one customer: `parts` and `interactions` as the activity
   * generator made them, `womMs` its negative word of mouth (null: none).
   */
  add(c: ActivityCustomer, parts: readonly DemoParticipation[], interactions: readonly DemoInteraction[], womMs: number | null): void {
    const staff = STAFF[c.num % STAFF.length]!;
    const created = date(c.createdMs);
    const wom = womMs === null ? null : date(womMs);
    for (let s = 0; s < this.shows.length; s++) {
      const show = this.shows[s]!;
      const mine = parts.filter((p) => p.edition.exhibition === s);
      if (mine.length === 0) {
        // The current exhibition (the first) knows every customer, at least as a prospect.
        if (s === 0) {
          const began = maxDate(created, show.createdOn);
          if (began <= this.today) this.write(c.id, show.id, [{ from: null, to: 'cultivation', at: began, signal: null, details: null }], staff);
        }
        continue;
      }
      const participations: (ParticipationFact | null)[] = show.editions.map(() => null);
      for (const p of mine) {
        participations[p.edition.round] = {
          status: p.status,
          satisfaction: p.satisfaction,
          standArea: p.area,
          statusAt: date(p.steps.at(-1)!.ms),
        };
      }
      const complaints = interactions
        .filter((x) => x.type === 'complaint' && (x.editionId === null || show.index.has(x.editionId)))
        .map((x) => ({ at: date(x.ms), resolvedAt: x.resolvedMs === null ? null : date(x.resolvedMs) }));
      const firstStep = date(mine[0]!.steps[0]!.ms);
      let history = this.replay({
        editions: show.editions,
        participations,
        complaints,
        negativeWomAt: wom,
        beganOn: firstStep < created ? firstStep : created,
        today: this.today,
      });
      if (history.length === 0) continue;
      const last = history.at(-1)!;
      if (history.length > 1 && last.signal !== null && last.at >= show.lastClosedEnd && this.rng.chance(PENDING_SHARE)) {
        history = history.slice(0, -1);
      }
      this.write(c.id, show.id, history, staff);
    }
  }

  private write(customerId: string, exhibitionId: string, history: readonly ReplayedTransition[], staff: string): void {
    const first = history[0]!;
    const last = history.at(-1)!;
    const stamp = (day: string) => `${day}T02:00:00.000Z`;
    this.rels.push(customerId, exhibitionId, last.to, last.at, first.at, 1, stamp(first.at), stamp(last.at));
    for (let i = 0; i < history.length; i++) {
      const t = history[i]!;
      this.moves.push(
        this.rng.uuid7(this.clock++), customerId, exhibitionId, i + 1, t.from, t.to, t.at, staff, null, t.signal,
        t.details === null ? null : JSON.stringify(t.details), stamp(t.at),
      );
    }
    this.relationships++;
    this.transitions += history.length;
  }

  flush(): void {
    this.rels.flush();
    this.moves.flush();
  }
}

const maxDate = (a: string, b: string) => (a > b ? a : b);

/** Multi-row INSERT of ROWS rows at a time, one prepared statement each for a full and a single row. */
class Many {
  private readonly many;
  private readonly one;
  private readonly params: unknown[] = [];

  constructor(
    db: Db,
    head: string,
    private readonly width: number,
  ) {
    const row = `(${new Array(width).fill('?').join(', ')})`;
    this.one = db.prepare(`${head} VALUES ${row}`);
    this.many = db.prepare(`${head} VALUES ${new Array(ROWS).fill(row).join(', ')}`);
  }

  push(...values: unknown[]): void {
    for (const v of values) this.params.push(v);
    if (this.params.length === this.width * ROWS) {
      this.many.run(this.params);
      this.params.length = 0;
    }
  }

  flush(): void {
    for (let at = 0; at < this.params.length; at += this.width) this.one.run(this.params.slice(at, at + this.width));
    this.params.length = 0;
  }
}
