import { foldText } from '../../../shared/domain/normalize';

/**
 * What the user typed, as index look-ups. Every word must match: words of 3+ characters go
 * to the trigram index, 2-character words to the fragment index (which trigram cannot
 * serve), and a lone 1-character query matches the start of the company name through the
 * sort index. 1-character words beside other words, and 2-character words that are not
 * letters or digits, are ignored.
 */
export interface SearchTerms {
  /** FTS5 query for customer_search: each 3+-character word as a phrase, all required. */
  trigram: FtsQuery | null;
  /** FTS5 query for customer_search_short: each 2-character word as a phrase, all required. */
  bigram: FtsQuery | null;
  /** The folded character a lone 1-character query must start the company name with. */
  prefix: string | null;
}

export interface FtsQuery {
  query: string;
  /** The words, folded, one phrase each. */
  words: string[];
}

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

/**
 * A phone number as people type it: digits in groups ("+86 21 7372", "(312) 555-01",
 * "0086-21-7372"), at least 5 digits. Its groups are often 2 digits long, which the fragment
 * index would take as separate words and match anywhere; phones are also indexed as bare
 * digits (searchDocument.ts), so the whole number is searched as its digits instead. Leading
 * zeros go (a trunk "0" or an international "00"), so "021 7372" finds "+86 21 7372 1234".
 */
const PHONE = /^\+?[\d\s().\-/]+$/;
export function phoneDigits(q: string): string | null {
  const text = q.trim();
  if (!PHONE.test(text)) return null;
  const digits = text.replace(/\D+/g, '');
  if (digits.length < 5) return null;
  const bare = digits.replace(/^0+/, '');
  return bare.length >= 3 ? bare : null;
}
const isWordChar = (ch: string) => /[\p{L}\p{N}]/u.test(ch);

/**
 * Parses a search query. Returns null when there is no query (nothing typed, or only white
 * space), and 'nothing' when something was typed but none of it is searchable (only
 * punctuation): such a query matches no customer rather than every one.
 */
export function parseSearch(q: string | undefined): SearchTerms | 'nothing' | null {
  if (!q || !q.trim()) return null;
  const phone = phoneDigits(q);
  if (phone) return { trigram: { query: quote(phone), words: [phone] }, bigram: null, prefix: null };
  const words = foldText(q).split(/\s+/).filter(Boolean);
  const long: string[] = [];
  const short: string[] = [];
  for (const word of words) {
    const chars = Array.from(word);
    if (chars.length >= 3) long.push(word);
    else if (chars.length === 2 && chars.every(isWordChar)) short.push(word);
  }
  // Phrases side by side are ANDed by FTS5, per row: one MATCH with every word finds the
  // same customers as one MATCH per word, and lets FTS5 intersect the lists itself.
  const fts = (w: string[]) => (w.length ? { query: w.map(quote).join(' '), words: w } : null);
  const terms: SearchTerms = { trigram: fts(long), bigram: fts(short), prefix: null };
  if (!terms.trigram && !terms.bigram && words.length === 1 && Array.from(words[0]!).length === 1) terms.prefix = words[0]!;
  return terms.trigram || terms.bigram || terms.prefix ? terms : 'nothing';
}
