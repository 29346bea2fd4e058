import { Button, Center, EmptyState, Group } from '@mantine/core';
import { IconAddressBook, IconFilterOff, IconPlus, IconSearchOff, IconTrash, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

// What the list area shows when there are no rows to show, one component per reason.

export function EmptyWorkspace() {
  const { t } = useTranslation('customerList');
  return (
    <Center py={64}>
      <EmptyState
        maw={520}
        variant="light"
        size="lg"
        icon={<IconAddressBook size={30} stroke={1.5} />}
        title={t('empty.title')}
        description={t('empty.description')}
      >
        <EmptyState.Actions>
          <Button component={Link} to="/customers/new" leftSection={<IconPlus size={16} />}>
            {t('actions.newCustomer')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}

export function NoResults({
  q,
  hasFilters,
  onClearSearch,
  onClearFilters,
}: {
  q: string;
  hasFilters: boolean;
  onClearSearch: () => void;
  onClearFilters: () => void;
}) {
  const { t } = useTranslation('customerList');
  const description = q.trim()
    ? hasFilters
      ? t('noResults.searchAndFilters', { q: q.trim() })
      : t('noResults.search', { q: q.trim() })
    : t('noResults.filters');
  return (
    <Center py={64}>
      <EmptyState
        maw={520}
        size="lg"
        withIndicatorBackground
        icon={<IconSearchOff size={30} stroke={1.5} />}
        title={t('noResults.title')}
        description={description}
      >
        <EmptyState.Actions>
          <Group gap="sm" justify="center">
            {q.trim() && (
              <Button variant="light" leftSection={<IconX size={16} />} onClick={onClearSearch}>
                {t('search.clear')}
              </Button>
            )}
            {hasFilters && (
              <Button variant="light" leftSection={<IconFilterOff size={16} />} onClick={onClearFilters}>
                {t('filters.clear')}
              </Button>
            )}
          </Group>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}

export function TrashEmpty() {
  const { t } = useTranslation('customerList');
  return (
    <Center py={64}>
      <EmptyState
        maw={520}
        size="lg"
        withIndicatorBackground
        icon={<IconTrash size={30} stroke={1.5} />}
        title={t('trash.emptyTitle')}
        description={t('trash.emptyDescription')}
      >
        <EmptyState.Actions>
          <Button variant="light" component={Link} to="/customers">
            {t('trash.backToCustomers')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
