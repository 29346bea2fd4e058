import { Badge, Button, Group, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import type { CaptureCandidate } from '@shared/api/capture';
import { IconCheck, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Existing customers the lead may be; one click (or Alt+n) captures onto that customer. */
export function MatchPanel({
  matches,
  chosen,
  onChoose,
}: {
  matches: CaptureCandidate[];
  chosen: CaptureCandidate | null;
  onChoose: (c: CaptureCandidate | null) => void;
}) {
  const { t } = useTranslation('capture');
  // The chosen customer stays listed even when the typed text no longer finds it.
  const list = chosen && !matches.some((m) => m.id === chosen.id) ? [chosen, ...matches] : matches;
  return (
    <Paper withBorder radius="md" p="md" data-testid="match-panel">
      <Title order={5} mb="xs">
        {t('matches.title')}
      </Title>
      {list.length === 0 ? (
        <>
          <Text size="sm" c="dimmed">
            {t('matches.none')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('matches.hint')}
          </Text>
        </>
      ) : (
        <Stack gap="xs">
          {list.slice(0, 5).map((m, i) => {
            const active = chosen?.id === m.id;
            return (
              <Paper
                key={m.id}
                withBorder
                p="xs"
                radius="sm"
                bg={active ? 'teal.0' : undefined}
                style={active ? { borderColor: 'var(--mantine-color-teal-5)' } : undefined}
                data-testid="match"
              >
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <div style={{ minWidth: 0 }}>
                    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {m.companyName}
                    </Text>
                    <Group gap={6} mt={2}>
                      {m.city && (
                        <Text span size="xs" c="dimmed">
                          {m.city}
                        </Text>
                      )}
                      {m.contacts.length > 0 && (
                        <Text span size="xs" c="dimmed">
                          {m.contacts.join(', ')}
                        </Text>
                      )}
                      {m.reasons.map((r) => (
                        <Badge key={r} size="sm" variant="light" color="orange" tt="none">
                          {t(`matches.reasons.${r}`)}
                        </Badge>
                      ))}
                    </Group>
                  </div>
                  {active ? (
                    <Badge color="teal" size="lg" leftSection={<IconCheck size={14} />} tt="none" style={{ flexShrink: 0 }}>
                      {t('matches.using')}
                    </Badge>
                  ) : (
                    <Button
                      size="sm"
                      variant="light"
                      color="teal"
                      tabIndex={-1}
                      onClick={() => onChoose(m)}
                      rightSection={<Kbd size="xs">Alt+{i + 1}</Kbd>}
                      style={{ flexShrink: 0 }}
                    >
                      {t('matches.use')}
                    </Button>
                  )}
                </Group>
              </Paper>
            );
          })}
          {chosen && (
            <Button
              variant="subtle"
              color="gray"
              size="sm"
              tabIndex={-1}
              leftSection={<IconPlus size={16} />}
              rightSection={<Kbd size="xs">Alt+0</Kbd>}
              onClick={() => onChoose(null)}
            >
              {t('matches.createNew')}
            </Button>
          )}
        </Stack>
      )}
    </Paper>
  );
}
