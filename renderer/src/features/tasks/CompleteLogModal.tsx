import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Task } from '@shared/api/tasks';
import type { InteractionType } from '@shared/domain/interaction';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client';
import { taskTitle } from './taskModel';
import { typeOptions } from './typeOptions';
import { useTaskActions } from './useTaskActions';

/** "Done and log": the interaction and the completion are saved in one step (one transaction). */
export function CompleteLogModal({ task, onClose }: { task: Task | null; onClose: () => void }) {
  const { t } = useTranslation('tasks');
  return (
    <Modal opened={task !== null} onClose={onClose} title={t('log.title')} size="lg" data-testid="complete-log-modal">
      {task && <CompleteLogForm task={task} onClose={onClose} />}
    </Modal>
  );
}

function CompleteLogForm({ task, onClose }: { task: Task; onClose: () => void }) {
  const { t } = useTranslation('tasks');
  const { refresh } = useTaskActions();
  const [type, setType] = useState<InteractionType>(task.interactionType ?? 'call');
  const [summary, setSummary] = useState(taskTitle(task, t));
  const [outcome, setOutcome] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(e?: FormEvent) {
    e?.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await call('tasks.complete', { id: task.id, version: task.version, logInteraction: { type, summary, outcome } });
      notifications.show({ color: 'teal', message: t('completed', { title: taskTitle(task, t) }) });
      void refresh();
      onClose();
    } catch (err) {
      const fields = err instanceof ApiCallError ? err.fields : {};
      setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^logInteraction\./, ''), v])));
      setFormError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void save(e)}>
      <Stack gap="sm">
        <Text size="sm">
          <Text span c="dimmed">
            {t('customer')}:{' '}
          </Text>
          <Text span fw={600}>
            {task.customerName}
          </Text>
        </Text>
        <Select
          label={t('log.type')}
          data={typeOptions(t)}
          value={type}
          onChange={(v) => v && setType(v as InteractionType)}
          allowDeselect={false}
          error={errors.type}
          data-testid="complete-log-type"
        />
        <Textarea
          label={t('log.summary')}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          error={errors.summary}
          autosize
          minRows={2}
          autoFocus
          required
          data-testid="complete-log-summary"
        />
        <Textarea
          label={t('log.outcome')}
          value={outcome}
          onChange={(e) => setOutcome(e.currentTarget.value)}
          error={errors.outcome}
          autosize
          minRows={2}
          data-testid="complete-log-outcome"
        />
        {formError && (
          <Alert color="red" title={t('failed')} data-testid="complete-log-error">
            {formError}
          </Alert>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('log.hint')}
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="complete-log-save">
              {t('log.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
