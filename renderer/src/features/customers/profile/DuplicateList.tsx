import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { DuplicateCandidate } from '@shared/api/customers';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Matching customers, each a link to its page, with why it matched ("same email"…). */
export function DuplicateList({ items }: { items: DuplicateCandidate[] }) {
  const { t } = useTranslation('customerProfile');
  return (
    <Stack gap="xs" data-testid="duplicate-list">
      {items.map((d) => (
        <div key={d.id}>
          <Anchor component={Link} to={`/customers/${d.id}`} fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {d.companyName}
          </Anchor>
          <Group gap={6} wrap="wrap" mt={2}>
            {d.city && (
              <Text span size="xs" c="dimmed">
                {d.city}
              </Text>
            )}
            {d.reasons.map((r) => (
              <Badge key={r} size="sm" variant="white" color="orange" tt="none">
                {t(`duplicates.reasons.${r}`)}
              </Badge>
            ))}
            {d.deleted && (
              <Badge size="sm" variant="outline" color="gray" tt="none">
                {t('duplicates.inTrash')}
              </Badge>
            )}
          </Group>
        </div>
      ))}
    </Stack>
  );
}
