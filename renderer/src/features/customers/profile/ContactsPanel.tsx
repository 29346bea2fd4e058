import { Group, Paper, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import type { Contact } from '@shared/domain/customer';
import { IconBrandWechat, IconMail, IconPhone, IconUser } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmailLink } from './ExternalLinks';
import { Card } from './ProfileCards';

function Line({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Text c="dimmed" lh={1} mt={2}>
        {icon}
      </Text>
      <Text component="div" size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
        {children}
      </Text>
    </Group>
  );
}

/** The people to talk to at this firm, one card each. */
export function ContactsPanel({ contacts }: { contacts: Contact[] }) {
  const { t } = useTranslation('customerProfile');
  return (
    <Card title={`${t('sections.contacts')} (${contacts.length})`} testId="card-contacts">
      {contacts.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          {t('contacts.none')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {contacts.map((c) => (
            <Paper key={c.id} withBorder p="sm" bg="var(--mantine-color-gray-0)" data-testid="contact-card">
              <Stack gap={6}>
                <Group gap="xs" wrap="nowrap">
                  <ThemeIcon variant="light" radius="xl" size="md">
                    <IconUser size={16} />
                  </ThemeIcon>
                  <div style={{ minWidth: 0 }}>
                    <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {c.name}
                    </Text>
                    {c.title && (
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {c.title}
                      </Text>
                    )}
                  </div>
                </Group>
                {c.phone && <Line icon={<IconPhone size={14} />}>{c.phone}</Line>}
                {c.email && (
                  <Line icon={<IconMail size={14} />}>
                    <EmailLink value={c.email} />
                  </Line>
                )}
                {c.messaging && <Line icon={<IconBrandWechat size={14} />}>{c.messaging}</Line>}
                {c.notes && (
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {c.notes}
                  </Text>
                )}
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </Card>
  );
}
