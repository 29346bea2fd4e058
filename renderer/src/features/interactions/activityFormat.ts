import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../i18n/format';

const localeOf = (lang: string) => (lang.startsWith('zh') ? 'zh-CN' : 'en-GB');

/**
 * A calendar date ('YYYY-MM-DD') or a moment, in the UI language. A calendar date is shown as
 * that day wherever the user is (new Date('2026-05-01') would be the day before west of UTC).
 */
export function formatWhen(value: string | null | undefined, lang: string): string {
  if (!value) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium' }).format(d);
  }
  return formatDateTime(value, lang);
}

/** Money with cents only when there are some (a gift of 120.50, a stand of 45,000). */
export function formatAmount(amount: number, currency: string, lang: string): string {
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'currency',
    currency,
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount);
}

export function useActivityFormat() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return {
    when: (v: string | null | undefined) => formatWhen(v, lang),
    /** The day only, of a calendar date or a moment. */
    day: (v: string | null | undefined) => (v && v.length > 10 ? formatDate(v, lang) : formatWhen(v, lang)),
    amount: (n: number, currency: string) => formatAmount(n, currency, lang),
    number: (n: number) => new Intl.NumberFormat(localeOf(lang)).format(n),
  };
}
