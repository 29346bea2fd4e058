import { CUSTOMER_KINDS, SIZE_BANDS, type CustomerKind, type SizeBand } from '../../../shared/domain/customer';
import { BOOKED_STATUSES, BOOKING_STATUSES, PARTICIPATION_ROLES, type BookingStatus } from '../../../shared/domain/participation';
import type { SegmentCondition, SegmentNode } from '../../../shared/domain/segment';
import type { tempBackend } from '../../../test/helpers/tempBackend';

// Test data for segments: customers made through the real API, their activity written as plain
// rows, and a plain-JS model of the same data that says which customers each condition should
// match (the meanings written down in shared/domain/segment.ts), to compare with the SQL.

type T = ReturnType<typeof tempBackend>;

export interface ModelCustomer {
  id: string;
  kinds: CustomerKind[];
  industry: string | null;
  country: string | null;
  region: string | null;
  sizeBand: SizeBand | null;
  tags: string[];
  screening: 'unverified' | 'verified' | 'rejected';
  deleted: boolean;
}
export interface ModelParticipation {
  customerId: string;
  editionId: string;
  status: BookingStatus;
  standArea: number | null;
  price: number | null; // minor units
  other: number | null;
  satisfaction: number | null;
  updatedAt: string;
}
export interface ModelInteraction {
  customerId: string;
  at: string;
  complaint: 'open' | 'resolved' | null;
}
export interface Model {
  customers: ModelCustomer[];
  editions: { id: string; startDate: string }[];
  parts: ModelParticipation[];
  inters: ModelInteraction[];
  now: number;
}

/** A small deterministic generator (mulberry32), so a failing case can be reproduced. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <X>(xs: readonly X[]): X => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}

export const INDUSTRIES = ['LED lighting', 'Textiles', 'Machinery'] as const;
export const COUNTRIES = ['China', 'Germany', 'Vietnam'] as const;
export const REGIONS = ['Guangdong', 'Bavaria', 'Hanoi'] as const;
export const TAGS = ['VIP', 'brand leader', 'new'] as const;
const DAY = 86_400_000;

let uuidN = 0;
const uuid = () => `00000000-0000-4000-8000-${(++uuidN).toString(16).padStart(12, '0')}`;

/** Builds `n` customers with activity in three editions; returns the model of what was written. */
export async function seedSegmentData(t: T, n = 48, seed = 7): Promise<Model> {
  const r = rng(seed);
  const db = t.db();
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const stamp = iso(now);

  const exId = uuid();
  db.prepare(`INSERT INTO exhibitions (id, name, created_at, updated_at) VALUES (?, 'Light Fair', ?, ?)`).run(exId, stamp, stamp);
  const editions = ['2024-03-01', '2025-03-01', '2026-03-01'].map((startDate, i) => {
    const id = uuid();
    db.prepare(
      `INSERT INTO editions (id, exhibition_id, name, start_date, end_date, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'closed', ?, ?)`,
    ).run(id, exId, `Light Fair ${2024 + i}`, startDate, startDate, stamp, stamp);
    return { id, startDate };
  });

  const customers: ModelCustomer[] = [];
  for (let i = 0; i < n; i++) {
    const kinds = CUSTOMER_KINDS.filter(() => r.chance(0.3));
    const c = await t.call('customers.create', {
      companyName: `Firm ${i}`,
      kinds,
      industry: r.chance(0.85) ? r.pick(INDUSTRIES) : null,
      country: r.chance(0.85) ? r.pick(COUNTRIES) : null,
      region: r.chance(0.7) ? r.pick(REGIONS) : null,
      sizeBand: r.chance(0.8) ? r.pick(SIZE_BANDS) : null,
      tags: TAGS.filter(() => r.chance(0.3)),
    });
    const screening = r.pick(['unverified', 'verified', 'rejected'] as const);
    db.prepare('UPDATE customers SET screening_status = ? WHERE id = ?').run(screening, c.id);
    customers.push({
      id: c.id,
      kinds: c.kinds,
      industry: c.industry,
      country: c.country,
      region: c.region,
      sizeBand: c.sizeBand,
      tags: c.tags,
      screening,
      deleted: false,
    });
  }
  // A few in the Trash: they must never be members, whatever they did.
  for (const c of customers.filter((_, i) => i % 9 === 4)) {
    c.deleted = true;
    db.prepare('UPDATE customers SET deleted_at = ? WHERE id = ?').run(stamp, c.id);
  }

  const parts: ModelParticipation[] = [];
  const insPart = db.prepare(
    `INSERT INTO participations (id, customer_id, edition_id, role, stand_area, price_charged, other_revenue, status,
       status_at, cancel_reason, satisfaction, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  for (const c of customers) {
    for (const e of editions) {
      if (!r.chance(0.6)) continue;
      // Sometimes two roles in one edition (a firm exhibits and sponsors).
      const roles = r.chance(0.15) ? PARTICIPATION_ROLES.slice(0, 2) : [r.pick(PARTICIPATION_ROLES)];
      for (const role of roles) {
        const status = r.pick(BOOKING_STATUSES);
        const p: ModelParticipation = {
          customerId: c.id,
          editionId: e.id,
          status,
          standArea: r.chance(0.8) ? r.int(0, 20) * 4.5 : null,
          price: r.chance(0.8) ? r.int(0, 5000) * 137 : null,
          other: r.chance(0.4) ? r.int(0, 100) * 999 : null,
          satisfaction: r.chance(0.6) ? r.int(0, 10) : null,
          updatedAt: iso(now - r.int(0, 1000) * DAY),
        };
        parts.push(p);
        insPart.run(
          uuid(), c.id, e.id, role, p.standArea, p.price, p.other, status, stamp,
          status === 'cancelled' ? 'budget' : null, p.satisfaction, stamp, p.updatedAt,
        );
      }
    }
  }

  const inters: ModelInteraction[] = [];
  const insInter = db.prepare(
    `INSERT INTO interactions (id, customer_id, at, type, summary, complaint_state, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'note', ?, ?, ?)`,
  );
  for (const c of customers) {
    const k = r.int(0, 4);
    for (let j = 0; j < k; j++) {
      // Half-day offsets keep every moment clear of a whole-day boundary used by the tests.
      const at = iso(now - (r.int(0, 400) + 0.5) * DAY);
      const complaint = r.chance(0.2) ? r.pick(['open', 'resolved'] as const) : null;
      inters.push({ customerId: c.id, at, complaint });
      insInter.run(uuid(), c.id, at, complaint ? 'complaint' : 'call', complaint, stamp, stamp);
    }
  }
  return { customers, editions, parts, inters, now };
}

const BOOKED = new Set<string>(BOOKED_STATUSES);
const inRange = (v: number | null, min: number | null, max: number | null) =>
  v !== null && (min === null || v >= min) && (max === null || v <= max);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Does the customer match the condition, by the meanings in shared/domain/segment.ts? */
export function matches(m: Model, c: ModelCustomer, cond: SegmentCondition): boolean {
  const parts = m.parts.filter((p) => p.customerId === c.id);
  const booked = parts.filter((p) => BOOKED.has(p.status));
  switch (cond.type) {
    case 'kind':
      return c.kinds.some((k) => cond.values.includes(k));
    case 'industry':
    case 'country':
    case 'region':
      return c[cond.type] !== null && cond.values.includes(c[cond.type]!);
    case 'sizeBand':
      return c.sizeBand !== null && cond.values.includes(c.sizeBand);
    case 'tag':
      return c.tags.some((tg) => cond.values.includes(tg));
    case 'screening':
      return cond.values.includes(c.screening);
    case 'tookPart':
    case 'notTookPart': {
      const took = parts.some((p) => p.editionId === cond.editionId && (cond.anyStatus || BOOKED.has(p.status)));
      return cond.type === 'tookPart' ? took : !took;
    }
    case 'editionsAttended':
      return inRange(new Set(parts.filter((p) => p.status === 'attended').map((p) => p.editionId)).size, cond.min, cond.max);
    case 'revenue':
      return inRange(
        sum(booked.map((p) => (p.price ?? 0) + (p.other ?? 0))) / 100,
        cond.min,
        cond.max,
      );
    case 'standArea': {
      const areas = booked.map((p) => p.standArea ?? 0);
      return inRange(cond.measure === 'max' ? Math.max(0, ...areas) : sum(areas), cond.min, cond.max);
    }
    case 'satisfaction': {
      const scored = parts.filter((p) => p.satisfaction !== null);
      if (scored.length === 0) return false;
      if (cond.measure === 'average') return inRange(sum(scored.map((p) => p.satisfaction!)) / scored.length, cond.min, cond.max);
      const start = (p: ModelParticipation) => m.editions.find((e) => e.id === p.editionId)!.startDate;
      const latest = [...scored].sort((a, b) => start(b).localeCompare(start(a)) || b.satisfaction! - a.satisfaction!)[0]!;
      return inRange(latest.satisfaction, cond.min, cond.max);
    }
    case 'lastContact': {
      const cutoff = new Date(m.now - cond.days * DAY).toISOString();
      const recent = m.inters.some((i) => i.customerId === c.id && i.at >= cutoff);
      return cond.op === 'within' ? recent : !recent;
    }
    case 'openComplaint': {
      const open = m.inters.some((i) => i.customerId === c.id && i.complaint === 'open');
      return cond.has ? open : !open;
    }
  }
}

/** A group with no condition anywhere in it constrains nothing and is left out of its parent. */
const isEmpty = (n: SegmentNode): boolean => n.type === 'group' && n.items.every(isEmpty);

export function matchesNode(m: Model, c: ModelCustomer, n: SegmentNode): boolean {
  if (n.type !== 'group') return matches(m, c, n);
  const items = n.items.filter((it) => !isEmpty(it));
  if (items.length === 0) return true;
  return n.op === 'and' ? items.every((it) => matchesNode(m, c, it)) : items.some((it) => matchesNode(m, c, it));
}

/** The ids the model says a definition selects: live customers only, sorted. */
export function expectedIds(m: Model, n: SegmentNode): string[] {
  return m.customers
    .filter((c) => !c.deleted && matchesNode(m, c, n))
    .map((c) => c.id)
    .sort();
}
