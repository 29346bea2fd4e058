import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { Funnel } from '@shared/api/lifecycleAnalytics';
import { useTranslation } from 'react-i18next';
import { useDayFormat } from '../exhibitions/format';
import { STAGE_CHART_COLOR } from './stageColors';

const STEPS = ['cultivation', 'confirmation', 'trust'] as const;

/** Cultivation → confirmation → trust: how many ever got that far, and the share of the step before. */
export function FunnelCard({ funnel }: { funnel: Funnel }) {
  const { t } = useTranslation('analytics');
  const f = useDayFormat();
  const top = Math.max(funnel.cultivation, 1);
  return (
    <Paper withBorder p="md" h="100%" data-testid="funnel">
      <Title order={4}>{t('funnel.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('funnel.hint')}
      </Text>
      <Stack gap="md">
        {STEPS.map((step, i) => {
          const n = funnel[step];
          const before = i > 0 ? funnel[STEPS[i - 1]!] : null;
          return (
            <div key={step} data-step={step}>
              <Group justify="space-between" mb={4} wrap="nowrap">
                <Text fw={600} size="sm">
                  {t(`stage.${step}`)}
                </Text>
                <Group gap="xs" wrap="nowrap">
                  {before !== null && (
                    <Text size="xs" c="dimmed">
                      {t('funnel.ofPrevious', { share: before > 0 ? f.percent(n / before) : '—' })}
                    </Text>
                  )}
                  <Text fw={700} size="sm" data-testid={`funnel-${step}`}>
                    {n.toLocaleString()}
                  </Text>
                </Group>
              </Group>
              <Progress value={(n / top) * 100} color={STAGE_CHART_COLOR[step]} size="xl" radius="sm" aria-label={t(`stage.${step}`)} />
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}
