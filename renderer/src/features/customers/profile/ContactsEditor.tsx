import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title, Tooltip } from '@mantine/core';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactTextField } from './customerFormModel';
import type { CustomerFormState } from './useCustomerForm';

/** The contact people of the customer: add and remove; each with its own checked fields. */
export function ContactsEditor({ form }: { form: CustomerFormState }) {
  const { t } = useTranslation('customerProfile');
  const contacts = form.values.contacts;

  const bind = (index: number, field: ContactTextField) => {
    const path = `contacts.${index}.${field}`;
    return {
      value: contacts[index]![field],
      onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => form.setContact(index, field, e.currentTarget.value),
      onBlur: () => form.blur(path),
      error: form.errorOf(path),
      'data-path': path,
    };
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('sections.contacts')}</Title>
          <Button variant="light" size="xs" leftSection={<IconUserPlus size={16} />} onClick={form.addContact}>
            {t('contacts.add')}
          </Button>
        </Group>
        {contacts.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('contacts.empty')}
          </Text>
        )}
        {contacts.map((c, i) => (
          <Paper key={c.key} withBorder p="sm" bg="var(--mantine-color-gray-0)" data-testid="contact-editor">
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600} size="sm">
                  {c.name.trim() || t('contacts.number', { n: i + 1 })}
                </Text>
                <Tooltip label={t('contacts.remove')}>
                  <ActionIcon variant="subtle" color="red" aria-label={t('contacts.remove')} onClick={() => form.removeContact(i)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
                <TextInput label={t('contacts.name')} withAsterisk autoFocus={!c.id && i === contacts.length - 1} {...bind(i, 'name')} />
                <TextInput label={t('contacts.title')} {...bind(i, 'title')} />
                <TextInput label={t('contacts.phone')} type="tel" {...bind(i, 'phone')} />
                <TextInput label={t('contacts.email')} {...bind(i, 'email')} />
                <TextInput label={t('contacts.messaging')} {...bind(i, 'messaging')} />
                <Textarea label={t('contacts.notes')} autosize minRows={1} maxRows={5} {...bind(i, 'notes')} />
              </SimpleGrid>
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Paper>
  );
}
