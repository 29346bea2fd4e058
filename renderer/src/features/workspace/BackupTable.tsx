import { Skeleton, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { useFormat } from '../../i18n/format';
import { formatBytes, useBackupReason } from './format';
import { PathValue } from './PathValue';

/** The backups kept beside a workspace file: when, why, how big, and where. */
export function BackupTable({ path }: { path: string }) {
  const { t, i18n } = useTranslation('workspace');
  const fmt = useFormat();
  const reason = useBackupReason();
  const backups = useApi('workspace.backups', { path });

  if (backups.isPending) return <Skeleton h={60} />;
  if (backups.isError) return <ErrorState error={backups.error} onRetry={() => void backups.refetch()} />;
  if (backups.data.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="no-backups">
        {t('page.noBackups')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" data-testid="backups">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('backup.date')}</Table.Th>
            <Table.Th>{t('backup.reason')}</Table.Th>
            <Table.Th ta="right">{t('backup.size')}</Table.Th>
            <Table.Th>{t('fields.path')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.data.map((b) => (
            <Table.Tr key={b.path}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(b.createdAt)}</Table.Td>
              <Table.Td>{reason(b.reason)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatBytes(b.size, i18n.language)}
              </Table.Td>
              <Table.Td>
                <PathValue path={b.path} showInFolder />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
