import { Button, Group, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTemplate } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client';

/**
 * "Save as template": the file's column mapping (and the order its dates read in) under a name,
 * proposed again for files with the same columns. Saving under an existing name replaces that
 * template, so `initialName` (the template proposed for this file) updates it.
 */
export function SaveTemplate({ sessionId, label, initialName = '' }: { sessionId: string; label?: string; initialName?: string }) {
  const { t } = useTranslation('imports');
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(initialName);
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
        <Button variant="light" leftSection={<IconTemplate size={16} />} onClick={() => setOpen(true)} data-testid="save-template">
          {label ?? t('columns.saveTemplate')}
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
