import { getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';

interface Options<T> {
  /** The loaded rows (usePagedRows' `loaded`). */
  data: T[];
  columns: ColumnDef<T>[];
  getRowId: (row: T) => string;
  /** Columns always shown (pass a module-level array), besides the `visible` ones. */
  fixed: readonly string[];
  visible: readonly string[];
  /** The column the backend sorts by: the table only shows it, it never sorts rows itself. */
  sortedBy: { id: string; desc: boolean };
}

/** The TanStack Table of a VirtualTable whose backend pages, sorts and filters the rows. */
export function useListTable<T>({ data, columns, getRowId, fixed, visible, sortedBy }: Options<T>) {
  const columnVisibility = useMemo(
    () => Object.fromEntries(columns.map((c) => [c.id!, fixed.includes(c.id!) || visible.includes(c.id!)])),
    [columns, fixed, visible],
  );
  return useReactTable({
    data,
    columns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    state: { columnVisibility, sorting: [sortedBy] },
  });
}
