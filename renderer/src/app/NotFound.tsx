import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack align="center" mt="xl" gap="sm">
      <Title order={3}>404</Title>
      <Text c="dimmed">{t('errors.notFound')}</Text>
      <Button component={Link} to="/customers" variant="light">
        {t('nav.customers')}
      </Button>
    </Stack>
  );
}
