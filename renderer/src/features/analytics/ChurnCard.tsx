import { BarChart } from '@mantine/charts';
import { Paper, Table, Text, Title } from '@mantine/core';
import type { ChurnPoint } from '@shared/api/lifecycleAnalytics';
import { useTranslation } from 'react-i18next';
import { useDayFormat } from '../exhibitions/format';
import { STAGE_CHART_COLOR } from './stageColors';

/** Moves to lost per edition cycle, with the share of the relationships not lost during it. */
export function ChurnCard({ churn }: { churn: ChurnPoint[] }) {
  const { t } = useTranslation('analytics');
  const f = useDayFormat();
  const name = (c: ChurnPoint) => c.editionName ?? t('churn.running', { date: c.from ? f.day(c.from) : '—' });
  const short = (c: ChurnPoint) => (c.editionId === null ? t('distribution.now') : c.to.slice(0, 4));
  return (
    <Paper withBorder p="md" data-testid="churn">
      <Title order={4}>{t('churn.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('churn.hint')}
      </Text>
      <BarChart
        h={180}
        data={churn.map((c) => ({ label: short(c), lost: c.lost }))}
        dataKey="label"
        series={[{ name: 'lost', label: t('churn.chartLost'), color: STAGE_CHART_COLOR.lost }]}
        valueFormatter={(v) => v.toLocaleString()}
        maxBarWidth={48}
        mb="md"
      />
      <Table verticalSpacing={6} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('churn.edition')}</Table.Th>
            <Table.Th ta="right">{t('churn.lost')}</Table.Th>
            <Table.Th ta="right">{t('churn.atRisk')}</Table.Th>
            <Table.Th ta="right">{t('churn.rate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {churn.map((c) => (
            <Table.Tr key={c.editionId ?? 'running'}>
              <Table.Td>{name(c)}</Table.Td>
              <Table.Td ta="right">{c.lost.toLocaleString()}</Table.Td>
              <Table.Td ta="right">{c.atRisk.toLocaleString()}</Table.Td>
              <Table.Td ta="right">{c.atRisk > 0 ? f.percent(c.lost / c.atRisk) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
