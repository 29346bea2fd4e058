import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCloudUpload, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApi, useApiMutation } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { useFormat } from '../../i18n/format';
import { PathValue } from '../workspace/PathValue';
import { useAgo } from './format';

/** When the last good backup was made, a warning when it is too old, and "Back up now". */
export function BackupStatusCard({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('backups');
  const fmt = useFormat();
  const ago = useAgo();
  const status = useApi('backups.status', {});
  const create = useApiMutation('backups.create');

  if (status.isPending) return <Skeleton h={120} />;
  if (status.isError) return <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
  const s = status.data;

  return (
    <Paper withBorder p="lg" component="section" aria-label={t('status.title')}>
      <Stack gap="md">
        {s.stale && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />} title={s.lastGoodAt ? t('status.staleTitle', { days: s.staleAfterDays }) : t('status.staleNever')} data-testid="backup-stale">
            {t('status.staleText')}
          </Alert>
        )}
        {s.fallback && (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={20} />}>
            {t('status.fallback')}
          </Alert>
        )}
        {s.lastError && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />}>
            {t('status.failed', { message: s.lastError.message })}
          </Alert>
        )}
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
          <Stack gap={4}>
            <Group gap="xs">
              <IconShieldCheck size={22} color={s.stale ? 'var(--mantine-color-orange-6)' : 'var(--mantine-color-teal-6)'} />
              <Title order={4}>{t('status.title')}</Title>
            </Group>
            <Text size="lg" fw={600} data-testid="last-backup">
              {s.lastGoodAt ? t('status.at', { date: fmt.dateTime(s.lastGoodAt), ago: ago(s.lastGoodAt) }) : t('status.never')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('status.count', { count: s.count })}
            </Text>
          </Stack>
          {!readOnly && (
            <Button
              leftSection={<IconCloudUpload size={18} />}
              loading={create.isPending || s.running}
              onClick={() =>
                create.mutate(
                  {},
                  {
                    onSuccess: (b) => notifications.show({ color: 'teal', message: t('status.made', { count: b.counts?.customers ?? 0, customers: fmt.number(b.counts?.customers ?? 0) }) }),
                    onError: (e) => notifications.show({ color: 'red', message: e.message }),
                  },
                )
              }
            >
              {t('status.backUpNow')}
            </Button>
          )}
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('status.folder')}
          </Text>
          <PathValue path={s.folder} />
        </Group>
      </Stack>
    </Paper>
  );
}
