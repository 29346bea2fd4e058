import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { IconDownload, IconFolder } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { ApiCallError, call, transport } from '../../api/client';
import { rejectedPath } from './rejectedPath';

/**
 * Saves the rejected rows with a "reason" column as an .xlsx, by default next to the imported
 * file, to fix in Excel and import again. The desktop app can then show it in its folder.
 */
export function RejectedDownload({ sessionId, source }: { sessionId: string; source: string }) {
  const { t } = useTranslation('imports');
  const fmt = useFormat();
  const [open, setOpen] = useState(false);
  const [path, setPath] = useState(() => rejectedPath(source, t('rejected.suffix')));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ path: string; rows: number } | null>(null);
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      setSaved(await call('imports.rejected', { sessionId, path: path.trim(), format: 'xlsx' }));
      setOpen(false);
    } catch (err) {
      setError(err instanceof ApiCallError ? (err.fields.path ?? err.message) : String(err));
    } finally {
      setSaving(false);
    }
  };
  const desktop = transport.desktop;
  return (
    <Stack gap="xs">
      {open ? (
        <form onSubmit={save}>
          <Group align="flex-start" wrap="nowrap">
            <TextInput
              label={t('rejected.pathLabel')}
              value={path}
              onChange={(e) => setPath(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
              error={error}
              autoFocus
              spellCheck={false}
              style={{ flex: 1, maxWidth: 640 }}
              data-testid="rejected-path"
            />
            <Button type="submit" mt={25} loading={saving} disabled={!path.trim()} leftSection={<IconDownload size={16} />}>
              {t('rejected.save')}
            </Button>
          </Group>
        </form>
      ) : (
        <Group>
          <Button variant="light" color="red" leftSection={<IconDownload size={16} />} onClick={() => setOpen(true)}>
            {t('rejected.download')}
          </Button>
        </Group>
      )}
      {saved && (
        <Alert color="teal" data-testid="rejected-saved">
          <Group justify="space-between" wrap="nowrap">
            <span>{t('rejected.saved', { count: saved.rows, n: fmt.number(saved.rows), path: saved.path })}</span>
            {desktop && (
              <Button size="xs" variant="subtle" leftSection={<IconFolder size={14} />} onClick={() => void desktop.showInFolder(saved.path)}>
                {t('rejected.showInFolder')}
              </Button>
            )}
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
