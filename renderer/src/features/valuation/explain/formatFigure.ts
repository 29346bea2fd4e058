import { maskToKinds } from '@shared/domain/customer';
import { EXPLAIN_INPUTS } from '@shared/domain/valuation/explain';
import { FIGURE_KEYS, MONEY_FIGURES, type FigureKey } from '@shared/domain/valuation/figures';
import i18n from 'i18next';

// How every value figure reads on screen (issue 5: every number explains itself; this is the
// "number" half). Pure apart from the shared i18next instance for the names of tiers, stages…
// Money is in MAJOR units here (API rows), in the workspace currency when one is given.

const localeOf = (lang: string) => (lang.startsWith('zh') ? 'zh-CN' : 'en-GB');

const formatters = new Map<string, Intl.NumberFormat>();
/** Intl formatters are costly to build and a value table shows thousands of numbers: cache them. */
function nf(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${localeOf(lang)}|${JSON.stringify(options)}`;
  let f = formatters.get(id);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), options);
    formatters.set(id, f);
  }
  return f;
}

const MONEY = new Set<string>(MONEY_FIGURES);
const PERCENT = new Set<string>(['contributionShare', 'retention', 'probability']);
const RATIO = new Set<string>(['economicNorm', 'profitNorm', 'recommendationNorm', 'potentialNorm', 'strategicNorm']);
const ONE_DECIMAL = new Set<string>(['score', 'loyalty', 'satisfaction', 'capability', 'remainingEditions']);
const TWO_DECIMALS = new Set<string>(['recommendation']);
const FIGURES = new Set<string>(FIGURE_KEYS);

/** Estimates (averages, expectations): cents would claim a precision they don't have. */
const ESTIMATES = new Set<string>(['potential', 'revenuePerEdition']);

export function formatMoneyValue(amount: number, lang: string, currency?: string, whole = false): string {
  if (whole) amount = Math.round(amount);
  const cents = !Number.isInteger(amount);
  return nf(lang, {
    ...(currency ? { style: 'currency', currency } : {}),
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: 2,
  }).format(amount);
}

const tv = (lang: string, key: string) => i18n.t(key, { lng: lang.startsWith('zh') ? 'zh' : 'en', ns: 'valueFormulas' });

/**
 * One figure's value as text: money with the currency, shares as %, norms 0.00–1.00, scores
 * with one decimal, names of tiers / stages / groups in the language; null → "—" (or
 * "not rated" for the ratings).
 */
export function formatFigure(key: FigureKey, value: number | string | null | undefined, lang: string, currency?: string): string {
  if (value === null || value === undefined) {
    return key === 'demonstrationRating' || key === 'capabilityRating' ? tv(lang, 'notRated') : '—';
  }
  if (typeof value === 'string') {
    switch (key) {
      case 'stage':
      case 'npsGroup':
      case 'intent':
      case 'probabilitySource':
      case 'quadrant':
      case 'tier':
        return tv(lang, `${key}.${value}`);
      default:
        return value;
    }
  }
  if (!Number.isFinite(value)) return '—';
  if (MONEY.has(key)) return formatMoneyValue(value, lang, currency, ESTIMATES.has(key));
  if (PERCENT.has(key)) return nf(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value);
  if (RATIO.has(key)) return nf(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  if (ONE_DECIMAL.has(key)) return nf(lang, { maximumFractionDigits: 1 }).format(value);
  if (TWO_DECIMALS.has(key)) return nf(lang, { maximumFractionDigits: 2 }).format(value);
  switch (key) {
    case 'negativeWom':
    case 'repeat':
      return tv(lang, value ? 'yes' : 'no');
    case 'kinds': {
      const kinds = maskToKinds(value);
      return kinds.length === 0 ? '—' : kinds.map((k) => i18n.t(`kinds.${k}`, { lng: lang.startsWith('zh') ? 'zh' : 'en', ns: 'common' })).join(', ');
    }
    default:
      return nf(lang, { maximumFractionDigits: 2 }).format(value);
  }
}

/** One input of an explanation (a figure, or a setting / intermediate value: EXPLAIN_INPUTS). */
export function formatInput(name: string, value: number | string | null, lang: string, currency?: string): string {
  if (FIGURES.has(name)) return formatFigure(name as FigureKey, value, lang, currency);
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '—';
  switch (EXPLAIN_INPUTS[name]) {
    case 'money':
      return formatMoneyValue(value, lang, currency);
    case 'percent':
      return nf(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    case 'ratio':
      return nf(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
    case 'index':
      return nf(lang, { maximumFractionDigits: 1 }).format(value);
    default:
      return nf(lang, { maximumFractionDigits: 2 }).format(value);
  }
}
