import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One dashboard card: a title, a one-line hint, the content. */
export function Card({ title, hint, children, testId }: { title: string; hint?: string; children: ReactNode; testId: string }) {
  return (
    <Paper withBorder p="md" h="100%" data-testid={testId}>
      <Title order={5}>{title}</Title>
      {hint && (
        <Text size="xs" c="dimmed" mb="sm">
          {hint}
        </Text>
      )}
      {children}
    </Paper>
  );
}
