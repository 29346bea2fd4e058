import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { BackupList } from './BackupList';
import { BackupSettingsForm } from './BackupSettingsForm';
import { BackupStatusCard } from './BackupStatusCard';
import { DeepCheckSection } from './DeepCheckSection';
import { MoveWorkspaceSection } from './MoveWorkspaceSection';

/** Backups of the open workspace: status, "Back up now", the list to restore from, settings, moving. */
export function BackupsPage() {
  const { t } = useTranslation('backups');
  const info = useApi('app.info', {});
  if (info.isPending) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  if (info.isError) return <ErrorState error={info.error} onRetry={() => void info.refetch()} />;
  const ws = info.data.workspace;
  if (!ws) return null;
  return (
    <Stack gap="lg" maw={1080} pb="xl">
      <Stack gap={4}>
        <Title order={2}>{t('page.title')}</Title>
        <Text c="dimmed" maw={760}>
          {t('page.intro')}
        </Text>
      </Stack>
      <BackupStatusCard readOnly={ws.readOnly} />
      <BackupList readOnly={ws.readOnly} schemaVersion={ws.schemaVersion} />
      <BackupSettingsForm readOnly={ws.readOnly} />
      <DeepCheckSection />
      <MoveWorkspaceSection workspaceName={ws.name} />
    </Stack>
  );
}

/** The nav badge: shown when the last backup is older than 7 days (or there is none). */
export function useBackupStale(enabled: boolean): boolean {
  const status = useApi('backups.status', {}, { enabled, staleTime: 60_000 });
  return Boolean(status.data?.stale);
}
