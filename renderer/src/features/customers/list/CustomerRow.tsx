import { Checkbox } from '@mantine/core';
import type { CustomerListRow } from '@shared/domain/customer';
import { flexRender, type ColumnDef, type Row } from '@tanstack/react-table';
import { memo } from 'react';
import { SELECT_COLUMN } from './columns';
import classes from '../../../components/table/VirtualTable.module.css';

interface Props {
  row: Row<CustomerListRow>;
  index: number;
  height: number;
  selected: boolean;
  /** Not read here: a change of columns or of their visibility must re-render the row. */
  columns: ColumnDef<CustomerListRow>[];
  visibleKey: string;
  selectLabel: string;
  onClick: (index: number, row: CustomerListRow) => void;
  onToggle: (index: number, shift: boolean) => void;
}

/**
 * One table row. Memoised: while scrolling, rows already on screen keep their props (the
 * table positions them with spacer rows, not per-row offsets), so only new rows render.
 */
export const CustomerRow = memo(function CustomerRow({
  row,
  index,
  height,
  selected,
  selectLabel,
  onClick,
  onToggle,
}: Props) {
  return (
    <tr
      className={classes.row}
      style={{ height }}
      data-selected={selected || undefined}
      aria-rowindex={index + 2}
      aria-selected={selected}
      onClick={() => onClick(index, row.original)}
    >
      {row.getVisibleCells().map((cell) =>
        cell.column.id === SELECT_COLUMN ? (
          <td
            key={cell.id}
            className={classes.checkCell}
            onClick={(e) => {
              e.stopPropagation();
              onToggle(index, e.shiftKey);
            }}
          >
            <Checkbox size="xs" checked={selected} onChange={() => {}} aria-label={selectLabel} />
          </td>
        ) : (
          <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
        ),
      )}
    </tr>
  );
});
