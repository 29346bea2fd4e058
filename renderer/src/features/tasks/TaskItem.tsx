import { ActionIcon, Anchor, Badge, Button, Checkbox, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import type { Task } from '@shared/api/tasks';
import { IconCalendarTime, IconDots, IconNotes, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format';
import { addDays, localToday, taskTitle } from './taskModel';

export interface TaskItemHandlers {
  onComplete: (t: Task) => void;
  onCompleteAndLog: (t: Task) => void;
  onReopen: (t: Task) => void;
  onSnooze: (t: Task, dueOn: string) => void;
  onPickSnooze: (t: Task) => void;
  onDelete: (t: Task) => void;
}

/** Where a task came from, in words: the stage's playbook, the contact it follows up, or by hand. */
function SourceText({ task }: { task: Task }) {
  const { t } = useTranslation('tasks');
  const fmt = useFormat();
  if (task.source === 'playbook') {
    return <>{task.stage ? t('source.playbook', { stage: t(`stages.${task.stage}`) }) : t('source.playbookNoStage')}</>;
  }
  if (task.source === 'follow_up' && task.fromInteraction) {
    const f = task.fromInteraction;
    return <>{t('followUpOf', { type: t(`interactions:types.${f.type}`), date: fmt.date(f.at), summary: f.summary })}</>;
  }
  return <>{t(`source.${task.source}`)}</>;
}

/** One task: done checkbox, what, for whom, where from, when; its actions on the right. */
export function TaskItem({ task, selected, showCustomer = true, ...h }: { task: Task; selected?: boolean; showCustomer?: boolean } & TaskItemHandlers) {
  const { t } = useTranslation('tasks');
  const fmt = useFormat();
  const today = localToday();
  const done = task.doneAt !== null;
  const overdue = !done && task.dueOn < today;
  const title = taskTitle(task, t);
  const due = (
    <>
      <Badge color={done ? 'gray' : overdue ? 'red' : task.dueOn === today ? 'orange' : 'blue'} variant="light" style={{ flexShrink: 0 }}>
        {done ? t('doneOn', { date: fmt.date(task.doneAt) }) : t('due', { date: fmt.date(task.dueOn) })}
      </Badge>
      {!done && (
        <Button size="compact-xs" variant="light" leftSection={<IconNotes size={14} />} onClick={() => h.onCompleteAndLog(task)} data-testid="task-complete-log">
          {t('completeAndLog')}
        </Button>
      )}
    </>
  );
  return (
    <Paper
      withBorder
      p="xs"
      data-testid="task-item"
      data-task-id={task.id}
      data-selected={selected || undefined}
      style={selected ? { outline: '2px solid var(--mantine-color-teal-5)' } : undefined}
    >
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Checkbox
          mt={2}
          checked={done}
          onChange={() => (done ? h.onReopen(task) : h.onComplete(task))}
          aria-label={done ? t('reopen') : t('complete')}
          data-testid="task-check"
        />
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={600} size="sm" td={done ? 'line-through' : undefined} data-testid="task-title-text">
            {title}
          </Text>
          <Group gap="xs" wrap="wrap">
            {showCustomer && (
              <Anchor component={Link} to={`/customers/${task.customerId}`} size="sm" data-testid="task-customer-link">
                {task.customerName}
              </Anchor>
            )}
            {task.exhibitionName && (
              <Text size="xs" c="dimmed">
                {task.exhibitionName}
              </Text>
            )}
            <Text size="xs" c="dimmed" lineClamp={1}>
              <SourceText task={task} />
            </Text>
          </Group>
          {/* In a narrow card (the customer page) the due date and action go under the title. */}
          {!showCustomer && (
            <Group gap="xs" mt={4}>
              {due}
            </Group>
          )}
        </Stack>
        {showCustomer && due}
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t('snooze')} data-testid="task-menu">
              <IconDots size={16} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            {!done && (
              <>
                <Menu.Label>{t('snooze')}</Menu.Label>
                <Menu.Item leftSection={<IconCalendarTime size={14} />} onClick={() => h.onSnooze(task, addDays(today, 1))}>
                  {t('snoozeDay')}
                </Menu.Item>
                <Menu.Item leftSection={<IconCalendarTime size={14} />} onClick={() => h.onSnooze(task, addDays(today, 7))}>
                  {t('snoozeWeek')}
                </Menu.Item>
                <Menu.Item leftSection={<IconCalendarTime size={14} />} onClick={() => h.onPickSnooze(task)}>
                  {t('snoozePick')}
                </Menu.Item>
                <Menu.Divider />
              </>
            )}
            <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => h.onDelete(task)}>
              {t('delete')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Paper>
  );
}
