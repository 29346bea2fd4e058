import { useTranslation } from 'react-i18next';

const LOCALES = { en: 'en-GB', zh: 'zh-CN' } as const;
const localeOf = (lang: string) => (lang.startsWith('zh') ? LOCALES.zh : LOCALES.en);

export function formatDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium' }).format(d);
}

export function formatDateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? '—'
    : new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function formatMoney(amount: number, currency: string, lang: string): string {
  return new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

export function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(localeOf(lang)).format(n);
}

/** Formatters bound to the current UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return {
    date: (iso: string | null | undefined) => formatDate(iso, lang),
    dateTime: (iso: string | null | undefined) => formatDateTime(iso, lang),
    money: (n: number, currency: string) => formatMoney(n, currency, lang),
    number: (n: number) => formatNumber(n, lang),
  };
}
