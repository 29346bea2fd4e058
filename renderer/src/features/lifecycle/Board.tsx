import { canMove, STAGES, type Stage } from '@shared/domain/lifecycle';
import { useCallback, useState } from 'react';
import { BoardColumn } from './BoardColumn';
import classes from './Board.module.css';
import { MoveModal, type MoveTarget } from './MoveModal';
import type { BoardRow, ColumnSummary } from './types';

/**
 * The board: one column per stage. Dragging a card marks the columns it may go to (others are
 * dimmed and refuse the drop); dropping, or "Move to…" in the card's menu, asks for the reason.
 */
export function Board({
  exhibitionId,
  q,
  columns,
  currency,
  height,
}: {
  exhibitionId: string;
  q: string;
  columns: ColumnSummary[] | undefined;
  currency: string;
  height: number | string;
}) {
  const [dragging, setDragging] = useState<BoardRow | null>(null);
  const [moving, setMoving] = useState<{ target: MoveTarget; to: Stage } | null>(null);

  const toTarget = useCallback(
    (row: BoardRow): MoveTarget => ({
      customerId: row.customerId,
      exhibitionId,
      companyName: row.companyName,
      stage: row.stage,
      version: row.version,
      suggestion: row.suggestion,
    }),
    [exhibitionId],
  );
  const onMove = useCallback((row: BoardRow, to: Stage) => setMoving({ target: toTarget(row), to }), [toTarget]);
  const onDragStart = useCallback((row: BoardRow) => setDragging(row), []);
  const onDragEnd = useCallback(() => setDragging(null), []);

  return (
    <>
      <div className={classes.board} style={{ height }} data-testid="lifecycle-board">
        {STAGES.map((stage) => (
          <BoardColumn
            key={stage}
            exhibitionId={exhibitionId}
            stage={stage}
            q={q}
            summary={columns?.find((c) => c.stage === stage)}
            currency={currency}
            drop={!dragging || dragging.stage === stage ? 'idle' : canMove(dragging.stage, stage) ? 'allowed' : 'refused'}
            dragFrom={dragging?.stage ?? null}
            onDropRow={(to) => {
              if (dragging) onMove(dragging, to);
              setDragging(null);
            }}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
            onMove={onMove}
          />
        ))}
      </div>
      <MoveModal target={moving?.target ?? null} to={moving?.to} onClose={() => setMoving(null)} />
    </>
  );
}
