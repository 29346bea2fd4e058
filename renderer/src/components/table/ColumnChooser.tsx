import { Button, Checkbox, Divider, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { IconColumns3 } from '@tabler/icons-react';
import type { ColumnPrefsConfig, ColumnsUpdate } from './useColumnPrefs';

export interface ColumnChooserProps<C extends string> {
  visible: C[];
  /** Takes the new columns, or how to change the latest ones (clicks may outrun re-renders). */
  onChange: (next: ColumnsUpdate<C>) => void;
}

interface Props<C extends string> extends ColumnChooserProps<C> {
  columns: Pick<ColumnPrefsConfig<C>, 'choosable' | 'defaults'>;
  columnLabel: (column: C) => string;
  /** The column always shown (a checked, disabled box), the button, the menu title, the reset. */
  text: { fixed: string; button: string; title: string; reset: string };
  width: number;
  /** A long list scrolls inside the menu beyond this height. */
  maxHeight?: number;
  testId?: string;
}

/** A table's "Columns" menu: which optional columns it shows (useColumnPrefs remembers them). */
export function ColumnChooser<C extends string>({ visible, onChange, columns, columnLabel, text, width, maxHeight, testId }: Props<C>) {
  const { choosable, defaults } = columns;
  const isDefault = visible.length === defaults.length && defaults.every((c) => visible.includes(c));
  const boxes = [
    <Checkbox key="" size="sm" label={text.fixed} checked disabled />,
    ...choosable.map((c) => (
      <Checkbox
        key={c}
        size="sm"
        label={columnLabel(c)}
        checked={visible.includes(c)}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          onChange((current) => (on ? [...current.filter((v) => v !== c), c] : current.filter((v) => v !== c)));
        }}
      />
    )),
  ];
  return (
    <Popover position="bottom-end" shadow="md" width={width} withinPortal>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns3 size={16} stroke={1.6} />} data-testid={testId}>
          {text.button}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={8} role="group" aria-label={text.title}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            {text.title}
          </Text>
          {maxHeight === undefined ? (
            boxes
          ) : (
            <ScrollArea.Autosize mah={maxHeight} type="auto" offsetScrollbars>
              <Stack gap={6}>{boxes}</Stack>
            </ScrollArea.Autosize>
          )}
          <Divider />
          <Button variant="subtle" size="compact-sm" disabled={isDefault} onClick={() => onChange(defaults)}>
            {text.reset}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
