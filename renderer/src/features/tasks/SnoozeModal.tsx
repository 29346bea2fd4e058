import { Button, Group, Modal, Stack } from '@mantine/core';
import type { Task } from '@shared/api/tasks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../interactions/DateFields';
import { addDays } from './taskModel';
import { useTaskActions } from './useTaskActions';

/** Moves a task's due date to a date of the user's choice. */
export function SnoozeModal({ task, onClose }: { task: Task | null; onClose: () => void }) {
  const { t } = useTranslation('tasks');
  return (
    <Modal opened={task !== null} onClose={onClose} title={t('snoozeModal.title')} size="sm">
      {task && <SnoozeForm task={task} onClose={onClose} />}
    </Modal>
  );
}

function SnoozeForm({ task, onClose }: { task: Task; onClose: () => void }) {
  const { t } = useTranslation('tasks');
  const actions = useTaskActions();
  const [dueOn, setDueOn] = useState(addDays(task.dueOn, 7));
  function save(e: FormEvent) {
    e.preventDefault();
    void actions.snooze(task, dueOn);
    onClose();
  }
  return (
    <form onSubmit={save}>
      <Stack gap="sm">
        <DateField label={t('snoozeModal.dueOn')} value={dueOn} onChange={setDueOn} required autoFocus />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit">{t('snoozeModal.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
