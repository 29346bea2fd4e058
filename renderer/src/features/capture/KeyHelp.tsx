import { List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The keys of quick capture, always in view: staff learn them in the first minutes. */
export function KeyHelp() {
  const { t } = useTranslation('capture');
  return (
    <Paper withBorder radius="md" p="md" bg="gray.0">
      <Text size="sm" fw={600} mb={4}>
        {t('keys.title')}
      </Text>
      <List size="xs" c="dimmed" spacing={2}>
        {(['save', 'saveNote', 'temperature', 'match', 'exit'] as const).map((k) => (
          <List.Item key={k}>{t(`keys.${k}`)}</List.Item>
        ))}
      </List>
    </Paper>
  );
}
