import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { RelationshipValue } from '@shared/api/valuation';
import { IconChartDots, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/hooks';
import { useFormat } from '../../../i18n/format';
import { JobProgress } from '../../jobs/JobProgress';
import { FigureValue } from '../explain/FigureValue';
import { useAssess } from '../useAssess';
import { FigureGroups } from './FigureGroups';
import { HistoryChart } from './HistoryChart';
import { RatingsEditor } from './RatingsEditor';
import { trendOf } from './trend';
import { TrendArrow } from './TrendArrow';

interface Props {
  customerId: string;
  exhibitionId: string;
  exhibitionName: string;
  showExhibition: boolean;
  readOnly: boolean;
}

/** One relationship's value: headline (score, tier, quadrant, probability with trends), every figure, ratings, history. */
export function RelationshipValuePanel({ customerId, exhibitionId, exhibitionName, showExhibition, readOnly }: Props) {
  const { t } = useTranslation('valuePanel');
  const q = useApi('valuation.ofRelationship', { customerId, exhibitionId });
  const status = useApi('valuation.status', { exhibitionId });
  const control = useAssess(exhibitionId, status.data?.running);
  const assess = () => void control.assess();

  const heading = showExhibition && (
    <Text size="sm" fw={700}>
      {exhibitionName}
    </Text>
  );
  if (q.isPending) {
    return (
      <Stack gap="xs">
        {heading}
        <Text size="sm" c="dimmed">
          {t('loading')}
        </Text>
      </Stack>
    );
  }
  if (q.isError) {
    return (
      <Stack gap="xs">
        {heading}
        <Text size="sm" c="red">
          {q.error.message}
        </Text>
      </Stack>
    );
  }
  const v = q.data;
  return (
    <Stack gap="md" data-testid="relationship-value" data-exhibition={exhibitionId}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={2}>
          {heading}
          {v.snapshot && <AssessedAt value={v} />}
        </Stack>
        {!readOnly && v.current && (
          <Button size="xs" variant="light" leftSection={<IconRefresh size={14} />} onClick={assess} loading={control.busy} data-testid="value-assess-now">
            {t('assessNow')}
          </Button>
        )}
      </Group>
      {control.job && (
        <Paper withBorder p="sm" data-testid="value-assess-progress">
          <Text size="sm" fw={600} mb={4}>
            {t('assessing')}
          </Text>
          <JobProgress job={control.job} />
        </Paper>
      )}
      {v.current && v.snapshot ? (
        <>
          <Headline value={v} />
          <FigureGroups row={v.current} settings={v.snapshot.settings} />
        </>
      ) : (
        <Alert
          color="gray"
          variant="light"
          icon={<IconChartDots size={18} />}
          title={t(v.snapshot ? 'notInSnapshot.title' : 'notAssessed.title')}
          data-testid="value-empty"
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t(v.snapshot ? 'notInSnapshot.body' : 'notAssessed.body', { name: v.exhibitionName })}</Text>
            {!readOnly && (
              <Button size="xs" leftSection={<IconRefresh size={14} />} onClick={assess} loading={control.busy} data-testid="value-assess-now">
                {t('assessNow')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      <RatingsEditor value={v} readOnly={readOnly} onAssess={assess} assessing={control.busy} />
      {v.current && <HistoryChart history={v.history} />}
    </Stack>
  );
}

function AssessedAt({ value }: { value: RelationshipValue }) {
  const { t } = useTranslation('valuePanel');
  const fmt = useFormat();
  const s = value.snapshot;
  if (!s) return null;
  const window = s.window.length ? s.window.map((e) => e.name).join(', ') : t('noWindow');
  return (
    <Text size="xs" c="dimmed" data-testid="value-assessed-at">
      {t('assessedAt', { date: fmt.dateTime(s.takenAt), window })}
    </Text>
  );
}

/** The four figures that sum the relationship up, with trend arrows on score and probability. */
function Headline({ value }: { value: RelationshipValue }) {
  const { t } = useTranslation('valuePanel');
  const row = value.current;
  const settings = value.snapshot?.settings;
  if (!row || !settings) return null;
  const cell = (label: string, figure: 'score' | 'tier' | 'quadrant' | 'probability', trend?: ReactNode) => (
    <Stack gap={2} data-testid={`headline-${figure}`}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" fz="lg" fw={700}>
        <FigureValue row={row} figure={figure} settings={settings} />
        {trend}
      </Group>
    </Stack>
  );
  return (
    <Group gap="xl" wrap="wrap" data-testid="value-headline">
      {cell(t('headline.score'), 'score', <TrendArrow trend={trendOf(value.history, 'score')} unit="points" testId="trend-score" />)}
      {cell(t('headline.tier'), 'tier')}
      {cell(t('headline.quadrant'), 'quadrant')}
      {cell(t('headline.probability'), 'probability', <TrendArrow trend={trendOf(value.history, 'probability')} unit="percentPoints" testId="trend-probability" />)}
    </Group>
  );
}
