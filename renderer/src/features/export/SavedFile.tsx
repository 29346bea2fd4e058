import { ActionIcon, Button, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconExternalLink, IconFolderOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { transport } from '../../api/client';

/**
 * Where the export was written. The desktop app opens it or shows it in its folder (the
 * Electron shell does that); the browser preview cannot reach the file system, so it shows the
 * full path with a copy button.
 */
export function SavedFile({ path }: { path: string }) {
  const { t } = useTranslation('exports');
  const desktop = transport.desktop;
  const open = async () => {
    const reason = await desktop?.openExport(path);
    if (reason) notifications.show({ color: 'red', message: t('openFailed', { reason }) });
  };
  return (
    <Stack gap={6}>
      <Text size="xs" c="dimmed">
        {t('savedTo')}
      </Text>
      <Group gap={4} wrap="nowrap" align="center" miw={0}>
        <Text ff="monospace" size="sm" style={{ wordBreak: 'break-all', userSelect: 'text' }} miw={0} data-testid="export-saved-path">
          {path}
        </Text>
        <CopyButton value={path} timeout={1500}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('copied') : t('copy')} withArrow>
              <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} size="sm" onClick={copy} aria-label={`${t('copy')}: ${path}`}>
                {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      {desktop && (
        <Group gap="xs">
          <Button size="xs" leftSection={<IconExternalLink size={14} />} onClick={() => void open()}>
            {t('openFile')}
          </Button>
          <Button size="xs" variant="default" leftSection={<IconFolderOpen size={14} />} onClick={() => void desktop.showInFolder(path)}>
            {t('showInFolder')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
