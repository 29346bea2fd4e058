import { Alert, Center, Group, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import { IMPORT_ROW_FILTERS } from '@shared/api/imports';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ErrorState } from '../../components/ErrorState';
import { Pager } from '../../components/Pager';
import { RejectedDownload } from './RejectedDownload';
import { RowsTable, shownFields, SummaryBadges } from './RowsTable';
import type { ImportFlow } from './useImportFlow';

const PAGE = 50;
type Filter = (typeof IMPORT_ROW_FILTERS)[number];

/** Step 6: every row validated, with per-row, per-field reasons; filter and page through. */
export function CheckStep({ flow }: { flow: ImportFlow }) {
  const { t, i18n } = useTranslation('imports');
  const { preview, opened } = flow;
  const [filter, setFilter] = useState<Filter>(preview && preview.summary.rejected > 0 ? 'rejected' : 'all');
  const [offset, setOffset] = useState(0);
  const sessionId = opened?.sessionId ?? '';
  const input = { sessionId, filter, offset, limit: PAGE };
  // The revision in the key: a change of mapping or edition validates again; the language:
  // the reasons come translated by the backend.
  const q = useQuery({
    queryKey: ['imports.validate', input, flow.revision, i18n.language],
    queryFn: () => call('imports.validate', input),
    enabled: !!sessionId,
    placeholderData: (prev) => prev,
  });
  if (!preview || !opened) return null;
  const data = q.data;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('check.intro')}
      </Text>
      <SummaryBadges summary={data?.summary ?? preview.summary} />
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t('check.filter')}
          data={IMPORT_ROW_FILTERS.map((f) => ({ value: f, label: t(`check.filters.${f}`) }))}
          value={filter}
          onChange={(v) => {
            setFilter(v as Filter);
            setOffset(0);
          }}
          data-testid="check-filter"
        />
        {data && <Pager offset={offset} limit={PAGE} total={data.total} onChange={setOffset} />}
      </Group>
      {preview.summary.rejected > 0 ? (
        <Alert color="red" variant="light">
          <Stack gap="xs">
            <Text size="sm">{t('check.rejectedNote')}</Text>
            <RejectedDownload sessionId={opened.sessionId} source={flow.path} />
          </Stack>
        </Alert>
      ) : (
        preview.summary.rows > 0 && (
          <Alert color="teal" variant="light">
            {t('check.allGood')}
          </Alert>
        )
      )}
      {q.isPending ? (
        <Center p="lg">
          <Loader />
        </Center>
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : data && data.rows.length === 0 ? (
        <Text c="dimmed" p="md">
          {t('check.none')}
        </Text>
      ) : (
        data && <RowsTable rows={data.rows} fields={shownFields(preview.mapping)} problems />
      )}
    </Stack>
  );
}
