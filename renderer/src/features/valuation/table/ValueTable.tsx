import { Skeleton, Table, UnstyledButton } from '@mantine/core';
import type { ValueRow, ValueSort } from '@shared/api/valuation';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { flexRender, getCoreRowModel, useReactTable, type Header, type Row } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import classes from '../../customers/list/CustomerTable.module.css';
import type { ValueSortState } from './valueParams';
import { firstSortDir, type useValueColumns } from './valueColumns';
import type { ValuePages } from './useValuePages';

const ROW_HEIGHT = 52;
const SKELETON_ROWS = 8;

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
 * The value table: TanStack Table for the columns, TanStack Virtual for the rows (only those
 * on screen are in the DOM; spacer rows give the scrollbar the height of all of them), the
 * way the customer list does it (customers/list/CustomerTable.tsx). Sorting is the backend's.
 */
export function ValueTable({ label, pages, columns, visible, sort, onSort, onOpen }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = pages.total ?? 0;
  const columnVisibility = useMemo(
    () => Object.fromEntries(columns.map((c) => [c.id!, c.id === 'companyName' || visible.includes(c.id!)])),
    [columns, visible],
  );
  const table = useReactTable({
    data: pages.loaded,
    columns,
    getRowId: (r) => r.customerId,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    state: { columnVisibility, sorting: [{ id: sort.field, desc: sort.dir === 'desc' }] },
  });

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? 0;
  const { setRange, baseKey } = pages;
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const start = Math.floor(el.scrollTop / ROW_HEIGHT);
    setRange(Math.max(0, start - 10), start + Math.ceil(el.clientHeight / ROW_HEIGHT) + 10);
  }, [setRange, firstIndex, lastIndex, baseKey, pages.total]);
  // A new filter or sort starts at the top.
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [baseKey, virtualizer]);

  const openRef = useRef(onOpen);
  useEffect(() => {
    openRef.current = onOpen;
  });
  const handleOpen = useCallback((row: ValueRow) => openRef.current(row), []);

  const leaves = table.getVisibleLeafColumns();
  const minWidth = leaves.reduce((w, c) => w + (c.columnDef.meta?.width ?? 240), 0);
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items.at(-1)!.end : virtualizer.getTotalSize();
  const colCount = leaves.length;

  const sortHeader = (header: Header<ValueRow, unknown>) => {
    const field = header.column.id as ValueSort;
    const text = flexRender(header.column.columnDef.header, header.getContext());
    const dir = header.column.getIsSorted();
    const Icon = dir === 'asc' ? IconArrowUp : dir === 'desc' ? IconArrowDown : IconSelector;
    return (
      <UnstyledButton
        className={classes.sortButton}
        data-testid={`sort-${field}`}
        onClick={() => onSort({ field, dir: dir ? (dir === 'asc' ? 'desc' : 'asc') : firstSortDir(field) })}
      >
        <span className={classes.sortLabel}>{text}</span>
        <Icon size={14} stroke={1.8} style={{ flexShrink: 0, opacity: dir ? 1 : 0.45 }} />
      </UnstyledButton>
    );
  };

  return (
    <div ref={scrollRef} className={classes.scroller} style={{ height: '100%' }} data-testid="value-table">
      <Table
        className={classes.table}
        data-stale={pages.isStale || undefined}
        stickyHeader
        layout="fixed"
        verticalSpacing={6}
        horizontalSpacing="sm"
        style={{ minWidth }}
        aria-label={label}
        aria-rowcount={total + 1}
      >
        <colgroup>
          {leaves.map((c) => (
            <col key={c.id} style={{ width: c.columnDef.meta?.width }} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr>
            {table.getFlatHeaders().map((h) =>
              h.column.getIsVisible() ? (
                <Table.Th
                  key={h.id}
                  className={classes.th}
                  aria-sort={h.column.getIsSorted() === 'asc' ? 'ascending' : h.column.getIsSorted() === 'desc' ? 'descending' : undefined}
                >
                  {sortHeader(h)}
                </Table.Th>
              ) : null,
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pages.total === undefined && Array.from({ length: SKELETON_ROWS }, (_, i) => <SkeletonRow key={i} cols={colCount} />)}
          {paddingTop > 0 && (
            <tr className={classes.spacer} style={{ height: paddingTop }}>
              <td colSpan={colCount} />
            </tr>
          )}
          {items.map((v) => {
            const data = pages.rowAt(v.index);
            if (!data) return <SkeletonRow key={v.key} cols={colCount} />;
            return <ValueTableRow key={v.key} row={table.getRow(data.customerId)} index={v.index} visibleKey={visible.join()} columns={columns} onOpen={handleOpen} />;
          })}
          {paddingBottom > 0 && (
            <tr className={classes.spacer} style={{ height: paddingBottom }}>
              <td colSpan={colCount} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/**
 * One row, memoised (rows already on screen keep their props while scrolling). A click on a
 * figure explains it (its popover) and does not open the customer; anywhere else does.
 */
const ValueTableRow = memo(function ValueTableRow({
  row,
  index,
  onOpen,
}: {
  row: Row<ValueRow>;
  index: number;
  /** Not read: a change of columns or their visibility must re-render the row. */
  visibleKey: string;
  columns: unknown;
  onOpen: (row: ValueRow) => void;
}) {
  return (
    <tr className={classes.row} style={{ height: ROW_HEIGHT }} aria-rowindex={index + 2} data-customer-id={row.original.customerId} onClick={() => onOpen(row.original)}>
      {row.getVisibleCells().map((cell) =>
        cell.column.id === 'companyName' ? (
          <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
        ) : (
          <td key={cell.id} data-figure={cell.column.id}>
            <span onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
              {flexRender(cell.column.columnDef.cell, cell.getContext())}
            </span>
          </td>
        ),
      )}
    </tr>
  );
});

function SkeletonRow({ cols }: { cols: number }) {
  return (
    <tr className={classes.row} style={{ height: ROW_HEIGHT, cursor: 'default' }} aria-busy>
      {Array.from({ length: cols }, (_, i) => (
        <td key={i}>
          <Skeleton height={10} width={i === 0 ? '75%' : '55%'} radius="sm" />
        </td>
      ))}
    </tr>
  );
}
