import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../../api/client';

const fail = (e: unknown) => notifications.show({ color: 'red', message: e instanceof Error ? e.message : String(e) });

/** Move to Trash (with Undo in the notification) and Restore, for one customer. */
export function useTrashCustomer(id: string, name: string) {
  const { t } = useTranslation('customerProfile');
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  const restore = async (): Promise<boolean> => {
    try {
      await call('customers.restore', { ids: [id] });
      notifications.show({ color: 'teal', message: t('detail.restored', { name }) });
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  };

  const moveToTrash = async () => {
    setBusy(true);
    try {
      await call('customers.trash', { ids: [id] });
    } catch (e) {
      fail(e);
      return;
    } finally {
      setBusy(false);
    }
    const nid = `trashed-${id}`;
    notifications.show({
      id: nid,
      autoClose: 10_000,
      color: 'gray',
      message: (
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('detail.trashed', { name })}
          </Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              notifications.hide(nid);
              void restore();
            }}
          >
            {t('common:actions.undo')}
          </Button>
        </Group>
      ),
    });
    navigate('/customers');
  };

  return { moveToTrash, restore, busy };
}
