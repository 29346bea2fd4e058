import { Alert, Button, Center, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A failed load: the backend's message (already in the user's language) and a retry. */
export function ErrorState({ error, onRetry }: { error: Error | null; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Center p="xl">
      <Stack maw={520}>
        <Alert color="red" icon={<IconAlertTriangle />} title={t('state.error')}>
          {error?.message}
        </Alert>
        {onRetry && (
          <Button variant="light" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        )}
      </Stack>
    </Center>
  );
}
