import type { ValueRow } from '@shared/api/valuation';
import { flexRender, type Row } from '@tanstack/react-table';
import { memo } from 'react';
import classes from '../../../components/table/VirtualTable.module.css';

/**
 * One row of the value table, memoised (rows already on screen keep their props while
 * scrolling). A click on a figure explains it (its popover) and does not open the customer;
 * anywhere else does.
 */
export const ValueTableRow = memo(function ValueTableRow({
  row,
  index,
  height,
  onOpen,
}: {
  row: Row<ValueRow>;
  index: number;
  height: number;
  /** Not read: a change of columns or their visibility must re-render the row. */
  visibleKey: string;
  columns: unknown;
  onOpen: (row: ValueRow) => void;
}) {
  return (
    <tr className={classes.row} style={{ height }} aria-rowindex={index + 2} data-customer-id={row.original.customerId} onClick={() => onOpen(row.original)}>
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
