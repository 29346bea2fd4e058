import { Alert, Select, Stack, Table, Text } from '@mantine/core';
import { IconTemplate } from '@tabler/icons-react';
import { importFieldGroup, type ImportField } from '@shared/domain/import/columnMapping';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { columnLetters } from '@shared/domain/sheet/columnLetters';
import { fieldOptions, isField, NOT_IMPORTED } from './fieldOptions';
import { SaveTemplate } from './SaveTemplate';
import type { ImportFlow } from './useImportFlow';

/** Step 3: the field each column is imported as (proposed from a template or the titles). */
export function MappingStep({ flow }: { flow: ImportFlow }) {
  const { t } = useTranslation('imports');
  const options = useMemo(() => fieldOptions(t), [t]);
  const { preview, opened } = flow;
  if (!preview || !opened) return null;
  const mapping = preview.mapping;

  const setField = (col: number, value: string | null) => {
    const next: (ImportField | null)[] = mapping.map((f, i) => (i === col ? (isField(value) ? value : null) : f));
    void flow.update({ mapping: next });
  };
  const counts = new Map<ImportField, number>();
  for (const f of mapping) if (f) counts.set(f, (counts.get(f) ?? 0) + 1);
  const doubled = [...counts].filter(([, n]) => n > 1).map(([f]) => f);
  const hasParticipation = mapping.some((f) => f && importFieldGroup(f) === 'participation');

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('columns.intro')}
      </Text>
      {preview.templateMatch && (
        <Alert color="blue" icon={<IconTemplate />} title={t('columns.templateTitle')} data-testid="template-proposed">
          {t('columns.templateProposed', { name: preview.templateMatch.name })}
        </Alert>
      )}
      {!mapping.includes('companyName') && (
        <Alert color="red" data-testid="no-company">
          {t('columns.noCompany')}
        </Alert>
      )}
      {doubled.map((f) => (
        <Alert key={f} color="yellow">
          {t('columns.duplicateField', { field: t(`fields.${f}`) })}
        </Alert>
      ))}
      <Table striped withTableBorder verticalSpacing={4} data-testid="mapping-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{t('columns.column')}</Table.Th>
            <Table.Th>{t('columns.header')}</Table.Th>
            <Table.Th w={280}>{t('columns.field')}</Table.Th>
            <Table.Th>{t('columns.sample')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.headers.map((h, col) => {
            const f = mapping[col] ?? null;
            return (
              <Table.Tr key={col}>
                <Table.Td c="dimmed">{columnLetters(col)}</Table.Td>
                <Table.Td fw={500}>{h ?? '—'}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`${t('columns.field')}: ${h ?? columnLetters(col)}`}
                    data={options}
                    value={f ?? NOT_IMPORTED}
                    onChange={(v) => setField(col, v)}
                    allowDeselect={false}
                    searchable
                    size="xs"
                    data-testid={`map-${col}`}
                  />
                </Table.Td>
                {/* As in the file, mapped or not: a column without a title is told by its content. */}
                <Table.Td c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid={`sample-${col}`}>
                  {preview.samples[col] ?? ''}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {hasParticipation && !preview.editionId && (
        <Text size="sm" c="dimmed">
          {t('columns.participationUnused')}
        </Text>
      )}
      <SaveTemplate sessionId={opened.sessionId} />
    </Stack>
  );
}
