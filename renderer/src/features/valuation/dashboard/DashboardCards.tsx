import { LineChart } from '@mantine/charts';
import { Badge, Center, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import type { EditionRef, SnapshotInfo, SnapshotSummary } from '@shared/api/valuation';
import { STAGES } from '@shared/domain/lifecycle';
import { TIERS } from '@shared/domain/valuation/figures';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/hooks';
import { ErrorState } from '../../../components/ErrorState';
import { useFormat } from '../../../i18n/format';
import { STAGE_CHART_COLOR } from '../../analytics/stageColors';
import { TIER_CHART_COLORS } from '../tierColors';
import { useCurrency } from '../useValuationStatus';
import { BacktestCard } from './BacktestCard';
import { BarList } from './BarList';
import { Card } from './Card';

/** The value dashboard over one snapshot: revenue by stage, tiers, NPS, expected revenue, back-test. */
export function DashboardCards({ exhibitionId, snapshot }: { exhibitionId: string; snapshot: SnapshotInfo }) {
  const summary = useApi('valuation.summary', { exhibitionId, snapshotId: snapshot.id });
  if (summary.isPending) return <Center py="md"><Loader size="sm" /></Center>;
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;
  if (!summary.data) return null;
  return <Cards summary={summary.data.summary} snapshot={summary.data.snapshot} />;
}

/** Edition names run long ("2024 · 第13届 13th"): a short name stays, else its year (year-month when a year has two). */
function shortEdition(e: EditionRef, all: EditionRef[]): string {
  if (e.name.length <= 12) return e.name;
  const year = e.startDate.slice(0, 4);
  return all.filter((x) => x.startDate.startsWith(year)).length > 1 ? e.startDate.slice(0, 7) : year;
}

function Cards({ summary, snapshot }: { summary: SnapshotSummary; snapshot: SnapshotInfo }) {
  const { t } = useTranslation('valuation');
  const { t: tl } = useTranslation('lifecycle');
  const fmt = useFormat();
  const currency = useCurrency();
  const money = (n: number) => fmt.money(n, currency);
  const e = summary.expectedNextRevenue;
  return (
    <Stack gap="md" data-testid="value-dashboard">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        <Card title={t('cards.revenueByStage')} hint={t('cards.revenueByStageHint')} testId="card-revenue-by-stage">
          <BarList
            items={STAGES.map((s) => ({
              key: s,
              label: tl(`stage.${s}`),
              value: summary.byStage[s].revenue,
              text: `${money(summary.byStage[s].revenue)} · ${fmt.number(summary.byStage[s].count)}`,
              color: STAGE_CHART_COLOR[s],
            }))}
          />
        </Card>
        <Card title={t('cards.tiers')} hint={t('cards.tiersHint')} testId="card-tiers">
          <BarList
            items={TIERS.map((tier) => ({
              key: tier,
              label: t(`tier.${tier}`),
              value: summary.byTier[tier].count,
              text: `${t('cards.relationships', { count: summary.byTier[tier].count, n: fmt.number(summary.byTier[tier].count) })} · ${money(summary.byTier[tier].revenue)}`,
              color: TIER_CHART_COLORS[tier],
            }))}
          />
        </Card>
        <Card title={t('cards.nps')} hint={t('cards.npsHint')} testId="card-nps">
          {summary.npsByEdition.some((p) => p.nps !== null) ? (
            <>
              <LineChart
                h={150}
                data={summary.npsByEdition.map((p) => ({ edition: shortEdition(p.edition, summary.npsByEdition.map((q) => q.edition)), nps: p.nps }))}
                dataKey="edition"
                series={[{ name: 'nps', label: 'NPS', color: 'teal.6' }]}
                yAxisProps={{ domain: [-100, 100] }}
                referenceLines={[{ y: 0, color: 'gray.5' }]}
                connectNulls
                withDots
                valueFormatter={(v) => fmt.number(Math.round(v))}
              />
              <Text size="sm" fw={600} mt={4} data-testid="nps-exhibition">
                {t('cards.npsExhibition', { nps: summary.npsExhibition === null ? '—' : fmt.number(Math.round(summary.npsExhibition)) })}
              </Text>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {t('cards.npsNone')}
            </Text>
          )}
        </Card>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card title={t('cards.expected')} hint={t('cards.expectedHint')} testId="card-expected">
          <Group align="baseline" gap="sm">
            <Text fz={28} fw={700} data-testid="expected-revenue">
              {money(e.expected)}
            </Text>
            <Badge variant="light" color="gray" tt="none" size="lg">
              {t('cards.range', { low: money(e.low), high: money(e.high) })}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed" mt={4}>
            {snapshot.nextEdition ? t('cards.nextEdition', { edition: snapshot.nextEdition.name }) : t('cards.nextEditionNew')}
          </Text>
        </Card>
        <BacktestCard model={snapshot.model} />
      </SimpleGrid>
    </Stack>
  );
}
