import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../../../api/hooks';
import { ErrorState } from '../../../components/ErrorState';
import { useFormat } from '../../../i18n/format';
import { ExportMenu } from '../../export/ExportMenu';
import { BulkBar } from './BulkBar';
import { ColumnChooser } from './ColumnChooser';
import { CHOOSABLE_COLUMNS, useCustomerColumns } from './columns';
import { CustomerTable } from './CustomerTable';
import { FilterBar } from './FilterBar';
import { ListFrame } from './ListFrame';
import { EmptyWorkspace, NoResults } from './ListStates';
import { useListParams } from './listParams';
import { SearchBox } from './SearchBox';
import { useColumnPrefs } from './useColumnPrefs';
import { useCustomerPages } from './useCustomerPages';
import { useSelection } from './useSelection';
import { useTrashActions } from './useTrashActions';

/** The customer list: search, filters, sortable virtualised table, bulk Move to Trash. */
export function CustomerListPage() {
  const { t } = useTranslation('customerList');
  const fmt = useFormat();
  const navigate = useNavigate();
  const params = useListParams();
  const { q, filter, sort, filterCount } = params;
  const base = { q: q.trim() || undefined, filter, sort, trash: false };
  const pages = useCustomerPages(base);
  const selection = useSelection(pages, base);
  const columns = useCustomerColumns('list');
  const prefs = useColumnPrefs();
  const actions = useTrashActions();
  const info = useApi('app.info', {});
  const [busy, setBusy] = useState(false);

  const { dropParam } = params;
  const focusHandled = useCallback(() => dropParam('focus'), [dropParam]);
  const searching = !!q.trim() || filterCount > 0;
  const workspaceTotal = info.data?.workspace?.customerCount;
  const isEmptyWorkspace = !searching && pages.total === 0;

  const count =
    pages.total === undefined || isEmptyWorkspace
      ? undefined
      : searching
        ? t('count.matches', { count: pages.total, n: fmt.number(pages.total), total: fmt.number(workspaceTotal ?? pages.total) })
        : t('count.all', { count: pages.total, n: fmt.number(pages.total) });

  const { selected, clear } = selection;
  const { moveToTrash } = actions;
  const moveSelected = useCallback(async () => {
    setBusy(true);
    if (await moveToTrash([...selected])) clear();
    setBusy(false);
  }, [moveToTrash, selected, clear]);

  let body: React.ReactNode;
  if (pages.error && pages.total === undefined) body = <ErrorState error={pages.error} onRetry={pages.refetch} />;
  else if (isEmptyWorkspace) body = <EmptyWorkspace />;
  else if (pages.total === 0)
    body = (
      <NoResults
        q={q}
        hasFilters={filterCount > 0}
        onClearSearch={() => params.setQ('')}
        onClearFilters={params.clearFilters}
      />
    );
  else
    body = (
      <CustomerTable
        label={t('title')}
        pages={pages}
        columns={columns}
        visible={prefs.visible}
        sort={sort}
        onSort={params.setSort}
        selected={selection.selected}
        onToggleRow={selection.toggleRow}
        headerCheckbox={selection.headerCheckbox}
        onOpen={(row) => navigate(`/customers/${row.id}`)}
        memoryKey="customers"
      />
    );

  return (
    <ListFrame
      title={t('title')}
      count={count}
      actions={
        <>
          {!isEmptyWorkspace && <ColumnChooser visible={prefs.visible} onChange={prefs.setVisible} />}
          {!isEmptyWorkspace && (
            <ExportMenu
              disabled={!pages.total}
              table={{
                kind: 'table',
                table: 'customers',
                query: base,
                // The table's own column order: company first, then the visible choosable ones.
                columns: ['companyName', ...CHOOSABLE_COLUMNS.filter((c) => prefs.visible.includes(c))],
              }}
            />
          )}
          <Button component={Link} to="/customers/new" leftSection={<IconPlus size={16} />}>
            {t('actions.newCustomer')}
          </Button>
        </>
      }
      controls={
        !isEmptyWorkspace && (
          <>
            <SearchBox
              value={q}
              onSearch={params.setQ}
              placeholder={t('search.placeholder')}
              hotkeys
              focusRequested={params.searchParams.get('focus') === 'search'}
              onFocusHandled={focusHandled}
              busy={pages.isFetching}
            />
            <FilterBar
              filter={filter}
              filterCount={filterCount}
              setFilter={params.setFilter}
              clearFilters={params.clearFilters}
            />
          </>
        )
      }
    >
      {body}
      <BulkBar
        count={selection.count}
        action="trash"
        busy={busy}
        onAction={moveSelected}
        onClear={clear}
      />
    </ListFrame>
  );
}
