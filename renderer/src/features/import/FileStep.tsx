import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconFileSpreadsheet, IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { transport } from '../../api/client';
import type { ImportFlow } from './useImportFlow';

/**
 * Step 1: the file. The backend reads it by path (the desktop app and the local browser preview
 * run on the same machine as the backend). On the desktop the system's open dialog gives the
 * path; in the browser preview a typed or pasted path is enough; Enter opens it.
 */
export function FileStep({ flow }: { flow: ImportFlow }) {
  const { t } = useTranslation('imports');
  const desktop = transport.desktop;
  const [path, setPath] = useState(flow.path);
  // The message of a failed open, until the path is changed; shown below the row (not inside
  // the field) so the Open button stays level with the input.
  const [tried, setTried] = useState<string | null>(null);
  const open = (typed: string) => {
    // Windows' "Copy as path" puts the path in double quotes.
    const p = typed.trim().replace(/^"(.+)"$/, '$1');
    if (p !== typed) setPath(p);
    setTried(p);
    void flow.openFile(p);
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (path.trim()) open(path);
  };
  const choose = async () => {
    if (!desktop) return;
    const chosen = await desktop.chooseImportFile(path.trim() || null, t('file.dialogTitle'));
    if (!chosen) return;
    setPath(chosen);
    open(chosen);
  };
  const error = flow.error && tried === path ? (flow.error.fields.path ?? flow.error.message) : null;
  return (
    <form onSubmit={submit}>
      <Stack gap="sm" maw={760}>
        {desktop ? (
          <Stack gap={6} align="flex-start">
            <Text size="sm" fw={500}>
              {t('file.pathLabel')}
            </Text>
            <Button
              size="md"
              onClick={() => void choose()}
              loading={flow.busy}
              leftSection={<IconFolderOpen size={18} />}
              data-autofocus
              data-testid="import-choose"
            >
              {t('file.choose')}
            </Button>
            {path && (
              <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }} data-testid="import-chosen">
                {path}
              </Text>
            )}
          </Stack>
        ) : (
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('file.pathLabel')}
              description={t('file.pathDescription')}
              placeholder={t('file.pathPlaceholder')}
              value={path}
              onChange={(e) => setPath(e.currentTarget.value)}
              error={!!error}
              data-autofocus
              autoFocus
              spellCheck={false}
              data-testid="import-path"
            />
            <Button type="submit" loading={flow.busy} disabled={!path.trim()} leftSection={<IconFileSpreadsheet size={16} />}>
              {t('file.open')}
            </Button>
          </Group>
        )}
        <Text size="sm" c="dimmed">
          {t('file.formats')}
        </Text>
        {error && (
          <Alert color="red" data-testid="import-error">
            {error}
          </Alert>
        )}
        {flow.opened && (
          <Alert color="teal" icon={<IconFileSpreadsheet />} data-testid="import-opened">
            {t('file.opened', { name: flow.opened.fileName, format: flow.opened.format.toUpperCase() })}
            {flow.opened.encoding ? ` · ${t('file.encoding', { encoding: flow.opened.encoding })}` : ''}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
