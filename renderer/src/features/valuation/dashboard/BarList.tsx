import { Group, Progress, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface BarItem {
  key: string;
  label: ReactNode;
  value: number;
  /** What is written beside the bar (the formatted value, and more). */
  text: ReactNode;
  color: string;
}

/** Labelled horizontal bars scaled to the largest value: compact enough for a dashboard card. */
export function BarList({ items }: { items: BarItem[] }) {
  const top = Math.max(1, ...items.map((i) => Math.abs(i.value)));
  return (
    <Stack gap={8}>
      {items.map((i) => (
        <div key={i.key} data-item={i.key}>
          <Group justify="space-between" gap="xs" wrap="nowrap" mb={2}>
            <Text size="sm" fw={500} truncate>
              {i.label}
            </Text>
            <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {i.text}
            </Text>
          </Group>
          <Progress value={(Math.max(0, i.value) / top) * 100} color={i.color} size="md" radius="sm" />
        </div>
      ))}
    </Stack>
  );
}
