import { Badge, Center, Group, Loader, Pagination, Skeleton, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import type { SegmentDefinition } from '@shared/domain/segment';
import { IconUsersGroup } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { useFormat } from '../../i18n/format';
import { ExportMenu } from '../export/ExportMenu';

const PAGE = 50;

/** The customers a definition selects, a page at a time; a row opens the customer. */
export function MembersTable({ definition }: { definition: SegmentDefinition }) {
  const { t } = useTranslation('segments');
  const fmt = useFormat();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const defKey = JSON.stringify(definition);
  // A changed definition starts again at the first page.
  useEffect(() => setPage(1), [defKey]);
  const q = useApi(
    'segments.members',
    { definition, offset: (page - 1) * PAGE, limit: PAGE, sort: { field: 'companyName', dir: 'asc' } },
    { placeholderData: keepPreviousData },
  );

  if (q.isError && !q.data) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data)
    return (
      <Stack gap="xs" data-testid="members-loading">
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} h={28} />
        ))}
      </Stack>
    );
  const { rows, total } = q.data;
  if (total === 0)
    return (
      <Center py="xl">
        <Stack align="center" gap={4}>
          <IconUsersGroup size={32} stroke={1.4} color="var(--mantine-color-gray-5)" />
          <Text fw={500}>{t('members.empty')}</Text>
          <Text size="sm" c="dimmed">
            {t('members.emptyHint')}
          </Text>
        </Stack>
      </Center>
    );

  const from = (page - 1) * PAGE + 1;
  return (
    <Stack gap="xs">
      <Table highlightOnHover striped="even" verticalSpacing={6} data-testid="members-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('members.company')}</Table.Th>
            <Table.Th>{t('members.kinds')}</Table.Th>
            <Table.Th>{t('members.industry')}</Table.Th>
            <Table.Th>{t('members.country')}</Table.Th>
            <Table.Th>{t('members.screening')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody style={{ opacity: q.isPlaceholderData ? 0.6 : 1 }}>
          {rows.map((r) => (
            <Table.Tr
              key={r.id}
              style={{ cursor: 'pointer' }}
              tabIndex={0}
              onClick={() => navigate(`/customers/${r.id}`)}
              onKeyDown={(e) => e.key === 'Enter' && navigate(`/customers/${r.id}`)}
            >
              <Table.Td fw={500}>{r.companyName}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {r.kinds.map((k) => (
                    <Badge key={k} size="xs" variant="light">
                      {t(`common:kinds.${k}`)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{r.industry ?? '—'}</Table.Td>
              <Table.Td>{[r.country, r.region].filter(Boolean).join(' · ') || '—'}</Table.Td>
              <Table.Td>{t(`common:screening.${r.screeningStatus}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('members.range', { from: fmt.number(from), to: fmt.number(from + rows.length - 1), total: fmt.number(total) })}
        </Text>
        <Group gap="xs">
          {q.isFetching && <Loader size="xs" />}
          <ExportMenu
            table={{
              kind: 'table',
              table: 'segment',
              query: { definition, sort: { field: 'companyName', dir: 'asc' } },
              // The table's columns (its country cell shows country and region).
              columns: ['companyName', 'kinds', 'industry', 'country', 'region', 'screeningStatus'],
            }}
          />
          {total > PAGE && <Pagination size="sm" total={Math.ceil(total / PAGE)} value={page} onChange={setPage} />}
        </Group>
      </Group>
    </Stack>
  );
}
