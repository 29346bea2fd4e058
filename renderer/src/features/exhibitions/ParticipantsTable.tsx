import { ActionIcon, Center, Group, Loader, Paper, ScrollArea, Select, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import type { ParticipantSortField } from '@shared/api/exhibitions';
import { BOOKING_STATUSES, PARTICIPATION_ROLES, type BookingStatus, type ParticipationRole } from '@shared/domain/participation';
import { IconChevronDown, IconChevronLeft, IconChevronRight, IconChevronUp, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { useFilterDebounce } from '../../components/table/pendingFilters';
import { useFormat } from '../../i18n/format';
import { ExportMenu } from '../export/ExportMenu';
import { StatusBadge } from '../participations/StatusBadge';
import { useDayFormat } from './format';

const PAGE = 50;
type Sort = { field: ParticipantSortField; dir: 'asc' | 'desc' };

/** The edition's participants, filtered, sorted and paged by the backend. */
export function ParticipantsTable({
  editionId,
  label,
  onEdit,
  emptyActions,
}: {
  editionId: string;
  /** The edition with its exhibition, for the export's file name. */
  label?: string;
  onEdit: (participationId: string) => void;
  emptyActions?: React.ReactNode;
}) {
  const { t } = useTranslation('exhibitions');
  const fmt = useFormat();
  const f = useDayFormat();
  const [search, setSearch] = useState('');
  // Applied after a pause in typing, or at once when an export starts.
  const q = useFilterDebounce(search.trim(), 200);
  const [role, setRole] = useState<ParticipationRole | null>(null);
  const [status, setStatus] = useState<BookingStatus | null>(null);
  const [sort, setSort] = useState<Sort>({ field: 'customerName', dir: 'asc' });
  const [offset, setOffset] = useState(0);
  const filtered = Boolean(q || role || status);
  const res = useApi(
    'editions.participants',
    { editionId, q: q || undefined, role: role ?? undefined, status: status ?? undefined, sort, offset, limit: PAGE },
    { placeholderData: (prev) => prev },
  );

  const header = (field: ParticipantSortField, label: string, align?: 'right') => {
    const active = sort.field === field;
    return (
      <Table.Th ta={align} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
        <UnstyledButton
          onClick={() => {
            setSort(active ? { field, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { field, dir: 'asc' });
            setOffset(0);
          }}
          fw={600}
          fz="sm"
        >
          <Group gap={2} wrap="nowrap" justify={align === 'right' ? 'flex-end' : undefined}>
            {label}
            {active && (sort.dir === 'asc' ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />)}
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };

  let body: React.ReactNode;
  if (res.isPending) body = <Center py="xl"><Loader /></Center>;
  else if (res.isError) body = <ErrorState error={res.error} onRetry={() => void res.refetch()} />;
  else if (res.data.total === 0)
    body = (
      <Center py={48}>
        <Stack gap={6} align="center">
          <Text fw={600}>{filtered ? t('table.noMatch') : t('table.empty')}</Text>
          {!filtered && (
            <>
              <Text size="sm" c="dimmed">
                {t('table.emptyHint')}
              </Text>
              {emptyActions}
            </>
          )}
        </Stack>
      </Center>
    );
  else
    body = (
      <ScrollArea>
        <Table highlightOnHover verticalSpacing="xs" aria-label={t('table.label')} miw={900}>
          <Table.Thead>
            <Table.Tr>
              {header('customerName', t('table.customer'))}
              {header('role', t('table.role'))}
              {header('standNumber', t('table.stand'))}
              {header('standArea', t('table.area'), 'right')}
              {header('priceCharged', t('table.price'), 'right')}
              <Table.Th ta="right">{t('table.discount')}</Table.Th>
              {header('status', t('table.status'))}
              {header('statusAt', t('table.since'))}
              {header('satisfaction', t('table.satisfaction'), 'right')}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {res.data.rows.map((p) => (
              <Table.Tr key={p.id} style={{ cursor: 'pointer' }} onClick={() => onEdit(p.id)} data-testid="participant-row">
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <UnstyledButton
                      fw={600}
                      fz="sm"
                      aria-label={t('table.edit', { name: p.customerName })}
                      onClick={(e) => {
                        e.stopPropagation();
                        onEdit(p.id);
                      }}
                    >
                      {p.customerName}
                    </UnstyledButton>
                    <ActionIcon
                      component={Link}
                      to={`/customers/${p.customerId}`}
                      variant="subtle"
                      size="xs"
                      color="gray"
                      aria-label={p.customerName}
                      onClick={(e: React.MouseEvent) => e.stopPropagation()}
                    >
                      <IconChevronRight size={12} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
                <Table.Td>{t(`roles.${p.role}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{[p.hall, p.standNumber].filter(Boolean).join(' · ') || '—'}</Table.Td>
                <Table.Td ta="right">{p.standArea === null ? '—' : fmt.number(p.standArea)}</Table.Td>
                <Table.Td ta="right">{p.priceCharged === null ? '—' : fmt.money(p.priceCharged, p.currency)}</Table.Td>
                <Table.Td ta="right">{p.discount ? fmt.money(p.discount, p.currency) : '—'}</Table.Td>
                <Table.Td>
                  <StatusBadge status={p.status} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.day(p.statusAt)}</Table.Td>
                <Table.Td ta="right">{p.satisfaction ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    );

  const total = res.data?.total ?? 0;
  return (
    <Paper withBorder p="sm">
      <Group gap="sm" mb="sm" wrap="wrap">
        <TextInput
          type="search"
          leftSection={<IconSearch size={16} />}
          placeholder={t('table.search')}
          aria-label={t('table.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setOffset(0);
          }}
          w={280}
        />
        <Select
          aria-label={t('table.role')}
          placeholder={t('table.allRoles')}
          data={PARTICIPATION_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={role}
          onChange={(v) => {
            setRole(v as ParticipationRole | null);
            setOffset(0);
          }}
          clearable
          w={220}
        />
        <Select
          aria-label={t('table.status')}
          placeholder={t('table.allStatuses')}
          data={BOOKING_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={status}
          onChange={(v) => {
            setStatus(v as BookingStatus | null);
            setOffset(0);
          }}
          clearable
          w={180}
        />
        <Group gap={4} ml="auto">
          <ExportMenu
            disabled={total === 0}
            table={{
              kind: 'table',
              table: 'participants',
              label,
              query: { editionId, q: q || undefined, role: role ?? undefined, status: status ?? undefined, sort },
              // The table's columns (its stand cell shows hall and stand number).
              columns: ['customerName', 'role', 'hall', 'standNumber', 'standArea', 'priceCharged', 'discount', 'status', 'statusAt', 'satisfaction'],
            }}
          />
          {total > 0 && (
            <Text size="sm" c="dimmed" data-testid="participants-count">
              {total > PAGE
                ? t('table.page', { from: fmt.number(offset + 1), to: fmt.number(Math.min(offset + PAGE, total)), total: fmt.number(total) })
                : t('table.count', { count: total })}
            </Text>
          )}
          {total > PAGE && (
            <>
              <ActionIcon variant="default" aria-label={t('table.prev')} disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                <IconChevronLeft size={16} />
              </ActionIcon>
              <ActionIcon variant="default" aria-label={t('table.next')} disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
                <IconChevronRight size={16} />
              </ActionIcon>
            </>
          )}
        </Group>
      </Group>
      {body}
    </Paper>
  );
}
