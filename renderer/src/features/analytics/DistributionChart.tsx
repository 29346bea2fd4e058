import { BarChart } from '@mantine/charts';
import { Group, Paper, Text, Title } from '@mantine/core';
import type { DistributionPoint } from '@shared/api/lifecycleAnalytics';
import { STAGES, type Stage } from '@shared/domain/lifecycle';
import { useTranslation } from 'react-i18next';
import { STAGE_CHART_COLOR } from './stageColors';

/**
 * Short x-axis labels: edition names run long ("Asia Lighting Expo 2024 · 第13届"), so a long
 * name gives way to its year, or year and month when two editions share a year.
 */
function labels(points: DistributionPoint[], now: string): string[] {
  const years = points.map((p) => p.date.slice(0, 4));
  const editionYears = points.filter((p) => p.editionId !== null).map((p) => p.date.slice(0, 4));
  const shared = (y: string) => editionYears.filter((x) => x === y).length > 1;
  return points.map((p, i) => {
    if (p.editionId === null) return now;
    if (p.editionName && p.editionName.length <= 18) return p.editionName;
    return shared(years[i]!) ? p.date.slice(0, 7) : years[i]!;
  });
}

/** Stacked bars: how many relationships stood in each stage at each past edition's end, and today. */
export function DistributionChart({ points, focus }: { points: DistributionPoint[]; focus: Stage[] }) {
  const { t } = useTranslation('analytics');
  const names = labels(points, t('distribution.now'));
  const data = points.map((p, i) => ({ label: names[i]!, ...p.counts }));
  return (
    <Paper withBorder p="md" data-testid="distribution">
      <Group justify="space-between" align="baseline" mb={4}>
        <Title order={4}>{t('distribution.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('distribution.total', { n: (points.at(-1)?.total ?? 0).toLocaleString() })}
        </Text>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('distribution.hint')}
        {points.length === 1 ? ` ${t('distribution.empty')}` : ''}
      </Text>
      <BarChart
        h={300}
        data={data}
        dataKey="label"
        type="stacked"
        withLegend
        // In the lifecycle's order, not alphabetically (recharts' default).
        legendProps={{ verticalAlign: 'bottom', height: 40, itemSorter: (item) => STAGES.indexOf(item.dataKey as Stage) }}
        valueFormatter={(v) => v.toLocaleString()}
        maxBarWidth={72}
        series={STAGES.map((s) => ({ name: s, label: t(`stage.${s}`), color: STAGE_CHART_COLOR[s] }))}
        // The stage to watch stands out; the others step back a little.
        barProps={(series) => ({ fillOpacity: focus.includes(series.name as Stage) ? 1 : 0.55 })}
      />
    </Paper>
  );
}
