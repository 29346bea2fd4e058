import type { CallReason } from '@shared/api/valuation';
import { useTranslation } from 'react-i18next';
import { useDayFormat } from '../exhibitions/format';

/** A call reason as a sentence in the UI language ("Only 23 % likely to book the next edition."). */
export function useReasonText() {
  const { t } = useTranslation('valuation');
  const f = useDayFormat();
  return (r: CallReason): string => {
    switch (r.kind) {
      case 'lowProbability':
        return t('calls.reason.lowProbability', { p: f.percent(r.probability) });
      case 'weakening':
        return t('calls.reason.weakening', { date: f.day(r.since.slice(0, 10)) });
      case 'probabilityDrop':
        return t('calls.reason.probabilityDrop', { from: f.percent(r.from), to: f.percent(r.to) });
      case 'openComplaints':
        return t('calls.reason.openComplaints', { count: r.count });
      case 'satisfactionLow':
        return t('calls.reason.satisfactionLow', { value: f.decimal(r.satisfaction, 1) });
    }
  };
}
