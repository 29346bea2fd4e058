import { Affix, Button, Center, Checkbox, EmptyState, Group, Loader, Paper, Stack, Text, Title, Transition } from '@mantine/core';
import { STAGES, type Stage } from '@shared/domain/lifecycle';
import { IconBuildingCircus, IconBulb, IconChecks, IconRefresh, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { SuggestionGroup } from './SuggestionGroup';
import type { SuggestionRow } from './types';
import { useSuggestionActions, type SuggestionItem } from './useSuggestionActions';

const key = (r: SuggestionItem) => `${r.customerId}|${r.exhibitionId}`;

/** /lifecycle/suggestions — the current exhibition's suggested moves, grouped by target stage. */
export function SuggestionsPage() {
  const { t } = useTranslation('lifecycle');
  const current = useApi('exhibitions.current', {});
  const exhibitionId = current.data?.id ?? '';
  const summary = useApi('lifecycle.suggestions', { exhibitionId, offset: 0, limit: 1 }, { enabled: !!exhibitionId });
  const actions = useSuggestionActions();
  const [selected, setSelected] = useState<Map<string, SuggestionRow>>(new Map());
  const [refreshing, setRefreshing] = useState(false);

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

  const toggle = (rows: SuggestionRow[], on: boolean) =>
    setSelected((prev) => {
      const next = new Map(prev);
      for (const r of rows) {
        if (on) next.set(key(r), r);
        else next.delete(key(r));
      }
      return next;
    });
  const items = [...selected.values()].map(({ customerId, exhibitionId: x, fingerprint }) => ({ customerId, exhibitionId: x, fingerprint }));
  const clearAfter = (p: Promise<void>) => void p.then(() => setSelected(new Map()));
  const counts = summary.data?.counts;
  const groups = counts ? STAGES.filter((s) => counts[s] > 0) : [];

  return (
    <Stack gap="md" pb={96}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" align="baseline">
          <Title order={2}>{t('suggestions.title')}</Title>
          <Text c="dimmed" size="sm">
            {current.data.name}
          </Text>
        </Group>
        <Button
          variant="default"
          leftSection={<IconRefresh size={16} />}
          loading={refreshing}
          onClick={() => {
            setRefreshing(true);
            void call('lifecycle.refresh', { exhibitionId }).finally(() => {
              setRefreshing(false);
              void summary.refetch();
            });
          }}
        >
          {t('suggestions.refresh')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" maw={820}>
        {t('suggestions.intro')}
      </Text>
      {summary.isError ? (
        <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
      ) : !summary.data ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : groups.length === 0 ? (
        <Center py={48}>
          <EmptyState maw={520} size="lg" withIndicatorBackground icon={<IconBulb size={30} stroke={1.5} />} title={t('suggestions.none')} description={t('suggestions.noneHint')} />
        </Center>
      ) : (
        groups.map((stage: Stage) => (
          <SuggestionGroup
            key={stage}
            exhibitionId={exhibitionId}
            toStage={stage}
            count={counts![stage]}
            selected={selected}
            onToggle={toggle}
            actions={actions}
          />
        ))
      )}
      <Affix position={{ bottom: 20, right: 24 }}>
        <Transition mounted={selected.size > 0} transition="slide-up">
          {(style) => (
            <Paper shadow="md" withBorder p="sm" style={style} data-testid="suggestion-bulk-bar">
              <Group gap="sm">
                <Button leftSection={<IconChecks size={16} />} loading={actions.busy} onClick={() => clearAfter(actions.accept(items))}>
                  {t('suggestions.acceptSelected', { count: selected.size })}
                </Button>
                <Button variant="default" leftSection={<IconX size={16} />} loading={actions.busy} onClick={() => clearAfter(actions.dismiss(items))}>
                  {t('suggestions.dismissSelected', { count: selected.size })}
                </Button>
                <Checkbox label={t('common:actions.cancel')} checked onChange={() => setSelected(new Map())} />
              </Group>
            </Paper>
          )}
        </Transition>
      </Affix>
    </Stack>
  );
}
