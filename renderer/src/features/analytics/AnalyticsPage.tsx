import '@mantine/charts/styles.css';
import { Button, Center, EmptyState, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBuildingCircus, IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { useDayFormat } from '../exhibitions/format';
import { ChurnCard } from './ChurnCard';
import { DistributionChart } from './DistributionChart';
import { DurationsCard } from './DurationsCard';
import { FocusCallout } from './FocusCallout';
import { FunnelCard } from './FunnelCard';
import { useAnalyticsRefresh } from './useAnalyticsRefresh';

/** Lifecycle analytics of the current exhibition (issue 4 item 6). */
export function AnalyticsPage() {
  const { t } = useTranslation('analytics');
  const f = useDayFormat();
  useAnalyticsRefresh();
  const current = useApi('exhibitions.current', {});
  const exhibitionId = current.data?.id ?? '';
  const overview = useApi('lifecycleAnalytics.overview', { exhibitionId }, { enabled: exhibitionId !== '' });

  let body: React.ReactNode;
  if (current.isPending || (exhibitionId && overview.isPending)) body = <Center py="xl"><Loader /></Center>;
  else if (current.isError) body = <ErrorState error={current.error} onRetry={() => void current.refetch()} />;
  else if (!current.data)
    body = (
      <Center py={64}>
        <EmptyState maw={520} size="lg" variant="light" icon={<IconBuildingCircus size={30} stroke={1.5} />} title={t('noExhibition.title')} description={t('noExhibition.description')} data-testid="analytics-no-exhibition">
          <EmptyState.Actions>
            <Button component={Link} to="/exhibitions">
              {t('noExhibition.action')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Center>
    );
  else if (overview.isError) body = <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />;
  else if (overview.data && overview.data.funnel.cultivation === 0 && overview.data.distribution.every((p) => p.total === 0))
    body = (
      <Center py={64}>
        <EmptyState maw={560} size="lg" variant="light" icon={<IconChartBar size={30} stroke={1.5} />} title={t('noHistory.title')} description={t('noHistory.description', { exhibition: current.data.name })} data-testid="analytics-no-history">
          <EmptyState.Actions>
            <Button component={Link} to="/lifecycle" variant="default">
              {t('noHistory.action')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Center>
    );
  else if (overview.data) {
    const o = overview.data;
    body = (
      <Stack gap="md">
        <FocusCallout focus={o.focus} />
        <DistributionChart points={o.distribution} focus={o.focus.stages} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <FunnelCard funnel={o.funnel} />
          <DurationsCard durations={o.durations} timeToTrust={o.timeToTrust} />
        </SimpleGrid>
        <ChurnCard churn={o.churn} />
      </Stack>
    );
  }

  return (
    <Stack gap="md" data-testid="analytics-page">
      <Group justify="space-between" align="baseline">
        <div>
          <Title order={2}>{t('title')}</Title>
          {current.data && overview.data && (
            <Text size="sm" c="dimmed">
              {t('subtitle', { exhibition: current.data.name, date: f.day(overview.data.today) })}
            </Text>
          )}
        </div>
      </Group>
      {body}
    </Stack>
  );
}
