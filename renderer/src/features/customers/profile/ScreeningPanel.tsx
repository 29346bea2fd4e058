import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CustomerDetail } from '@shared/api/customers';
import type { ScreeningStatus } from '@shared/domain/customer';
import { IconCircleCheck, IconCircleDashed, IconCircleX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../api/client';
import { apiKey, useApiMutation } from '../../../api/hooks';
import { useFormat } from '../../../i18n/format';
import { ScreeningBadge, SCREENING_COLORS } from './Badges';
import { Card } from './ProfileCards';

const ACTIONS: { status: ScreeningStatus; label: 'verify' | 'reject' | 'reset'; icon: typeof IconCircleCheck }[] = [
  { status: 'verified', label: 'verify', icon: IconCircleCheck },
  { status: 'rejected', label: 'reject', icon: IconCircleX },
  { status: 'unverified', label: 'reset', icon: IconCircleDashed },
];

/**
 * Screening (甄别, DOMAIN §2): is the information true, and is the customer worth it? Shows
 * the verdict with who gave it and when, and lets the user give a new one with a note.
 */
export function ScreeningPanel({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation('customerProfile');
  const fmt = useFormat();
  const qc = useQueryClient();
  const screen = useApiMutation('customers.screen');
  // The verdict being given; kept after closing so the modal does not go blank while it fades.
  const [target, setTarget] = useState<ScreeningStatus | null>(null);
  const [opened, setOpened] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const s = customer.screening;

  const open = (status: ScreeningStatus) => {
    setTarget(status);
    setOpened(true);
    setNote('');
    setError(null);
  };

  const confirm = async () => {
    if (!target) return;
    try {
      const detail = await screen.mutateAsync({ id: customer.id, version: customer.version, status: target, note });
      qc.setQueryData(apiKey('customers.get', { id: customer.id }), detail);
      setOpened(false);
      notifications.show({ color: SCREENING_COLORS[target], message: t('screening.done', { status: t(`common:screening.${target}`) }) });
    } catch (e) {
      const err = e instanceof ApiCallError ? e : null;
      setError(err?.fields.note ?? err?.message ?? String(e));
      // Someone else changed the customer: show their version; the note typed here stays.
      if (err?.error.code === 'conflict') void qc.invalidateQueries({ queryKey: apiKey('customers.get', { id: customer.id }) });
    }
  };

  return (
    <Card title={t('sections.screening')} testId="card-screening">
      <Stack gap="sm">
        <Group gap="xs">
          <ScreeningBadge status={s.status} size="lg" />
        </Group>
        {s.at ? (
          <Text size="xs" c="dimmed">
            {s.by ? t('screening.by', { by: s.by, at: fmt.dateTime(s.at) }) : t('screening.at', { at: fmt.dateTime(s.at) })}
          </Text>
        ) : (
          <Text size="xs" c="dimmed">
            {t('screening.never')}
          </Text>
        )}
        {s.note && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="screening-note">
            {s.note}
          </Text>
        )}
        {!customer.deletedAt && (
          <Group gap="xs">
            {ACTIONS.filter((a) => a.status !== s.status).map((a) => (
              <Button
                key={a.status}
                size="xs"
                variant="light"
                color={SCREENING_COLORS[a.status]}
                leftSection={<a.icon size={16} />}
                onClick={() => open(a.status)}
              >
                {t(`screening.${a.label}`)}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
      <Modal opened={opened} onClose={() => setOpened(false)} title={target && t(`screening.modalTitle.${target}`)} centered>
        {target && (
          <Stack gap="sm">
            <Text size="sm">{t(`screening.modalBody.${target}`)}</Text>
            <Textarea
              label={t('screening.note')}
              placeholder={t('screening.notePlaceholder')}
              autosize
              minRows={3}
              maxRows={8}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              data-autofocus
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void confirm();
              }}
            />
            {error && (
              <Alert color="red" variant="light">
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('common:actions.cancel')}
              </Button>
              <Button color={SCREENING_COLORS[target]} loading={screen.isPending} onClick={() => void confirm()}>
                {t(`screening.${ACTIONS.find((a) => a.status === target)!.label}`)}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Card>
  );
}
