import { useTranslation } from 'react-i18next';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** 1536 → "1.5 kB" / "1.5 kB" — sizes of workspace and backup files. */
export function formatBytes(n: number, lang: string): string {
  let i = 0;
  let v = n;
  while (v >= 1024 && i < UNITS.length - 1) {
    v /= 1024;
    i++;
  }
  return new Intl.NumberFormat(lang.startsWith('zh') ? 'zh-CN' : 'en-GB', {
    style: 'unit',
    unit: UNITS[i],
    unitDisplay: 'short',
    maximumFractionDigits: i === 0 ? 0 : 1,
  }).format(v);
}

/** "pre-migration-v3" → "Before upgrading (data structure v3)"; unknown reasons are shown as they are. */
export function useBackupReason(): (reason: string) => string {
  const { t } = useTranslation('workspace');
  return (reason) => {
    const m = /^pre-migration-v(\d+)$/.exec(reason);
    return m ? t('backup.preMigration', { version: m[1] }) : reason;
  };
}
