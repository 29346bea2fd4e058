import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { ImportRowResult, ImportRowStatus, ImportSummary } from '@shared/api/imports';
import type { ImportField } from '@shared/domain/import/columnMapping';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { valueText } from './fieldOptions';

const STATUS_COLOR: Record<ImportRowStatus, string> = { ok: 'teal', rejected: 'red', duplicate: 'orange', empty: 'gray' };

export function RowStatusBadge({ status }: { status: ImportRowStatus }) {
  const { t } = useTranslation('imports');
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" size="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** The fields shown as columns: the mapped ones, in the file's column order, each once. */
export function shownFields(mapping: readonly (ImportField | null)[]): ImportField[] {
  return [...new Set(mapping.filter((f): f is ImportField => f !== null))];
}

/**
 * Rows as they will be stored (rejected rows: as the file holds them), a cell in red when that
 * field has a problem; `problems` adds a column with every reason of the row.
 */
export function RowsTable({
  rows,
  fields,
  problems = false,
  extra,
}: {
  rows: ImportRowResult[];
  fields: ImportField[];
  problems?: boolean;
  extra?: { header: string; cell: (r: ImportRowResult) => ReactNode };
}) {
  const { t } = useTranslation('imports');
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped withTableBorder verticalSpacing={4} fz="sm" data-testid="import-rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={56}>{t('preview.row')}</Table.Th>
            <Table.Th style={{ minWidth: 110, whiteSpace: 'nowrap' }}>{t('preview.status')}</Table.Th>
            {problems && <Table.Th miw={240}>{t('check.problems')}</Table.Th>}
            {extra && <Table.Th miw={260}>{extra.header}</Table.Th>}
            {fields.map((f) => (
              <Table.Th key={f} style={{ whiteSpace: 'nowrap' }}>
                {t(`fields.${f}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const bad = new Set(r.issues.map((i) => i.field));
            return (
              <Table.Tr key={r.row} data-row={r.row}>
                <Table.Td c="dimmed">{r.row}</Table.Td>
                <Table.Td style={{ minWidth: 110 }}>
                  <RowStatusBadge status={r.status} />
                </Table.Td>
                {problems && (
                  <Table.Td>
                    {r.issues.length === 0 ? (
                      <Text size="xs" c="dimmed">
                        {t('check.noProblems')}
                      </Text>
                    ) : (
                      <Stack gap={2}>
                        {r.issues.map((i, k) => (
                          <Text key={k} size="xs" c="red">
                            {i.field ? <b>{t(`fields.${i.field}`)}: </b> : null}
                            {i.message}
                          </Text>
                        ))}
                      </Stack>
                    )}
                  </Table.Td>
                )}
                {extra && <Table.Td>{extra.cell(r)}</Table.Td>}
                {fields.map((f) => (
                  <Table.Td key={f} c={bad.has(f) ? 'red' : undefined} fw={bad.has(f) ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
                    {valueText(r.values[f])}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The validation counts as a row of badges. */
export function SummaryBadges({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation('imports');
  const fmt = useFormat();
  const item = (label: string, n: number, color: string, testId: string) => (
    <Badge size="lg" variant="light" color={color} tt="none" data-testid={testId}>
      {label}: {fmt.number(n)}
    </Badge>
  );
  return (
    <Group gap="xs">
      {item(t('summary.rows'), summary.rows, 'gray', 'sum-rows')}
      {item(t('summary.valid'), summary.valid, 'teal', 'sum-valid')}
      {item(t('summary.rejected'), summary.rejected, summary.rejected ? 'red' : 'gray', 'sum-rejected')}
      {item(t('summary.duplicates'), summary.duplicates, summary.duplicates ? 'orange' : 'gray', 'sum-duplicates')}
      {summary.duplicates > 0 && (
        <Text size="xs" c="dimmed">
          {t('summary.inWorkspace')}: {fmt.number(summary.duplicatesInWorkspace)} · {t('summary.inFile')}: {fmt.number(summary.duplicatesInFile)}
        </Text>
      )}
    </Group>
  );
}
