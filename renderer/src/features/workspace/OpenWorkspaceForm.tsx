import { Button, Group, TextInput } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { desktop } from './useWorkspaceActions';

/**
 * Picks a workspace file: the native open dialog in Electron, a path field in the browser
 * preview (which has no file-system access of its own).
 */
export function OpenWorkspaceForm({
  onOpen,
  pending,
  autoFocus,
}: {
  onOpen: (path: string) => void;
  pending: boolean;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation('workspace');
  const [path, setPath] = useState('');

  if (desktop) {
    return (
      <Group>
        <Button
          variant="default"
          leftSection={<IconFolderOpen size={18} />}
          loading={pending}
          data-autofocus={autoFocus || undefined}
          onClick={() => {
            void desktop?.chooseWorkspaceToOpen().then((p) => p && onOpen(p));
          }}
        >
          {t('open.choose')}
        </Button>
      </Group>
    );
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (path.trim()) onOpen(path.trim());
      }}
    >
      <Group align="flex-end" wrap="nowrap" gap="xs">
        <TextInput
          flex={1}
          label={t('open.path')}
          description={t('open.pathHint')}
          placeholder={t('open.pathPlaceholder')}
          value={path}
          onChange={(e) => setPath(e.currentTarget.value)}
          data-autofocus={autoFocus || undefined}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <Button type="submit" variant="default" loading={pending} disabled={!path.trim()} leftSection={<IconFolderOpen size={18} />}>
          {t('open.submit')}
        </Button>
      </Group>
    </form>
  );
}
