import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Text, Title } from '@mantine/core';
import type { HistoryPoint } from '@shared/api/valuation';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { chartRows } from './trend';

/** Score and rebooking probability (as %) over the snapshots, on one 0–100 axis. */
export function HistoryChart({ history }: { history: HistoryPoint[] }) {
  const { t } = useTranslation('valuePanel');
  const fmt = useFormat();
  // Two assessments on one day would share a label: then every point shows its time too.
  const days = history.map((h) => fmt.date(h.takenAt));
  const sameDay = new Set(days).size < days.length;
  return (
    <div data-testid="value-history">
      <Title order={6} mb={6}>
        {t('history.title')}
      </Title>
      {history.length < 2 ? (
        <Text size="sm" c="dimmed">
          {t('history.single')}
        </Text>
      ) : (
        <LineChart
          h={200}
          data={chartRows(history, sameDay ? fmt.dateTime : fmt.date)}
          dataKey="date"
          series={[
            { name: 'score', label: t('history.score'), color: 'blue.6' },
            { name: 'probability', label: t('history.probability'), color: 'teal.6' },
          ]}
          yAxisProps={{ domain: [0, 100] }}
          valueFormatter={(v) => fmt.number(v)}
          withLegend
          curveType="linear"
        />
      )}
    </div>
  );
}
