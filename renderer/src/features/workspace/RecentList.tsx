import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { RecentWorkspace } from '@shared/api/app';
import { IconDatabase } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

/** Recently opened workspaces, newest first, each with an Open button (missing files are marked). */
export function RecentList({
  recent,
  currentPath,
  onOpen,
  pendingPath,
}: {
  recent: RecentWorkspace[];
  currentPath?: string | null;
  onOpen: (path: string) => void;
  pendingPath?: string | null;
}) {
  const { t } = useTranslation('workspace');
  const fmt = useFormat();
  return (
    <Stack gap="xs" data-testid="recent-workspaces">
      {recent.map((r) => {
        const current = r.path === currentPath;
        return (
          <Paper key={r.path} withBorder p="sm" bg={current ? 'var(--mantine-color-teal-light)' : undefined}>
            <Group justify="space-between" wrap="nowrap" gap="md">
              <Group gap="sm" wrap="nowrap" miw={0}>
                <IconDatabase size={22} stroke={1.5} color="var(--mantine-color-teal-7)" style={{ flexShrink: 0 }} />
                <Stack gap={0} miw={0}>
                  <Group gap={6}>
                    <Text fw={600} size="sm">
                      {r.name}
                    </Text>
                    {current && (
                      <Badge size="xs" variant="light">
                        {t('badges.current')}
                      </Badge>
                    )}
                    {!r.exists && (
                      <Badge size="xs" color="orange" variant="light">
                        {t('badges.missing')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" ff="monospace" truncate title={r.path}>
                    {r.path}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('fields.lastOpened', { date: fmt.dateTime(r.lastOpenedAt) })}
                  </Text>
                </Stack>
              </Group>
              {!current && (
                <Button
                  size="xs"
                  variant="light"
                  disabled={!r.exists}
                  loading={pendingPath === r.path}
                  onClick={() => onOpen(r.path)}
                  aria-label={`${t('open.submit')} ${r.name}`}
                >
                  {t('open.submit')}
                </Button>
              )}
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
