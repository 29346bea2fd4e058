import { Box, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The frame both list screens share: a title row with a count and actions, controls, and a
 * body that fills the rest of the window (the table scrolls inside it, the page never does).
 */
export function ListFrame({
  title,
  count,
  actions,
  controls,
  children,
}: {
  title: string;
  count?: ReactNode;
  actions?: ReactNode;
  controls?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack
      gap="sm"
      style={{
        height: 'calc(100dvh - var(--app-shell-header-offset, 0rem) - 2 * var(--app-shell-padding))',
        minHeight: 420,
      }}
    >
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Group gap="sm" align="baseline" wrap="nowrap" style={{ minWidth: 0 }}>
          <Title order={2} style={{ whiteSpace: 'nowrap' }}>
            {title}
          </Title>
          {count !== undefined && (
            <Text c="dimmed" size="sm" aria-live="polite" data-testid="list-count" style={{ whiteSpace: 'nowrap' }}>
              {count}
            </Text>
          )}
        </Group>
        <Group gap="sm" wrap="nowrap">
          {actions}
        </Group>
      </Group>
      {controls}
      <Box style={{ flex: 1, minHeight: 0 }}>{children}</Box>
    </Stack>
  );
}
