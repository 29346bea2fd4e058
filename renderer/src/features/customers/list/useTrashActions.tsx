import { Button, Group, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type ApiCallError } from '../../../api/client';

const UNDO_MS = 10_000;

/**
 * Moving to Trash, restoring and emptying the Trash, each with its notification. Moves can be
 * undone from the notification for a few seconds; emptying asks first and cannot be undone.
 */
export function useTrashActions() {
  const { t } = useTranslation('customerList');
  const qc = useQueryClient();
  return useMemo(() => trashActions(t, qc), [t, qc]);
}

function trashActions(t: TFunction<'customerList'>, qc: QueryClient) {
  // The backend also announces the change; refreshing here too makes the list follow at once.
  const refresh = () => {
    void qc.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('customers.') });
    void qc.invalidateQueries({ queryKey: ['app.info'] });
  };
  const fail = (e: unknown) =>
    notifications.show({ color: 'red', title: t('notify.failed'), message: (e as ApiCallError).message });

  const undoable = (message: string, undoLabel: string, undo: () => Promise<void>) => {
    const id = notifications.show({
      color: 'teal',
      autoClose: UNDO_MS,
      message: (
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm">{message}</Text>
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconArrowBackUp size={14} />}
            onClick={() => {
              notifications.hide(id);
              void undo();
            }}
          >
            {undoLabel}
          </Button>
        </Group>
      ),
    });
  };

  const moveToTrash = async (ids: string[]): Promise<boolean> => {
    try {
      const { count } = await call('customers.trash', { ids });
      refresh();
      undoable(t('notify.trashed', { count }), t('common:actions.undo'), async () => {
        try {
          const r = await call('customers.restore', { ids });
          refresh();
          notifications.show({ color: 'teal', message: t('notify.restored', { count: r.count }) });
        } catch (e) {
          fail(e);
        }
      });
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  };

  const restore = async (ids: string[]): Promise<boolean> => {
    try {
      const { count } = await call('customers.restore', { ids });
      refresh();
      undoable(t('notify.restored', { count }), t('common:actions.undo'), async () => {
        try {
          const r = await call('customers.trash', { ids });
          refresh();
          notifications.show({ color: 'teal', message: t('notify.trashed', { count: r.count }) });
        } catch (e) {
          fail(e);
        }
      });
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  };

  const confirmEmptyTrash = (count: number, onDone?: () => void) =>
    modals.openConfirmModal({
      title: <Text fw={600}>{t('emptyTrash.title')}</Text>,
      centered: true,
      children: (
        <Text size="sm">
          {t('emptyTrash.body', { count })}
        </Text>
      ),
      labels: { confirm: t('emptyTrash.confirm', { count }), cancel: t('common:actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        call('customers.emptyTrash', { confirm: true })
          .then((r) => {
            refresh();
            onDone?.();
            notifications.show({ color: 'teal', message: t('notify.emptied', { count: r.count }) });
          })
          .catch(fail);
      },
    });

  return { moveToTrash, restore, confirmEmptyTrash };
}
