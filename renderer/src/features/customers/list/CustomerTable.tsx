import { Checkbox, Tooltip } from '@mantine/core';
import type { CustomerListRow } from '@shared/domain/customer';
import { flexRender, type ColumnDef, type Header } from '@tanstack/react-table';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SortButton } from '../../../components/table/SortButton';
import { useListTable } from '../../../components/table/useListTable';
import { VirtualTable } from '../../../components/table/VirtualTable';
import { columnForSortField, SELECT_COLUMN } from './columns';
import { CustomerRow } from './CustomerRow';
import type { ListSort } from './listParams';
import type { CustomerPages } from './useCustomerPages';

export const ROW_HEIGHT = 56;
const SKELETON_ROWS = 10;
/** Shown whatever the column choice. */
const FIXED_COLUMNS = [SELECT_COLUMN, 'companyName'];

export interface HeaderCheckbox {
  checked: boolean;
  indeterminate: boolean;
  disabled?: boolean;
  /** Why it is disabled (e.g. too many to select at once). */
  hint?: string;
  onToggle: () => void;
}

interface Props {
  pages: CustomerPages;
  columns: ColumnDef<CustomerListRow>[];
  /** Ids of the columns to show, besides the checkbox and company name. */
  visible: readonly string[];
  sort: ListSort;
  onSort: (sort: ListSort) => void;
  selected: ReadonlySet<string>;
  onToggleRow: (index: number, shift: boolean) => void;
  headerCheckbox: HeaderCheckbox;
  onOpen?: (row: CustomerListRow) => void;
  /** Distinguishes this list's remembered scroll position from others (list vs trash). */
  memoryKey: string;
  label: string;
}

/**
 * The customer table (list and Trash) on VirtualTable: a checkbox column to select rows,
 * headers that sort by the backend's fields, and each list's scroll position remembered.
 */
export function CustomerTable(props: Props) {
  const { pages, columns, visible, sort, onSort, selected, onToggleRow, headerCheckbox, onOpen } = props;
  const { t } = useTranslation('customerList');

  const table = useListTable({
    data: pages.loaded,
    columns,
    getRowId: (r) => r.id,
    fixed: FIXED_COLUMNS,
    visible,
    sortedBy: { id: columnForSortField(sort.field), desc: sort.dir === 'desc' },
  });

  // Stable handlers for the memoised rows; they call whatever the page passed last.
  const latest = useRef({ onOpen, onToggleRow });
  useEffect(() => {
    latest.current = { onOpen, onToggleRow };
  });
  const handleClick = useCallback((index: number, row: CustomerListRow) => {
    const { onOpen: open, onToggleRow: toggle } = latest.current;
    if (open) open(row);
    else toggle(index, false);
  }, []);
  const handleToggle = useCallback((index: number, shift: boolean) => latest.current.onToggleRow(index, shift), []);

  const sortHeader = (header: Header<CustomerListRow, unknown>) => {
    const field = header.column.columnDef.meta?.sortField;
    const label = flexRender(header.column.columnDef.header, header.getContext());
    if (!field) return label;
    // Names read best A→Z; numbers and dates most useful highest/newest first.
    const firstDir = field === 'completeness' || field.endsWith('At') ? 'desc' : 'asc';
    return <SortButton label={label} dir={header.column.getIsSorted()} firstDir={firstDir} onSort={(dir) => onSort({ field, dir })} />;
  };

  const headerCheck = (
    <Tooltip label={headerCheckbox.hint} disabled={!headerCheckbox.hint} withinPortal>
      <span>
        <Checkbox
          size="xs"
          aria-label={t('table.selectAll')}
          checked={headerCheckbox.checked}
          indeterminate={headerCheckbox.indeterminate}
          disabled={headerCheckbox.disabled}
          onChange={headerCheckbox.onToggle}
        />
      </span>
    </Tooltip>
  );

  return (
    <VirtualTable
      table={table}
      pages={pages}
      label={props.label}
      rowHeight={ROW_HEIGHT}
      memoryKey={props.memoryKey}
      renderHeader={(h) => (h.column.id === SELECT_COLUMN ? headerCheck : sortHeader(h))}
      renderRow={(data, index, key) => (
        <CustomerRow
          key={key}
          row={table.getRow(data.id)}
          index={index}
          height={ROW_HEIGHT}
          selected={selected.has(data.id)}
          columns={columns}
          visibleKey={visible.join()}
          selectLabel={t('table.selectRow', { name: data.companyName })}
          onClick={handleClick}
          onToggle={handleToggle}
        />
      )}
      skeletonRows={SKELETON_ROWS}
      skeletonWidth={(i) => (i === 0 ? 14 : i === 1 ? '75%' : '60%')}
    />
  );
}
