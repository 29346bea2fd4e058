import { ActionIcon, Badge, Group, Menu, Paper, Text, Tooltip } from '@mantine/core';
import { STAGES, type Stage } from '@shared/domain/lifecycle';
import { IconArrowRight, IconBulb, IconDots, IconExternalLink } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDayFormat } from '../exhibitions/format';
import { canMove } from '@shared/domain/lifecycle';
import classes from './Board.module.css';
import { STAGE_COLORS, STAGE_ICONS } from './stageMeta';
import type { BoardRow } from './types';
import { useReasonText } from './useReasonText';

export const CARD_HEIGHT = 104;

/**
 * One relationship on the board. Draggable (native HTML5 drag) and, for keyboard and screen
 * reader users, "Move to…" in its menu does the same.
 */
export const BoardCard = memo(function BoardCard({
  row,
  onDragStart,
  onDragEnd,
  onMove,
}: {
  row: BoardRow;
  onDragStart: (row: BoardRow) => void;
  onDragEnd: () => void;
  onMove: (row: BoardRow, to: Stage) => void;
}) {
  const { t } = useTranslation('lifecycle');
  const f = useDayFormat();
  const reason = useReasonText();
  const s = row.suggestion;
  const lp = row.lastParticipation;
  return (
    <Paper
      withBorder
      radius="sm"
      p={8}
      className={classes.card}
      draggable
      data-testid="board-card"
      data-customer={row.customerId}
      aria-label={row.companyName}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', row.customerId);
        e.dataTransfer.effectAllowed = 'move';
        onDragStart(row);
      }}
      onDragEnd={onDragEnd}
    >
      <Group justify="space-between" wrap="nowrap" gap={4}>
        <Text component={Link} to={`/customers/${row.customerId}`} fw={600} size="sm" truncate="end" className={classes.company} draggable={false}>
          {row.companyName}
        </Text>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon size="sm" variant="subtle" color="gray" aria-label={t('board.cardMenu', { name: row.companyName })}>
              <IconDots size={14} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('board.moveTo')}</Menu.Label>
            {STAGES.filter((x) => x !== row.stage).map((to) => {
              const Icon = STAGE_ICONS[to];
              return (
                <Menu.Item
                  key={to}
                  disabled={!canMove(row.stage, to)}
                  leftSection={<Icon size={14} color={`var(--mantine-color-${STAGE_COLORS[to]}-6)`} />}
                  onClick={() => onMove(row, to)}
                >
                  {t(`stage.${to}`)}
                </Menu.Item>
              );
            })}
            <Menu.Divider />
            <Menu.Item component={Link} to={`/customers/${row.customerId}`} leftSection={<IconExternalLink size={14} />}>
              {t('board.openCustomer')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Text size="xs" c="dimmed" truncate="end">
        {row.kinds.map((k) => t(`common:kinds.${k}`)).join(' · ') || '—'}
      </Text>
      <Text size="xs" truncate="end">
        {lp ? `${lp.editionName} · ${t(`exhibitions:status.${lp.status}`, { defaultValue: lp.status })}` : t('card.noParticipation')}
      </Text>
      <Group justify="space-between" wrap="nowrap" gap={4} mt={2}>
        <Text size="xs" c="dimmed" truncate="end">
          {row.lastSatisfaction !== null ? t('card.satisfaction', { value: row.lastSatisfaction }) : t('card.since', { date: f.day(row.stageSince) })}
        </Text>
        {s && (
          <Tooltip label={reason(s.signal, s.details)} multiline w={260} withinPortal>
            <Badge
              size="xs"
              variant="filled"
              color={STAGE_COLORS[s.toStage]}
              leftSection={<IconBulb size={10} />}
              rightSection={<IconArrowRight size={10} />}
              data-testid="suggestion-badge"
            >
              {t(`stage.${s.toStage}`)}
            </Badge>
          </Tooltip>
        )}
      </Group>
    </Paper>
  );
});
