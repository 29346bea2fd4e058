import { bigrams, companyNameKey, domainKey, emailKey, foldText, phoneKey } from './normalize';

export interface SearchSource {
  companyName: string;
  legalName: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  tags: readonly string[];
  contacts: readonly { name: string; email: string | null; phone: string | null }[];
}

export interface SearchDocument {
  /** Text for the trigram index (3+ character fragments). */
  body: string;
  /** Space-separated 2-character fragments of names and tags, for 1–2 character queries. */
  grams: string;
  /** Keys for duplicate detection: "n:", "e:", "d:", "p:" prefixed. */
  dedupeKeys: string[];
}

/**
 * What a customer can be found by (company name, contact names, emails, phones, tags)
 * and recognised as a duplicate by. Phones are also indexed as bare digits so
 * "13812345678" finds "+86 138-1234-5678".
 */
export function searchDocument(s: SearchSource): SearchDocument {
  const names = [s.companyName, s.legalName ?? '', ...s.contacts.map((c) => c.name), ...s.tags].filter(Boolean);
  const emails = [s.email, ...s.contacts.map((c) => c.email)].filter((v): v is string => !!v);
  const phones = [s.phone, ...s.contacts.map((c) => c.phone)].filter((v): v is string => !!v);

  // Folded here, with the same function that folds the query, so what matches does not
  // depend on which letters the FTS tokenizer happens to fold.
  const body = foldText([...names, ...emails, ...phones, ...phones.map((p) => p.replace(/\D+/g, ''))].join(' \u2022 '));
  const grams = new Set<string>();
  for (const n of names) for (const g of bigrams(n)) grams.add(g);

  const keys = new Set<string>();
  const nameKey = companyNameKey(s.companyName);
  if (nameKey) keys.add(`n:${nameKey}`);
  for (const e of emails) keys.add(`e:${emailKey(e)}`);
  if (s.website) {
    const d = domainKey(s.website);
    if (d) keys.add(`d:${d}`);
  }
  for (const p of phones) {
    const k = phoneKey(p);
    if (k) keys.add(`p:${k}`);
  }
  return { body, grams: [...grams].join(' '), dedupeKeys: [...keys] };
}

/** Sort key for company names: folded, so "éclair" sorts with "eclair" and case is ignored. */
export function nameSortKey(name: string): string {
  return foldText(name).trim();
}
