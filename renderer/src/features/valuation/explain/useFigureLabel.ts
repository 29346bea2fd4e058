import type { FigureKey } from '@shared/domain/valuation/figures';
import { useTranslation } from 'react-i18next';
import { useCallback } from 'react';

/** (figure) => its label in the UI language, e.g. for column headers and settings. */
export function useFigureLabel(): (key: FigureKey) => string {
  const { t } = useTranslation('valueFormulas');
  return useCallback((key: FigureKey) => t(`figure.${key}.label`), [t]);
}

/** (figure) => its one-line meaning in the UI language (hover texts, column header titles). */
export function useFigureMeaning(): (key: FigureKey) => string {
  const { t } = useTranslation('valueFormulas');
  return useCallback((key: FigureKey) => t(`figure.${key}.meaning`), [t]);
}
