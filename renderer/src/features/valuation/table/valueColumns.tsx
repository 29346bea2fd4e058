import { Anchor, Text } from '@mantine/core';
import type { ValueRow, ValueSort } from '@shared/api/valuation';
import { FIGURE_KEYS, MONEY_FIGURES, type FigureKey } from '@shared/domain/valuation/figures';
import type { ValuationSettings } from '@shared/domain/valuation/settings';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ColumnPrefsConfig } from '../../../components/table/useColumnPrefs';
import { FigureValue, useFigureLabel } from '../explain/FigureValue';

/** What a glance needs first, then every other figure in storage order. */
const LEADING = ['score', 'tier', 'quadrant', 'stage', 'probability', 'economic', 'profit', 'potential'] as const;
/** Every figure may be a column (the customer id is the row itself), in display order. */
export const CHOOSABLE_VALUE_COLUMNS: readonly Exclude<FigureKey, 'customerId'>[] = [
  ...LEADING,
  ...FIGURE_KEYS.filter((k): k is Exclude<FigureKey, 'customerId'> => k !== 'customerId' && !(LEADING as readonly string[]).includes(k)),
];
export type ValueColumn = Exclude<FigureKey, 'customerId'>;

export const DEFAULT_VALUE_COLUMNS: ValueColumn[] = [
  'score', 'tier', 'quadrant', 'stage', 'probability', 'economic', 'profit', 'potential', 'satisfaction', 'loyalty', 'retention',
];

/** The table's column choice: its key under prefs.columns, what may be chosen, the defaults. */
export const VALUE_COLUMN_PREFS: ColumnPrefsConfig<ValueColumn> = {
  tableId: 'value',
  choosable: CHOOSABLE_VALUE_COLUMNS,
  defaults: DEFAULT_VALUE_COLUMNS,
};

/** Text-like figures read best A→Z (tier A first); numbers highest first. */
const TEXT_FIGURES: readonly string[] = ['companyName', 'stage', 'tier', 'quadrant', 'npsGroup', 'intent', 'probabilitySource'];
export const firstSortDir = (field: ValueSort): 'asc' | 'desc' => (TEXT_FIGURES.includes(field) ? 'asc' : 'desc');

const width = (k: FigureKey) =>
  (MONEY_FIGURES as readonly string[]).includes(k) ? 140 : k === 'stage' || k === 'quadrant' || k === 'probability' ? 150 : k === 'tier' ? 90 : 120;

// Column ids are the backend's sort fields (ValueSort): every column sorts.
type Col = ColumnDef<ValueRow>;

/** The value table's columns: the company, then every figure with its explanation on click. */
export function useValueColumns(settings: ValuationSettings, currency: string): Col[] {
  const { t, i18n } = useTranslation('valuation');
  const label = useFigureLabel();
  return useMemo<Col[]>(
    () => [
      {
        id: 'companyName',
        header: t('table.company'),
        meta: { minWidth: 240 },
        cell: ({ row }) => (
          <div style={{ minWidth: 0 }}>
            {/* A real link, so the keyboard reaches the customer too (the row's click is for the mouse). */}
            <Anchor component={Link} to={`/customers/${row.original.customerId}`} size="sm" fw={600} c="inherit" truncate display="block" onClick={(e) => e.stopPropagation()}>
              {row.original.companyName}
            </Anchor>
            {(row.original.industry || row.original.region) && (
              <Text size="xs" c="dimmed" truncate>
                {[row.original.industry, row.original.region].filter(Boolean).join(' · ')}
              </Text>
            )}
          </div>
        ),
      },
      ...CHOOSABLE_VALUE_COLUMNS.map<Col>((k) => ({
        id: k,
        header: label(k),
        meta: { width: width(k) },
        cell: ({ row }) => <FigureValue row={row.original} figure={k} settings={settings} currency={currency} />,
      })),
    ],
    // label and t follow the language.
    [t, label, i18n.language, settings, currency],
  );
}
