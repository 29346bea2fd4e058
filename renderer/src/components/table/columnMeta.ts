import type { RowData } from '@tanstack/react-table';

// What VirtualTable reads from a column definition's meta. A feature may add its own fields
// (the customer list adds its backend sort field) by declaring them the same way.
declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Fixed width in px; a column without one takes the remaining space. */
    width?: number;
    /** Minimum width of a flexible column. */
    minWidth?: number;
  }
}
