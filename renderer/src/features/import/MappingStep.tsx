import { Alert, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTemplate } from '@tabler/icons-react';
import { importFieldGroup, type ImportField } from '@shared/domain/import/columnMapping';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client';
import { columnLetters } from '@shared/domain/sheet/columnLetters';
import { fieldOptions, isField, NOT_IMPORTED } from './fieldOptions';
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

function SaveTemplate({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('imports');
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const tpl = await call('imports.saveTemplate', { sessionId, name });
      notifications.show({ color: 'teal', message: t('columns.templateSaved', { name: tpl.name }) });
      setOpen(false);
    } catch (err) {
      setError(err instanceof ApiCallError ? (err.fields.name ?? err.message) : String(err));
    } finally {
      setSaving(false);
    }
  };
  if (!open)
    return (
      <Group>
        <Button variant="light" leftSection={<IconTemplate size={16} />} onClick={() => setOpen(true)}>
          {t('columns.saveTemplate')}
        </Button>
      </Group>
    );
  return (
    <form onSubmit={save}>
      <Group align="flex-start">
        <TextInput
          label={t('columns.templateName')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={error}
          autoFocus
          onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
          w={320}
        />
        <Group mt={25} gap="xs">
          <Button type="submit" loading={saving} disabled={!name.trim()}>
            {t('columns.save')}
          </Button>
          <Button variant="subtle" color="gray" onClick={() => setOpen(false)}>
            {t('columns.cancel')}
          </Button>
        </Group>
      </Group>
    </form>
  );
}
