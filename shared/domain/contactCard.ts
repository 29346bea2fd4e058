// Reads the contact text a visitor hands over at the stand — a vCard (2.1 / 3.0 / 4.0) from a
// phone or a badge QR code, a MECARD / BIZCARD QR code, or plain "key: value" lines in English
// or Chinese — into the five fields quick capture needs. Pure and forgiving: whatever is
// pasted, it returns a result (empty fields for junk) and never throws.

export interface ContactCard {
  company: string;
  person: string;
  title: string;
  phone: string;
  email: string;
}

export type CardFormat = 'vcard' | 'mecard' | 'bizcard' | 'lines';

export interface ParsedCard extends ContactCard {
  /** What the text was read as; null when nothing usable was found. */
  format: CardFormat | null;
}

type Field = keyof ContactCard;

// The lengths the capture API accepts; longer values are cut so a paste never blocks saving.
const MAX: Record<Field, number> = { company: 200, person: 100, title: 100, phone: 40, email: 254 };

// A card with a photo can be large, but a paste of megabytes is not a card: read only its start.
const MAX_INPUT = 500_000;

export const EMPTY_CARD: ContactCard = { company: '', person: '', title: '', phone: '', email: '' };

export function isEmptyCard(c: ContactCard): boolean {
  return !c.company && !c.person && !c.title && !c.phone && !c.email;
}

export function parseContactCard(input: unknown): ParsedCard {
  try {
    if (typeof input !== 'string') return { ...EMPTY_CARD, format: null };
    const text = input.slice(0, MAX_INPUT).replace(/^\uFEFF/, '');
    const found = readAny(text);
    if (!found) return { ...EMPTY_CARD, format: null };
    const card = clean(found.card);
    return isEmptyCard(card) ? { ...EMPTY_CARD, format: null } : { ...card, format: found.format };
  } catch {
    // A malformed card is the visitor's phone's fault, not the user's: show nothing, type by hand.
    return { ...EMPTY_CARD, format: null };
  }
}

function readAny(text: string): { card: Partial<ContactCard>; format: CardFormat } | null {
  if (/BEGIN:VCARD/i.test(text)) return { card: readVCard(text), format: 'vcard' };
  const me = /MECARD:/i.exec(text);
  if (me) return { card: readMeCard(text.slice(me.index + 7)), format: 'mecard' };
  const biz = /BIZCARD:/i.exec(text);
  if (biz) return { card: readBizCard(text.slice(biz.index + 8)), format: 'bizcard' };
  return { card: readLines(text), format: 'lines' };
}

function clean(c: Partial<ContactCard>): ContactCard {
  const out = { ...EMPTY_CARD };
  for (const f of Object.keys(MAX) as Field[]) {
    let v = (c[f] ?? '')
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (f === 'email') v = v.replace(/^mailto:/i, '').replace(/\s+/g, '');
    if (f === 'phone') v = v.replace(/^tel:/i, '').replace(/;ext=/i, ' ext ');
    out[f] = Array.from(v).slice(0, MAX[f]).join('').trim();
  }
  return out;
}

/* ---------- vCard ---------- */

interface Property {
  name: string;
  params: Map<string, string[]>;
  value: string;
}

/** The first card's content lines, unfolded (RFC 6350 §3.2) and with QP soft breaks joined. */
function vCardLines(text: string): string[] {
  const start = text.search(/BEGIN:VCARD/i);
  const rest = text.slice(start);
  const endMatch = /\r?\n\s*END:VCARD/i.exec(rest);
  const body = endMatch ? rest.slice(0, endMatch.index) : rest;
  const physical = body.split(/\r\n|\r|\n/);
  const lines: string[] = [];
  for (const line of physical) {
    const prev = lines.length - 1;
    if (prev >= 0 && isQuotedPrintable(lines[prev]!) && lines[prev]!.endsWith('=')) {
      // vCard 2.1: a quoted-printable value continues after a soft line break "=".
      lines[prev] = lines[prev]!.slice(0, -1) + line.replace(/^[ \t]+/, '');
    } else if (prev >= 0 && /^[ \t]/.test(line)) {
      lines[prev] += line.slice(1);
    } else {
      lines.push(line);
    }
  }
  return lines;
}

function isQuotedPrintable(line: string): boolean {
  const colon = valueStart(line);
  return colon > 0 && /QUOTED-PRINTABLE/i.test(line.slice(0, colon));
}

/** Index of the ':' that ends the property name and parameters (colons inside quotes don't). */
function valueStart(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) return i;
  }
  return -1;
}

function splitUnquoted(s: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (ch === sep && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function parseProperty(line: string): Property | null {
  const colon = valueStart(line);
  if (colon <= 0) return null;
  const [head = '', ...rawParams] = splitUnquoted(line.slice(0, colon), ';');
  // "item1.TEL" — the group prefix only ties properties together (Apple labels); drop it.
  const name = head.replace(/^.*\./, '').trim().toUpperCase();
  const params = new Map<string, string[]>();
  for (const p of rawParams) {
    const eq = p.indexOf('=');
    // vCard 2.1 writes bare parameters: "TEL;WORK;VOICE:" means TYPE=WORK,VOICE;
    // "QUOTED-PRINTABLE" alone is an encoding.
    const key = eq < 0 ? (/^(QUOTED-PRINTABLE|BASE64|B|8BIT|7BIT)$/i.test(p.trim()) ? 'ENCODING' : 'TYPE') : p.slice(0, eq);
    const vals = (eq < 0 ? p : p.slice(eq + 1))
      .split(',')
      .map((v) => v.trim().replace(/^"|"$/g, '').toUpperCase());
    const k = key.trim().toUpperCase();
    params.set(k, [...(params.get(k) ?? []), ...vals]);
  }
  return { name, params, value: line.slice(colon + 1) };
}

/** The raw value as text: quoted-printable or base64 decoded in its charset (UTF-8 by default). */
function decodedValue(p: Property): string {
  const enc = (p.params.get('ENCODING') ?? [])[0] ?? '';
  const charset = (p.params.get('CHARSET') ?? [])[0] ?? 'UTF-8';
  if (enc === 'QUOTED-PRINTABLE') return decodeBytes(qpBytes(p.value), charset);
  if (enc === 'B' || enc === 'BASE64') {
    try {
      const bin = atob(p.value.replace(/\s+/g, ''));
      return decodeBytes(Uint8Array.from(bin, (ch) => ch.charCodeAt(0)), charset);
    } catch {
      return ''; // not base64 after all (a photo cut short): the field stays empty
    }
  }
  return p.value;
}

function qpBytes(s: string): Uint8Array {
  const bytes: number[] = [];
  const utf8 = new TextEncoder();
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...utf8.encode(ch));
    }
  }
  return Uint8Array.from(bytes);
}

function decodeBytes(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset.toLowerCase(), { fatal: false }).decode(bytes);
  } catch {
    // A charset this runtime does not know (rare): UTF-8 is the best remaining guess.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Splits a structured value on unescaped ";" and unescapes each part (\n \, \; \\). */
function components(value: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && i + 1 < value.length) {
      const next = value[i + 1]!;
      cur += next === 'n' || next === 'N' ? ' ' : next;
      i++;
    } else if (ch === ';') {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim());
}

const unescapeText = (value: string) => components(value).join(';');

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/;

/** Family and given name in the order the name's own culture writes them. */
function joinName(family: string, given: string, middle = ''): string {
  if (CJK.test(family + given)) return family + given;
  return [given, middle, family].filter(Boolean).join(' ');
}

/** Preference for the phone to keep: a preferred one, then mobile, work, any; a fax (9) never. */
function phoneRank(p: Property): number {
  const types = [...(p.params.get('TYPE') ?? []), ...(p.params.has('PREF') ? ['PREF'] : [])];
  if (types.includes('FAX')) return 9;
  if (types.includes('PREF')) return 0;
  if (types.includes('CELL') || types.includes('MOBILE')) return 1;
  if (types.includes('WORK')) return 2;
  return 3;
}

function emailRank(p: Property): number {
  const types = [...(p.params.get('TYPE') ?? []), ...(p.params.has('PREF') ? ['PREF'] : [])];
  if (types.includes('PREF')) return 0;
  if (types.includes('WORK') || types.includes('INTERNET')) return 1;
  return 2;
}

function best(props: Property[], rank: (p: Property) => number): Property | undefined {
  return props
    .map((p, i) => ({ p, r: rank(p) * 1000 + i }))
    .filter(({ p, r }) => r < 9000 && decodedValue(p).trim() !== '')
    .sort((a, b) => a.r - b.r)[0]?.p;
}

function readVCard(text: string): Partial<ContactCard> {
  const props = vCardLines(text)
    .map(parseProperty)
    .filter((p): p is Property => p !== null);
  const all = (name: string) => props.filter((p) => p.name === name);
  const first = (name: string) => {
    const p = all(name).find((x) => decodedValue(x).trim() !== '');
    return p ? decodedValue(p) : '';
  };

  let person = unescapeText(first('FN'));
  if (!person.trim()) {
    const [family = '', given = '', middle = ''] = components(first('N'));
    person = joinName(family, given, middle);
  }
  const org = components(first('ORG')).filter(Boolean);
  const tel = best(all('TEL'), phoneRank);
  const mail = best(all('EMAIL'), emailRank);
  return {
    person,
    company: org[0] ?? '',
    title: unescapeText(first('TITLE')) || unescapeText(first('ROLE')),
    phone: tel ? unescapeText(decodedValue(tel)) : '',
    email: mail ? unescapeText(decodedValue(mail)) : '',
  };
}

/* ---------- MECARD and BIZCARD (QR code formats from NTT DoCoMo) ---------- */

/** "N:Doe,John;TEL:1;;" → [["N","Doe,John"],["TEL","1"]], honouring \; \: \, \\ escapes. */
function qrFields(body: string): [string, string][] {
  const out: [string, string][] = [];
  let cur = '';
  const flush = () => {
    const colon = cur.search(/(?<!\\):/);
    if (colon > 0) out.push([cur.slice(0, colon).trim().toUpperCase(), cur.slice(colon + 1)]);
    cur = '';
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\' && i + 1 < body.length) {
      cur += ch + body[i + 1];
      i++;
    } else if (ch === ';') {
      flush();
      if (body[i + 1] === ';') break; // ";;" ends the record
    } else cur += ch;
  }
  flush();
  return out;
}

function qrUnescape(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

/** Splits on the first unescaped comma: MECARD writes "Family,Given". */
function splitName(s: string): [string, string] {
  const i = s.search(/(?<!\\),/);
  return i < 0 ? [qrUnescape(s), ''] : [qrUnescape(s.slice(0, i)), qrUnescape(s.slice(i + 1))];
}

function readMeCard(body: string): Partial<ContactCard> {
  const card: Partial<ContactCard> = {};
  for (const [key, raw] of qrFields(body)) {
    if (key === 'N' && !card.person) {
      const [family, given] = splitName(raw);
      card.person = joinName(family.trim(), given.trim());
    } else if (key === 'ORG' && !card.company) card.company = qrUnescape(raw);
    else if ((key === 'TITLE' || key === 'ROLE') && !card.title) card.title = qrUnescape(raw);
    else if ((key === 'TEL' || key === 'TEL-AV') && !card.phone) card.phone = qrUnescape(raw);
    else if (key === 'EMAIL' && !card.email) card.email = qrUnescape(raw);
  }
  return card;
}

function readBizCard(body: string): Partial<ContactCard> {
  const f = new Map<string, string>();
  for (const [key, raw] of qrFields(body)) if (!f.has(key)) f.set(key, qrUnescape(raw));
  return {
    person: joinName((f.get('X') ?? '').trim(), (f.get('N') ?? '').trim()),
    title: f.get('T') ?? '',
    company: f.get('C') ?? '',
    phone: f.get('M') ?? f.get('B') ?? '',
    email: f.get('E') ?? '',
  };
}

/* ---------- plain "key: value" lines ---------- */

// Keys are compared folded: lower case, without spaces, dots, dashes and underscores.
const KEYS: Record<string, Field> = {};
const keyList: [Field, string[]][] = [
  ['person', ['name', 'fullname', 'contact', 'contactname', 'contactperson', 'person', '姓名', '名字', '联系人', '名称姓名']],
  ['company', ['company', 'companyname', 'organisation', 'organization', 'org', 'firm', 'employer', '公司', '公司名称', '单位', '工作单位', '单位名称', '企业', '企业名称', '机构']],
  ['title', ['title', 'jobtitle', 'position', 'role', 'designation', '职位', '职务', '头衔', '职称', '岗位']],
  ['phone', ['phone', 'tel', 'telephone', 'mobile', 'mobilephone', 'cell', 'cellphone', 'mob', 'phoneno', 'phonenumber', 'whatsapp', '电话', '手机', '手机号', '手机号码', '联系电话', '电话号码', '移动电话', '座机']],
  ['email', ['email', 'mail', 'emailaddress', '邮箱', '电子邮件', '电子邮箱', '邮件', '电邮', '邮箱地址']],
];
for (const [field, keys] of keyList) for (const k of keys) KEYS[k] = field;

function foldKey(k: string): string {
  return k
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.\-_*#•·]+/g, '');
}

function readLines(text: string): Partial<ContactCard> {
  const card: Partial<ContactCard> = {};
  for (const line of text.split(/\r\n|\r|\n|\t(?=[^\t:：]{1,20}[:：])/)) {
    // Full-width "：" is what a Chinese keyboard types; "=" appears in some badge exports.
    const m = /^\s*([^:：=]{1,30}?)\s*[:：=]\s*(.*)$/.exec(line);
    if (!m) continue;
    const field = KEYS[foldKey(m[1]!)];
    const value = m[2]!.trim();
    if (field && value && !card[field]) card[field] = value;
  }
  return card;
}
