import { Badge, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { ImportFlow } from './useImportFlow';

/** Step 2: which sheet, and which row holds the column titles (detected, adjustable). */
export function SheetStep({ flow }: { flow: ImportFlow }) {
  const { t } = useTranslation('imports');
  const fmt = useFormat();
  const { opened, preview } = flow;
  // Shown 1-based, as Excel numbers rows.
  const [row, setRow] = useState<number | string>(preview ? preview.headerRow + 1 : 1);
  useEffect(() => {
    if (preview) setRow(preview.headerRow + 1);
  }, [preview]);
  if (!opened || !preview) return null;
  const sheetRows = opened.sheets.find((s) => s.name === preview.sheet)?.rows ?? 1;
  const headers = preview.headers.filter((h): h is string => !!h);
  const commitRow = () => {
    const n = typeof row === 'number' ? row : Number.parseInt(row, 10);
    if (Number.isInteger(n) && n >= 1 && n - 1 !== preview.headerRow) void flow.update({ headerRow: n - 1 });
  };
  return (
    <Stack gap="md" maw={760}>
      <Select
        label={t('sheet.sheetLabel')}
        data={opened.sheets.map((s) => ({ value: s.name, label: `${s.name} (${t('sheet.rows', { count: s.rows, n: fmt.number(s.rows) })})` }))}
        value={preview.sheet}
        onChange={(v) => v && v !== preview.sheet && void flow.update({ sheet: v })}
        allowDeselect={false}
        disabled={opened.sheets.length < 2}
        data-testid="import-sheet"
      />
      <NumberInput
        label={t('sheet.headerLabel')}
        description={t('sheet.headerDescription')}
        min={1}
        max={Math.max(1, sheetRows)}
        value={row}
        onChange={setRow}
        onBlur={commitRow}
        onKeyDown={(e) => e.key === 'Enter' && commitRow()}
        w={220}
        data-testid="import-header-row"
      />
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('sheet.headersFound', { row: preview.headerRow + 1 })}
        </Text>
        {headers.length === 0 ? (
          <Text size="sm" c="red">
            {t('sheet.noHeaders')}
          </Text>
        ) : (
          <Group gap={6} data-testid="import-headers">
            {headers.map((h, i) => (
              <Badge key={i} variant="light" color="gray" tt="none" size="lg">
                {h}
              </Badge>
            ))}
          </Group>
        )}
        <Text size="sm" c="dimmed">
          {t('sheet.dataRows', { count: preview.summary.rows, n: fmt.number(preview.summary.rows) })}
        </Text>
      </Stack>
    </Stack>
  );
}
