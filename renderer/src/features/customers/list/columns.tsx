import type { CustomerSortField } from '@shared/api/customers';
import type { CustomerListRow } from '@shared/domain/customer';
import type { ColumnDef, RowData } from '@tanstack/react-table';
import { Button } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnPrefsConfig } from '../../../components/table/useColumnPrefs';
import { useFormat } from '../../../i18n/format';
import {
  CompanyCell,
  CompletenessCell,
  ContactCell,
  LocationCell,
  PlainCell,
  ScreeningBadge,
  TagsCell,
} from './cells';

// Besides the widths every VirtualTable reads (components/table/columnMeta.ts).
declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The backend's sort field this column sorts by. */
    sortField?: CustomerSortField;
  }
}

export const SELECT_COLUMN = 'select';

/** Columns the user may show or hide in the customer list (company name always shows). */
export const CHOOSABLE_COLUMNS = [
  'primaryContact',
  'industry',
  'location',
  'phone',
  'email',
  'tags',
  'screeningStatus',
  'completeness',
  'createdAt',
  'updatedAt',
] as const;
export type ChoosableColumn = (typeof CHOOSABLE_COLUMNS)[number];

export const DEFAULT_COLUMNS: ChoosableColumn[] = [
  'primaryContact',
  'industry',
  'location',
  'tags',
  'screeningStatus',
  'completeness',
];

/** The list's column choice: its key under prefs.columns, what may be chosen, the defaults. */
export const COLUMN_PREFS: ColumnPrefsConfig<ChoosableColumn> = {
  tableId: 'customers',
  choosable: CHOOSABLE_COLUMNS,
  defaults: DEFAULT_COLUMNS,
};

export const TRASH_COLUMNS = ['primaryContact', 'location', 'screeningStatus', 'deletedAt', 'restore'];

type Col = ColumnDef<CustomerListRow>;

/** Column definitions of the customer table; `trash` adds "moved to Trash" and plain names. */
export function useCustomerColumns(mode: 'list' | 'trash', onRestore?: (row: CustomerListRow) => void): Col[] {
  const { t, i18n } = useTranslation('customerList');
  const fmt = useFormat();
  const trash = mode === 'trash';
  // The latest callback without rebuilding the columns (and every cell) when it changes.
  const restoreRef = useRef(onRestore);
  useEffect(() => {
    restoreRef.current = onRestore;
  });
  return useMemo<Col[]>(
    () => [
      { id: SELECT_COLUMN, header: '', enableSorting: false, meta: { width: 44 } },
      {
        id: 'companyName',
        header: t('columns.companyName'),
        meta: { sortField: 'companyName', minWidth: 230 },
        cell: ({ row }) => <CompanyCell row={row.original} linked={!trash} t={t} />,
      },
      {
        id: 'primaryContact',
        header: t('columns.primaryContact'),
        enableSorting: false,
        meta: { width: 150 },
        cell: ({ row }) => <ContactCell row={row.original} t={t} />,
      },
      {
        id: 'industry',
        header: t('columns.industry'),
        meta: { width: 160, sortField: 'industry' },
        cell: ({ row }) => <PlainCell value={row.original.industry} />,
      },
      {
        id: 'location',
        header: t('columns.location'),
        meta: { width: 160, sortField: 'country' },
        cell: ({ row }) => <LocationCell row={row.original} />,
      },
      {
        id: 'phone',
        header: t('columns.phone'),
        enableSorting: false,
        meta: { width: 160 },
        cell: ({ row }) => <PlainCell value={row.original.phone} />,
      },
      {
        id: 'email',
        header: t('columns.email'),
        enableSorting: false,
        meta: { width: 220 },
        cell: ({ row }) => <PlainCell value={row.original.email} />,
      },
      {
        id: 'tags',
        header: t('columns.tags'),
        enableSorting: false,
        meta: { width: 150 },
        cell: ({ row }) => <TagsCell tags={row.original.tags} />,
      },
      {
        id: 'screeningStatus',
        header: t('columns.screeningStatus'),
        meta: { width: 110, sortField: 'screeningStatus' },
        cell: ({ row }) => <ScreeningBadge status={row.original.screeningStatus} t={t} />,
      },
      {
        id: 'completeness',
        header: t('columns.completeness'),
        meta: { width: 104, sortField: 'completeness' },
        cell: ({ row }) => <CompletenessCell value={row.original.completeness} t={t} />,
      },
      {
        id: 'createdAt',
        header: t('columns.createdAt'),
        meta: { width: 116, sortField: 'createdAt' },
        cell: ({ row }) => <PlainCell value={fmt.date(row.original.createdAt)} />,
      },
      {
        id: 'updatedAt',
        header: t('columns.updatedAt'),
        meta: { width: 116, sortField: 'updatedAt' },
        cell: ({ row }) => <PlainCell value={fmt.date(row.original.updatedAt)} />,
      },
      {
        id: 'deletedAt',
        header: t('columns.deletedAt'),
        enableSorting: false,
        meta: { width: 170 },
        cell: ({ row }) => <PlainCell value={fmt.dateTime(row.original.deletedAt)} />,
      },
      {
        id: 'restore',
        header: '',
        enableSorting: false,
        meta: { width: 120 },
        cell: ({ row }) => (
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconRestore size={14} />}
            aria-label={t('trash.restoreOne', { name: row.original.companyName })}
            onClick={(e) => {
              e.stopPropagation();
              restoreRef.current?.(row.original);
            }}
          >
            {t('common:actions.restore')}
          </Button>
        ),
      },
    ],
    // fmt follows the language; t changes with it too.
    [t, i18n.language, trash],
  );
}

/** The TanStack column id that shows a backend sort field (location shows country). */
export function columnForSortField(field: CustomerSortField): string {
  return field === 'country' ? 'location' : field;
}
