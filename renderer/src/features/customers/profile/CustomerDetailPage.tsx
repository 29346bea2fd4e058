import { Alert, Button, Grid, Group, Stack, Text } from '@mantine/core';
import type { CustomerDetail } from '@shared/api/customers';
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
import { Card, CompanyCard, LocationReachCard, RecordCard, SourceTagsCard } from './ProfileCards';
import { ScreeningPanel } from './ScreeningPanel';
import { DetailSkeleton } from './Skeletons';
import { useTrashCustomer } from './useTrashCustomer';

/** /customers/:id — everything static known about one customer, and its screening. */
export function CustomerDetailPage() {
  const { id = '' } = useParams();
  const query = useApi('customers.get', { id });
  if (query.isPending) return <DetailSkeleton />;
  if (query.isError) {
    return isMissing(query.error) ? <CustomerNotFound /> : <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <CustomerDetailView c={query.data} />;
}

function CustomerDetailView({ c }: { c: CustomerDetail }) {
  const { t } = useTranslation('customerProfile');
  const fmt = useFormat();
  const trash = useTrashCustomer(c.id, c.companyName);
  const half = { base: 12, md: 6 };
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
    </Stack>
  );
}
