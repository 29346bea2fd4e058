import { Alert, Button, Grid, Group, Stack, Text } from '@mantine/core';
import type { CustomerPageData } from '@shared/api/customerPage';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../../../api/hooks';
import { ErrorState } from '../../../components/ErrorState';
import { useFormat } from '../../../i18n/format';
import { ContactsPanel } from './ContactsPanel';
import { CustomerNotFound } from './CustomerNotFound';
import { DetailHeader } from './DetailHeader';
import { DuplicateList } from './DuplicateList';
import { isMissing } from './isMissing';
import { NegativeWomCard } from './NegativeWomCard';
import { ParticipationsCard } from './ParticipationsCard';
import { Card, CompanyCard, LocationReachCard, RecordCard, SourceTagsCard } from './ProfileCards';
import { ScreeningPanel } from './ScreeningPanel';
import { ReferralsCard } from './ReferralsCard';
import { DetailSkeleton } from './Skeletons';
import { SummaryFigures } from './SummaryFigures';
import { StageCard } from '../../lifecycle/StageCard';
import { TasksCard } from '../../tasks/TasksCard';
import { ValuePanel } from '../../valuation/panel/ValuePanel';
import { TimelinePanel } from './TimelinePanel';
import { HistoryPanel } from '../../audit/HistoryPanel';
import { useTrashCustomer } from './useTrashCustomer';

/**
 * /customers/:id — the customer on one screen: figures, timeline (participations, status
 * changes, interactions), referrals, word of mouth, then the profile, contacts and screening.
 * One call (customers.page) brings all of it.
 */
export function CustomerDetailPage() {
  const { id = '' } = useParams();
  const query = useApi('customers.page', { id });
  if (query.isPending) return <DetailSkeleton />;
  if (query.isError) {
    return isMissing(query.error) ? <CustomerNotFound /> : <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <CustomerDetailView page={query.data} />;
}

function CustomerDetailView({ page }: { page: CustomerPageData }) {
  const c = page.customer;
  const { t } = useTranslation('customerProfile');
  const fmt = useFormat();
  const trash = useTrashCustomer(c.id, c.companyName);
  const half = { base: 12, md: 6 };
  const ref = { id: c.id, name: c.companyName };
  // A customer in the Trash is shown as it was; its history is not edited there.
  const readOnly = c.deletedAt !== null;
  return (
    <Stack gap="md" data-testid="customer-detail">
      <DetailHeader c={c} onTrash={() => void trash.moveToTrash()} trashing={trash.busy} />
      {c.deletedAt && (
        <Alert color="orange" icon={<IconTrash />} data-testid="trash-banner">
          <Group justify="space-between">
            <Text size="sm">{t('detail.inTrash', { date: fmt.dateTime(c.deletedAt) })}</Text>
            <Button size="xs" color="orange" onClick={() => void trash.restore()}>
              {t('common:actions.restore')}
            </Button>
          </Group>
        </Alert>
      )}
      <SummaryFigures summary={page.summary} currency={page.currency} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <TimelinePanel customer={ref} first={page.timeline} currency={page.currency} readOnly={readOnly} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <StageCard customerId={c.id} companyName={c.companyName} readOnly={readOnly} />
            <TasksCard customer={ref} readOnly={readOnly} />
            <ParticipationsCard customerId={c.id} participations={page.participations} currency={page.currency} readOnly={readOnly} />
            <ReferralsCard customer={ref} referredBy={page.referredBy} referred={page.referred} readOnly={readOnly} />
            <NegativeWomCard customerId={c.id} wom={page.negativeWom} readOnly={readOnly} />
          </Stack>
        </Grid.Col>
      </Grid>
      <ValuePanel customerId={c.id} readOnly={readOnly} />
      <Grid gap="md">
        <Grid.Col span={half}>
          <CompanyCard c={c} />
        </Grid.Col>
        <Grid.Col span={half}>
          <LocationReachCard c={c} />
        </Grid.Col>
        <Grid.Col span={half}>
          <ScreeningPanel customer={c} />
        </Grid.Col>
        <Grid.Col span={half}>
          <SourceTagsCard c={c} />
        </Grid.Col>
        <Grid.Col span={12}>
          <ContactsPanel contacts={c.contacts} />
        </Grid.Col>
        {c.duplicates.length > 0 && (
          <Grid.Col span={half}>
            <Card title={t('sections.duplicates')} testId="card-duplicates">
              <Text size="sm" c="dimmed" mb="xs">
                {t('duplicates.detailBody')}
              </Text>
              <DuplicateList items={c.duplicates} />
            </Card>
          </Grid.Col>
        )}
        <Grid.Col span={half}>
          <RecordCard c={c} />
        </Grid.Col>
      </Grid>
      <HistoryPanel customerId={c.id} readOnly={readOnly} />
    </Stack>
  );
}
