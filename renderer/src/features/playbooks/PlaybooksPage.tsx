import { ActionIcon, Badge, Button, Center, Group, Loader, Paper, Stack, Switch, Text, Title, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { Playbook, PlaybookAction } from '@shared/api/tasks';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconRestore, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { ActionModal, type ActionEdit } from './ActionModal';
import { FocusModal } from './FocusModal';

const STAGE_COLOR = { cultivation: 'blue', confirmation: 'cyan', trust: 'teal', weakening: 'orange', lost: 'gray' } as const;

/** The five stages' playbooks: focus text and the actions entering the stage creates as tasks. */
export function PlaybooksPage() {
  const { t } = useTranslation('playbooks');
  const books = useApi('playbooks.list', {});
  const qc = useQueryClient();
  const [edit, setEdit] = useState<ActionEdit | null>(null);
  const [focusOf, setFocusOf] = useState<Playbook | null>(null);
  const refresh = () => void qc.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('playbooks.') });
  const saved = () => {
    notifications.show({ color: 'teal', message: t('saved') });
    refresh();
  };
  async function run(f: () => Promise<unknown>) {
    try {
      await f();
      saved();
    } catch (e) {
      notifications.show({ color: 'red', title: t('failed'), message: e instanceof Error ? e.message : String(e) });
      refresh();
    }
  }
  const toggle = (a: PlaybookAction) =>
    run(() => call('playbooks.saveAction', { id: a.id, stage: a.stage, title: a.title, dueDays: a.dueDays, interactionType: a.interactionType, enabled: !a.enabled }));
  const reset = (b: Playbook) =>
    modals.openConfirmModal({
      title: t('resetTitle', { stage: t(`tasks:stages.${b.stage}`) }),
      children: <Text size="sm">{t('resetBody')}</Text>,
      labels: { confirm: t('reset'), cancel: t('common:actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void run(() => call('playbooks.reset', { stage: b.stage })),
    });

  if (books.isPending) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (books.isError) return <ErrorState error={books.error} onRetry={() => void books.refetch()} />;

  return (
    <Stack gap="md" data-testid="playbooks-page">
      <div>
        <Title order={2}>{t('title')}</Title>
        <Text size="sm" c="dimmed">
          {t('subtitle')}
        </Text>
      </div>
      {books.data.map((b) => (
        <Paper key={b.stage} withBorder p="md" data-testid={`playbook-${b.stage}`}>
          <Group justify="space-between" mb="xs">
            <Group gap="xs">
              <Badge color={STAGE_COLOR[b.stage]} size="lg" variant="light">
                {t(`tasks:stages.${b.stage}`)}
              </Badge>
              {b.focus !== null && (
                <Badge color="gray" variant="outline" size="sm">
                  {t('customFocus')}
                </Badge>
              )}
            </Group>
            <Group gap="xs">
              <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={14} />} onClick={() => setFocusOf(b)}>
                {t('editFocus')}
              </Button>
              <Button size="compact-sm" variant="subtle" color="gray" leftSection={<IconRestore size={14} />} onClick={() => reset(b)} data-testid="playbook-reset">
                {t('reset')}
              </Button>
            </Group>
          </Group>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {t('focus')}
          </Text>
          <Text size="sm" mb="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="playbook-focus">
            {b.focus ?? t(`focusText.${b.stage}`)}
          </Text>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" mb={4}>
            {t('actions')}
          </Text>
          <Stack gap={4}>
            {!b.actions.length && (
              <Text size="sm" c="dimmed">
                {t('noActions')}
              </Text>
            )}
            {b.actions.map((a, i) => (
              <Group key={a.id} gap="sm" wrap="nowrap" data-testid="playbook-action">
                <Switch size="xs" checked={a.enabled} onChange={() => void toggle(a)} aria-label={t('enabled')} />
                <Text size="sm" style={{ flex: 1 }} c={a.enabled ? undefined : 'dimmed'} td={a.enabled ? undefined : 'line-through'}>
                  {a.title ?? t(`tasks:actions.${a.defaultKey ?? ''}`)}
                </Text>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {a.dueDays === 0 ? t('dueSameDay') : t('dueIn', { count: a.dueDays })}
                  {a.interactionType ? ` · ${t(`interactions:types.${a.interactionType}`)}` : ''}
                </Text>
                <Tooltip label={t('up')}>
                  <ActionIcon variant="subtle" color="gray" disabled={i === 0} aria-label={t('up')} onClick={() => void run(() => call('playbooks.moveAction', { id: a.id, direction: 'up' }))}>
                    <IconArrowUp size={14} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('down')}>
                  <ActionIcon variant="subtle" color="gray" disabled={i === b.actions.length - 1} aria-label={t('down')} onClick={() => void run(() => call('playbooks.moveAction', { id: a.id, direction: 'down' }))}>
                    <IconArrowDown size={14} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('edit')}>
                  <ActionIcon variant="subtle" aria-label={t('edit')} onClick={() => setEdit({ stage: b.stage, action: a })} data-testid="action-edit">
                    <IconPencil size={14} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('delete')}>
                  <ActionIcon variant="subtle" color="red" aria-label={t('delete')} onClick={() => void run(() => call('playbooks.deleteAction', { id: a.id }))}>
                    <IconTrash size={14} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            ))}
          </Stack>
          <Button mt="xs" size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setEdit({ stage: b.stage, action: null })} data-testid="action-add">
            {t('add')}
          </Button>
        </Paper>
      ))}
      <ActionModal edit={edit} onClose={() => setEdit(null)} onSaved={saved} />
      <FocusModal book={focusOf} onClose={() => setFocusOf(null)} onSaved={saved} />
    </Stack>
  );
}
