import { Group, Paper, Table, Text, ThemeIcon, Title } from '@mantine/core';
import type { LifecycleOverview } from '@shared/api/lifecycleAnalytics';
import { IconClockHour4 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDayFormat } from '../exhibitions/format';
import { StageBadge } from '../lifecycle/stageMeta';

/** Median days in each stage (completed stays) and the median time to trust — the one to shorten. */
export function DurationsCard({ durations, timeToTrust }: Pick<LifecycleOverview, 'durations' | 'timeToTrust'>) {
  const { t } = useTranslation('analytics');
  const f = useDayFormat();
  const days = (n: number | null) => (n === null ? t('durations.none') : t('durations.days', { count: n, n: f.decimal(n) }));
  return (
    <Paper withBorder p="md" h="100%" data-testid="durations">
      <Title order={4}>{t('durations.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('durations.hint')}
      </Text>
      <Group gap="sm" mb="sm" wrap="nowrap" data-testid="time-to-trust">
        <ThemeIcon variant="light" color="teal" size="lg">
          <IconClockHour4 size={20} />
        </ThemeIcon>
        <div>
          <Text size="sm" fw={600}>
            {t('durations.toTrust')}: {days(timeToTrust.medianDays)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('durations.toTrustHint', { n: timeToTrust.relationships.toLocaleString() })}
          </Text>
        </div>
      </Group>
      <Table verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('durations.stage')}</Table.Th>
            <Table.Th ta="right">{t('durations.median')}</Table.Th>
            <Table.Th ta="right">{t('durations.stays')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {durations.map((d) => (
            <Table.Tr key={d.stage} data-stage={d.stage}>
              <Table.Td>
                <StageBadge stage={d.stage} />
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {days(d.medianDays)}
              </Table.Td>
              <Table.Td ta="right">{d.stays.toLocaleString()}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
