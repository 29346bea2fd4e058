import { Group, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import type { Trend } from './trend';

const LOOK = {
  up: { color: 'teal', Icon: IconArrowUpRight },
  down: { color: 'red', Icon: IconArrowDownRight },
  flat: { color: 'gray', Icon: IconArrowRight },
} as const;

/** ↗ / ↘ / → against the previous snapshot, with the change written out (also for screen readers). */
export function TrendArrow({ trend, unit, testId }: { trend: Trend | null; unit: 'points' | 'percentPoints'; testId: string }) {
  const { t } = useTranslation('valuePanel');
  const fmt = useFormat();
  if (!trend) {
    // Nothing to compare with yet: a quiet dash, the reason on hover.
    return (
      <Tooltip label={t('trend.none')} withArrow openDelay={200}>
        <Text size="sm" c="dimmed" data-testid={testId} data-direction="none" aria-label={t('trend.none')} tabIndex={0}>
          –
        </Text>
      </Tooltip>
    );
  }
  const { color, Icon } = LOOK[trend.direction];
  const delta = t(`trend.${unit}`, { n: fmt.number(Math.abs(trend.delta)) });
  const text = t(`trend.${trend.direction}`, { delta, date: fmt.date(trend.since) });
  return (
    <Tooltip label={text} withArrow openDelay={200}>
      <Group gap={4} wrap="nowrap" data-testid={testId} data-direction={trend.direction} aria-label={text} role="img" tabIndex={0}>
        <ThemeIcon size="sm" variant="light" color={color} radius="xl">
          <Icon size={14} />
        </ThemeIcon>
        {trend.direction !== 'flat' && (
          <Text size="xs" c={color} fw={600}>
            {trend.delta > 0 ? '+' : '−'}
            {fmt.number(Math.abs(trend.delta))}
          </Text>
        )}
      </Group>
    </Tooltip>
  );
}
