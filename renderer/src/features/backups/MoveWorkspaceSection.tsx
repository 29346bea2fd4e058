import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiMutation } from '../../api/hooks';
import { desktop } from '../workspace/useWorkspaceActions';

const mono = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

/**
 * The whole workspace as one file. In Electron the native dialogs choose the files; the browser
 * preview (no file-system access of its own) takes typed paths.
 */
export function MoveWorkspaceSection({ workspaceName }: { workspaceName: string }) {
  const { t } = useTranslation('backups');
  const qc = useQueryClient();
  const navigate = useNavigate();
  const exp = useApiMutation('workspace.export');
  const imp = useApiMutation('workspace.import');
  const [exportPath, setExportPath] = useState('');
  const [importPath, setImportPath] = useState('');

  const doExport = (path: string) =>
    exp.mutate(
      { path },
      {
        onSuccess: (r) => notifications.show({ color: 'teal', message: t('move.exported', { path: r.path }) }),
      },
    );
  const doImport = (path: string) =>
    imp.mutate(
      { path },
      {
        onSuccess: async (ws) => {
          await qc.invalidateQueries();
          notifications.show({ color: 'teal', message: t('move.imported', { name: ws.name }) });
          void navigate('/customers');
        },
      },
    );
  const fieldError = (e: typeof exp.error) => (e ? (e.fields.path ?? e.message) : undefined);

  return (
    <Paper withBorder p="lg" component="section" aria-label={t('move.title')}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={4}>{t('move.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('move.hint')}
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {desktop ? (
            <Group>
              <Button variant="default" leftSection={<IconFileExport size={18} />} loading={exp.isPending} onClick={() => void desktop?.chooseNewWorkspacePath(workspaceName).then((p) => p && doExport(p))}>
                {t('move.export')}
              </Button>
              {exp.error && <Text c="red" size="sm">{fieldError(exp.error)}</Text>}
            </Group>
          ) : (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                doExport(exportPath.trim());
              }}
            >
              <Stack gap="xs">
                <TextInput
                  label={t('move.exportPath')}
                  description={t('move.pathHint')}
                  placeholder={t('move.exportPlaceholder')}
                  value={exportPath}
                  onChange={(e) => {
                    setExportPath(e.currentTarget.value);
                    exp.reset();
                  }}
                  error={fieldError(exp.error)}
                  spellCheck={false}
                  styles={mono}
                />
                <Group justify="flex-end">
                  <Button type="submit" variant="default" leftSection={<IconFileExport size={18} />} loading={exp.isPending} disabled={!exportPath.trim()}>
                    {t('move.exportNow')}
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
          {desktop ? (
            <Group>
              <Button variant="default" leftSection={<IconFileImport size={18} />} loading={imp.isPending} onClick={() => void desktop?.chooseWorkspaceToOpen().then((p) => p && doImport(p))}>
                {t('move.import')}
              </Button>
              {imp.error && <Text c="red" size="sm">{fieldError(imp.error)}</Text>}
            </Group>
          ) : (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                doImport(importPath.trim());
              }}
            >
              <Stack gap="xs">
                <TextInput
                  label={t('move.importPath')}
                  description={t('move.pathHint')}
                  placeholder={t('move.importPlaceholder')}
                  value={importPath}
                  onChange={(e) => {
                    setImportPath(e.currentTarget.value);
                    imp.reset();
                  }}
                  error={fieldError(imp.error)}
                  spellCheck={false}
                  styles={mono}
                />
                <Group justify="flex-end">
                  <Button type="submit" variant="default" leftSection={<IconFileImport size={18} />} loading={imp.isPending} disabled={!importPath.trim()}>
                    {t('move.importNow')}
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
