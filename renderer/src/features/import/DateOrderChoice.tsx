import { Alert, SegmentedControl, Stack, Text } from '@mantine/core';
import { parseDateText, type DateOrder } from '@shared/domain/import/cellValues';
import { columnLetters } from '@shared/domain/sheet/columnLetters';
import { IconCalendarQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { SaveTemplate } from './SaveTemplate';
import type { ImportFlow } from './useImportFlow';

/**
 * Dates such as 3/7/2026 read as 3 July or as 7 March: says which reading is used and why (a
 * date of the column told, or nothing did and day first applies), and lets the user switch. Each
 * reading is shown on the file's own example, so the user can check it against a date they know.
 * Shown only when some date depends on it.
 */
export function DateOrderChoice({ flow }: { flow: ImportFlow }) {
  const { t } = useTranslation('imports');
  const fmt = useFormat();
  const dates = flow.preview?.dates;
  if (!dates || dates.ambiguous === 0 || !dates.example) return null;
  const example = dates.example;
  const header = flow.preview?.headers[dates.column] ?? t('dates.untitled', { letters: columnLetters(dates.column) });
  const reading = (order: DateOrder) => fmt.date(parseDateText(example, order));
  const unsure = dates.source === 'default' || dates.source === 'mixed';
  return (
    <Alert
      color={unsure ? 'yellow' : 'gray'}
      variant="light"
      icon={<IconCalendarQuestion />}
      title={t('dates.title', { count: dates.ambiguous, formatted: fmt.number(dates.ambiguous) })}
      data-testid="import-date-order"
      data-source={dates.source}
    >
      <Stack gap="xs">
        <Text size="sm">{t(`dates.${dates.source}`, { column: header, example, template: flow.preview?.templateMatch?.name ?? '' })}</Text>
        <SegmentedControl
          aria-label={t('dates.label')}
          value={dates.order}
          disabled={flow.busy || flow.committed}
          onChange={(v) => void flow.update({ dateOrder: v as DateOrder })}
          data={(['dmy', 'mdy'] as const).map((o) => ({ value: o, label: t(`dates.${o}`, { date: reading(o) }) }))}
        />
        {/* Chosen here, after the columns step's "Save as template": the way to keep it for next time. */}
        {dates.source === 'chosen' && flow.opened && (
          <SaveTemplate sessionId={flow.opened.sessionId} label={t('dates.remember')} initialName={flow.preview?.templateMatch?.name} />
        )}
      </Stack>
    </Alert>
  );
}
