import { ScatterChart } from '@mantine/charts';
import { Center, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import type { MatrixPoint } from '@shared/api/valuation';
import { TIERS, type Quadrant } from '@shared/domain/valuation/figures';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { useFormat } from '../../i18n/format';
import { ValueFilters } from './table/ValueFilters';
import { useValueParams } from './table/valueParams';
import { QUADRANT_COLORS, TIER_CHART_COLORS } from './tierColors';
import { ValueShell, type ValueContext } from './ValueShell';

/** Points drawn at most: an SVG scatter stays responsive up to a few thousand. */
const MATRIX_LIMIT = 3000;

/** #/value/matrix: economic vs strategic value, coloured by tier, quadrants marked. */
export function MatrixPage() {
  return <ValueShell tab="matrix">{(ctx) => <Matrix ctx={ctx} />}</ValueShell>;
}

function Matrix({ ctx }: { ctx: ValueContext }) {
  const { t } = useTranslation('valuation');
  const fmt = useFormat();
  const navigate = useNavigate();
  const params = useValueParams();
  const matrix = useApi('valuation.matrix', { exhibitionId: ctx.exhibitionId, snapshotId: ctx.snapshot.id, ...params.filter, limit: MATRIX_LIMIT });
  const points = matrix.data?.points;
  const s = ctx.snapshot.settings;

  // One series per tier; each datum keeps its index into `points` (a click finds the customer).
  const series = useMemo(
    () =>
      TIERS.map((tier) => ({
        name: t(`tier.${tier}`),
        color: TIER_CHART_COLORS[tier],
        data: (points ?? []).flatMap((p, i) => (p.tier === tier ? [{ economic: p.economicNorm, strategic: p.strategicNorm, i }] : [])),
      })).filter((x) => x.data.length > 0),
    [points, t],
  );

  let chart;
  if (matrix.isPending) chart = <Center h={480}><Loader /></Center>;
  else if (matrix.isError) chart = <ErrorState error={matrix.error} onRetry={() => void matrix.refetch()} />;
  else if (matrix.data.total === 0) chart = <Center h={240}><Text c="dimmed">{t('matrix.empty')}</Text></Center>;
  else {
    // Each quadrant a faint wash of its colour with its name in a corner.
    const area = (key: Quadrant, x1: number, x2: number, y1: number, y2: number, position: 'insideTopRight' | 'insideTopLeft' | 'insideBottomRight' | 'insideBottomLeft') => ({
      x1, x2, y1, y2,
      color: `${QUADRANT_COLORS[key]}.5`,
      fillOpacity: 0.06,
      strokeOpacity: 0,
      ifOverflow: 'hidden' as const,
      labelPosition: position,
      label: { value: t(`quadrant.${key}`), fill: `var(--mantine-color-${QUADRANT_COLORS[key]}-8)`, fontSize: 13, fontWeight: 600 },
    });
    chart = (
      <ScatterChart
        h={520}
        data={series}
        dataKey={{ x: 'economic', y: 'strategic' }}
        labels={{ x: t('matrix.economic'), y: t('matrix.strategic') }}
        xAxisLabel={t('matrix.economic')}
        yAxisLabel={t('matrix.strategic')}
        xAxisProps={{ domain: [0, 1], type: 'number', ticks: [0, 0.25, 0.5, 0.75, 1] }}
        yAxisProps={{ domain: [0, 1], type: 'number', ticks: [0, 0.25, 0.5, 0.75, 1] }}
        valueFormatter={(v) => fmt.number(Math.round(v * 100) / 100)}
        withLegend
        legendProps={{ verticalAlign: 'bottom', height: 40 }}
        referenceAreas={[
          area('key', s.economicHigh, 1, s.strategicHigh, 1, 'insideTopRight'),
          area('strategic', 0, s.economicHigh, s.strategicHigh, 1, 'insideTopLeft'),
          area('profit', s.economicHigh, 1, 0, s.strategicHigh, 'insideBottomRight'),
          area('marginal', 0, s.economicHigh, 0, s.strategicHigh, 'insideBottomLeft'),
        ]}
        referenceLines={[
          { x: s.economicHigh, color: 'gray.6', strokeDasharray: '4 4' },
          { y: s.strategicHigh, color: 'gray.6', strokeDasharray: '4 4' },
        ]}
        tooltipProps={{ content: ({ payload }) => <PointTooltip point={points?.[(payload?.[0]?.payload as { i?: number } | undefined)?.i ?? -1]} /> }}
        scatterProps={{
          cursor: 'pointer',
          onClick: (item) => {
            const p = points?.[(item.payload as { i: number }).i];
            if (p) navigate(`/customers/${p.customerId}`);
          },
        }}
      />
    );
  }

  const total = matrix.data?.total ?? 0;
  const shown = points?.length ?? 0;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('matrix.hint')}
      </Text>
      <ValueFilters params={params} />
      <Paper withBorder p="md" data-testid="value-matrix">
        {matrix.data && total > 0 && (
          <Group justify="space-between" mb="xs">
            <Text size="sm" fw={600} data-testid="matrix-count">
              {shown < total ? t('matrix.shown', { shown: fmt.number(shown), total: fmt.number(total) }) : t('matrix.shownAll', { total: fmt.number(total) })}
            </Text>
            {shown < total && (
              <Text size="xs" c="dimmed">
                {t('matrix.capped', { shown: fmt.number(shown) })}
              </Text>
            )}
          </Group>
        )}
        {chart}
      </Paper>
    </Stack>
  );
}

function PointTooltip({ point }: { point: MatrixPoint | undefined }) {
  const { t } = useTranslation('valuation');
  const fmt = useFormat();
  if (!point) return null;
  return (
    <Paper withBorder shadow="md" p="xs" radius="sm">
      <Text size="sm" fw={600}>
        {point.companyName}
      </Text>
      <Text size="xs" c="dimmed">
        {t(`tier.${point.tier}`)} · {t(`quadrant.${point.quadrant}`)} · {fmt.number(point.score)}
      </Text>
      <Text size="xs">
        {t('matrix.economic')}: {fmt.number(Math.round(point.economicNorm * 100) / 100)} · {t('matrix.strategic')}: {fmt.number(Math.round(point.strategicNorm * 100) / 100)}
      </Text>
    </Paper>
  );
}
