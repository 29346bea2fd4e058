import { Button, EmptyState } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A customer id that leads nowhere: purged from the Trash, or a mistyped link. */
export function CustomerNotFound() {
  const { t } = useTranslation('customerProfile');
  return (
    <EmptyState
      mt="xl"
      withIndicatorBackground
      icon={<IconUserQuestion size={32} stroke={1.5} />}
      title={t('detail.notFoundTitle')}
      description={t('detail.notFoundBody')}
      data-testid="customer-not-found"
    >
      <EmptyState.Actions>
        <Button component={Link} to="/customers" variant="light">
          {t('detail.backToList')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
