import { Grid, Group, Paper, SimpleGrid, Skeleton, Stack } from '@mantine/core';

function CardSkeleton({ lines = 4 }: { lines?: number }) {
  return (
    <Paper withBorder p="md">
      <Skeleton h={18} w="40%" mb="md" />
      <Stack gap="xs">
        {Array.from({ length: lines }, (_, i) => (
          <Skeleton key={i} h={12} w={`${90 - ((i * 17) % 40)}%`} />
        ))}
      </Stack>
    </Paper>
  );
}

/** The detail page's shape while the customer loads, so nothing jumps when it arrives. */
export function DetailSkeleton() {
  return (
    <Stack gap="md" data-testid="customer-loading" aria-busy>
      <Paper withBorder p="md">
        <Group justify="space-between" wrap="nowrap">
          <Stack gap="xs" style={{ flex: 1 }}>
            <Skeleton h={28} w="45%" />
            <Skeleton h={16} w="30%" />
          </Stack>
          <Skeleton circle h={84} w={84} style={{ flexShrink: 0 }} />
        </Group>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <CardSkeleton lines={6} />
        <CardSkeleton lines={5} />
        <CardSkeleton lines={4} />
        <CardSkeleton lines={4} />
      </SimpleGrid>
    </Stack>
  );
}

export function FormSkeleton() {
  return (
    <Stack gap="md" data-testid="customer-loading" aria-busy>
      <Skeleton h={36} w="35%" />
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <CardSkeleton lines={7} />
            <CardSkeleton lines={3} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <CardSkeleton lines={3} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
