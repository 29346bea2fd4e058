import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { LeadTemperature } from '@shared/domain/interaction';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSessionLeads } from './sessionStore';

const COLORS: Record<LeadTemperature, string> = { hot: 'red', warm: 'orange', cold: 'blue' };

/** The last leads saved in this session, newest first: proof that Enter really saved. */
export function RecentLeads() {
  const { t, i18n } = useTranslation('capture');
  const leads = useSessionLeads();
  const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' });
  return (
    <Paper withBorder radius="md" p="md" data-testid="recent-leads">
      <Title order={5} mb="xs">
        {t('recent.title')}
      </Title>
      {leads.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('recent.empty')}
        </Text>
      ) : (
        <Stack gap={6}>
          {leads.map((l) => (
            <Group key={l.captureId} gap="xs" wrap="nowrap" data-testid="recent-lead">
              <Text size="xs" c="dimmed" style={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
                {time.format(new Date(l.at))}
              </Text>
              <Badge size="sm" color={COLORS[l.temperature]} variant="filled" tt="none" miw={48} style={{ flexShrink: 0 }}>
                {t(`temperature.${l.temperature}`)}
              </Badge>
              <div style={{ minWidth: 0, flex: 1 }}>
                <Anchor component={Link} to={`/customers/${l.customerId}`} size="sm" fw={600} tabIndex={-1} lineClamp={1}>
                  {l.company}
                </Anchor>
                {l.person && (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {l.person}
                  </Text>
                )}
              </div>
              <Badge size="xs" variant="light" color={l.created ? 'teal' : 'gray'} tt="none" style={{ flexShrink: 0 }}>
                {l.created ? t('recent.created') : t('recent.matched')}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
