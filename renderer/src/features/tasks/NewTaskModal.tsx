import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { InteractionType } from '@shared/domain/interaction';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client';
import { CustomerPicker, type PickedCustomer } from '../interactions/CustomerPicker';
import { DateField } from '../interactions/DateFields';
import { addDays, localToday } from './taskModel';
import { typeOptions } from './typeOptions';
import { useTaskActions } from './useTaskActions';

/** Adds a task by hand, for a fixed customer (its page) or one picked here. */
export function NewTaskModal({ opened, onClose, customer }: { opened: boolean; onClose: () => void; customer?: PickedCustomer }) {
  const { t } = useTranslation('tasks');
  return (
    <Modal opened={opened} onClose={onClose} title={t('form.title')} data-testid="new-task-modal">
      {opened && <NewTaskForm onClose={onClose} customer={customer} />}
    </Modal>
  );
}

function NewTaskForm({ onClose, customer }: { onClose: () => void; customer?: PickedCustomer }) {
  const { t } = useTranslation('tasks');
  const { refresh } = useTaskActions();
  const [picked, setPicked] = useState<PickedCustomer | null>(customer ?? null);
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState(addDays(localToday(), 1));
  const [type, setType] = useState<InteractionType | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(e?: FormEvent) {
    e?.preventDefault();
    if (busy) return;
    if (!picked) {
      setErrors({ customerId: t('interactions:log.pickCustomer') });
      return;
    }
    setBusy(true);
    try {
      await call('tasks.create', { customerId: picked.id, title, dueOn, interactionType: type });
      notifications.show({ color: 'teal', message: t('form.save') });
      void refresh();
      onClose();
    } catch (err) {
      setErrors(err instanceof ApiCallError ? err.fields : {});
      setFormError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void save(e)}>
      <Stack gap="sm">
        {customer ? (
          <Text size="sm">
            <Text span c="dimmed">
              {t('customer')}:{' '}
            </Text>
            <Text span fw={600}>
              {customer.name}
            </Text>
          </Text>
        ) : (
          <CustomerPicker label={t('customer')} value={picked} onChange={setPicked} error={errors.customerId} autoFocus testId="task-customer" />
        )}
        <TextInput
          label={t('form.what')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
          required
          autoFocus={Boolean(customer)}
          data-testid="task-title"
        />
        <DateField label={t('form.dueOn')} value={dueOn} onChange={setDueOn} error={errors.dueOn} required />
        <Select
          label={t('form.type')}
          data={typeOptions(t)}
          value={type}
          onChange={(v) => setType(v as InteractionType | null)}
          clearable
          error={errors.interactionType}
        />
        {formError && (
          <Alert color="red" title={t('failed')}>
            {formError}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={busy} data-testid="task-save">
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
