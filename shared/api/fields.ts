import { z } from 'zod';
import { EMAIL_RE, isPhone, isWebsite } from '../domain/validation';

// Building blocks for input schemas. Custom messages are keys from shared/i18n/errors.ts
// ("err.email"), so the dispatcher can answer in the caller's language.

export const uuid = () => z.uuid({ error: 'err.id' });

/**
 * No control characters but tab and line breaks: they are never meant in a name or a note, a
 * NUL would cut the text short in SQLite's length() (and its CHECKs), and an escape sequence
 * could restyle a terminal that prints it.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export const noControlChars = (v: string | null | undefined): boolean => v == null || !CONTROL.test(v);

/** Optional free text: trimmed, empty → null, bounded so a 10 MB paste is refused. */
export const optText = (max = 500) =>
  z
    .string({ error: 'err.text' })
    .max(max, { error: `err.tooLong:${max}` })
    .refine(noControlChars, { error: 'err.controlChars' })
    .nullish()
    .transform((v) => {
      const t = v?.trim();
      return t ? t : null;
    });

export const requiredText = (max = 200) =>
  z
    .string({ error: 'err.required' })
    .trim()
    .min(1, { error: 'err.required' })
    .max(max, { error: `err.tooLong:${max}` })
    .refine(noControlChars, { error: 'err.controlChars' });

const formatted = (max: number, test: (s: string) => boolean, key: string) =>
  optText(max).refine((v) => v === null || test(v), { error: key });

export const email = () => formatted(254, (s) => EMAIL_RE.test(s), 'err.email');
export const phone = () => formatted(40, isPhone, 'err.phone');
export const website = () => formatted(300, isWebsite, 'err.url');

export const isoDateTime = () => z.iso.datetime({ offset: true, error: 'err.datetime' });
