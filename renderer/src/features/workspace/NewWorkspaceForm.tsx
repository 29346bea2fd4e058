import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconFolder, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { PathValue } from './PathValue';
import { desktop, useCreateWorkspace } from './useWorkspaceActions';

/**
 * Name (and in Electron, optionally a place) for a new empty workspace; creates and opens it.
 * Backend field errors (name required / too long, file exists) show on the field.
 */
export function NewWorkspaceForm({
  submitLabel,
  autoFocus,
  onCreated,
  prominent = false,
}: {
  submitLabel?: string;
  /** A big full-width button, as on the welcome screen's choice card. */
  prominent?: boolean;
  autoFocus?: boolean;
  onCreated?: () => void;
}) {
  const { t } = useTranslation('workspace');
  const info = useApi('app.info', {});
  const create = useCreateWorkspace();
  // Untouched, the suggested name follows the language (the welcome screen has a language switch).
  const [typed, setName] = useState<string | null>(null);
  const name = typed ?? t('create.defaultName');
  const [path, setPath] = useState<string | null>(null);
  const fields = create.error?.fields ?? {};
  const otherError = create.error && !fields.name && !fields.path ? create.error.message : null;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({ name, ...(path ? { path } : {}) }, { onSuccess: () => onCreated?.() });
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('create.name')}
          placeholder={t('create.namePlaceholder')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fields.name ?? otherError}
          data-autofocus={autoFocus || undefined}
          maxLength={80}
        />
        <Stack gap={4}>
          <Text size="xs" c="dimmed">
            {t('create.location')}
          </Text>
          {path ? (
            <PathValue path={path} />
          ) : (
            <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {info.data ? `${info.data.workspacesDir}` : t('create.locationDefault')}
            </Text>
          )}
          {fields.path && (
            <Text size="xs" c="red">
              {fields.path}
            </Text>
          )}
        </Stack>
        <Group justify="space-between">
          {desktop ? (
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconFolder size={16} />}
              onClick={() => void desktop?.chooseNewWorkspacePath(name.trim() || t('create.defaultName')).then((p) => p && setPath(p))}
            >
              {t('create.chooseLocation')}
            </Button>
          ) : (
            !prominent && <span />
          )}
          <Button
            type="submit"
            loading={create.isPending}
            leftSection={<IconPlus size={18} />}
            size={prominent ? 'md' : 'sm'}
            fullWidth={prominent}
          >
            {submitLabel ?? t('create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
