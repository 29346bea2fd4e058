import { Button, Checkbox, Divider, Popover, Stack, Text } from '@mantine/core';
import { IconColumns3 } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHOOSABLE_COLUMNS, DEFAULT_COLUMNS, type ChoosableColumn } from './columns';

/** "Columns" menu: which optional columns the list shows (remembered in the preferences). */
export const ColumnChooser = memo(function ColumnChooser({
  visible,
  onChange,
}: {
  visible: ChoosableColumn[];
  /** Takes the new columns, or how to change the latest ones (clicks may outrun re-renders). */
  onChange: (next: ChoosableColumn[] | ((current: ChoosableColumn[]) => ChoosableColumn[])) => void;
}) {
  const { t } = useTranslation('customerList');
  const isDefault = visible.length === DEFAULT_COLUMNS.length && DEFAULT_COLUMNS.every((c) => visible.includes(c));
  return (
    <Popover position="bottom-end" shadow="md" width={240} withinPortal>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns3 size={16} stroke={1.6} />}>
          {t('columnChooser.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={8} role="group" aria-label={t('columnChooser.title')}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            {t('columnChooser.title')}
          </Text>
          <Checkbox size="sm" label={t('columns.companyName')} checked disabled />
          {CHOOSABLE_COLUMNS.map((c) => (
            <Checkbox
              key={c}
              size="sm"
              label={t(`columns.${c}`)}
              checked={visible.includes(c)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                onChange((current) => (on ? [...current.filter((v) => v !== c), c] : current.filter((v) => v !== c)));
              }}
            />
          ))}
          <Divider />
          <Button variant="subtle" size="compact-sm" disabled={isDefault} onClick={() => onChange(DEFAULT_COLUMNS)}>
            {t('columnChooser.reset')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
});
