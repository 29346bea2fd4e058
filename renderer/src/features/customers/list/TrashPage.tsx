import { Button, Text } from '@mantine/core';
import { IconTrashX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/hooks';
import { ErrorState } from '../../../components/ErrorState';
import { useFormat } from '../../../i18n/format';
import { BulkBar } from './BulkBar';
import { TRASH_COLUMNS, useCustomerColumns } from './columns';
import { CustomerTable } from './CustomerTable';
import { ListFrame } from './ListFrame';
import { NoResults, TrashEmpty } from './ListStates';
import { useListParams } from './listParams';
import { SearchBox } from './SearchBox';
import { useCustomerPages } from './useCustomerPages';
import { useSelection } from './useSelection';
import { useTrashActions } from './useTrashActions';

/**
 * The Trash: customers moved there are hidden everywhere else until restored; emptying it
 * deletes them for good (after a confirmation that says how many).
 */
export function TrashPage() {
  const { t } = useTranslation('customerList');
  const fmt = useFormat();
  const params = useListParams();
  const { q, sort } = params;
  const base = { q: q.trim() || undefined, filter: {}, sort, trash: true };
  const pages = useCustomerPages(base);
  const selection = useSelection(pages, base);
  const actions = useTrashActions();
  const columns = useCustomerColumns('trash', (row) => void actions.restore([row.id]));
  // The whole Trash, whatever the search: what "Empty Trash" deletes.
  const all = useApi('customers.list', { trash: true, limit: 1 });
  const trashTotal = all.data?.total;
  const [busy, setBusy] = useState(false);

  const { selected, clear } = selection;
  const restoreSelected = async () => {
    setBusy(true);
    if (await actions.restore([...selected])) clear();
    setBusy(false);
  };

  const searching = !!q.trim();
  const count =
    pages.total === undefined || (pages.total === 0 && !searching)
      ? undefined
      : searching
        ? t('count.matches', { count: pages.total, n: fmt.number(pages.total), total: fmt.number(trashTotal ?? pages.total) })
        : t('trash.count', { count: pages.total, n: fmt.number(pages.total) });

  let body: React.ReactNode;
  if (pages.error && pages.total === undefined) body = <ErrorState error={pages.error} onRetry={pages.refetch} />;
  else if (pages.total === 0 && !searching) body = <TrashEmpty />;
  else if (pages.total === 0)
    body = <NoResults q={q} hasFilters={false} onClearSearch={() => params.setQ('')} onClearFilters={() => {}} />;
  else
    body = (
      <CustomerTable
        label={t('trash.title')}
        pages={pages}
        columns={columns}
        visible={TRASH_COLUMNS}
        sort={sort}
        onSort={params.setSort}
        selected={selection.selected}
        onToggleRow={selection.toggleRow}
        headerCheckbox={selection.headerCheckbox}
        memoryKey="trash"
      />
    );

  return (
    <ListFrame
      title={t('trash.title')}
      count={count}
      actions={
        <Button
          color="red"
          variant="light"
          leftSection={<IconTrashX size={16} />}
          disabled={!trashTotal}
          onClick={() => actions.confirmEmptyTrash(trashTotal ?? 0, clear)}
        >
          {t('trash.emptyTrash')}
        </Button>
      }
      controls={
        (trashTotal ?? 0) > 0 || searching ? (
          <>
            <Text size="sm" c="dimmed">
              {t('trash.explain')}
            </Text>
            <SearchBox value={q} onSearch={params.setQ} placeholder={t('trash.searchPlaceholder')} busy={pages.isFetching} />
          </>
        ) : null
      }
    >
      {body}
      <BulkBar
        count={selection.count}
        action="restore"
        busy={busy}
        onAction={restoreSelected}
        onClear={clear}
      />
    </ListFrame>
  );
}
