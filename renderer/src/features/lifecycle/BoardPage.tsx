import { Alert, Anchor, Button, Center, EmptyState, Group, Loader, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuildingCircus, IconBulb, IconLayoutKanban, IconSearch, IconTable } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { useFormat } from '../../i18n/format';
import { Board } from './Board';
import { lifecycleColumns } from './lifecycleApi';
import { LifecycleTable } from './LifecycleTable';

/** /lifecycle — the current exhibition's relationships by stage, as a board or a table. */
export function BoardPage() {
  const { t } = useTranslation('lifecycle');
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'table' ? 'table' : 'board';
  const [qInput, setQInput] = [params.get('q') ?? '', (q: string) => setParams((p) => (q ? p.set('q', q) : p.delete('q'), p), { replace: true })];
  const [q] = useDebouncedValue(qInput.trim(), 250);
  const current = useApi('exhibitions.current', {});
  const settings = useApi('settings.get', {});
  const exhibitionId = current.data?.id;
  const columns = useQuery({
    queryKey: ['lifecycle.columns', { exhibitionId }],
    queryFn: () => lifecycleColumns({ exhibitionId: exhibitionId! }),
    enabled: !!exhibitionId,
  });

  if (current.isPending) return <Center py="xl"><Loader /></Center>;
  if (current.isError) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;
  if (!current.data) {
    return (
      <Center py={64}>
        <EmptyState maw={520} size="lg" variant="light" icon={<IconBuildingCircus size={30} stroke={1.5} />} title={t('board.noExhibition')} description={t('board.noExhibitionHint')}>
          <EmptyState.Actions>
            <Button component={Link} to="/exhibitions">
              {t('board.goExhibitions')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Center>
    );
  }
  const pending = (columns.data ?? []).reduce((n, c) => n + c.pendingSuggestions, 0);
  const total = (columns.data ?? []).reduce((n, c) => n + c.count, 0);

  return (
    <Stack gap="sm" h="calc(100vh - 56px - 2 * var(--mantine-spacing-md))">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" align="baseline" wrap="nowrap">
          <Title order={2}>{t('board.title')}</Title>
          <Text c="dimmed" size="sm" truncate>
            {current.data.name} · {t('board.count', { count: total, n: fmt.number(total) })}
          </Text>
        </Group>
        <Group gap="sm" wrap="nowrap">
          <TextInput
            size="sm"
            w={240}
            leftSection={<IconSearch size={16} />}
            placeholder={t('board.search')}
            aria-label={t('board.search')}
            value={qInput}
            onChange={(e) => setQInput(e.currentTarget.value)}
          />
          <SegmentedControl
            aria-label={t('board.view')}
            value={view}
            onChange={(v) => setParams((p) => (v === 'table' ? p.set('view', 'table') : p.delete('view'), p), { replace: true })}
            data={[
              { value: 'board', label: <Group gap={4} wrap="nowrap"><IconLayoutKanban size={16} />{t('board.board')}</Group> },
              { value: 'table', label: <Group gap={4} wrap="nowrap"><IconTable size={16} />{t('board.table')}</Group> },
            ]}
          />
        </Group>
      </Group>
      {pending > 0 && (
        <Alert color="yellow" variant="light" icon={<IconBulb size={18} />} py={6} data-testid="pending-alert">
          <Group justify="space-between">
            <Text size="sm">{t('board.pendingCount', { count: pending })}</Text>
            <Anchor component={Link} to="/lifecycle/suggestions" size="sm" fw={600}>
              {t('board.reviewSuggestions')}
            </Anchor>
          </Group>
        </Alert>
      )}
      {columns.isError && <ErrorState error={columns.error} onRetry={() => void columns.refetch()} />}
      <div style={{ flex: 1, minHeight: 0 }}>
        {view === 'board' ? (
          <Board exhibitionId={current.data.id} q={q} columns={columns.data} currency={settings.data?.currency ?? 'CNY'} height="100%" />
        ) : (
          <LifecycleTable exhibitionId={current.data.id} q={q} />
        )}
      </div>
    </Stack>
  );
}
