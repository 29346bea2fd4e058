import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { BackupFile } from '@shared/api/app';
import { IconAlertTriangle, IconFileUnknown, IconRefreshAlert } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiCallError } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { formatBytes, useBackupReason } from './format';
import { SalvagePanel } from './SalvagePanel';

/**
 * Why a workspace did not open, in words the user can act on: a damaged file offers its
 * backups, a file from a newer app asks for an update, a missing one says it moved.
 */
export function OpenErrorAlert({
  error,
  onOpenBackup,
  pendingPath,
}: {
  error: ApiCallError;
  onOpenBackup: (path: string) => void;
  pendingPath?: string | null;
}) {
  const { t, i18n } = useTranslation('workspace');
  const fmt = useFormat();
  const reason = useBackupReason();
  const { code, message, details } = error.error;
  const ref = useRef<HTMLDivElement>(null);
  // The action that failed may sit far above (a recent workspace): bring the reason into view.
  useEffect(() => {
    // Braces matter: newer Chromium returns a promise here, which React would take for a cleanup.
    void ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [error]);

  if (code === 'workspace_damaged') {
    const backups = (Array.isArray(details?.backups) ? details.backups : []) as BackupFile[];
    return (
      <Alert color="red" icon={<IconAlertTriangle />} title={t('errors.damagedTitle')} ref={ref} data-testid="open-error" role="alert">
        <Stack gap="xs">
          <Text size="sm">{message}</Text>
          <Text size="sm" fw={500}>
            {backups.length > 0 ? t('errors.damagedBackups') : t('errors.damagedNoBackups')}
          </Text>
          {backups.map((b) => (
            <Group key={b.path} justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={0} miw={0}>
                <Text size="sm">{fmt.dateTime(b.createdAt)}</Text>
                <Text size="xs" c="dimmed">
                  {reason(b.reason)} · {formatBytes(b.size, i18n.language)}
                </Text>
              </Stack>
              <Button
                size="xs"
                variant="white"
                color="red"
                loading={pendingPath === b.path}
                onClick={() => onOpenBackup(b.path)}
              >
                {t('backup.openThis')}
              </Button>
            </Group>
          ))}
          {typeof details?.path === 'string' && details.reason !== 'not a workspace' && details.reason !== 'empty file' ? <SalvagePanel path={details.path} /> : null}
        </Stack>
      </Alert>
    );
  }
  if (code === 'workspace_too_new') {
    return (
      <Alert color="orange" icon={<IconRefreshAlert />} title={t('errors.tooNewTitle')} ref={ref} data-testid="open-error" role="alert">
        <Text size="sm">{message}</Text>
        <Text size="sm" mt={4}>
          {t('errors.tooNewHint')}
        </Text>
      </Alert>
    );
  }
  if (code === 'workspace_missing') {
    return (
      <Alert color="orange" icon={<IconFileUnknown />} title={t('errors.missingTitle')} ref={ref} data-testid="open-error" role="alert">
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {message}
        </Text>
        <Text size="sm" mt={4}>
          {t('errors.missingHint')}
        </Text>
      </Alert>
    );
  }
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={t('errors.otherTitle')} ref={ref} data-testid="open-error" role="alert">
      <Text size="sm">{error.fields.path ?? message}</Text>
    </Alert>
  );
}
