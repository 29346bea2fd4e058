import { Group, Paper, Progress, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import type { EditionTotals, RebookingRate } from '@shared/api/exhibitions';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useDayFormat } from './format';
import { RebookingRateText } from './RebookingRateText';

function Figure({ label, children, hint }: { label: string; children: React.ReactNode; hint?: string }) {
  const body = (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </Stack>
  );
  return hint ? (
    <Tooltip label={hint} multiline maw={300}>
      {body}
    </Tooltip>
  ) : (
    body
  );
}

/** An edition's figures at a glance: area sold against sellable, participants, revenue, satisfaction, NPS. */
export function TotalsBar({ totals, rebooking }: { totals: EditionTotals; rebooking: RebookingRate | null }) {
  const { t } = useTranslation('exhibitions');
  const fmt = useFormat();
  const f = useDayFormat();
  const share = totals.sellableArea ? Math.min(100, (totals.areaSold / totals.sellableArea) * 100) : null;
  return (
    <Paper withBorder p="md" data-testid="totals-bar">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="lg">
        <Figure label={t('totals.areaSold')}>
          <Text fw={700} size="lg" data-testid="area-sold">
            {totals.sellableArea !== null
              ? t('totals.areaOf', { sold: fmt.number(totals.areaSold), sellable: fmt.number(totals.sellableArea) })
              : t('totals.areaOnly', { sold: fmt.number(totals.areaSold) })}
          </Text>
          {share !== null ? (
            <Group gap="xs" wrap="nowrap">
              <Progress value={share} size="md" style={{ flex: 1 }} aria-label={t('totals.areaSold')} color={share >= 90 ? 'green' : 'teal'} />
              <Text size="xs" c="dimmed">
                {f.percent(share / 100)}
              </Text>
            </Group>
          ) : (
            <Text size="xs" c="dimmed">
              {t('totals.noSellable')}
            </Text>
          )}
        </Figure>
        <Figure label={t('totals.participants')}>
          <Text fw={700} size="lg" data-testid="participant-count">
            {fmt.number(totals.participants)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('totals.booked', { count: totals.booked })}
          </Text>
        </Figure>
        <Figure label={t('totals.revenue')} hint={t('totals.revenueHint')}>
          <Text fw={700} size="lg" data-testid="revenue">
            {fmt.money(totals.revenue, totals.currency)}
          </Text>
        </Figure>
        <Figure label={t('totals.satisfaction')}>
          <Text fw={700} size="lg" data-testid="avg-satisfaction">
            {totals.averageSatisfaction === null ? '—' : `${f.decimal(totals.averageSatisfaction)} / 10`}
          </Text>
          <Text size="xs" c="dimmed">
            {totals.respondents ? t('totals.respondents', { count: totals.respondents }) : t('totals.noAnswers')}
          </Text>
        </Figure>
        <Figure label={t('totals.nps')}>
          <Text fw={700} size="lg" data-testid="nps" c={totals.nps === null ? undefined : totals.nps >= 0 ? 'teal' : 'red'}>
            {totals.nps === null ? '—' : totals.nps > 0 ? `+${totals.nps}` : String(totals.nps)}
          </Text>
        </Figure>
        <Figure label={t('totals.rebooking')}>
          <RebookingRateText rebooking={rebooking} />
        </Figure>
      </SimpleGrid>
    </Paper>
  );
}
