import { useTranslation } from 'react-i18next';

/** "pre-migration-v3" → "Before upgrading (data structure v3)", "daily" → "Daily"; unknown reasons as they are. */
export function useReasonLabel(): (reason: string) => string {
  const { t } = useTranslation('backups');
  return (reason) => {
    const m = /^pre-migration-v(\d+)$/.exec(reason);
    if (m) return t('reason.preMigration', { version: m[1] });
    const key = `reason.${reason}`;
    return t(key, { defaultValue: reason });
  };
}

/** "3 days ago" / "3天前", in the UI language. */
export function useAgo(): (iso: string, now?: number) => string {
  const { i18n } = useTranslation();
  return (iso, now = Date.now()) => {
    const rtf = new Intl.RelativeTimeFormat(i18n.language.startsWith('zh') ? 'zh-CN' : 'en-GB', { numeric: 'auto' });
    const minutes = Math.round((Date.parse(iso) - now) / 60_000);
    if (Math.abs(minutes) < 60) return rtf.format(minutes, 'minute');
    const hours = Math.round(minutes / 60);
    if (Math.abs(hours) < 24) return rtf.format(hours, 'hour');
    return rtf.format(Math.round(hours / 24), 'day');
  };
}
