// Participation histories of the demo customers, one customer at a time: which editions it
// took part in and how. A customer enters an exhibition around the time it became known
// (sometimes a few editions earlier: imported history), and after each edition comes back
// with a probability that grows with how satisfied it was; some drift away for good, some
// return after a gap. Exhibitors book stands (enquiry → reserved → contracted → paid →
// attended, some cancel, a few do not show up); visitors register or just walk in.

import type { BookingStatus, ParticipationRole, ReturnIntent, StandType } from '../../../shared/domain/participation';
import { CANCEL_REASONS_CN, CANCEL_REASONS_EN, FEEDBACK_CN, FEEDBACK_EN } from './activityVocabulary';
import { DAY, iso, type DemoEdition, type DemoShow } from './demoEditions';
import type { Random } from './random';
import { STAFF } from './vocabulary';

/** What the activity generator knows of a customer (read back from the customers table). */
export interface ActivityCustomer {
  num: number;
  id: string;
  name: string;
  kinds: number;
  partnerType: string | null;
  sizeBand: string | null;
  industry: string | null;
  source: string | null;
  createdMs: number;
  /** Chinese name: texts about it are in Chinese. */
  zh: boolean;
}

export interface StatusStep {
  status: BookingStatus;
  ms: number;
  reason: string | null;
  by: string | null;
}

/** One participation, as generated (money in minor units). */
export interface DemoParticipation {
  id: string;
  edition: DemoEdition;
  role: ParticipationRole;
  steps: StatusStep[];
  status: BookingStatus;
  standNumber: string | null;
  hall: string | null;
  area: number | null;
  standType: StandType | null;
  listPrice: number | null;
  priceCharged: number | null;
  otherRevenue: number | null;
  /** The satisfaction the customer felt (drives coming back); `satisfaction` is what was recorded. */
  felt: number | null;
  satisfaction: number | null;
  surveyMs: number | null;
  intent: ReturnIntent | null;
  feedback: string | null;
  leads: number | null;
  meetings: number | null;
}

const EXHIBITOR = 1;
const TRADE_BUYER = 2;
const PRO_VISITOR = 4;
const GENERAL_VISITOR = 8;
const PARTNER = 16;

/** Base stand areas (m²) by company size. */
const AREAS: Record<string, readonly number[]> = {
  '1-9': [9, 9, 9, 12, 18],
  '10-49': [9, 12, 18, 18, 27, 36],
  '50-249': [18, 27, 36, 36, 54, 72],
  '250-999': [36, 54, 72, 90, 108, 144, 162],
  '1000+': [72, 108, 144, 180, 216, 252, 300],
  none: [9, 12, 18, 27, 36, 54],
};
/** Chance of also taking part in the other exhibition, by role. */
const CROSS: Record<ParticipationRole, number> = {
  exhibitor: 0.5, trade_buyer: 0.8, professional_visitor: 0.8, general_visitor: 0.65, partner: 0.8,
};
/** Chance of never taking part at all (a prospect), by role. */
const NEVER: Record<ParticipationRole, number> = {
  exhibitor: 0.06, trade_buyer: 0.08, professional_visitor: 0.08, general_visitor: 0.1, partner: 0.05,
};
const STAND_LETTERS = 'ABCDEFGHJKLMNPQRSTUV';

/** A value close to normal (mean 0, sd 1): sum of three uniforms, cheap and bounded. */
function gauss(r: Random): number {
  return (r.next() + r.next() + r.next() - 1.5) * 2;
}
const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

/** Makes participations; keeps per-edition stand counters and totals. */
export class ParticipationMaker {
  /** Stands given out per edition (stand numbers are unique within an edition). */
  private readonly stands: number[];
  /** Stand area sold per edition (m²), for the editions' sellable area. */
  readonly soldArea: number[];
  private clock: number;

  constructor(
    private readonly rng: Random,
    private readonly shows: DemoShow[],
    private readonly nowMs: number,
  ) {
    const n = shows.reduce((s, x) => s + x.editions.length, 0);
    this.stands = new Array<number>(n).fill(0);
    this.soldArea = new Array<number>(n).fill(0);
    // Participation ids come from a clock that advances by one millisecond per row: they
    // ascend in insertion order, so the primary key and the status changes' keys append.
    this.clock = Math.min(...shows.map((s) => s.createdMs));
  }

  /** The customer's participations, in order of exhibitions and dates. */
  make(c: ActivityCustomer): DemoParticipation[] {
    const r = this.rng;
    const out: DemoParticipation[] = [];
    if (c.kinds === 0) return out;
    const home = this.homeShow(c);
    const homeRole = this.role(c, true);
    if (r.chance(NEVER[homeRole])) return out;
    // How the customer tends to feel about the shows, and whether it is souring over time.
    const mood = 7.3 + 1.5 * gauss(r);
    const drift = r.chance(0.2) ? -0.6 - r.next() : 0;
    const baseArea = r.pick(AREAS[c.sizeBand ?? 'none']!);
    const staff = STAFF[c.num % STAFF.length]!;
    for (let s = 0; s < this.shows.length; s++) {
      const isHome = s === home;
      const role = isHome ? homeRole : this.role(c, false);
      if (!isHome && !r.chance(CROSS[role])) continue;
      this.history(c, this.shows[s]!, role, isHome, mood, drift, baseArea, staff, out);
    }
    return out;
  }

  private homeShow(c: ActivityCustomer): number {
    for (let s = 0; s < this.shows.length; s++) if (c.industry && this.shows[s]!.spec.industries.includes(c.industry)) return s;
    return this.rng.chance(0.6) ? 0 : 1 % this.shows.length;
  }

  private role(c: ActivityCustomer, home: boolean): ParticipationRole {
    const k = c.kinds;
    if (!home) {
      // In the other show, exhibitors and visitors who also trade come to source.
      if (k & TRADE_BUYER) return 'trade_buyer';
      if (k & PARTNER && c.partnerType !== 'sponsor') return 'partner';
      if (k & EXHIBITOR) return 'professional_visitor';
    }
    if (k & EXHIBITOR) return 'exhibitor';
    if (k & PARTNER) return 'partner';
    if (k & TRADE_BUYER) return 'trade_buyer';
    if (k & PRO_VISITOR) return 'professional_visitor';
    return k & GENERAL_VISITOR ? 'general_visitor' : 'professional_visitor';
  }

  private history(
    c: ActivityCustomer, show: DemoShow, role: ParticipationRole, home: boolean, mood: number, drift: number,
    baseArea: number, staff: string, out: DemoParticipation[],
  ): void {
    const r = this.rng;
    const eds = show.editions;
    // Enters at the first edition after it became known, or (imported history) a few before.
    let k = eds.findIndex((e) => e.endMs >= c.createdMs - 45 * DAY);
    if (k < 0) k = eds.length - 1;
    if (!home) k += r.int(0, 2);
    let back = 0;
    while (r.chance(0.85) && back < 8) back++;
    // A new show had no editions before its first: those customers entered somewhere later.
    k = back <= k ? k - back : show.spec.firstNumber === 1 ? r.int(0, k) : 0;
    let present = true;
    let area = baseArea;
    let prev: DemoParticipation | null = null;
    const visitor = role !== 'exhibitor' && role !== 'partner';
    for (let i = k; i < eds.length; i++) {
      const e = eds[i]!;
      if (present) {
        if (role === 'exhibitor' && r.chance(0.2)) area = this.nextArea(area);
        const p: DemoParticipation | null = e.status === 'open'
          ? this.booking(c, e, role, area, prev, staff)
          : e.status === 'running'
            ? this.running(this.closed(c, e, role, area, prev, staff, mood + drift * (i - k)))
            : this.closed(c, e, role, area, prev, staff, mood + drift * (i - k));
        if (p) {
          out.push(p);
          prev = p;
        }
        // Coming back depends on how it went.
        const felt = p?.felt;
        const base = felt == null ? 0.35 : visitor ? 0.2 + 0.075 * felt : 0.2 + 0.085 * felt;
        present = r.chance(clamp(base, 0.05, 0.95));
        if (!present && r.chance(felt != null && felt <= 4 ? 0.6 : 0.1)) return; // drifted away for good
      } else {
        present = r.chance(0.45); // back after a gap
      }
    }
  }

  private nextArea(area: number): number {
    const r = this.rng;
    const next = r.chance(0.65) ? area + (area < 36 ? 9 : 18) : area - (area <= 18 ? 0 : 9);
    return clamp(next, 9, 300);
  }

  private newId(): string {
    return this.rng.uuid7(this.clock++);
  }

  /** Office-hours time (China) on the day of `ms`, randomised. */
  private officeTime(ms: number): number {
    const day = Math.floor(ms / DAY) * DAY;
    return day + 3_600_000 * (0.5 + 9 * this.rng.next()); // 08:30–17:30 local
  }

  /** A participation in a closed edition, with its outcome. */
  private closed(
    c: ActivityCustomer, e: DemoEdition, role: ParticipationRole, area: number, prev: DemoParticipation | null,
    staff: string, mood: number,
  ): DemoParticipation {
    const r = this.rng;
    const steps: StatusStep[] = [];
    const onSiteMs = e.startMs + r.int(0, Math.max(0, Math.round((e.endMs - e.startMs) / DAY) - 1)) * DAY + r.int(0, 6) * 3_600_000;
    let status: BookingStatus;
    if (role === 'exhibitor' || role === 'partner') {
      // Rebooked on site at the previous edition, or booked during the months before.
      const rebooked = prev !== null && prev.status === 'attended' && prev.edition.round === e.round - 1 && r.chance(0.35);
      const t0 = rebooked ? prev.edition.endMs - r.int(0, 2) * DAY - 4 * 3_600_000 : this.officeTime(e.startMs - r.int(45, 300) * DAY);
      const last = e.startMs - 3 * DAY;
      const [a, b, d] = [r.next(), r.next(), r.next()].sort((x, y) => x - y) as [number, number, number];
      const chain: [BookingStatus, number][] = [['enquiry', t0]];
      if (role === 'partner') {
        chain.push(['contracted', t0 + b * (last - t0)]); // a cooperation agreement, nothing to pay
      } else {
        if (r.chance(0.7)) chain.push(['reserved', t0 + a * (last - t0)]);
        chain.push(['contracted', t0 + b * (last - t0)], ['paid', t0 + d * (last - t0)]);
      }
      const x = r.next();
      if (x < 0.055) {
        // Cancelled after one of the steps so far.
        const upTo = 1 + (r.u32() % Math.min(chain.length, 3));
        for (const [s, ms] of chain.slice(0, upTo)) steps.push({ status: s, ms, reason: null, by: staff });
        const cancelMs = chain[upTo - 1]![1] + r.next() * (last - chain[upTo - 1]![1]);
        steps.push({ status: 'cancelled', ms: cancelMs, reason: r.pick(c.zh ? CANCEL_REASONS_CN : CANCEL_REASONS_EN), by: staff });
        status = 'cancelled';
      } else {
        for (const [s, ms] of chain) steps.push({ status: s, ms, reason: null, by: staff });
        status = x < 0.07 ? 'no_show' : 'attended';
        steps.push({ status, ms: status === 'no_show' ? e.endMs : e.startMs + 1_800_000, reason: null, by: staff });
      }
    } else if (r.chance(0.6)) {
      // Pre-registered visitor: comes, or does not.
      steps.push({ status: 'enquiry', ms: e.startMs - r.int(3, 60) * DAY - r.int(0, 86_399) * 1000, reason: null, by: null });
      status = r.chance(0.22) ? 'no_show' : 'attended';
      steps.push({ status, ms: status === 'no_show' ? e.endMs : onSiteMs, reason: null, by: null });
    } else {
      status = 'attended'; // walked in
      steps.push({ status, ms: onSiteMs, reason: null, by: null });
    }
    const p = this.base(e, role, steps, status);
    if (role === 'exhibitor') this.stand(c, p, e, area, prev);
    else if (role === 'partner' && r.chance(0.25)) p.otherRevenue = r.int(20, 300) * 10_000;
    if (status === 'attended') {
      const big = (p.area ?? 0) >= 144 ? 0.5 : 0;
      const felt = Math.round(clamp(mood + 1.3 * gauss(r) + big, 0, 10));
      p.felt = felt;
      if (r.chance(role === 'exhibitor' ? 0.8 : role === 'partner' ? 0.6 : 0.45)) {
        p.satisfaction = felt;
        p.surveyMs = this.officeTime(e.endMs + r.int(2, 20) * DAY);
        const y = r.next();
        p.intent = felt >= 8 ? (y < 0.85 ? 'yes' : 'maybe') : felt >= 5 ? (y < 0.25 ? 'yes' : y < 0.85 ? 'maybe' : 'no') : y < 0.6 ? 'no' : 'maybe';
        if (r.chance(0.25)) p.feedback = r.pick((c.zh ? FEEDBACK_CN : FEEDBACK_EN)[felt <= 4 ? 0 : felt <= 7 ? 1 : 2]!);
      }
      if (role === 'exhibitor' && p.satisfaction !== null) p.leads = Math.max(0, Math.round((p.area ?? 9) * (0.2 + felt / 10) * r.next() * 2));
      if (role === 'trade_buyer' && r.chance(0.5)) p.meetings = r.int(1, 20);
    }
    return p;
  }

  /**
   * A participation in the edition running now: as if it had closed, cut at now — the steps
   * still to come (attending later today, not showing up) are left out, and nothing is
   * recorded after the show (survey, leads, meetings) yet. Null when nothing happened before now.
   */
  private running(p: DemoParticipation): DemoParticipation | null {
    const steps = p.steps.filter((s) => s.ms <= this.nowMs - 60_000);
    if (steps.length === 0) return null;
    p.steps = steps;
    p.status = steps.at(-1)!.status;
    if (p.status !== 'attended') p.felt = null;
    p.satisfaction = null;
    p.surveyMs = null;
    p.intent = null;
    p.feedback = null;
    p.leads = null;
    p.meetings = null;
    return p;
  }

  /** A booking in progress for the coming edition (nothing after now). */
  private booking(
    c: ActivityCustomer, e: DemoEdition, role: ParticipationRole, area: number, prev: DemoParticipation | null, staff: string,
  ): DemoParticipation | null {
    const r = this.rng;
    const now = this.nowMs;
    const ahead = (e.startMs - now) / DAY;
    const visitor = role !== 'exhibitor' && role !== 'partner';
    // Visitors register in the last months only; exhibitors book from the last edition on.
    if (visitor && (ahead > 90 || !r.chance(0.5))) return null;
    const from = prev && prev.edition.endMs < now ? prev.edition.endMs : now - 120 * DAY;
    const t0 = Math.min(now - 3_600_000, from + r.next() * Math.max(0, now - from));
    const steps: StatusStep[] = [{ status: 'enquiry', ms: t0, reason: null, by: visitor ? null : staff }];
    if (!visitor) {
      // The closer the edition, the further along the bookings are.
      const progress = clamp(1 - ahead / 300, 0.05, 0.95);
      const later: BookingStatus[] = ['reserved', 'contracted', 'paid'];
      let ms = t0;
      for (const s of later) {
        if (!r.chance(progress + 0.15)) break;
        ms += r.next() * (now - ms) * 0.6;
        steps.push({ status: s, ms, reason: null, by: staff });
      }
      if (r.chance(0.03)) {
        ms += r.next() * (now - ms) * 0.6;
        steps.push({ status: 'cancelled', ms, reason: r.pick(c.zh ? CANCEL_REASONS_CN : CANCEL_REASONS_EN), by: staff });
      }
    }
    const p = this.base(e, role, steps, steps.at(-1)!.status);
    if (role === 'exhibitor') this.stand(c, p, e, area, prev);
    return p;
  }

  private base(e: DemoEdition, role: ParticipationRole, steps: StatusStep[], status: BookingStatus): DemoParticipation {
    return {
      id: this.newId(), edition: e, role, steps, status, standNumber: null, hall: null, area: null, standType: null,
      listPrice: null, priceCharged: null, otherRevenue: null, felt: null, satisfaction: null, surveyMs: null, intent: null,
      feedback: null, leads: null, meetings: null,
    };
  }

  /** Stand, prices and other revenue of an exhibitor's participation. */
  private stand(c: ActivityCustomer, p: DemoParticipation, e: DemoEdition, area: number, prev: DemoParticipation | null): void {
    const r = this.rng;
    const seq = this.stands[e.index]!++;
    const halls = this.shows[e.exhibition]!.spec.halls;
    p.hall = halls[seq % halls.length]!;
    const row = Math.floor(seq / halls.length);
    p.standNumber = STAND_LETTERS[row % STAND_LETTERS.length]! + String(1 + Math.floor(row / STAND_LETTERS.length)).padStart(2, '0');
    p.area = area;
    p.standType = r.chance(0.03) ? 'other' : area <= 18 ? 'shell_scheme' : area >= 72 ? 'raw_space' : r.chance(0.5) ? 'shell_scheme' : 'raw_space';
    const rate = p.standType === 'shell_scheme' ? e.shellRate : e.rawRate;
    p.listPrice = area * rate;
    // Big exhibitors get big stands cheaply (they draw their peers); early rebookers a little off.
    const discount = area >= 144 ? 0.25 + 0.2 * r.next() : area >= 72 ? 0.1 + 0.15 * r.next()
      : prev?.status === 'attended' && r.chance(0.4) ? 0.05 + 0.05 * r.next() : r.chance(0.25) ? 0.03 + 0.05 * r.next() : 0;
    const booked = p.steps.some((s) => s.status === 'contracted');
    if (booked) p.priceCharged = Math.floor((p.listPrice * (1 - discount)) / 10_000) * 10_000; // whole hundreds of yuan
    if (booked && p.status !== 'cancelled') {
      // Sponsorship, advertising, services.
      if (c.partnerType === 'sponsor' && r.chance(0.8)) p.otherRevenue = r.int(5, 30) * 1_000_000;
      else if (r.chance(0.12)) p.otherRevenue = r.int(15, 300) * 10_000;
      this.soldArea[e.index]! += area;
    }
  }
}

/** ISO moment of a step (whole seconds). */
export const stepAt = (s: StatusStep) => iso(s.ms);
