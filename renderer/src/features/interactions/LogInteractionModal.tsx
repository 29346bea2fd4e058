import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Interaction } from '@shared/api/interactions';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { CustomerPicker, type PickedCustomer } from './CustomerPicker';
import { InteractionForm } from './InteractionForm';
import { emptyValues, toCreateInput, toUpdateInput, valuesOf, type InteractionFormValues } from './interactionFormModel';

export interface LogInteractionModalProps {
  opened: boolean;
  onClose: () => void;
  /** A fixed customer (from its page); without it the form starts with a customer picker. */
  customer?: PickedCustomer;
  /** The global action opened on a customer's page: that customer, still changeable. */
  initialCustomer?: PickedCustomer;
  /** Edit this interaction instead of logging a new one. */
  interaction?: Interaction;
}

/** Logs (or edits) one interaction. Mounted only while open, so each opening starts afresh. */
export function LogInteractionModal(props: LogInteractionModalProps) {
  const { t } = useTranslation('interactions');
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.interaction ? t('log.editTitle') : t('log.title')}
      size="lg"
      data-testid="log-interaction-modal"
    >
      {props.opened && <LogInteractionBody {...props} />}
    </Modal>
  );
}

function LogInteractionBody({ onClose, customer, initialCustomer, interaction }: LogInteractionModalProps) {
  const { t } = useTranslation('interactions');
  const qc = useQueryClient();
  const settings = useApi('settings.get', {});
  const [picked, setPicked] = useState<PickedCustomer | null>(
    customer ?? initialCustomer ?? (interaction ? { id: interaction.customerId, name: interaction.customerName } : null),
  );
  const [values, setValues] = useState<InteractionFormValues | null>(interaction ? valuesOf(interaction) : null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // A new interaction's staff field starts with the workspace's staff name, once it is known.
  const current = values ?? (settings.isPending ? null : emptyValues({ staff: settings.data?.staffName ?? '' }));
  if (!current) return null;
  const currency = settings.data?.currency ?? 'CNY';
  const change = (patch: Partial<InteractionFormValues>) => setValues({ ...current, ...patch });

  async function save() {
    if (busy || !current) return;
    if (!interaction && !picked) {
      setErrors({ customerId: t('log.pickCustomer') });
      return;
    }
    setBusy(true);
    setFormError(null);
    try {
      if (interaction) {
        await call('interactions.update', toUpdateInput(interaction, current));
        notifications.show({ color: 'teal', message: t('log.updated') });
      } else {
        await call('interactions.create', toCreateInput({ ...current, customerId: picked?.id ?? null }));
        notifications.show({ color: 'teal', message: t('log.saved', { name: picked?.name ?? '' }) });
      }
      // The backend's change event refetches too; this makes this window's page current at once.
      void qc.invalidateQueries({ predicate: (q) => /^(customers|interactions)\./.test(String(q.queryKey[0])) });
      onClose();
    } catch (e) {
      if (e instanceof ApiCallError && Object.keys(e.fields).length) {
        // Update errors come back under "patch."; the form's fields have plain names.
        setErrors(Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k.replace(/^patch\./, ''), v])));
      } else setErrors({});
      setFormError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const customerField = customer ? (
    <Text size="sm">
      <Text span c="dimmed">
        {t('log.customer')}:{' '}
      </Text>
      <Text span fw={600}>
        {customer.name}
      </Text>
    </Text>
  ) : interaction ? undefined : (
    <CustomerPicker
      label={t('log.customer')}
      value={picked}
      onChange={(c) => setPicked(c)}
      error={errors.customerId}
      autoFocus={!initialCustomer}
      testId="log-customer"
    />
  );

  return (
    <InteractionForm
      values={current}
      onChange={change}
      errors={errors}
      currency={currency}
      customerField={customerField}
      focusSummary={Boolean(customer || initialCustomer || interaction)}
      onSubmit={() => void save()}
      footer={
        <>
          {formError && (
            <Alert color="red" title={t('log.failed')} data-testid="log-error">
              {formError}
            </Alert>
          )}
          <Group justify="space-between" mt="xs">
            <Text size="xs" c="dimmed">
              {t('log.hint')}
            </Text>
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" loading={busy}>
                {t('log.save')}
              </Button>
            </Group>
          </Group>
        </>
      }
    />
  );
}
