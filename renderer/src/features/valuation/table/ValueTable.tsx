import type { ValueRow, ValueSort } from '@shared/api/valuation';
import { flexRender } from '@tanstack/react-table';
import { useCallback, useEffect, useRef } from 'react';
import { SortButton } from '../../../components/table/SortButton';
import { useListTable } from '../../../components/table/useListTable';
import { VirtualTable } from '../../../components/table/VirtualTable';
import type { ValueSortState } from './valueParams';
import { firstSortDir, type useValueColumns } from './valueColumns';
import { ValueTableRow } from './ValueTableRow';
import type { ValuePages } from './useValuePages';

const ROW_HEIGHT = 52;
const SKELETON_ROWS = 8;
/** Shown whatever the column choice. */
const FIXED_COLUMNS = ['companyName'];

interface Props {
  label: string;
  pages: ValuePages;
  columns: ReturnType<typeof useValueColumns>;
  visible: readonly string[];
  sort: ValueSortState;
  onSort: (sort: ValueSortState) => void;
  onOpen: (row: ValueRow) => void;
}

/**
 * The value table on VirtualTable: the company, then the chosen figures; every column sorts
 * (the backend sorts, by the column's id) and a new filter or sort starts at the top.
 */
export function ValueTable({ label, pages, columns, visible, sort, onSort, onOpen }: Props) {
  const table = useListTable({
    data: pages.loaded,
    columns,
    getRowId: (r) => r.customerId,
    fixed: FIXED_COLUMNS,
    visible,
    sortedBy: { id: sort.field, desc: sort.dir === 'desc' },
  });

  // A stable handler for the memoised rows; it calls whatever the page passed last.
  const openRef = useRef(onOpen);
  useEffect(() => {
    openRef.current = onOpen;
  });
  const handleOpen = useCallback((row: ValueRow) => openRef.current(row), []);

  return (
    <VirtualTable
      table={table}
      pages={pages}
      label={label}
      rowHeight={ROW_HEIGHT}
      renderHeader={(h) => {
        const field = h.column.id as ValueSort;
        return (
          <SortButton
            label={flexRender(h.column.columnDef.header, h.getContext())}
            dir={h.column.getIsSorted()}
            firstDir={firstSortDir(field)}
            onSort={(dir) => onSort({ field, dir })}
            testId={`sort-${field}`}
          />
        );
      }}
      renderRow={(data, index, key) => (
        <ValueTableRow key={key} row={table.getRow(data.customerId)} index={index} height={ROW_HEIGHT} visibleKey={visible.join()} columns={columns} onOpen={handleOpen} />
      )}
      skeletonRows={SKELETON_ROWS}
      skeletonWidth={(i) => (i === 0 ? '75%' : '55%')}
      style={{ height: '100%' }}
      testId="value-table"
    />
  );
}
