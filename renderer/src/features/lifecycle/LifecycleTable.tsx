import { ActionIcon, Badge, Center, Chip, Group, Loader, Menu, Pagination, Paper, ScrollArea, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { canMove, STAGES, type Stage } from '@shared/domain/lifecycle';
import { IconArrowDown, IconArrowUp, IconBulb, IconDots, IconSelector } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { useFormat } from '../../i18n/format';
import { useDayFormat } from '../exhibitions/format';
import { lifecycleTable, type TableSort } from './lifecycleApi';
import { MoveModal, type MoveTarget } from './MoveModal';
import { STAGE_COLORS, StageBadge } from './stageMeta';
import type { BoardRow } from './types';
import { useReasonText } from './useReasonText';

const PAGE = 50;

/** The relationships as a table: stage filters, the page's search, sortable columns, paging. */
export function LifecycleTable({ exhibitionId, q }: { exhibitionId: string; q: string }) {
  const { t } = useTranslation('lifecycle');
  const fmt = useFormat();
  const f = useDayFormat();
  const reason = useReasonText();
  const [stages, setStages] = useState<Stage[]>([]);
  const [sort, setSort] = useState<TableSort>({ field: 'companyName', dir: 'asc' });
  const [page, setPage] = useState(1);
  const [moving, setMoving] = useState<{ target: MoveTarget; to: Stage } | null>(null);
  const input = { exhibitionId, stages: stages.length ? stages : undefined, q: q || undefined, sort, offset: (page - 1) * PAGE, limit: PAGE };
  const query = useQuery({ queryKey: ['lifecycle.table', input], queryFn: () => lifecycleTable(input), placeholderData: keepPreviousData });
  const pages = Math.max(1, Math.ceil((query.data?.total ?? 0) / PAGE));

  const header = (field: TableSort['field'], label: string) => {
    const Icon = sort.field === field ? (sort.dir === 'asc' ? IconArrowUp : IconArrowDown) : IconSelector;
    return (
      <UnstyledButton
        onClick={() => {
          setPage(1);
          setSort((s) => (s.field === field ? { field, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { field, dir: 'asc' }));
        }}
        aria-sort={sort.field === field ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <Group gap={4} wrap="nowrap">
          <Text fw={700} size="sm">
            {label}
          </Text>
          <Icon size={14} />
        </Group>
      </UnstyledButton>
    );
  };

  const target = (row: BoardRow): MoveTarget => ({
    customerId: row.customerId,
    exhibitionId,
    companyName: row.companyName,
    stage: row.stage,
    version: row.version,
    suggestion: row.suggestion,
  });

  return (
    <Paper withBorder h="100%" style={{ display: 'flex', flexDirection: 'column' }} data-testid="lifecycle-table">
      <Group p="sm" gap="xs" justify="space-between">
        <Chip.Group
          multiple
          value={stages}
          onChange={(v) => {
            setPage(1);
            setStages(STAGES.filter((s) => v.includes(s)));
          }}
        >
          <Group gap={6}>
            <Text size="sm" c="dimmed">
              {t('table.stages')}
            </Text>
            {STAGES.map((s) => (
              <Chip key={s} value={s} size="xs" color={STAGE_COLORS[s]} variant="light">
                {t(`stage.${s}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Text size="sm" c="dimmed">
          {query.data ? t('board.count', { count: query.data.total, n: fmt.number(query.data.total) }) : ''}
        </Text>
      </Group>
      <ScrollArea style={{ flex: 1 }}>
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : !query.data ? (
          <Center py="xl">
            <Loader />
          </Center>
        ) : query.data.rows.length === 0 ? (
          <Text c="dimmed" ta="center" py="xl">
            {t('table.noRows')}
          </Text>
        ) : (
          <Table highlightOnHover stickyHeader verticalSpacing={6} style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{header('companyName', t('table.company'))}</Table.Th>
                <Table.Th>{t('table.kinds')}</Table.Th>
                <Table.Th>{header('stage', t('table.stage'))}</Table.Th>
                <Table.Th>{header('stageSince', t('table.since'))}</Table.Th>
                <Table.Th>{t('table.lastParticipation')}</Table.Th>
                <Table.Th ta="right">{t('table.satisfaction')}</Table.Th>
                <Table.Th>{t('table.suggestion')}</Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.rows.map((row) => (
                <Table.Tr key={row.customerId} data-testid="lifecycle-row">
                  <Table.Td>
                    <Text component={Link} to={`/customers/${row.customerId}`} size="sm" fw={600} c="inherit" td="none">
                      {row.companyName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {row.kinds.map((k) => t(`common:kinds.${k}`)).join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <StageBadge stage={row.stage} />
                  </Table.Td>
                  <Table.Td>{f.day(row.stageSince)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {row.lastParticipation
                        ? `${row.lastParticipation.editionName} · ${t(`exhibitions:status.${row.lastParticipation.status}`)}`
                        : '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{row.lastSatisfaction ?? '—'}</Table.Td>
                  <Table.Td>
                    {row.suggestion && (
                      <Tooltip label={reason(row.suggestion.signal, row.suggestion.details)} multiline w={260} withinPortal>
                        <Badge size="sm" variant="light" color={STAGE_COLORS[row.suggestion.toStage]} leftSection={<IconBulb size={11} />}>
                          {t(`stage.${row.suggestion.toStage}`)}
                        </Badge>
                      </Tooltip>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon size="sm" variant="subtle" color="gray" aria-label={t('board.cardMenu', { name: row.companyName })}>
                          <IconDots size={14} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Label>{t('board.moveTo')}</Menu.Label>
                        {STAGES.filter((x) => x !== row.stage).map((to) => (
                          <Menu.Item key={to} disabled={!canMove(row.stage, to)} onClick={() => setMoving({ target: target(row), to })}>
                            {t(`stage.${to}`)}
                          </Menu.Item>
                        ))}
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </ScrollArea>
      {pages > 1 && (
        <Group justify="center" p="xs">
          <Pagination total={pages} value={page} onChange={setPage} size="sm" />
        </Group>
      )}
      <MoveModal target={moving?.target ?? null} to={moving?.to} onClose={() => setMoving(null)} />
    </Paper>
  );
}
