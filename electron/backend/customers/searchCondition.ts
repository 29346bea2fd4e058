import { foldText } from '../../../shared/domain/normalize';

export interface SqlCondition {
  sql: string;
  /** Named parameters (@s0, @s1, …) used by `sql`. */
  params: Record<string, unknown>;
}

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;
const isWordChar = (ch: string) => /[\p{L}\p{N}]/u.test(ch);

/**
 * Turns what the user typed into SQL conditions on `c.num` (customers.num), one per word,
 * all of which must hold. Words of 3+ characters use the trigram index; 2-character words
 * the fragment index (which trigram cannot serve); a lone 1-character query matches the
 * start of the company name through the sort index. Returns null when nothing is searchable.
 */
export function searchCondition(q: string | undefined): SqlCondition | null {
  if (!q) return null;
  const words = foldText(q).split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  const bind = (v: unknown) => {
    const name = `s${Object.keys(params).length}`;
    params[name] = v;
    return `@${name}`;
  };
  for (const word of words) {
    const chars = Array.from(word);
    if (chars.length >= 3) {
      parts.push(`c.num IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ${bind(quote(word))})`);
    } else if (chars.length === 2 && chars.every(isWordChar)) {
      parts.push(
        `c.num IN (SELECT rowid FROM customer_search_short WHERE customer_search_short MATCH ${bind(quote(word))})`,
      );
    }
  }
  if (parts.length === 0 && words.length === 1 && Array.from(words[0]!).length === 1) {
    const w = words[0]!;
    parts.push(`(c.name_sort >= ${bind(w)} AND c.name_sort < ${bind(w + '\u{10FFFF}')})`);
  }
  if (parts.length === 0) return null;
  return { sql: parts.join(' AND '), params };
}
