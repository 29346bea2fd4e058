import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { DateOrderChoice } from './DateOrderChoice';
import { RowsTable, shownFields, SummaryBadges } from './RowsTable';
import type { ImportFlow } from './useImportFlow';

/** Step 5: the first rows as they will be stored. */
export function PreviewStep({ flow }: { flow: ImportFlow }) {
  const { t } = useTranslation('imports');
  const fmt = useFormat();
  const { preview } = flow;
  if (!preview) return null;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('preview.intro')}
      </Text>
      <SummaryBadges summary={preview.summary} />
      <DateOrderChoice flow={flow} />
      {preview.rows.length === 0 ? (
        <Text c="dimmed">{t('preview.empty')}</Text>
      ) : (
        <>
          <RowsTable rows={preview.rows} fields={shownFields(preview.mapping)} />
          {preview.summary.rows > preview.rows.length && (
            <Text size="xs" c="dimmed">
              {t('preview.more', { shown: fmt.number(preview.rows.length), total: fmt.number(preview.summary.rows) })}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
