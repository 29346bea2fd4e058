import { Group, Stack, Text, Timeline } from '@mantine/core';
import type { StatusChange } from '@shared/api/participations';
import { useTranslation } from 'react-i18next';
import { useDayFormat } from '../exhibitions/format';
import { StatusBadge } from './StatusBadge';

/** A participation's status changes, oldest first, each with its date, reason and who recorded it. */
export function StatusHistory({ history }: { history: StatusChange[] }) {
  const { t } = useTranslation('exhibitions');
  const f = useDayFormat();
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {t('participation.history')}
      </Text>
      <Timeline active={history.length - 1} bulletSize={12} lineWidth={2}>
        {history.map((h) => (
          <Timeline.Item key={h.seq}>
            <Group gap="xs">
              <StatusBadge status={h.status} />
              <Text size="sm">{f.day(h.at)}</Text>
              {h.changedBy && (
                <Text size="xs" c="dimmed">
                  {t('participation.historyBy', { name: h.changedBy })}
                </Text>
              )}
            </Group>
            {h.reason && (
              <Text size="xs" c="dimmed" mt={2}>
                {h.reason}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
