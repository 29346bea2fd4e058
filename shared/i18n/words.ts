import type { Language } from './errors';

// A word shown to users in every UI language, kept together so a missing translation is a type
// error where the word is written, not a blank cell found later. Tables of words are written
// once and read per language with inLanguage().

export type Word = Readonly<Record<Language, string>>;

/** Nested groups of words (a label table). */
export interface WordTree {
  readonly [key: string]: Word | WordTree;
}

/** The same tree with each word in one language. */
export type InLanguage<T> = { -readonly [K in keyof T]: T[K] extends Word ? string : InLanguage<T[K]> };

function isWord(v: Word | WordTree): v is Word {
  return typeof v.en === 'string' && typeof v.zh === 'string';
}

/** The tree's words in `lang`. */
export function inLanguage<T extends WordTree>(tree: T, lang: Language): InLanguage<T> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(tree)) out[key] = isWord(v) ? v[lang] : inLanguage(v, lang);
  return out as InLanguage<T>;
}

/** A tree per language, for `labels.en` / `labels.zh` in locale files. */
export function byLanguage<T extends WordTree>(tree: T): Record<Language, InLanguage<T>> {
  return { en: inLanguage(tree, 'en'), zh: inLanguage(tree, 'zh') };
}

/** Some of a label table's entries (a form that shows only some of the fields). */
export function pickLabels<K extends string, P extends K>(labels: Readonly<Record<K, string>>, keys: readonly P[]): Record<P, string> {
  return Object.fromEntries(keys.map((k) => [k, labels[k]])) as Record<P, string>;
}
