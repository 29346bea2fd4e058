import { Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import type { Stage } from '@shared/domain/lifecycle';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { BoardCard, CARD_HEIGHT } from './BoardCard';
import classes from './Board.module.css';
import { STAGE_COLORS, STAGE_ICONS } from './stageMeta';
import type { BoardRow, ColumnSummary } from './types';
import { useColumnPages } from './useColumnPages';

export type DropState = 'idle' | 'allowed' | 'refused';

/**
 * One stage of the board: its head (count, last edition's revenue) and its cards, virtualised
 * (only the cards on screen are in the DOM) and loaded page by page as the column scrolls.
 */
export function BoardColumn({
  exhibitionId,
  stage,
  q,
  summary,
  currency,
  drop,
  dragFrom,
  onDropRow,
  onDragStart,
  onDragEnd,
  onMove,
}: {
  exhibitionId: string;
  stage: Stage;
  q: string;
  summary: ColumnSummary | undefined;
  currency: string;
  drop: DropState;
  /** The stage of the card being dragged, if any. */
  dragFrom: Stage | null;
  onDropRow: (to: Stage) => void;
  onDragStart: (row: BoardRow) => void;
  onDragEnd: () => void;
  onMove: (row: BoardRow, to: Stage) => void;
}) {
  const { t } = useTranslation('lifecycle');
  const fmt = useFormat();
  const pages = useColumnPages(exhibitionId, stage, q);
  const total = pages.total ?? 0;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [over, setOver] = useState(false);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT,
    overscan: 4,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? 0;
  const { setRange } = pages;
  useEffect(() => setRange(firstIndex, lastIndex), [setRange, firstIndex, lastIndex]);
  useEffect(() => {
    if (drop === 'idle') setOver(false);
  }, [drop]);

  const Icon = STAGE_ICONS[stage];
  const count = summary?.count ?? pages.total;
  const dropAttr = drop === 'allowed' && over ? 'over' : drop === 'idle' ? undefined : drop;

  return (
    <section
      className={classes.column}
      style={{ ['--stage-color' as string]: `var(--mantine-color-${STAGE_COLORS[stage]}-5)` }}
      data-testid={`board-column-${stage}`}
      data-drop={dropAttr}
      aria-label={t(`stage.${stage}`)}
      onDragOver={(e) => {
        // Only an allowed target accepts the drop; a refused one keeps the "not allowed" cursor.
        if (drop !== 'allowed') return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        if (!over) setOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        if (drop !== 'allowed') return;
        e.preventDefault();
        setOver(false);
        onDropRow(stage);
      }}
    >
      <div className={classes.columnHead}>
        <Group justify="space-between" wrap="nowrap" gap={4}>
          <Tooltip label={t(`stageHint.${stage}`)} withinPortal>
            <Group gap={6} wrap="nowrap">
              <Icon size={18} color={`var(--mantine-color-${STAGE_COLORS[stage]}-6)`} />
              <Text fw={700} size="sm">
                {t(`stage.${stage}`)}
              </Text>
            </Group>
          </Tooltip>
          <Badge variant="light" color={STAGE_COLORS[stage]} data-testid="column-count">
            {count === undefined ? '…' : fmt.number(count)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed" mt={2}>
          {summary ? t('board.revenue', { amount: fmt.money(summary.lastEditionRevenue, currency) }) : t('board.noRevenue')}
        </Text>
        {drop === 'refused' && (
          <Text size="xs" c="red" mt={2}>
            {dragFrom && t('board.notAllowed', { stage: t(`stage.${dragFrom}`) })}
          </Text>
        )}
        {drop === 'allowed' && (
          <Text size="xs" c="teal" mt={2}>
            {t('board.dropHere')}
          </Text>
        )}
      </div>
      <div ref={scrollRef} className={classes.scroller} data-testid="column-scroller">
        {pages.error ? (
          <Stack gap={4} align="center" py="md">
            <Text size="xs" c="red" ta="center">
              {pages.error.message}
            </Text>
            <Button size="compact-xs" variant="light" onClick={pages.refetch}>
              {t('common:actions.retry')}
            </Button>
          </Stack>
        ) : pages.total === 0 ? (
          <Text size="sm" c="dimmed" ta="center" py="lg">
            {t('board.emptyColumn')}
          </Text>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((v) => {
              const row = pages.rowAt(v.index);
              return (
                <div key={v.key} style={{ position: 'absolute', top: v.start, left: 0, right: 0, height: CARD_HEIGHT, paddingBottom: 6 }}>
                  {row ? (
                    <BoardCard row={row} onDragStart={onDragStart} onDragEnd={onDragEnd} onMove={onMove} />
                  ) : (
                    <div className={classes.skeletonCard} />
                  )}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </section>
  );
}
