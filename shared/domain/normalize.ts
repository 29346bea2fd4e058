// Text normalisation shared by search, sorting and duplicate detection. Pure and
// deterministic: the same function builds the index and the query, so they always agree.

const COMBINING_MARKS = /[\u0300-\u036f]/g;

// Latin letters that carry their "accent" in the letter itself, so NFKD does not split it
// off: a German, Polish or Danish name must be found typed without it ("lodz" → Łódź).
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l',
  đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', þ: 'th', Þ: 'th', ı: 'i', ħ: 'h', Ħ: 'h',
};
const LETTER_FOLD_RE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/**
 * Text that folding only lower-cases: ASCII and the CJK Unified Ideographs (U+4E00–U+9FFF),
 * which have no decomposition, no combining marks and no case, so both normalisations leave
 * them as they are. Most names and every email, phone and website are such text; skipping two
 * normalisations for them halves the cost of indexing an import (tested against the full path).
 */
const FOLDS_BY_LOWER_CASE = /^[\u0000-\u007f\u4e00-\u9fff]*$/;

/** Case- and accent-insensitive, full-width folded (NFKC) form used for search and sort. */
export function foldText(s: string): string {
  if (FOLDS_BY_LOWER_CASE.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(LETTER_FOLD_RE, (ch) => LETTER_FOLDS[ch]!)
    .normalize('NFKC')
    .toLowerCase();
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
export function hasCjk(s: string): boolean {
  return CJK.test(s);
}

// Legal-form words that differ between two spellings of the same firm. Kept to forms seen
// on exhibitor lists in China and Europe; a longer list would merge distinct firms.
const LEGAL_SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '集团',
  '公司',
  'co., ltd.',
  'co.,ltd.',
  'co. ltd.',
  'co ltd',
  'company limited',
  'limited',
  'ltd.',
  'ltd',
  'inc.',
  'inc',
  'corp.',
  'corporation',
  'corp',
  'gmbh & co. kg',
  'gmbh',
  'ag',
  's.a.',
  'sa',
  's.r.l.',
  'srl',
  'llc',
  'plc',
  'b.v.',
  'bv',
  'co.',
  'co',
];

/**
 * Key for "same company?" comparisons: folded, legal form and punctuation removed.
 * "ACME Co., Ltd." and "Acme  co ltd" and "ＡＣＭＥ有限公司" give the same key.
 */
export function companyNameKey(name: string): string {
  let s = foldText(name).replace(/[（(][^）)]*[）)]/g, ' ').trim();
  let changed = true;
  while (changed) {
    changed = false;
    for (const suffix of LEGAL_SUFFIXES) {
      if (s.length > suffix.length && s.endsWith(suffix)) {
        const before = s.slice(0, s.length - suffix.length);
        // Latin suffixes must stand as their own word ("Inc" in "Zinc" is not a legal form).
        if (/[a-z0-9]$/.test(before) && /^[a-z]/.test(suffix)) continue;
        s = before.replace(/[\s,.]+$/, '');
        changed = true;
      }
    }
  }
  return s.replace(/[^\p{L}\p{N}]+/gu, '');
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Registrable-looking host of a website: "https://www.Acme.com/en" → "acme.com". */
export function domainKey(website: string): string | null {
  let s = website.trim().toLowerCase();
  if (s === '') return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `http://${s}`;
  try {
    const host = new URL(s).hostname.replace(/^www\d?\./, '');
    return host.includes('.') ? host : null;
  } catch {
    return null;
  }
}

/**
 * Phone key: digits only, without a leading international prefix or trunk zero, last 11
 * digits at most — enough to match "+86 138-1234-5678" with "13812345678".
 */
export function phoneKey(phone: string): string | null {
  let d = phone.replace(/\D+/g, '');
  if (d.startsWith('00')) d = d.slice(2);
  if (d.startsWith('86') && d.length === 13) d = d.slice(2);
  d = d.replace(/^0+/, '');
  if (d.length < 6) return null;
  return d.slice(-11);
}

/**
 * The distinct two-character fragments of a text (after folding), skipping ones that
 * span white space. Used to index 1–2 character queries, which FTS5 trigram cannot match.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function bigrams(text: string): string[] {
  const out = new Set<string>();
  const chars = Array.from(foldText(text));
  // Each character tested once (not once per pair it is in).
  const word = chars.map((c) => LETTER_OR_DIGIT.test(c));
  for (let i = 0; i + 1 < chars.length; i++) {
    if (word[i] && word[i + 1]) out.add(chars[i]! + chars[i + 1]!);
  }
  return [...out];
}
