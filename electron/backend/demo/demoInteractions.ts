// Every contact with a demo customer, made from its participations: invitations and calls
// before an edition, meetings, stand visits and dinners (with their costs) around it,
// surveys, complaints (most resolved, some still open) and ideas after it; plus the
// occasional contact with prospects, and the referrals a customer made.

import type { InteractionDirection, InteractionType } from '../../../shared/domain/interaction';
import {
  COMPLAINTS_CN, COMPLAINTS_EN, OUTCOMES_CN, OUTCOMES_EN, REFERRAL_CN, REFERRAL_EN, RESOLUTIONS_CN, RESOLUTIONS_EN, SUMMARIES,
} from './activityVocabulary';
import { DAY, type DemoShow } from './demoEditions';
import type { ActivityCustomer, DemoParticipation } from './demoParticipations';
import type { Random } from './random';
import { STAFF } from './vocabulary';

export interface DemoInteraction {
  ms: number;
  type: InteractionType;
  direction: InteractionDirection | null;
  staff: string;
  editionId: string | null;
  summary: string;
  outcome: string | null;
  /** Minor units. */
  cost: number;
  followUpMs: number | null;
  complaintState: 'open' | 'resolved' | null;
  resolvedMs: number | null;
}

/** A referral the customer made: whom, and when that customer became known. */
export interface MadeReferral {
  name: string;
  ms: number;
}

export class InteractionMaker {
  /** The latest closed edition of each exhibition: complaints about it may still be open. */
  private readonly latestClosed: Set<string>;

  constructor(
    private readonly rng: Random,
    shows: DemoShow[],
    private readonly nowMs: number,
  ) {
    this.latestClosed = new Set(shows.map((s) => s.editions.filter((e) => e.status === 'closed').at(-1)?.id ?? ''));
  }

  /** The customer's interactions, oldest first. */
  make(c: ActivityCustomer, parts: readonly DemoParticipation[], referrals: readonly MadeReferral[]): DemoInteraction[] {
    const r = this.rng;
    const out: DemoInteraction[] = [];
    const staff = STAFF[c.num % STAFF.length]!;
    const other = STAFF[(c.num + 1 + (r.u32() % (STAFF.length - 1))) % STAFF.length]!;
    const add = (ms: number, type: InteractionType, direction: InteractionDirection | null, editionId: string | null, summary: string) => {
      const i: DemoInteraction = {
        ms: Math.min(ms, this.nowMs - 60_000), type, direction, staff: r.chance(0.85) ? staff : other, editionId, summary,
        outcome: null, cost: 0, followUpMs: null, complaintState: null, resolvedMs: null,
      };
      out.push(i);
      return i;
    };
    const text = (type: string, edition = '', score = 0) => {
      const [zh, en] = r.pick(SUMMARIES[type]!);
      return (c.zh ? zh : en).replace('{e}', edition).replace('{s}', String(score));
    };
    const contact = (ms: number, edition: string, editionId: string | null) => {
      const type: InteractionType = r.chance(0.55) ? 'email' : 'call';
      const i = add(ms, type, r.chance(0.8) ? 'outbound' : 'inbound', editionId, text(type, edition));
      if (r.chance(0.35)) i.outcome = r.pick(c.zh ? OUTCOMES_CN : OUTCOMES_EN);
      if (r.chance(0.12)) i.followUpMs = i.ms + r.int(3, 21) * DAY; // from when it was logged (never after now)
      return i;
    };

    for (const p of parts) {
      const e = p.edition;
      const short = e.label;
      const first = p.steps[0]!.ms;
      const exhibitor = p.role === 'exhibitor' || p.role === 'partner';
      // Contacts between the booking and the show happen before now (the coming edition's too).
      const until = Math.min(e.startMs, this.nowMs);
      // Before: invitations and follow-ups.
      for (let n = exhibitor ? r.int(1, 3) : r.int(0, 1); n > 0; n--) contact(first - r.int(0, 60) * DAY, short, e.id);
      if (exhibitor) for (let n = r.int(0, 1); n > 0; n--) contact(first + r.next() * Math.max(DAY, until - first), short, e.id);
      if (exhibitor && r.chance(0.2)) {
        const m = add(first + r.next() * Math.max(DAY, until - first), 'meeting', 'outbound', e.id, text('meeting'));
        if (r.chance(0.5)) m.cost = r.int(2, 8) * 10_000; // lunch, travel
        m.outcome = r.pick(c.zh ? OUTCOMES_CN : OUTCOMES_EN);
      }
      if (p.status !== 'attended' && p.status !== 'no_show') continue;
      // During: stand visits, dinners (those still to come in a running edition are not logged yet).
      if (p.status === 'attended') {
        const visitMs = e.startMs + r.next() * (e.endMs - e.startMs);
        if (r.chance(exhibitor ? 0.35 : 0.05) && visitMs < this.nowMs) add(visitMs, 'visit', 'outbound', e.id, text('visit', short));
        if ((p.area ?? 0) >= 72 || p.otherRevenue !== null ? r.chance(0.5) : r.chance(0.04)) {
          const dinnerMs = e.startMs + 10 * 3_600_000;
          if (dinnerMs < this.nowMs) add(dinnerMs, 'event', 'outbound', e.id, text('event', short)).cost = r.int(8, 60) * 10_000;
        }
      }
      // A running edition has no aftermath yet.
      if (e.endMs >= this.nowMs) continue;
      // After: survey, complaints, ideas.
      if (p.satisfaction !== null && p.surveyMs !== null) {
        const f = add(p.surveyMs, 'feedback', 'inbound', e.id, text('feedback', short, p.satisfaction));
        if (p.feedback) f.outcome = p.feedback;
      }
      const felt = p.felt ?? 5;
      if (r.chance(felt <= 4 ? 0.35 : felt <= 6 ? 0.1 : 0.02)) this.complaint(c, add, e.id, e.endMs);
      if (felt >= 8 && r.chance(exhibitor ? 0.06 : 0.01)) add(e.endMs + r.int(5, 60) * DAY, 'advice', 'inbound', e.id, text('advice'));
    }
    if (parts.length === 0) {
      // A prospect: the organiser keeps trying.
      for (let n = r.int(1, 5); n > 0; n--) contact(c.createdMs + r.next() * (this.nowMs - c.createdMs), '', null);
    }
    if (r.chance(0.15)) add(c.createdMs + r.next() * (this.nowMs - c.createdMs), 'other', null, null, text('other'));
    for (const ref of referrals) {
      add(ref.ms, 'referral', 'inbound', null, (c.zh ? REFERRAL_CN : REFERRAL_EN).replace('{n}', ref.name));
    }
    out.sort((a, b) => a.ms - b.ms);
    return out;
  }

  private complaint(
    c: ActivityCustomer,
    add: (ms: number, type: InteractionType, dir: InteractionDirection | null, ed: string | null, summary: string) => DemoInteraction,
    editionId: string,
    endMs: number,
  ): void {
    const r = this.rng;
    const i = add(endMs - r.int(0, 2) * DAY + r.int(1, 20) * DAY, 'complaint', 'inbound', editionId, r.pick(c.zh ? COMPLAINTS_CN : COMPLAINTS_EN));
    const resolvedMs = i.ms + r.int(1, 30) * DAY;
    const open = resolvedMs >= this.nowMs || (this.latestClosed.has(editionId) ? r.chance(0.3) : r.chance(0.02));
    i.complaintState = open ? 'open' : 'resolved';
    if (!open) {
      i.resolvedMs = resolvedMs;
      i.outcome = r.pick(c.zh ? RESOLUTIONS_CN : RESOLUTIONS_EN);
    } else {
      i.followUpMs = Math.max(this.nowMs, i.ms) + r.int(1, 14) * DAY;
    }
  }
}
