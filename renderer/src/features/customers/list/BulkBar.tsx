import { ActionBar, Button, Text } from '@mantine/core';
import { IconRestore, IconTrash } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';

/** Floating bar while rows are checked: how many, the bulk action, and clear selection. */
export const BulkBar = memo(function BulkBar({
  count,
  action,
  busy,
  onAction,
  onClear,
}: {
  count: number;
  action: 'trash' | 'restore';
  busy: boolean;
  onAction: () => unknown;
  onClear: () => void;
}) {
  const { t } = useTranslation('customerList');
  const fmt = useFormat();
  return (
    <ActionBar opened={count > 0} onClose={onClear} closeOnEscape aria-label={t('bulk.label')}>
      <Text size="sm" fw={600} px="xs" style={{ whiteSpace: 'nowrap' }}>
        {t('bulk.selected', { count, n: fmt.number(count) })}
      </Text>
      <ActionBar.Divider />
      {action === 'trash' ? (
        <Button variant="light" color="red" leftSection={<IconTrash size={16} />} loading={busy} onClick={() => void onAction()}>
          {t('bulk.moveToTrash')}
        </Button>
      ) : (
        <Button leftSection={<IconRestore size={16} />} loading={busy} onClick={() => void onAction()}>
          {t('bulk.restore')}
        </Button>
      )}
      <ActionBar.CloseButton aria-label={t('bulk.clear')} />
    </ActionBar>
  );
});
