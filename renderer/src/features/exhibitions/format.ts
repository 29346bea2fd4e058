import { useTranslation } from 'react-i18next';

// Calendar dates ('YYYY-MM-DD') are days, not moments: format them in UTC so no time zone
// moves them to the day before.

const locale = (lang: string) => (lang.startsWith('zh') ? 'zh-CN' : 'en-GB');

export function formatDay(day: string | null | undefined, lang: string): string {
  if (!day) return '—';
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

/** "10 May – 12 May 2025" style range, in the UI language. */
export function formatDayRange(start: string, end: string, lang: string): string {
  const a = new Date(`${start}T00:00:00Z`);
  const b = new Date(`${end}T00:00:00Z`);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return `${start} – ${end}`;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(a, b);
}

export function useDayFormat() {
  const { i18n } = useTranslation();
  return {
    day: (d: string | null | undefined) => formatDay(d, i18n.language),
    range: (a: string, b: string) => formatDayRange(a, b, i18n.language),
    percent: (share: number) =>
      new Intl.NumberFormat(locale(i18n.language), { style: 'percent', maximumFractionDigits: 0 }).format(share),
    decimal: (n: number, digits = 1) =>
      new Intl.NumberFormat(locale(i18n.language), { maximumFractionDigits: digits }).format(n),
  };
}

/** Today as 'YYYY-MM-DD' in the user's own time zone (what "today" means at the desk). */
export function todayLocal(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A backend field error for a form field, whether the path was "name" or "patch.name". */
export function fieldError(fields: Record<string, string> | undefined, name: string): string | undefined {
  if (!fields) return undefined;
  return fields[name] ?? fields[`patch.${name}`];
}
