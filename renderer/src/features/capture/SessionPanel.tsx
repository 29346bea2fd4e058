import { Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import type { CaptureContext } from '@shared/api/capture';
import { useTranslation } from 'react-i18next';
import type { LeadCapture } from './useLeadCapture';

/** Who captures, into which edition: set once per shift, remembered by the workspace. */
export function SessionPanel({ lead, context }: { lead: LeadCapture; context: CaptureContext }) {
  const { t } = useTranslation('capture');
  const byError = lead.errors.server['capturedBy'] ?? (lead.errors.keys.capturedBy ? t(lead.errors.keys.capturedBy) : undefined);
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={5} mb="xs">
        {t('session.title')}
      </Title>
      <Stack gap="sm">
        <TextInput
          size="md"
          label={t('session.capturedBy')}
          placeholder={t('session.capturedByPlaceholder')}
          value={lead.capturedBy}
          onChange={(e) => lead.setCapturedBy(e.currentTarget.value)}
          error={byError}
          data-path="capturedBy"
          autoComplete="off"
        />
        <Select
          size="md"
          label={t('session.edition')}
          placeholder={t('session.editionPlaceholder')}
          data={context.editions.map((e) => ({ value: e.id, label: e.name }))}
          value={lead.editionId}
          onChange={lead.setEditionId}
          clearable
          disabled={context.editions.length === 0}
          error={lead.errors.server['editionId']}
          data-path="editionId"
          comboboxProps={{ withinPortal: true }}
        />
        {context.editions.length === 0 && (
          <Text size="xs" c="dimmed">
            {context.exhibition ? t('session.noEditions', { exhibition: context.exhibition.name }) : t('session.noExhibition')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
