import { Checkbox, Skeleton, Table, Tooltip, UnstyledButton } from '@mantine/core';
import type { CustomerListRow } from '@shared/domain/customer';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type Header } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { columnForSortField, SELECT_COLUMN } from './columns';
import { CustomerRow } from './CustomerRow';
import classes from './CustomerTable.module.css';
import type { ListSort } from './listParams';
import type { CustomerPages } from './useCustomerPages';

export const ROW_HEIGHT = 56;
const SKELETON_ROWS = 10;

// Where each list was scrolled to, so coming back from a customer lands on the same rows.
const scrollMemory = new Map<string, number>();

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
 * The customer table: TanStack Table defines and renders the columns, TanStack Virtual keeps
 * only the rows on screen in the DOM (spacer rows above and below give the scrollbar the
 * height of all `total` rows), and rows whose page is not loaded yet show a skeleton.
 */
export function CustomerTable(props: Props) {
  const { pages, columns, visible, sort, onSort, selected, onToggleRow, headerCheckbox, onOpen, memoryKey } = props;
  const { t } = useTranslation('customerList');
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = pages.total ?? 0;

  const columnVisibility = useMemo(
    () =>
      Object.fromEntries(
        columns.map((c) => [c.id!, c.id === SELECT_COLUMN || c.id === 'companyName' || visible.includes(c.id!)]),
      ),
    [columns, visible],
  );
  const table = useReactTable({
    data: pages.loaded,
    columns,
    getRowId: (r) => r.id,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    state: { columnVisibility, sorting: [{ id: columnForSortField(sort.field), desc: sort.dir === 'desc' }] },
  });

  // A new search/filter/sort starts at the top; the same one (coming back) where it was left.
  const scrollKey = `${memoryKey}|${pages.baseKey}`;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    useFlushSync: false,
    initialOffset: () => scrollMemory.get(scrollKey) ?? 0,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? 0;
  const { setRange } = pages;
  useEffect(() => {
    // Read the rows on screen from the scroller itself: right after a scroll reset the
    // virtualizer's items still describe the old position.
    const el = scrollRef.current;
    if (!el) return;
    const start = Math.floor(el.scrollTop / ROW_HEIGHT);
    setRange(Math.max(0, start - 10), start + Math.ceil(el.clientHeight / ROW_HEIGHT) + 10);
  }, [setRange, firstIndex, lastIndex, scrollKey, pages.total]);
  // The mount position comes from initialOffset; later key changes move here.
  const shownKey = useRef(scrollKey);
  useLayoutEffect(() => {
    if (shownKey.current === scrollKey || pages.total === undefined) return;
    shownKey.current = scrollKey;
    virtualizer.scrollToOffset(scrollMemory.get(scrollKey) ?? 0);
  }, [scrollKey, pages.total, virtualizer]);
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const save = () => scrollMemory.set(scrollKey, el.scrollTop);
    el.addEventListener('scroll', save, { passive: true });
    return () => el.removeEventListener('scroll', save);
  }, [scrollKey]);

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

  const leaves = table.getVisibleLeafColumns();
  const minWidth = leaves.reduce((w, c) => w + (c.columnDef.meta?.width ?? c.columnDef.meta?.minWidth ?? 120), 0);
  const paddingTop = items[0]?.start ?? 0;
  // Before the scroller is measured there are no items; the full height must still be there,
  // or restoring a scroll position (initialOffset) would be clamped to the top.
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items.at(-1)!.end : virtualizer.getTotalSize();
  const colCount = leaves.length;

  const sortHeader = (header: Header<CustomerListRow, unknown>) => {
    const field = header.column.columnDef.meta?.sortField;
    const label = flexRender(header.column.columnDef.header, header.getContext());
    if (!field) return label;
    const dir = header.column.getIsSorted();
    const Icon = dir === 'asc' ? IconArrowUp : dir === 'desc' ? IconArrowDown : IconSelector;
    // Names read best A→Z; numbers and dates most useful highest/newest first.
    const firstDir = field === 'completeness' || field.endsWith('At') ? 'desc' : 'asc';
    return (
      <UnstyledButton
        className={classes.sortButton}
        onClick={() => onSort({ field, dir: dir ? (dir === 'asc' ? 'desc' : 'asc') : firstDir })}
      >
        <span className={classes.sortLabel}>{label}</span>
        <Icon size={14} stroke={1.8} style={{ flexShrink: 0, opacity: dir ? 1 : 0.45 }} />
      </UnstyledButton>
    );
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
    <div ref={scrollRef} className={classes.scroller}>
      <Table
        className={classes.table}
        data-stale={pages.isStale || undefined}
        stickyHeader
        layout="fixed"
        verticalSpacing={6}
        horizontalSpacing="sm"
        style={{ minWidth }}
        aria-label={props.label}
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
                  aria-sort={
                    h.column.getIsSorted() === 'asc' ? 'ascending' : h.column.getIsSorted() === 'desc' ? 'descending' : undefined
                  }
                >
                  {h.column.id === SELECT_COLUMN ? headerCheck : sortHeader(h)}
                </Table.Th>
              ) : null,
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pages.total === undefined &&
            Array.from({ length: SKELETON_ROWS }, (_, i) => <SkeletonRow key={i} cols={colCount} />)}
          {paddingTop > 0 && (
            <tr className={classes.spacer} style={{ height: paddingTop }}>
              <td colSpan={colCount} />
            </tr>
          )}
          {items.map((v) => {
            const data = pages.rowAt(v.index);
            if (!data) return <SkeletonRow key={v.key} cols={colCount} />;
            return (
              <CustomerRow
                key={v.key}
                row={table.getRow(data.id)}
                index={v.index}
                height={ROW_HEIGHT}
                selected={selected.has(data.id)}
                columns={columns}
                visibleKey={visible.join()}
                selectLabel={t('table.selectRow', { name: data.companyName })}
                onClick={handleClick}
                onToggle={handleToggle}
              />
            );
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

function SkeletonRow({ cols }: { cols: number }) {
  return (
    <tr className={classes.row} style={{ height: ROW_HEIGHT, cursor: 'default' }} aria-busy>
      {Array.from({ length: cols }, (_, i) => (
        <td key={i}>
          <Skeleton height={10} width={i === 0 ? 14 : i === 1 ? '75%' : '60%'} radius="sm" />
        </td>
      ))}
    </tr>
  );
}
