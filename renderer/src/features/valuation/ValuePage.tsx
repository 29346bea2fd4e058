import { Box, Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { useFormat } from '../../i18n/format';
import { ExportMenu } from '../export/ExportMenu';
import { DashboardCards } from './dashboard/DashboardCards';
import { ValueColumnChooser } from './table/ValueColumnChooser';
import { CHOOSABLE_VALUE_COLUMNS, useValueColumns } from './table/valueColumns';
import { ValueFilters } from './table/ValueFilters';
import { useValueParams } from './table/valueParams';
import { ValueTable } from './table/ValueTable';
import { useValueColumnPrefs } from './table/useValueColumnPrefs';
import { useValuePages } from './table/useValuePages';
import { useCurrency } from './useValuationStatus';
import { ValueShell, type ValueContext } from './ValueShell';

/** #/value: the dashboard cards over the latest assessment, then the value table. */
export function ValuePage() {
  return (
    <ValueShell tab="table">
      {(ctx) => (
        <Stack gap="md">
          <DashboardCards exhibitionId={ctx.exhibitionId} snapshot={ctx.snapshot} />
          <ValueTableSection ctx={ctx} />
        </Stack>
      )}
    </ValueShell>
  );
}

function ValueTableSection({ ctx }: { ctx: ValueContext }) {
  const { t } = useTranslation('valuation');
  const fmt = useFormat();
  const navigate = useNavigate();
  const params = useValueParams();
  const prefs = useValueColumnPrefs();
  const currency = useCurrency();
  const columns = useValueColumns(ctx.snapshot.settings, currency);
  const pages = useValuePages({ exhibitionId: ctx.exhibitionId, snapshotId: ctx.snapshot.id, ...params.filter, sort: params.sort });
  const all = ctx.snapshot.relationships;
  const filtered = params.filterCount > 0 || !!params.filter.q;
  const count =
    pages.total === undefined
      ? null
      : filtered
        ? t('table.matches', { n: fmt.number(pages.total), total: fmt.number(all) })
        : t('table.count', { count: pages.total, n: fmt.number(pages.total) });

  let body;
  if (pages.error && pages.total === undefined) body = <ErrorState error={pages.error} onRetry={pages.refetch} />;
  else if (pages.total === 0)
    body = (
      <Center py="xl">
        <Stack align="center" gap="xs">
          <Text c="dimmed">{t('table.noResults')}</Text>
          {params.filterCount > 0 && (
            <Button variant="light" onClick={params.clearFilters}>
              {t('table.clearFilters')}
            </Button>
          )}
        </Stack>
      </Center>
    );
  else
    body = (
      <ValueTable
        label={t('table.label')}
        pages={pages}
        columns={columns}
        visible={prefs.visible}
        sort={params.sort}
        onSort={params.setSort}
        onOpen={(row) => navigate(`/customers/${row.customerId}`)}
      />
    );

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" align="baseline">
          <Title order={3}>{t('table.label')}</Title>
          {count && (
            <Text size="sm" c="dimmed" data-testid="value-count" aria-live="polite">
              {count}
            </Text>
          )}
        </Group>
        <Group gap="xs" wrap="nowrap">
          <ValueColumnChooser visible={prefs.visible} onChange={prefs.setVisible} />
          <ExportMenu
            // Always the current query, also when it matches nothing: a search typed just before
            // Export may only apply as the menu opens, and the dialog must then export it (empty),
            // not the rows shown a moment earlier.
            table={{
              kind: 'table',
              table: 'value',
              label: ctx.exhibitionName,
              query: { exhibitionId: ctx.exhibitionId, snapshotId: ctx.snapshot.id, ...params.filter, sort: params.sort },
              // The company cell shows industry and region too; then the visible figures in table order.
              columns: ['companyName', 'industry', 'region', ...CHOOSABLE_VALUE_COLUMNS.filter((c) => prefs.visible.includes(c))],
            }}
            workbook={{ kind: 'workbook', label: ctx.exhibitionName, input: { exhibitionId: ctx.exhibitionId, snapshotId: ctx.snapshot.id, ...params.filter } }}
          />
        </Group>
      </Group>
      <ValueFilters params={params} />
      {/* The table scrolls inside itself: as tall as the window allows, never the page's height of 100,000 rows. */}
      <Box style={{ height: 'calc(100dvh - 190px)', minHeight: 380 }}>{body}</Box>
    </Stack>
  );
}
