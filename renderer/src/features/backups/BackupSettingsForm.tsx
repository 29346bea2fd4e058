import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { BackupSettings } from '@shared/api/backups';
import { useQueryClient } from '@tanstack/react-query';
import { IconCheck, IconFolderOpen, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useApiMutation } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { desktop } from '../workspace/useWorkspaceActions';

type Retention = BackupSettings['retention'];
const KEYS = ['daily', 'weekly', 'monthly', 'eventDays'] as const;

function Form({ initial, readOnly }: { initial: BackupSettings; readOnly: boolean }) {
  const { t } = useTranslation('backups');
  const qc = useQueryClient();
  const save = useApiMutation('backups.updateSettings');
  const [folder, setFolder] = useState(initial.folder ?? '');
  const [retention, setRetention] = useState<Record<keyof Retention, number | string>>(initial.retention);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formError = save.error && Object.keys(save.error.fields).length === 0 ? save.error.message : null;
  const changeFolder = (value: string) => {
    setFolder(value);
    setErrors((x) => ({ ...x, folder: '' }));
  };
  // In the desktop app the system's folder picker fills the field (it can still be typed); the
  // browser preview has no such dialog.
  const choose = () =>
    void desktop?.chooseFolder(folder.trim() || initial.defaultFolder, t('settings.chooseTitle')).then((dir) => dir && changeFolder(dir));

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        // Empty number fields are sent as they are: the backend names the field that needs a value.
        const num = (k: keyof Retention) => (retention[k] === '' ? Number.NaN : Number(retention[k]));
        const rule: Retention = { daily: num('daily'), weekly: num('weekly'), monthly: num('monthly'), eventDays: num('eventDays') };
        save.mutate(
          { folder: folder.trim() || null, retention: rule },
          {
            onSuccess: (saved) => {
              setErrors({});
              qc.setQueryData(['backups.settings', {}], saved);
              notifications.show({ color: 'teal', icon: <IconCheck size={18} />, message: t('settings.saved') });
            },
            onError: (err) => setErrors(err.fields),
          },
        );
      }}
    >
      <Stack gap="md">
        {readOnly && (
          <Alert color="orange" icon={<IconLock size={18} />}>
            {t('settings.readOnly')}
          </Alert>
        )}
        <Stack gap={4}>
          <TextInput
            label={t('settings.folder')}
            description={t('settings.folderHint')}
            placeholder={t('settings.folderPlaceholder')}
            value={folder}
            onChange={(e) => changeFolder(e.currentTarget.value)}
            error={errors.folder || undefined}
            disabled={readOnly}
            inputContainer={(input) =>
              desktop && !readOnly ? (
                <Group gap="xs" wrap="nowrap">
                  <div style={{ flex: 1 }}>{input}</div>
                  <Button variant="default" leftSection={<IconFolderOpen size={18} />} onClick={choose}>
                    {t('settings.choose')}
                  </Button>
                </Group>
              ) : (
                input
              )
            }
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
          <Group gap="xs">
            <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
              {t('settings.defaultFolder', { path: initial.defaultFolder })}
            </Text>
            {folder && !readOnly && (
              <Button size="compact-xs" variant="subtle" onClick={() => setFolder('')}>
                {t('settings.useDefault')}
              </Button>
            )}
          </Group>
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('settings.keep')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" maw={760}>
            {KEYS.map((k) => (
              <NumberInput
                key={k}
                label={t(`settings.${k}`)}
                value={retention[k]}
                onChange={(v) => {
                  setRetention((r) => ({ ...r, [k]: v }));
                  setErrors((x) => ({ ...x, [`retention.${k}`]: '' }));
                }}
                min={0}
                allowDecimal={false}
                allowNegative={false}
                error={errors[`retention.${k}`] || undefined}
                disabled={readOnly}
              />
            ))}
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('settings.retentionHint')}
          </Text>
        </Stack>
        {formError && <Alert color="red">{formError}</Alert>}
        {!readOnly && (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('settings.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** The backup folder (validated by the backend: it must exist and be writable) and the retention rule. */
export function BackupSettingsForm({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('backups');
  const settings = useApi('backups.settings', {});
  return (
    <Paper withBorder p="lg" component="section" aria-label={t('settings.title')}>
      <Stack gap="md">
        <Title order={4}>{t('settings.title')}</Title>
        {settings.isPending ? (
          <Skeleton h={160} />
        ) : settings.isError ? (
          <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          // Keyed by what was saved: a change from elsewhere resets the form.
          <Form key={JSON.stringify(settings.data)} initial={settings.data} readOnly={readOnly} />
        )}
      </Stack>
    </Paper>
  );
}
