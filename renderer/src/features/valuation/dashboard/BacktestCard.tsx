import { Alert, Group, Stack, Text } from '@mantine/core';
import type { ModelSummary } from '@shared/api/valuation';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDayFormat } from '../../exhibitions/format';
import { Card } from './Card';

/**
 * The prediction's honesty: model AUC beside the "attended the previous edition" baseline on
 * the latest closed edition, in plain words — and said clearly when it does NOT beat it.
 */
export function BacktestCard({ model }: { model: ModelSummary }) {
  const { t } = useTranslation('valuation');
  const f = useDayFormat();
  const b = model.backtest;
  const auc = (v: number | null) => (v === null ? '—' : f.decimal(v, 2));
  let verdict;
  if (!b.edition) verdict = <Text size="sm" c="dimmed">{t('cards.backtestNone')}</Text>;
  else if (b.beatsBaseline === null)
    verdict = <Alert color="gray" variant="light" p="xs" icon={<IconInfoCircle size={18} />}>{t('cards.undefined', { edition: b.edition.name })}</Alert>;
  else if (b.beatsBaseline)
    verdict = (
      <Alert color="teal" variant="light" p="xs" icon={<IconCircleCheck size={18} />} data-testid="backtest-verdict" data-beats="true">
        {t('cards.beats', { auc: auc(b.auc), baseline: auc(b.baselineAuc) })}
      </Alert>
    );
  else
    verdict = (
      <Alert color="orange" variant="light" p="xs" icon={<IconAlertTriangle size={18} />} data-testid="backtest-verdict" data-beats="false">
        {t('cards.notBeats', { auc: auc(b.auc), baseline: auc(b.baselineAuc) })}
      </Alert>
    );
  return (
    <Card title={t('cards.backtest')} hint={b.edition ? t('cards.backtestHint', { edition: b.edition.name }) : undefined} testId="card-backtest">
      <Stack gap="xs">
        {b.edition && (
          <Group gap="xl" align="baseline">
            <div>
              <Text size="xs" c="dimmed">{t('cards.auc')}</Text>
              <Text fz={24} fw={700} data-testid="backtest-auc">{auc(b.auc)}</Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">{t('cards.baselineAuc')}</Text>
              <Text fz={24} fw={700} c="dimmed" data-testid="backtest-baseline">{auc(b.baselineAuc)}</Text>
            </div>
            <Text size="xs" c="dimmed" style={{ flex: 1, minWidth: 160 }}>
              {t('cards.baselineExplain')}
              {b.brier !== null && ` ${t('cards.brier', { value: f.decimal(b.brier, 3) })}`}
              {` ${t('cards.examples', { train: b.trainExamples.toLocaleString(), test: b.testExamples.toLocaleString() })}`}
            </Text>
          </Group>
        )}
        {verdict}
        {model.kind === 'fallback' && <Text size="xs" c="dimmed">{t('cards.fallback')}</Text>}
      </Stack>
    </Card>
  );
}
