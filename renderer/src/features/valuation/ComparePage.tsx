import { Anchor, Center, Group, Loader, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { SnapshotComparison, SnapshotInfo } from '@shared/api/valuation';
import { TIERS, type Tier } from '@shared/domain/valuation/figures';
import { IconArrowDownRight, IconArrowUpRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { useFormat } from '../../i18n/format';
import { Pager } from '../../components/Pager';
import { TierBadge } from './TierBadge';
import { ValueShell, type ValueContext } from './ValueShell';

const LIMIT = 25;
const CELLS = [...TIERS, 'none'] as const;
type Cell = (typeof CELLS)[number];

/** #/value/compare: two assessments side by side — the tier × tier matrix and who moved. */
export function ComparePage() {
  return <ValueShell tab="compare">{(ctx) => <Compare ctx={ctx} />}</ValueShell>;
}

function Compare({ ctx }: { ctx: ValueContext }) {
  const { t } = useTranslation('valuation');
  const fmt = useFormat();
  const snapshots = useApi('valuation.snapshots', { exhibitionId: ctx.exhibitionId });
  const [picked, setPicked] = useState<{ from?: string; to?: string }>({});
  const [offset, setOffset] = useState(0);
  const list = snapshots.data ?? [];
  // Default: the latest two (the list is newest first).
  const from = picked.from ?? list[1]?.id;
  const to = picked.to ?? list[0]?.id;
  const comparison = useApi(
    'valuation.compare',
    { exhibitionId: ctx.exhibitionId, fromSnapshotId: from ?? '', toSnapshotId: to ?? '', offset, limit: LIMIT },
    { enabled: !!from && !!to, placeholderData: (prev) => prev },
  );

  if (snapshots.isPending) return <Center py="xl"><Loader /></Center>;
  if (snapshots.isError) return <ErrorState error={snapshots.error} onRetry={() => void snapshots.refetch()} />;
  if (list.length < 2)
    return (
      <Paper withBorder p="xl">
        <Text c="dimmed" ta="center" data-testid="compare-need-two">
          {t('compare.needTwo')}
        </Text>
      </Paper>
    );

  const label = (s: SnapshotInfo) => t('compare.snapshot', { date: fmt.dateTime(s.takenAt), reason: t(`assess.reason.${s.reason}`) });
  const options = list.map((s) => ({ value: s.id, label: label(s) }));
  const choose = (k: 'from' | 'to') => (v: string | null) => {
    if (!v) return;
    setPicked((p) => ({ ...p, [k]: v }));
    setOffset(0);
  };
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('compare.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={760}>
        <Select label={t('compare.from')} data={options} value={from ?? null} onChange={choose('from')} allowDeselect={false} data-testid="compare-from" />
        <Select label={t('compare.to')} data={options} value={to ?? null} onChange={choose('to')} allowDeselect={false} data-testid="compare-to" />
      </SimpleGrid>
      {comparison.isError && <ErrorState error={comparison.error} onRetry={() => void comparison.refetch()} />}
      {comparison.isPending && <Center py="md"><Loader size="sm" /></Center>}
      {comparison.data && <ComparisonView c={comparison.data} offset={offset} onOffset={setOffset} />}
    </Stack>
  );
}

function ComparisonView({ c, offset, onOffset }: { c: SnapshotComparison; offset: number; onOffset: (o: number) => void }) {
  const { t } = useTranslation('valuation');
  const fmt = useFormat();
  const head = (k: Cell) => (k === 'none' ? t('tier.none') : t(`tier.${k}`));
  const rank = (k: Tier | null) => (k === null ? 99 : TIERS.indexOf(k));
  return (
    <>
      <Paper withBorder p="md" maw={760}>
        <Title order={5} mb="xs">
          {t('compare.matrix')}
        </Title>
        <Table withColumnBorders data-testid="compare-matrix" ta="center">
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              {CELLS.map((k) => (
                <Table.Th key={k} ta="center">{head(k)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {CELLS.map((row) => (
              <Table.Tr key={row}>
                <Table.Th>{head(row)}</Table.Th>
                {CELLS.map((col) => {
                  const n = c.matrix[row]?.[col] ?? 0;
                  const same = row === col;
                  return (
                    <Table.Td key={col} data-cell={`${row}-${col}`} fw={same ? 400 : 700} c={n === 0 ? 'dimmed' : same ? undefined : 'blue.8'} bg={same ? 'gray.0' : undefined}>
                      {fmt.number(n)}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Stack gap="xs">
        <Title order={5} data-testid="compare-moved">
          {c.total > 0 ? t('compare.moved', { count: c.total, n: fmt.number(c.total) }) : t('compare.nobodyMoved')}
        </Title>
        {c.rows.length > 0 && (
          <Paper withBorder>
            <Table striped data-testid="compare-rows">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('compare.company')}</Table.Th>
                  <Table.Th w={100}>{t('compare.fromTier')}</Table.Th>
                  <Table.Th w={100}>{t('compare.toTier')}</Table.Th>
                  <Table.Th w={180} ta="right">{t('compare.score')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.rows.map((r) => {
                  const up = rank(r.toTier) < rank(r.fromTier);
                  return (
                    <Table.Tr key={r.customerId}>
                      <Table.Td>
                        <Anchor component={Link} to={`/customers/${r.customerId}`} size="sm" fw={600}>
                          {r.companyName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td><TierBadge tier={r.fromTier} /></Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <TierBadge tier={r.toTier} />
                          {up ? <IconArrowUpRight size={16} color="var(--mantine-color-teal-7)" aria-label={t('compare.up')} /> : <IconArrowDownRight size={16} color="var(--mantine-color-red-7)" aria-label={t('compare.down')} />}
                        </Group>
                      </Table.Td>
                      <Table.Td ta="right">
                        {r.fromScore === null ? '—' : fmt.number(r.fromScore)} → {r.toScore === null ? '—' : fmt.number(r.toScore)}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
        <Pager offset={offset} limit={LIMIT} total={c.total} onChange={onOffset} />
      </Stack>
    </>
  );
}
