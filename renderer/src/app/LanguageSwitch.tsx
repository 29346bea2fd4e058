import { SegmentedControl } from '@mantine/core';
import type { Language } from '@shared/i18n/errors';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { changeLanguage } from '../i18n';

/** Switches the UI language at once and remembers it in the app preferences. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const lang = (i18n.language.startsWith('zh') ? 'zh' : 'en') as Language;
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={lang}
      data={[
        { value: 'en', label: t('language.en') },
        { value: 'zh', label: t('language.zh') },
      ]}
      onChange={(v) => {
        void changeLanguage(v as Language);
        void call('prefs.update', { language: v as Language }).then(() => qc.invalidateQueries({ queryKey: ['prefs.get'] }));
      }}
    />
  );
}
