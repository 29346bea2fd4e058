import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/hooks';
import { CompleteLogModal } from './CompleteLogModal';
import { NewTaskModal } from './NewTaskModal';
import { SnoozeModal } from './SnoozeModal';
import { TaskItem } from './TaskItem';
import { useTaskHandlers } from './useTaskHandlers';

/** The customer page's open tasks (and the last done ones, to reopen by mistake). */
export function TasksCard({ customer, readOnly }: { customer: { id: string; name: string }; readOnly?: boolean }) {
  const { t } = useTranslation('tasks');
  const q = useApi('tasks.ofCustomer', { customerId: customer.id });
  const { handlers, logging, setLogging, snoozing, setSnoozing } = useTaskHandlers();
  const [adding, setAdding] = useState(false);
  const open = q.data?.open ?? [];
  const done = (q.data?.done ?? []).slice(0, 3);
  return (
    <Paper withBorder p="md" data-testid="card-tasks">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('card.title')}</Title>
        <Group gap="xs">
          <Anchor component={Link} to="/tasks" size="sm">
            {t('card.all')}
          </Anchor>
          {!readOnly && (
            <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)} data-testid="card-task-add">
              {t('card.add')}
            </Button>
          )}
        </Group>
      </Group>
      <Stack gap="xs">
        {q.isSuccess && !open.length && (
          <Text size="sm" c="dimmed">
            {t('card.empty')}
          </Text>
        )}
        {open.map((task) => (
          <TaskItem key={task.id} task={task} showCustomer={false} {...handlers} />
        ))}
        {done.length > 0 && (
          <>
            <Text size="xs" c="dimmed" mt="xs">
              {t('card.recent')}
            </Text>
            {done.map((task) => (
              <TaskItem key={task.id} task={task} showCustomer={false} {...handlers} />
            ))}
          </>
        )}
      </Stack>
      <NewTaskModal opened={adding} onClose={() => setAdding(false)} customer={customer} />
      <CompleteLogModal task={logging} onClose={() => setLogging(null)} />
      <SnoozeModal task={snoozing} onClose={() => setSnoozing(null)} />
    </Paper>
  );
}
