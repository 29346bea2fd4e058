import { Badge, Button, Center, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { editionLabel } from '@shared/domain/exhibition';
import { IconArrowBackUp, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { useFormat } from '../../i18n/format';
import { UndoModal, type UndoTarget } from './UndoImport';

/** #/import/history: every import batch, newest first, each undoable once in one step. */
export function HistoryPage() {
  const { t } = useTranslation('imports');
  const fmt = useFormat();
  const batches = useApi('imports.batches', { limit: 200 });
  const [target, setTarget] = useState<UndoTarget | null>(null);
  let body: React.ReactNode;
  if (batches.isPending)
    body = (
      <Center p="xl">
        <Loader />
      </Center>
    );
  else if (batches.isError) body = <ErrorState error={batches.error} onRetry={() => void batches.refetch()} />;
  else if (batches.data.length === 0)
    body = (
      <Center p="xl">
        <Stack align="center" gap="sm">
          <Text c="dimmed">{t('history.empty')}</Text>
          <Button component={Link} to="/import" leftSection={<IconFileImport size={16} />}>
            {t('history.startImport')}
          </Button>
        </Stack>
      </Center>
    );
  else
    body = (
      <Table striped withTableBorder verticalSpacing="xs" data-testid="import-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('history.file')}</Table.Th>
            <Table.Th>{t('history.when')}</Table.Th>
            <Table.Th>{t('history.by')}</Table.Th>
            <Table.Th>{t('history.edition')}</Table.Th>
            <Table.Th>{t('history.result')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {batches.data.map((b) => (
            <Table.Tr key={b.id} data-batch={b.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {b.fileName}
                </Text>
                {b.sheet && (
                  <Text size="xs" c="dimmed">
                    {b.sheet}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(b.createdAt)}</Table.Td>
              <Table.Td>{b.createdBy ?? '—'}</Table.Td>
              <Table.Td>{b.editionName ? editionLabel(b.editionName, b.exhibitionName) : '—'}</Table.Td>
              <Table.Td>
                <Text size="sm">{t('history.counts', { created: fmt.number(b.counts.created), updated: fmt.number(b.counts.updated), skipped: fmt.number(b.counts.skipped), rejected: fmt.number(b.counts.rejected) })}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {b.undoneAt ? (
                  <Badge color="gray" variant="light" tt="none">
                    {t('history.undone', { date: fmt.dateTime(b.undoneAt) })}
                  </Badge>
                ) : (
                  <Button
                    size="xs"
                    variant="light"
                    color="orange"
                    leftSection={<IconArrowBackUp size={14} />}
                    onClick={() => setTarget({ batchId: b.id, fileName: b.fileName })}
                  >
                    {t('history.undo')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('history.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('history.subtitle')}
          </Text>
        </div>
        <Button component={Link} to="/import" leftSection={<IconFileImport size={16} />}>
          {t('history.startImport')}
        </Button>
      </Group>
      {body}
      <UndoModal target={target} onClose={() => setTarget(null)} />
    </Stack>
  );
}
