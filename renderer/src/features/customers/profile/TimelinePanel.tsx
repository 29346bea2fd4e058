import { Alert, Button, Center, Group, Paper, Text, ThemeIcon, Timeline, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { TimelineItem, TimelinePage } from '@shared/api/customerPage';
import type { Interaction } from '@shared/api/interactions';
import { IconArrowRight, IconMessagePlus, IconTicket, IconTimeline } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { TYPE_LOOK } from '../../interactions/interactionTypes';
import { LogInteractionModal } from '../../interactions/LogInteractionModal';
import { TimelineEntry, type InteractionActions } from './TimelineEntry';

function Bullet({ item }: { item: TimelineItem }) {
  if (item.kind === 'interaction') {
    const look = TYPE_LOOK[item.interaction.type];
    return (
      <ThemeIcon size={26} radius="xl" color={look.color} variant="light">
        <look.icon size={15} />
      </ThemeIcon>
    );
  }
  return (
    <ThemeIcon size={26} radius="xl" color="teal" variant={item.kind === 'participation' ? 'filled' : 'light'}>
      {item.kind === 'participation' ? <IconTicket size={15} /> : <IconArrowRight size={15} />}
    </ThemeIcon>
  );
}

const refreshPage = (qc: ReturnType<typeof useQueryClient>) =>
  qc.invalidateQueries({ predicate: (q) => /^(customers|interactions)\./.test(String(q.queryKey[0])) });

/**
 * Everything that happened with the customer, newest first: interactions, participations and
 * their status changes. The first page comes with the page; older ones load on demand.
 */
export function TimelinePanel({
  customer,
  first,
  currency,
  readOnly,
}: {
  customer: { id: string; name: string };
  first: TimelinePage;
  currency: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation('interactions');
  const qc = useQueryClient();
  const [older, setOlder] = useState<TimelineItem[]>([]);
  const [cursor, setCursor] = useState(first.nextCursor);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [logOpen, setLogOpen] = useState(false);
  const [editing, setEditing] = useState<Interaction | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  // A refetched first page (something changed) starts the list again from the top; done
  // while rendering, not by remounting, so an open log form keeps what was typed.
  const [base, setBase] = useState(first);
  if (base !== first) {
    setBase(first);
    setOlder([]);
    setCursor(first.nextCursor);
  }
  const items = [...first.items, ...older];

  async function loadMore() {
    if (!cursor) return;
    setLoading(true);
    setLoadError(null);
    try {
      const page = await call('customers.timeline', { id: customer.id, before: cursor });
      setOlder((o) => [...o, ...page.items]);
      setCursor(page.nextCursor);
    } catch (e) {
      setLoadError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(false);
    }
  }

  const fail = (e: unknown) => notifications.show({ color: 'red', message: e instanceof Error ? e.message : String(e) });
  const actions: InteractionActions = {
    busyId,
    onEdit: setEditing,
    onResolve: (i, state) => {
      setBusyId(i.id);
      call('interactions.setComplaintState', { id: i.id, version: i.version, state })
        .then(() => refreshPage(qc))
        .catch(fail)
        .finally(() => setBusyId(null));
    },
    onDelete: (i) =>
      modals.openConfirmModal({
        title: t('log.deleteTitle'),
        children: <Text size="sm">{t('log.deleteBody')}</Text>,
        labels: { confirm: t('log.delete'), cancel: t('common:actions.cancel') },
        confirmProps: { color: 'red' },
        onConfirm: () => {
          call('interactions.delete', { id: i.id, version: i.version })
            .then(() => {
              notifications.show({ color: 'teal', message: t('log.deleted') });
              return refreshPage(qc);
            })
            .catch(fail);
        },
      }),
  };

  return (
    <Paper withBorder p="md" h="100%" data-testid="card-timeline">
      <Group justify="space-between" mb="md">
        <Title order={4}>{t('timeline.title')}</Title>
        {!readOnly && (
          <Button size="xs" leftSection={<IconMessagePlus size={14} />} onClick={() => setLogOpen(true)} data-testid="page-log-interaction">
            {t('log.action')}
          </Button>
        )}
      </Group>
      {items.length === 0 ? (
        <Center py="lg">
          <Group gap="sm" wrap="nowrap" maw={420}>
            <IconTimeline size={28} stroke={1.4} color="var(--mantine-color-gray-5)" />
            <Text size="sm" c="dimmed" data-testid="timeline-empty">
              {t('timeline.empty')}
            </Text>
          </Group>
        </Center>
      ) : (
        <Timeline bulletSize={26} lineWidth={2} data-testid="timeline">
          {items.map((item) => (
            <Timeline.Item key={item.key} bullet={<Bullet item={item} />}>
              <TimelineEntry item={item} currency={currency} actions={actions} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {loadError && (
        <Alert color="red" mt="sm">
          {loadError}
        </Alert>
      )}
      {cursor && (
        <Center mt="md">
          <Button variant="subtle" size="xs" loading={loading} onClick={() => void loadMore()} data-testid="timeline-more">
            {t('timeline.loadMore')}
          </Button>
        </Center>
      )}
      <LogInteractionModal opened={logOpen} onClose={() => setLogOpen(false)} customer={customer} />
      <LogInteractionModal opened={editing !== null} onClose={() => setEditing(null)} interaction={editing ?? undefined} />
    </Paper>
  );
}
