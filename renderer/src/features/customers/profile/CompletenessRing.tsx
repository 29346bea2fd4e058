import { Group, RingProgress, Stack, Text } from '@mantine/core';
import type { Completeness } from '@shared/domain/completeness';
import { useTranslation } from 'react-i18next';

export const completenessColor = (percent: number) => (percent >= 80 ? 'teal' : percent >= 50 ? 'yellow' : 'red');

/** How much of what screening needs is known, and what is still missing. */
export function CompletenessRing({ value, size = 84 }: { value: Completeness; size?: number }) {
  const { t } = useTranslation('customerProfile');
  return (
    <Group gap="sm" wrap="nowrap" align="center" data-testid="completeness">
      <RingProgress
        size={size}
        thickness={size / 10}
        roundCaps={value.percent > 0}
        sections={[{ value: value.percent, color: completenessColor(value.percent) }]}
        label={
          <Text ta="center" fw={700} size="sm">
            {value.percent}%
          </Text>
        }
      />
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="sm" fw={600}>
          {t('completeness.label')}
        </Text>
        {value.missing.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t('completeness.allPresent')}
          </Text>
        ) : (
          <Text size="xs" c="dimmed">
            {t('completeness.missing', {
              list: value.missing.map((k) => t(`common:keyFields.${k}`)).join(t('completeness.separator')),
            })}
          </Text>
        )}
      </Stack>
    </Group>
  );
}
