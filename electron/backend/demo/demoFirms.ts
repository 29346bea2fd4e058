// Firm identities of the demo: names, legal names, places, web, phones. Chinese firms
// ("中山市明辉照明科技有限公司") and foreign ones ("Müller Lighting GmbH"); names are kept
// unique per workspace so only the planted near-duplicates raise duplicate warnings.

import { CN_MOBILE_PREFIXES, WEBMAIL_CN, WEBMAIL_EN } from './people';
import { Random, Weighted } from './random';
import {
  CN_ASSOCIATION_FORMS, CN_ASSOCIATION_TOPICS, CN_BRAND_CHARS, CN_CITIES, CN_MAGAZINES, CN_ROADS, CN_SUFFIXES, CN_ZONES,
  COUNTRIES, EN_ASSOCIATION, EN_ASSOCIATION_SCOPE, EN_BRAND_HEADS, EN_BRAND_TAILS, EN_MEDIA_HEADS, EN_MEDIA_TAILS,
  EN_QUALIFIERS, FR_LIGHTING, VN_BRANDS, type Country, type Industry,
} from './vocabulary';

export interface Firm {
  chinese: boolean;
  companyName: string;
  legalName: string | null;
  country: string;
  region: string;
  city: string;
  address: string;
  /** Bare host ("minghui88.com"), or null when the firm has no site. */
  domain: string | null;
  /** Phone of the firm's switchboard. */
  phone: string;
  email: string | null;
  /** The country record for foreign firms (names of contacts, dialling code). */
  foreign: Country | null;
}

const cnCities = new Weighted(CN_CITIES, (c) => c[4]);
const cnSuffixes = new Weighted(CN_SUFFIXES, (s) => s[2]);
const countries = new Weighted(COUNTRIES, (c) => c.weight);

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const slugs = new Map<string, string>();

/** ASCII form for hosts and mailboxes: "Müller & Söhne" → "mullersohne". */
export function asciiSlug(s: string): string {
  // The words slugged come from the vocabulary: each is worked out once.
  let slug = slugs.get(s);
  if (slug === undefined) {
    slug = s
      .replace(/ß/g, 'ss').replace(/[łŁ]/g, 'l').replace(/ı/g, 'i').replace(/[đĐ]/g, 'd')
      .normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
    if (slugs.size < 10_000) slugs.set(s, slug);
  }
  return slug;
}

export class FirmMaker {
  private readonly names = new Set<string>();
  private readonly domains = new Set<string>();

  /** The brand last drawn for a Chinese firm: characters and pinyin. */
  private brand: readonly [string, string] = ['', ''];

  constructor(private readonly rng: Random) {}

  /** Draws until the name is new, then from a wider pattern; accepts a clash only as a last resort. */
  private unique(make: () => string, wider: () => string): string {
    let n = '';
    for (let i = 0; i < 60; i++) {
      n = i < 12 ? make() : wider();
      if (!this.names.has(n)) break;
    }
    this.names.add(n);
    return n;
  }

  /** "lumatec.de", else "lumatec-lighting.de", else a number as firms do ("minghui88.com"). */
  private uniqueDomain(words: readonly string[], tld: string): string {
    const parts = words.filter(Boolean);
    const tries = parts.length > 1 ? [parts.join(''), parts.join('-')] : [parts.join('')];
    for (const t of tries) {
      const d = `${t}.${tld}`;
      if (!this.domains.has(d)) {
        this.domains.add(d);
        return d;
      }
    }
    for (let digits = 2; ; digits++) {
      const d = `${tries[0]}${this.rng.int(digits === 2 ? 1 : 10 ** (digits - 1), 10 ** digits - 1)}.${tld}`;
      if (!this.domains.has(d)) {
        this.domains.add(d);
        return d;
      }
    }
  }

  cnMobile(): string {
    const r = this.rng;
    const p = r.pick(CN_MOBILE_PREFIXES);
    const a = r.digits(4);
    const b = r.digits(4);
    const f = r.u32() % 4;
    return f === 0 ? `${p}${a}${b}` : f === 1 ? `+86 ${p} ${a} ${b}` : `${p}-${a}-${b}`;
  }

  private cnLandline(area: string): string {
    const r = this.rng;
    const n = r.int(2, 8) + r.digits(area.length <= 2 ? 7 : 6 + (r.u32() % 2));
    const f = r.u32() % 3;
    return f === 0 ? `+86 ${area} ${n.slice(0, 4)} ${n.slice(4)}` : f === 1 ? `0${area}-${n}` : `(0${area}) ${n}`;
  }

  foreignPhone(c: Country, area: string, mobile = false): string {
    const r = this.rng;
    if (c.dial === '1') return `+1 (${area}) ${r.int(200, 989)}-${r.digits(4)}`;
    if (mobile) return `+${c.dial} ${r.int(150, 179)} ${r.digits(4)} ${r.digits(3)}`;
    return `+${c.dial} ${area} ${r.int(2, 9)}${r.digits(2)} ${r.digits(4)}`;
  }

  chineseFirm(ind: Industry, partner: 'association' | 'media' | null): Firm {
    const r = this.rng;
    const [region, city, cityPy, area] = cnCities.draw(r);
    const muni = region === city;
    let suffix = partner === 'media' ? (['文化传媒有限公司', 'Culture Media Co., Ltd.', 0] as const) : cnSuffixes.draw(r);
    if (suffix[0] === '厂' && ind.name === 'Trading & Logistics') suffix = CN_SUFFIXES[0]!;
    const word = partner === 'media' ? (['', ''] as const) : r.pick(ind.cn);
    const place = r.next();
    const cityPrefix = place < 0.7;
    const prefix = place < 0.5 ? `${city}市` : cityPrefix ? city : place < 0.8 && !muni ? region : '';
    // (Name-drawing closures are passed inline, not kept in named constants: tsx wraps each
    // named one in a __name() call, measurable at 100,000 customers.)
    this.brand = ['', ''];
    let name: string;
    let legalName: string | null = null;
    if (partner === 'association') {
      name = this.unique(() => `${city}市${r.pick(CN_ASSOCIATION_TOPICS)}${r.pick(CN_ASSOCIATION_FORMS)}`, () => this.cnFirm(prefix, word[0]) + '协会');
    } else if (partner === 'media' && r.chance(0.5)) {
      name = this.unique(() => `《${r.pick(CN_MAGAZINES)}》杂志社`, () => this.cnFirm(prefix, word[0]) + suffix[0]);
    } else {
      name = this.unique(() => this.cnFirm(prefix, word[0]), () => `${prefix}${this.drawBrand()}${r.pick(ind.cn)[0]}${r.pick(CN_ZONES).slice(0, 2)}`) + suffix[0];
      if (partner !== 'media' && r.chance(0.3)) legalName = `${cityPrefix ? cityPy + ' ' : ''}${cap(this.brand[1])} ${word[1]} ${suffix[1]}`;
    }
    if (!this.brand[1]) this.drawBrand(); // associations and magazines still get a web domain
    const brandPy = this.brand[1];
    const zone = r.pick(CN_ZONES);
    const address = `${muni ? '' : region + '省'}${city}市${zone}${r.pick(CN_ROADS)}${r.int(1, 999)}号`;
    const domain = r.chance(0.78) ? this.uniqueDomain(r.chance(0.5) ? [brandPy, r.pick(ind.web)] : [brandPy], r.pick(['com', 'com', 'cn', 'com.cn'])) : null;
    const mail = r.next();
    const email =
      domain && mail < 0.6 ? `${r.pick(['sales', 'info', 'export', 'market', 'service'])}@${domain}`
      : mail < 0.9 ? (r.chance(0.5) ? `${r.int(10000000, 2999999999)}@qq.com` : `${brandPy}${r.digits(3)}@${r.pick(WEBMAIL_CN)}`)
      : null;
    const phone = r.chance(0.65) ? this.cnLandline(area) : this.cnMobile();
    return { chinese: true, companyName: name, legalName, country: 'China', region, city, address, domain, phone, email, foreign: null };
  }

  private drawBrand(): string {
    const a = this.rng.pick(CN_BRAND_CHARS);
    const b = this.rng.pick(CN_BRAND_CHARS);
    this.brand = a[0] === b[0] ? [a[0] + '达', a[1] + 'da'] : [a[0] + b[0], a[1] + b[1]];
    return this.brand[0];
  }

  private cnFirm(prefix: string, word: string): string {
    return `${prefix}${this.drawBrand()}${word}`;
  }

  private foreignName(c: Country, ind: Industry, partner: 'association' | 'media' | null): string {
    const r = this.rng;
    const style = r.next();
    const lighting = ind.name.includes('Lighting');
    if (c.name === 'Vietnam' && style < 0.3) return `Công ty TNHH ${r.pick(VN_BRANDS)} ${lighting ? 'Chiếu Sáng' : 'Bao Bì'}`;
    if (c.name === 'France' && lighting && style < 0.3) return `${r.pick(FR_LIGHTING)} ${r.pick(c.families)}`;
    const q = r.pick(EN_QUALIFIERS);
    const brand = style < 0.4 ? r.pick(c.families) : r.pick(EN_BRAND_HEADS) + r.pick(EN_BRAND_TAILS);
    return `${brand} ${partner === 'media' ? 'Media' : r.pick(ind.en)}${q ? ' ' + q : ''}`;
  }

  foreignFirm(ind: Industry, partner: 'association' | 'media' | null): Firm {
    const r = this.rng;
    const c = countries.draw(r);
    const [region, city, area] = r.pick(c.cities);
    const form = r.pick(c.forms);
    let name: string;
    let slug: string[];
    if (partner === 'association' || (partner === 'media' && r.chance(0.5))) {
      name = partner === 'association'
        ? this.unique(() => `${r.pick(ind.en)} ${r.pick(EN_ASSOCIATION)} of ${c.name}`, () => `${r.pick(EN_ASSOCIATION_SCOPE)} ${r.pick(ind.en)} ${r.pick(EN_ASSOCIATION)}`)
        : this.unique(() => `${r.pick(EN_MEDIA_HEADS)} ${r.pick(EN_MEDIA_TAILS)}`, () => `${this.foreignName(c, ind, partner)} ${r.pick(EN_MEDIA_TAILS)}`);
      const words = name.split(' ');
      slug = [asciiSlug(words[0]! + words[1]!), words.slice(2).map((w) => asciiSlug(w).charAt(0)).join('')];
    } else {
      const base = this.unique(
        () => this.foreignName(c, ind, partner),
        () => `${r.pick(EN_BRAND_HEADS)}${r.pick(EN_BRAND_TAILS)} ${r.pick(c.families)} ${r.pick(ind.en)}`,
      );
      slug = base.replace(/^Công ty TNHH /, '').split(' ').slice(0, 2).map(asciiSlug);
      name = `${base} ${form}`;
    }
    const domain = r.chance(0.85) ? this.uniqueDomain(slug, c.tld) : null;
    const email = domain && r.chance(0.8) ? `${r.pick(['info', 'sales', 'contact', 'office'])}@${domain}` : r.chance(0.5) ? `${slug.join('')}${r.digits(2)}@${r.pick(WEBMAIL_EN)}` : null;
    const address = `${c.street} ${r.int(1, 220)}, ${r.digits(5)} ${city}`;
    return {
      chinese: false, companyName: name, legalName: null, country: c.name, region, city, address, domain,
      phone: this.foreignPhone(c, area), email, foreign: c,
    };
  }
}
