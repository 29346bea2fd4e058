import { Badge, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { AuditChange, AuditField, AuditValue } from '@shared/api/audit';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { IconArrowBackUp, IconArrowRight, IconCheck, IconHistory } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, transport } from '../../api/client';
import { ErrorState } from '../../components/ErrorState';
import { useFormat } from '../../i18n/format';
import { auditValueText } from './auditValueText';

// The customer page's history (issue 7): its changes and those of its participations,
// interactions and stages, newest first, with Undo on the newest change of a record when the
// backend says it can still be undone.

const KEY = 'audit.history';

/** A field's label (the shared field names plus the history's own, see locales.ts); else its name. */
function useFieldLabel() {
  const { t, i18n } = useTranslation('audit');
  return (field: string) => (i18n.exists(`audit:fields.${field}`) ? t(`fields.${field}`) : field);
}

function Value({ table, field, value }: { table: AuditChange['table']; field: string; value: AuditValue }) {
  const { t, i18n } = useTranslation('audit');
  const fmt = useFormat();
  const shown = auditValueText(table, field, value, { lang: i18n.language.startsWith('zh') ? 'zh' : 'en', dateTime: fmt.dateTime });
  if (shown === null) {
    return (
      <Text span size="sm" c="dimmed" fs="italic">
        {t('history.none')}
      </Text>
    );
  }
  return (
    <Text span size="sm" style={{ wordBreak: 'break-word' }}>
      {shown}
    </Text>
  );
}

function FieldLine({ change, f }: { change: AuditChange; f: AuditField }) {
  const { t } = useTranslation('audit');
  const label = useFieldLabel();
  return (
    <Group gap={6} wrap="nowrap" align="baseline" data-testid="history-field">
      <Text size="sm" fw={500} style={{ flexShrink: 0 }}>
        {t('history.fieldLabel', { label: label(f.field) })}
      </Text>
      <Group gap={6} wrap="wrap" align="baseline">
        <Value table={change.table} field={f.field} value={f.old} />
        <IconArrowRight size={14} aria-hidden />
        <Value table={change.table} field={f.field} value={f.new} />
      </Group>
    </Group>
  );
}

function ChangeEntry({ change, onUndo, busy, readOnly }: { change: AuditChange; onUndo: () => void; busy: boolean; readOnly: boolean }) {
  const { t } = useTranslation('audit');
  const fmt = useFormat();
  const headline =
    change.action === 'insert' ? t('history.created') : change.action === 'delete' ? t('history.deleted') : null;
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="history-change">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Badge variant="light" size="sm" color={change.table === 'customer' ? 'blue' : 'gray'}>
              {t(`history.tableLabel.${change.table}`)}
            </Badge>
            {change.label && (
              <Text size="sm" fw={500} lineClamp={1}>
                {change.label}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {fmt.dateTime(change.at)} · {change.who ? t('history.by', { who: change.who }) : t('history.unknownStaff')}
            </Text>
          </Group>
          {headline && <Text size="sm">{headline}</Text>}
          {change.fields.map((f, i) => (
            <FieldLine key={i} change={change} f={f} />
          ))}
        </Stack>
        {change.undoable && !readOnly && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconArrowBackUp size={16} />}
            loading={busy}
            onClick={onUndo}
            data-testid="history-undo"
          >
            {t('history.undo')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

export function HistoryPanel({ customerId, readOnly }: { customerId: string | 'settings'; readOnly: boolean }) {
  const { t } = useTranslation('audit');
  const qc = useQueryClient();
  const [busy, setBusy] = useState<number | null>(null);
  // 'settings': every setting's changes (the Settings page); otherwise a customer's.
  const settings = customerId === 'settings';
  const input = settings ? { table: 'settings' as const, id: '*' } : { table: 'customer' as const, id: customerId };
  const query = useInfiniteQuery({
    queryKey: [KEY, input],
    queryFn: ({ pageParam }) => call(KEY, { ...input, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  // Every audited write changes the history, whatever domain it reports.
  useEffect(
    () =>
      transport.onEvent((e) => {
        if (e.type === 'data.changed') void qc.invalidateQueries({ queryKey: [KEY] });
      }),
    [qc],
  );

  function confirmUndo(change: AuditChange) {
    modals.openConfirmModal({
      title: t('history.undoTitle'),
      children: <Text size="sm">{t('history.undoBody')}</Text>,
      labels: { confirm: t('history.undo'), cancel: t('common:actions.cancel') },
      confirmProps: { 'data-testid': 'history-undo-confirm' } as Record<string, string>,
      onConfirm: () => void undo(change),
    });
  }

  async function undo(change: AuditChange) {
    setBusy(change.id);
    try {
      await call('audit.undoLast', settings ? { table: 'settings', id: change.recordId, changeId: change.id } : { table: 'customer', id: customerId, changeId: change.id });
      notifications.show({ color: 'teal', icon: <IconCheck size={18} />, message: t('history.undone') });
    } catch (e) {
      notifications.show({ color: 'red', title: t('history.undoFailed'), message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(null);
      void qc.invalidateQueries({ queryKey: [KEY] });
      void qc.invalidateQueries({ predicate: (q) => /^(customers|participations|interactions|lifecycle)\./.test(String(q.queryKey[0])) });
    }
  }

  const changes = query.data?.pages.flatMap((p) => p.changes) ?? [];
  return (
    <Paper withBorder p="md" data-testid="card-history">
      <Group gap="xs" mb={4}>
        <IconHistory size={20} aria-hidden />
        <Title order={4}>{t('history.title')}</Title>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {settings ? t('history.settingsHint') : t('history.hint')}
      </Text>
      {query.isPending ? (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : changes.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="history-empty">
          {t('history.empty')}
        </Text>
      ) : (
        <Stack gap="xs">
          {changes.map((c) => (
            <ChangeEntry key={c.id} change={c} busy={busy === c.id} readOnly={readOnly} onUndo={() => confirmUndo(c)} />
          ))}
          {query.hasNextPage && (
            <Group justify="center">
              <Button variant="subtle" size="xs" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                {t('history.loadMore')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Paper>
  );
}
