import { Badge, Button, Group, Paper, Skeleton, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { BackupEntry } from '@shared/api/backups';
import { useQueryClient } from '@tanstack/react-query';
import { IconEye, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { useFormat } from '../../i18n/format';
import { formatBytes } from '../workspace/format';
import { useReasonLabel } from './format';

/** The backups with their contents; restore one (after a confirmation) or open it read-only. */
export function BackupList({ readOnly, schemaVersion }: { readOnly: boolean; schemaVersion: number }) {
  const { t, i18n } = useTranslation('backups');
  const fmt = useFormat();
  const reason = useReasonLabel();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const list = useApi('backups.list', {});

  const fail = (e: unknown) => notifications.show({ color: 'red', message: e instanceof Error ? e.message : String(e) });

  const askRestore = (b: BackupEntry) =>
    modals.openConfirmModal({
      title: <Text fw={600}>{t('list.confirmTitle', { date: fmt.dateTime(b.createdAt) })}</Text>,
      centered: true,
      children: <Text size="sm">{t('list.confirmText', { customers: fmt.number(b.counts?.customers ?? 0) })}</Text>,
      labels: { confirm: t('list.confirm'), cancel: t('common:actions.cancel') },
      confirmProps: { color: 'orange', leftSection: <IconRestore size={16} /> },
      onConfirm: () => {
        const id = notifications.show({ loading: true, message: t('status.running'), autoClose: false, withCloseButton: false });
        call('backups.restore', { path: b.path })
          .then(async () => {
            await qc.invalidateQueries();
            notifications.update({ id, loading: false, color: 'teal', message: t('list.restored'), autoClose: 6000, withCloseButton: true });
          })
          .catch((e: unknown) => {
            notifications.hide(id);
            fail(e);
          });
      },
    });

  const openReadOnly = (b: BackupEntry) =>
    call('workspace.open', { path: b.path, readOnly: true })
      .then(async () => {
        await qc.invalidateQueries();
        notifications.show({ color: 'teal', message: t('list.opened') });
        void navigate('/customers');
      })
      .catch(fail);

  const count = (n: number | null | undefined) => (n === null || n === undefined ? '—' : fmt.number(n));

  let body;
  if (list.isPending) body = <Skeleton h={80} />;
  else if (list.isError) body = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.length === 0) {
    body = (
      <Text size="sm" c="dimmed" data-testid="no-backups">
        {t('list.empty')}
      </Text>
    );
  } else {
    body = (
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="xs" highlightOnHover data-testid="backup-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('list.date')}</Table.Th>
              <Table.Th>{t('list.reason')}</Table.Th>
              <Table.Th ta="right">{t('list.size')}</Table.Th>
              <Table.Th ta="right">{t('list.customers')}</Table.Th>
              <Table.Th ta="right">{t('list.participations')}</Table.Th>
              <Table.Th ta="right">{t('list.interactions')}</Table.Th>
              <Table.Th ta="right">{t('list.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((b) => {
              const date = fmt.dateTime(b.createdAt);
              return (
                <Table.Tr key={b.path}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Tooltip label={b.path} withArrow openDelay={400}>
                      <Text size="sm">{date}</Text>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm">{reason(b.reason)}</Text>
                      {!b.counts && (
                        <Badge color="red" variant="light" size="sm">
                          {t('list.unreadable')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatBytes(b.size, i18n.language)}
                  </Table.Td>
                  <Table.Td ta="right">{count(b.counts?.customers)}</Table.Td>
                  <Table.Td ta="right">{count(b.counts?.participations)}</Table.Td>
                  <Table.Td ta="right">{count(b.counts?.interactions)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      {!readOnly && (
                        <Button size="compact-sm" variant="light" color="orange" leftSection={<IconRestore size={14} />} disabled={!b.counts} onClick={() => askRestore(b)} aria-label={t('list.restoreLabel', { date })}>
                          {t('list.restore')}
                        </Button>
                      )}
                      {/* A backup of an older data structure must be upgraded (restored) before it can be read. */}
                      <Tooltip label={t('list.olderVersion', { version: b.schemaVersion })} disabled={b.schemaVersion === schemaVersion} withArrow>
                        <Button size="compact-sm" variant="subtle" leftSection={<IconEye size={14} />} disabled={!b.counts || b.schemaVersion !== schemaVersion} onClick={() => void openReadOnly(b)} aria-label={t('list.openLabel', { date })}>
                          {t('list.openReadOnly')}
                        </Button>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <Paper withBorder p="lg" component="section" aria-label={t('list.title')}>
      <Stack gap="md">
        <Title order={4}>{t('list.title')}</Title>
        {body}
      </Stack>
    </Paper>
  );
}
