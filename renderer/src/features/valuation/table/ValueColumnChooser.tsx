import { Button, Checkbox, Divider, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { IconColumns3 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFigureLabel } from '../explain/FigureValue';
import { CHOOSABLE_VALUE_COLUMNS, DEFAULT_VALUE_COLUMNS, type ValueColumn } from './valueColumns';

/** "Columns": which figures the value table shows (remembered in the preferences). */
export function ValueColumnChooser({
  visible,
  onChange,
}: {
  visible: ValueColumn[];
  onChange: (next: ValueColumn[] | ((current: ValueColumn[]) => ValueColumn[])) => void;
}) {
  const { t } = useTranslation('valuation');
  const label = useFigureLabel();
  const isDefault = visible.length === DEFAULT_VALUE_COLUMNS.length && DEFAULT_VALUE_COLUMNS.every((c) => visible.includes(c));
  return (
    <Popover position="bottom-end" shadow="md" width={280} withinPortal>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns3 size={16} stroke={1.6} />} data-testid="value-columns">
          {t('table.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={8} role="group" aria-label={t('table.columnsTitle')}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            {t('table.columnsTitle')}
          </Text>
          <ScrollArea.Autosize mah={380} type="auto" offsetScrollbars>
            <Stack gap={6}>
              <Checkbox size="sm" label={t('table.company')} checked disabled />
              {CHOOSABLE_VALUE_COLUMNS.map((c) => (
                <Checkbox
                  key={c}
                  size="sm"
                  label={label(c)}
                  checked={visible.includes(c)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    onChange((cur) => (on ? [...cur.filter((v) => v !== c), c] : cur.filter((v) => v !== c)));
                  }}
                />
              ))}
            </Stack>
          </ScrollArea.Autosize>
          <Divider />
          <Button variant="subtle" size="compact-sm" disabled={isDefault} onClick={() => onChange(DEFAULT_VALUE_COLUMNS)}>
            {t('table.columnsReset')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
