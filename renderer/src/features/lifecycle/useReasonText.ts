import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../exhibitions/format';

/** Detail keys holding a calendar date, shown in the user's date format. */
const DATE_KEYS = new Set(['at', 'since']);

/**
 * A suggestion's or transition's reason in the user's language, written from its signal code
 * and the facts behind it (shared/domain/lifecycleSignals.ts) — the database never stores
 * English sentences.
 */
export function useReasonText() {
  const { t, i18n } = useTranslation('lifecycle');
  return useCallback(
    (signal: string | null | undefined, details?: Record<string, unknown> | null): string => {
      if (!signal) return t('signal.manual');
      const params: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(details ?? {})) {
        params[k] = DATE_KEYS.has(k) && typeof v === 'string' ? formatDay(v, i18n.language) : v;
      }
      // A booking status is a code: show its name.
      if (typeof params.status === 'string') params.status = t(`exhibitions:status.${params.status}`, { defaultValue: params.status });
      let key = signal;
      if (signal === 'repeat_attendance' && (params.satisfaction === null || params.satisfaction === undefined)) key = 'repeat_attendance_noScore';
      return t(`reason.${key}`, { ...params, defaultValue: t('signal.unknown', { code: signal }) });
    },
    [t, i18n.language],
  );
}
