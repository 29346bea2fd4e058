import { Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconChecklist, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { useFormat } from '../../i18n/format';
import { ExportMenu } from '../export/ExportMenu';
import { CompleteLogModal } from './CompleteLogModal';
import { NewTaskModal } from './NewTaskModal';
import { SnoozeModal } from './SnoozeModal';
import { TaskItem } from './TaskItem';
import { addDays, groupOf, localToday, type TaskGroup } from './taskModel';
import { useTaskHandlers } from './useTaskHandlers';

const GROUPS: TaskGroup[] = ['overdue', 'today', 'week'];

/** "This week": open tasks due by the end of the week, overdue first, across customers. */
export function TasksWeekPage() {
  const { t } = useTranslation('tasks');
  const fmt = useFormat();
  const today = localToday();
  const week = useApi('tasks.week', { from: today, includeOverdue: true });
  const { handlers, logging, setLogging, snoozing, setSnoozing } = useTaskHandlers();
  const [adding, setAdding] = useState(false);
  const [cursor, setCursor] = useState(0);
  const rows = week.data?.rows ?? [];
  const selected = rows[Math.min(cursor, rows.length - 1)];
  const modalOpen = adding || logging !== null || snoozing !== null;

  // Keep the keyboard cursor on screen when the list shrinks (a task was completed).
  useEffect(() => {
    if (cursor >= rows.length && rows.length) setCursor(rows.length - 1);
  }, [cursor, rows.length]);
  useEffect(() => {
    if (selected) document.querySelector(`[data-task-id="${selected.id}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const on = (f: () => void) => () => {
    if (!modalOpen) f();
  };
  const move = (d: number) => setCursor((c) => Math.max(0, Math.min(rows.length - 1, c + d)));
  useHotkeys([
    ['j', on(() => move(1))],
    ['ArrowDown', on(() => move(1))],
    ['k', on(() => move(-1))],
    ['ArrowUp', on(() => move(-1))],
    ['x', on(() => selected && handlers.onComplete(selected))],
    ['l', on(() => selected && setLogging(selected))],
    ['s', on(() => selected && handlers.onSnooze(selected, addDays(today, 7)))],
    ['n', on(() => setAdding(true))],
  ]);

  let body;
  if (week.isPending) {
    body = (
      <Center py="xl">
        <Loader />
      </Center>
    );
  } else if (week.isError) {
    body = <ErrorState error={week.error} onRetry={() => void week.refetch()} />;
  } else if (!rows.length) {
    body = (
      <Stack align="center" py="xl" gap="xs" data-testid="tasks-empty">
        <IconChecklist size={40} stroke={1.4} color="var(--mantine-color-gray-5)" />
        <Text c="dimmed">{t('empty')}</Text>
      </Stack>
    );
  } else {
    body = (
      <Stack gap="lg">
        {GROUPS.map((g) => {
          const inGroup = rows.filter((r) => groupOf(r, today) === g);
          if (!inGroup.length) return null;
          return (
            <Stack key={g} gap="xs" data-testid={`tasks-group-${g}`}>
              <Title order={4} c={g === 'overdue' ? 'red.7' : undefined}>
                {t(`groups.${g}`)} <Text span c="dimmed" size="sm">({inGroup.length})</Text>
              </Title>
              {inGroup.map((task) => (
                <TaskItem key={task.id} task={task} selected={task.id === selected?.id} {...handlers} />
              ))}
            </Stack>
          );
        })}
        {week.data.total > rows.length && (
          <Text size="sm" c="dimmed">
            {t('more', { shown: rows.length, total: week.data.total })}
          </Text>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="md" data-testid="tasks-week">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('title')}</Title>
          <Text size="sm" c="dimmed">
            {t('subtitle', { to: fmt.date(week.data?.to ?? addDays(today, 6)) })}
          </Text>
        </div>
        <Group gap="xs">
          <ExportMenu
            disabled={rows.length === 0}
            table={{
              kind: 'table',
              table: 'tasks',
              query: { from: today, includeOverdue: true },
              // The page's groups (overdue, today, later) as a column, then its columns.
              columns: ['when', 'dueOn', 'title', 'customerName', 'exhibitionName', 'type', 'source'],
            }}
          />
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)} data-testid="task-add">
            {t('add')}
          </Button>
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        {t('keys')}
      </Text>
      {body}
      <NewTaskModal opened={adding} onClose={() => setAdding(false)} />
      <CompleteLogModal task={logging} onClose={() => setLogging(null)} />
      <SnoozeModal task={snoozing} onClose={() => setSnoozing(null)} />
    </Stack>
  );
}
