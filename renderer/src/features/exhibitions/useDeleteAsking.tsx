import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client';

type Method = 'exhibitions.delete' | 'editions.delete';

/**
 * Deletes an exhibition or edition. Something with history is refused by the backend with a
 * message saying what would go; that message is shown in a confirmation dialog and, confirmed,
 * the call is repeated with `confirm: true`.
 */
export function useDeleteAsking() {
  const { t } = useTranslation('exhibitions');
  const fail = (e: unknown) =>
    notifications.show({ color: 'red', message: e instanceof Error ? e.message : String(e) });

  return (method: Method, id: string, onDeleted: () => void) => {
    call(method, { id })
      .then(() => {
        notifications.show({ color: 'teal', message: t('delete.deleted') });
        onDeleted();
      })
      .catch((e: unknown) => {
        if (!(e instanceof ApiCallError) || e.error.code !== 'conflict' || !e.error.details?.needsConfirm) return fail(e);
        modals.openConfirmModal({
          title: <Text fw={600}>{t('delete.title')}</Text>,
          centered: true,
          children: <Text size="sm">{e.error.message}</Text>,
          labels: { confirm: t('delete.confirm'), cancel: t('common:actions.cancel') },
          confirmProps: { color: 'red' },
          onConfirm: () => {
            call(method, { id, confirm: true })
              .then(() => {
                notifications.show({ color: 'teal', message: t('delete.deleted') });
                onDeleted();
              })
              .catch(fail);
          },
        });
      });
  };
}
