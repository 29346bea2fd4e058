// The fixed search query set of the benchmark: fragments a user would type, 1–6 characters,
// drawn deterministically from the generated workspace (company names in Latin and Chinese,
// 2- and 3-character Chinese person names, email and phone fragments, accent-free input
// for accented names such as "muller" for "Müller").

import { Random } from '../../electron/backend/demo/random';
import type { Db } from '../../electron/backend/store/openDatabase';

export interface BenchQuery {
  q: string;
  kind: string;
}

const strip = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
const CJK = /^[\u4e00-\u9fff]+$/;
/** A letter that folds to a plain one (ü → u), unlike ß or ł. */
const isAccented = (ch: string) => strip(ch) !== ch;
const hasAccent = (s: string) => Array.from(s).some(isAccented);

export function searchQueries(db: Db, seed = 7): Map<number, BenchQuery[]> {
  const rng = new Random(seed);
  const maxNum = db.prepare('SELECT max(num) FROM customers').pluck().get() as number;
  const customer = db.prepare('SELECT company_name, email, phone FROM customers WHERE num >= ? ORDER BY num LIMIT 1');
  const contact = db.prepare(
    'SELECT k.name FROM contacts k JOIN customers c ON c.id = k.customer_id WHERE c.num >= ? ORDER BY c.num LIMIT 4',
  );
  const rows: { company_name: string; email: string | null; phone: string | null }[] = [];
  const people: string[] = [];
  for (let i = 0; i < 400; i++) {
    const num = rng.int(1, maxNum);
    rows.push(customer.get(num) as (typeof rows)[number]);
    people.push(...(contact.pluck().all(num) as string[]));
  }
  const latinNames = rows.map((r) => r.company_name).filter((n) => /^[A-Za-z]/.test(n));
  const cjkNames = rows.map((r) => r.company_name).filter((n) => /^[\u4e00-\u9fff]/.test(n));
  const accented = (db.prepare("SELECT company_name FROM customers WHERE company_name GLOB '*[À-ɏ]*' LIMIT 500").pluck().all() as string[])
    .filter((n) => hasAccent(n));
  const emails = rows.flatMap((r) => (r.email ? [r.email] : []));
  const phones = rows.flatMap((r) => (r.phone ? [r.phone.replace(/\D/g, '')] : []));

  const frag = (s: string, len: number) => {
    const chars = Array.from(s);
    if (chars.length < len) return null;
    const at = rng.int(0, chars.length - len);
    return chars.slice(at, at + len).join('');
  };
  const out = new Map<number, BenchQuery[]>();
  for (let len = 1; len <= 6; len++) {
    const qs: BenchQuery[] = [];
    const add = (q: string | null | undefined, kind: string) => {
      if (q && q.trim().length === q.length && !qs.some((x) => x.q === q)) qs.push({ q, kind });
    };
    for (let k = 0; k < 4; k++) {
      // A word of a Latin name, as typed: lower case.
      const words = rng.pick(latinNames).split(/\s+/).filter((w) => /^[A-Za-z]+$/.test(w) && w.length >= len);
      if (words.length) add(frag(rng.pick(words), len)?.toLowerCase(), 'latin name');
      const cn = rng.pick(cjkNames).replace(/(股份)?有限公司$/, '');
      if (CJK.test(cn)) add(frag(cn, len), 'chinese name');
    }
    if (len === 2 || len === 3) {
      const names = people.filter((p) => CJK.test(p) && p.length === len);
      for (let k = 0; k < 3 && names.length; k++) add(rng.pick(names), 'person (zh)');
    } else {
      const western = people.filter((p) => /^[A-Za-z]/.test(p)).map((p) => p.split(' ').at(-1)!);
      if (western.length) add(frag(rng.pick(western), len)?.toLowerCase(), 'person (latin)');
    }
    if (len >= 3) {
      for (let k = 0; k < 2; k++) add(frag(rng.pick(emails).split('@')[k % 2]!, len), 'email');
      for (let k = 0; k < 2; k++) add(frag(rng.pick(phones), len), 'phone');
      // Accent-free input for an accented name, covering the accented letter ("mull" → "Müller").
      const name = accented.length ? rng.pick(accented) : '';
      const word = name.split(/\s+/).find((w) => hasAccent(w) && Array.from(w).length >= len);
      if (word) {
        const chars = Array.from(word);
        const at = Math.max(0, Math.min(chars.findIndex(isAccented), chars.length - len));
        add(strip(chars.slice(at, at + len).join('')).toLowerCase(), 'accent-free');
      }
    }
    if (len === 1) for (const q of ['a', 's', 'm', '深', '中', '张']) add(q, 'single char');
    if (len === 6) add('muller', 'accent-free');
    out.set(len, qs);
  }
  return out;
}
