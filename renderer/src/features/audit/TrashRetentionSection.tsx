import { Button, Center, Group, Loader, NumberInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TrashSettings } from '@shared/api/audit';
import { TRASH_RETENTION_MAX, TRASH_RETENTION_MIN } from '@shared/domain/audit';
import { useQueryClient } from '@tanstack/react-query';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiKey, useApi, useApiMutation } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';

// Settings → Trash (issue 7): how many days deleted customers are kept before they are purged.
// The API validates (1–3650 whole days) and its field error shows on the input.

export function TrashRetentionSection({ readOnly }: { readOnly: boolean }) {
  const q = useApi('audit.trashSettings', {});
  if (q.isPending) {
    return (
      <Center py="md">
        <Loader size="sm" />
      </Center>
    );
  }
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  return <TrashRetentionForm initial={q.data} readOnly={readOnly} />;
}

function TrashRetentionForm({ initial, readOnly }: { initial: TrashSettings; readOnly: boolean }) {
  const { t } = useTranslation('audit');
  const qc = useQueryClient();
  const save = useApiMutation('audit.setTrashRetention');
  const [days, setDays] = useState<number | string>(initial.retentionDays);
  const [error, setError] = useState<string | null>(null);

  function submit() {
    setError(null);
    save.mutate(
      // Sent as typed: a blank or fractional value gets the API's field error.
      { retentionDays: typeof days === 'number' ? days : Number(days === '' ? NaN : days) },
      {
        onSuccess: (data) => {
          qc.setQueryData(apiKey('audit.trashSettings', {}), data);
          notifications.show({ color: 'teal', icon: <IconCheck size={18} />, message: t('trash.saved') });
        },
        onError: (err) => setError(err.fields.retentionDays ?? err.message),
      },
    );
  }

  return (
    <Stack gap="sm" maw={420}>
      <NumberInput
        label={t('trash.days')}
        description={t('trash.daysHint')}
        value={days}
        onChange={setDays}
        min={TRASH_RETENTION_MIN}
        max={TRASH_RETENTION_MAX}
        allowDecimal={false}
        clampBehavior="none"
        disabled={readOnly}
        error={error}
        data-testid="trash-retention-days"
      />
      <Group>
        <Button onClick={submit} loading={save.isPending} disabled={readOnly} data-testid="trash-retention-save">
          {t('trash.save')}
        </Button>
      </Group>
    </Stack>
  );
}
