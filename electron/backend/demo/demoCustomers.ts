// One demo customer at a time: kinds, firm, profile, screening, tags, contacts, dates,
// and now and then a planted near-duplicate of an earlier customer.

import { kindsToMask, type CustomerKind, type PartnerType } from '../../../shared/domain/customer';
import { asciiSlug, FirmMaker, type Firm } from './demoFirms';
import { CN_GIVEN, CN_SURNAMES, CN_TITLES, EN_TITLES, WEBMAIL_CN } from './people';
import { Random, Weighted } from './random';
import {
  INDUSTRIES, NOTES_CN, NOTES_EN, REJECT_NOTES, SCALE_NOTES_CN, SCALE_NOTES_EN, SIZE_WEIGHTS, SOURCE_WEIGHTS, STAFF, TAGS,
  VERIFY_NOTES, type Industry,
} from './vocabulary';

export interface DemoContact {
  id: string;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  messaging: string | null;
}

export interface DemoCustomer {
  id: string;
  companyName: string;
  legalName: string | null;
  kinds: number;
  partnerType: PartnerType | null;
  industry: string | null;
  mainBusiness: string | null;
  products: string | null;
  sizeBand: string | null;
  scaleNotes: string | null;
  country: string | null;
  region: string | null;
  city: string | null;
  address: string | null;
  website: string | null;
  phone: string | null;
  email: string | null;
  source: string | null;
  notes: string | null;
  screeningStatus: 'unverified' | 'verified' | 'rejected';
  screeningNote: string | null;
  screenedBy: string | null;
  screenedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Sorted as the database returns them (ORDER BY tag), so index text matches reindexCustomer. */
  tags: string[];
  contacts: DemoContact[];
}

type Role = { kinds: CustomerKind[]; chinese: number; weight: number; partner?: PartnerType };
// Primary roles and how often a customer also holds a second one (DOMAIN §1).
const ROLES = new Weighted<Role>(
  [
    { kinds: ['exhibitor'], chinese: 0.62, weight: 40 },
    { kinds: ['exhibitor', 'trade_buyer'], chinese: 0.6, weight: 7 },
    { kinds: ['professional_visitor'], chinese: 0.58, weight: 22 },
    { kinds: ['professional_visitor', 'trade_buyer'], chinese: 0.45, weight: 5 },
    { kinds: ['trade_buyer'], chinese: 0.3, weight: 12 },
    { kinds: ['general_visitor'], chinese: 0.8, weight: 8 },
    { kinds: ['partner'], chinese: 0.6, weight: 1.2, partner: 'association' },
    { kinds: ['partner'], chinese: 0.6, weight: 1.0, partner: 'media' },
    { kinds: ['partner', 'exhibitor'], chinese: 0.6, weight: 0.8, partner: 'sponsor' },
    { kinds: [], chinese: 0.5, weight: 1 },
  ],
  (r) => r.weight,
);
const industries = new Weighted(INDUSTRIES, (i) => i.weight);
const sizes = new Weighted(SIZE_WEIGHTS, (s) => s[1]);
const sources = new Weighted(SOURCE_WEIGHTS, (s) => s[1]);
const surnames = new Weighted(CN_SURNAMES, (s) => s[2]);

/** Contacts per customer, 0–4, mostly one or two (average about 1.5). */
const CONTACT_COUNTS = [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 4];
const DAY = 86_400_000;
const SPAN = Math.round(4 * 365.25 * DAY);
const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
let isoDay = NaN;
let isoDate = '';
/** new Date(ms).toISOString() to the whole second, with the date part made once per day. */
export function iso(ms: number): string {
  const sec = Math.floor(ms / 1000);
  const day = Math.floor(sec / 86_400);
  if (day !== isoDay) {
    isoDay = day;
    isoDate = new Date(day * DAY).toISOString().slice(0, 11);
  }
  const s = sec - day * 86_400;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${isoDate}${TWO_DIGITS[h]}:${TWO_DIGITS[m]}:${TWO_DIGITS[s % 60]}.000Z`;
}
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class CustomerMaker {
  private readonly firms: FirmMaker;
  /** Recent customers a planted duplicate may copy. */
  private readonly pool: DemoCustomer[] = [];
  private readonly forcedDuplicates: Set<number>;

  constructor(
    private readonly rng: Random,
    private readonly nowMs: number,
    private readonly total: number,
  ) {
    this.firms = new FirmMaker(rng);
    // A few near-duplicates even in small demos, so the warning can be shown.
    this.forcedDuplicates = new Set(total >= 30 ? [0.3, 0.55, 0.8].map((f) => Math.floor(total * f)) : []);
  }

  make(i: number): DemoCustomer {
    const r = this.rng;
    // Creation dates grow denser toward now (the database grew), in insertion order.
    const createdMs = this.nowMs - SPAN + SPAN * Math.pow((i + r.next()) / this.total, 0.67) - DAY * 0.5;
    if (this.pool.length > 0 && (this.forcedDuplicates.has(i) || r.chance(0.004))) return this.duplicate(createdMs);
    const c = this.fresh(createdMs);
    if (c.email || c.phone) {
      if (this.pool.length < 200) this.pool.push(c);
      else this.pool[r.u32() % 200] = c;
    }
    return c;
  }

  private fresh(createdMs: number): DemoCustomer {
    const r = this.rng;
    const role = ROLES.draw(r);
    const ind = industries.draw(r);
    const partner = role.partner === 'association' || role.partner === 'media' ? role.partner : null;
    const individual = role.kinds[0] === 'general_visitor' && r.chance(0.3);
    const firm = r.chance(role.chinese) ? this.firms.chineseFirm(ind, partner) : this.firms.foreignFirm(ind, partner);
    const zh = firm.chinese;
    const contacts = this.contacts(firm, individual ? 1 : CONTACT_COUNTS[r.u32() % CONTACT_COUNTS.length]!, createdMs);
    const updatedMs = r.chance(0.45) ? createdMs : createdMs + Math.pow(r.next(), 2) * (this.nowMs - createdMs);
    const status = r.next();
    const screeningStatus = status < 0.04 ? 'rejected' : status < 0.36 ? 'verified' : 'unverified';
    const screened = screeningStatus !== 'unverified';
    const tags = new Set<string>();
    if (role.partner === 'sponsor') tags.add('sponsor 2024');
    if (role.partner === 'media') tags.add('media partner');
    for (let n = r.chance(0.4) ? r.int(1, 2) : 0; n > 0; n--) tags.add(r.pick(TAGS));
    const companyName = individual ? contacts[0]!.name : firm.companyName;
    return {
      id: r.uuid7(createdMs),
      companyName,
      legalName: individual ? null : firm.legalName,
      kinds: kindsToMask(role.kinds),
      partnerType: role.partner ?? null,
      industry: r.chance(0.04) ? null : ind.name,
      mainBusiness: individual || r.chance(0.2) ? null : r.pick(zh ? ind.businessCn : ind.businessEn),
      products: individual || r.chance(0.25) ? null : this.products(ind, zh),
      sizeBand: individual || r.chance(0.18) ? null : sizes.draw(r)[0],
      scaleNotes: !individual && r.chance(0.08) ? r.pick(zh ? SCALE_NOTES_CN : SCALE_NOTES_EN) : null,
      country: r.chance(0.02) ? null : firm.country,
      region: firm.region,
      city: r.chance(0.04) ? null : firm.city,
      address: individual || r.chance(0.3) ? null : firm.address,
      website: individual || !firm.domain || r.chance(0.1) ? null : this.website(firm.domain),
      phone: individual ? contacts[0]!.phone : r.chance(0.12) ? null : firm.phone,
      email: individual ? contacts[0]!.email : r.chance(0.08) ? null : firm.email,
      source: r.chance(0.05) ? null : sources.draw(r)[0],
      notes: r.chance(0.12) ? r.pick(zh ? NOTES_CN : NOTES_EN) : null,
      screeningStatus,
      screeningNote: screeningStatus === 'rejected' ? r.pick(REJECT_NOTES) : screened ? r.pick(VERIFY_NOTES) : null,
      screenedBy: screened ? r.pick(STAFF) : null,
      screenedAt: screened ? iso(createdMs + r.next() * (updatedMs - createdMs)) : null,
      createdAt: iso(createdMs),
      updatedAt: iso(updatedMs),
      tags: [...tags].sort(byCodePoint),
      contacts: individual ? [] : contacts,
    };
  }

  /** The same firm entered again: another spelling of the name, one shared email, phone or website. */
  private duplicate(createdMs: number): DemoCustomer {
    const r = this.rng;
    const src = r.pick(this.pool);
    let name = src.companyName;
    if (/股份有限公司$/.test(name)) name = name.replace(/股份有限公司$/, '有限公司');
    else if (/有限公司$/.test(name)) name = name.replace(/有限公司$/, '股份有限公司');
    else if (/[\u4e00-\u9fff]/.test(name)) name = name.replace(/^(.{2,3}?)市/, '$1'); // 中山市… → 中山…, or entered again as is
    else if (/[^\x00-\x7f]/.test(name)) name = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''); // Müller → Muller
    else name = name.toUpperCase();
    const shared = r.next();
    return {
      ...src,
      id: r.uuid7(createdMs),
      companyName: name,
      legalName: null,
      email: shared < 0.5 ? src.email : null,
      phone: shared >= 0.5 && src.phone ? src.phone.replace(/[^\d+]/g, '') : null,
      website: shared >= 0.5 ? null : src.website,
      source: r.pick(['on_site', 'import', 'purchased_list']),
      notes: null,
      screeningStatus: 'unverified',
      screeningNote: null,
      screenedBy: null,
      screenedAt: null,
      createdAt: iso(createdMs),
      updatedAt: iso(createdMs),
      tags: [],
      contacts: src.contacts.slice(0, 1).map((k) => ({ ...k, id: r.uuid7(createdMs), title: null, messaging: null })),
    };
  }

  private products(ind: Industry, zh: boolean): string {
    const r = this.rng;
    const list = zh ? ind.productsCn : ind.productsEn;
    const start = r.u32() % list.length;
    const n = r.int(2, 4);
    const out: string[] = [];
    for (let k = 0; k < n && k < list.length; k++) out.push(list[(start + k) % list.length]!);
    return out.join(zh ? '、' : ', ');
  }

  private website(domain: string): string {
    const f = this.rng.u32() % 5;
    return f < 3 ? `www.${domain}` : f === 3 ? `http://www.${domain}` : `https://${domain}/en`;
  }

  private contacts(firm: Firm, count: number, createdMs: number): DemoContact[] {
    const r = this.rng;
    const out: DemoContact[] = [];
    for (let k = 0; k < count; k++) {
      if (firm.chinese || (r.chance(0.15) && firm.country !== 'China')) {
        const [sn, snPy] = surnames.draw(r);
        const g1 = r.pick(CN_GIVEN);
        const g2 = r.chance(0.55) ? r.pick(CN_GIVEN) : null;
        const py = snPy + g1[1] + (g2 ? g2[1] : '');
        const mobile = this.firms.cnMobile();
        out.push({
          id: r.uuid7(createdMs),
          name: sn + g1[0] + (g2 ? g2[0] : ''),
          title: r.chance(0.8) ? r.pick(CN_TITLES) : null,
          phone: r.chance(0.85) ? mobile : null,
          email: r.chance(0.6) ? (firm.domain && r.chance(0.6) ? `${py}@${firm.domain}` : `${py}${r.digits(2)}@${r.pick(WEBMAIL_CN)}`) : null,
          messaging: r.chance(0.6) ? (r.chance(0.5) ? `${py}_${r.digits(3)}` : `wxid_${r.u32().toString(36)}`) : null,
        });
      } else {
        const c = firm.foreign!;
        const first = r.pick(c.first);
        const last = r.pick(c.families);
        out.push({
          id: r.uuid7(createdMs),
          name: `${first} ${last}`,
          title: r.chance(0.8) ? r.pick(EN_TITLES) : null,
          phone: r.chance(0.7) ? this.firms.foreignPhone(c, c.cities[0]![2], true) : null,
          email: r.chance(0.75) && firm.domain ? `${asciiSlug(first)}.${asciiSlug(last)}@${firm.domain}` : null,
          messaging: r.chance(0.3) ? `WhatsApp ${this.firms.foreignPhone(c, c.cities[0]![2], true)}` : null,
        });
      }
    }
    return out;
  }
}
