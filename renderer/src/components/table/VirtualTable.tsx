import { Skeleton, Table } from '@mantine/core';
import type { Header, Table as ReactTable } from '@tanstack/react-table';
import type { CSSProperties, Key, ReactNode } from 'react';
import './columnMeta';
import { useVirtualRows, type VirtualRowsSource } from './useVirtualRows';
import classes from './VirtualTable.module.css';

/** A sparse list (usePagedRows) as the table reads it. */
export interface VirtualTableSource<T> extends VirtualRowsSource {
  rowAt: (index: number) => T | undefined;
  /** Showing the previous query's rows while the new one loads (they are dimmed). */
  isStale: boolean;
}

interface Props<T> {
  /** The TanStack Table of the loaded rows: its visible columns are the table's columns. */
  table: ReactTable<T>;
  pages: VirtualTableSource<T>;
  label: string;
  rowHeight: number;
  /** Remembers each query's scroll position under this key; without one a list starts at the top. */
  memoryKey?: string;
  renderHeader: (header: Header<T, unknown>) => ReactNode;
  /** One loaded row: a plain <tr> with VirtualTable.module.css's `row` class, memoised (rows on screen keep their props while scrolling). */
  renderRow: (row: T, index: number, key: Key) => ReactNode;
  skeletonRows: number;
  /** The width of the placeholder bar in the n-th visible column of a row not loaded yet. */
  skeletonWidth: (column: number) => number | string;
  style?: CSSProperties;
  testId?: string;
}

/**
 * A long table: TanStack Table defines and renders the columns, TanStack Virtual keeps only
 * the rows on screen in the DOM (spacer rows above and below give the scrollbar the height of
 * all `total` rows), and rows whose page is not loaded yet show a skeleton.
 */
export function VirtualTable<T>(props: Props<T>) {
  const { table, pages, rowHeight, renderHeader, renderRow } = props;
  const { scrollRef, items, paddingTop, paddingBottom } = useVirtualRows(pages, rowHeight, props.memoryKey);
  const total = pages.total ?? 0;
  const leaves = table.getVisibleLeafColumns();
  const minWidth = leaves.reduce((w, c) => w + (c.columnDef.meta?.width ?? c.columnDef.meta?.minWidth ?? 120), 0);
  const colCount = leaves.length;
  const skeleton = (key: Key) => <SkeletonRow key={key} cols={colCount} height={rowHeight} width={props.skeletonWidth} />;

  return (
    <div ref={scrollRef} className={classes.scroller} style={props.style} data-testid={props.testId}>
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
            {table.getFlatHeaders().map((h) => {
              if (!h.column.getIsVisible()) return null;
              const dir = h.column.getIsSorted();
              return (
                <Table.Th key={h.id} className={classes.th} aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}>
                  {renderHeader(h)}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pages.total === undefined && Array.from({ length: props.skeletonRows }, (_, i) => skeleton(i))}
          {paddingTop > 0 && <SpacerRow height={paddingTop} cols={colCount} />}
          {items.map((v) => {
            const data = pages.rowAt(v.index);
            return data ? renderRow(data, v.index, v.key) : skeleton(v.key);
          })}
          {paddingBottom > 0 && <SpacerRow height={paddingBottom} cols={colCount} />}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function SpacerRow({ height, cols }: { height: number; cols: number }) {
  return (
    <tr className={classes.spacer} style={{ height }}>
      <td colSpan={cols} />
    </tr>
  );
}

function SkeletonRow({ cols, height, width }: { cols: number; height: number; width: (column: number) => number | string }) {
  return (
    <tr className={classes.row} style={{ height, cursor: 'default' }} aria-busy>
      {Array.from({ length: cols }, (_, i) => (
        <td key={i}>
          <Skeleton height={10} width={width(i)} radius="sm" />
        </td>
      ))}
    </tr>
  );
}
