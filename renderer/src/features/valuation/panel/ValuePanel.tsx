import { Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/hooks';
import { RelationshipValuePanel } from './RelationshipValuePanel';
import { currentFirst } from './trend';

/**
 * The customer page's value panel (issue 5 §4): one block per relationship (customer ×
 * exhibition), the current exhibition first, like the lifecycle card above it.
 */
export function ValuePanel({ customerId, readOnly = false }: { customerId: string; readOnly?: boolean }) {
  const { t } = useTranslation('valuePanel');
  const rels = useApi('lifecycle.ofCustomer', { customerId });
  const exhibitions = useApi('exhibitions.list', {});
  const currentId = exhibitions.data?.find((x) => x.current)?.id ?? null;
  const list = currentFirst(rels.data ?? [], currentId);
  return (
    <Paper withBorder p="md" data-testid="value-panel">
      <Title order={4} mb="sm">
        {list.length > 1 ? t('titleMany') : t('title')}
      </Title>
      {rels.isError ? (
        <Text size="sm" c="red">
          {rels.error.message}
        </Text>
      ) : rels.isPending ? (
        <Text size="sm" c="dimmed">
          {t('loading')}
        </Text>
      ) : list.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="value-no-relationship">
          {t('noRelationship')}
        </Text>
      ) : (
        <Stack gap="md">
          {list.map((r, i) => (
            <div key={r.exhibitionId}>
              {i > 0 && <Divider mb="md" />}
              <RelationshipValuePanel
                customerId={customerId}
                exhibitionId={r.exhibitionId}
                exhibitionName={r.exhibitionName}
                showExhibition={list.length > 1}
                readOnly={readOnly}
              />
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
