import { ActionIcon, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconFolderOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { desktop } from './useWorkspaceActions';

/** A file or folder path the user may need elsewhere: selectable, copyable, and in Electron showable. */
export function PathValue({ path, showInFolder = false }: { path: string; showInFolder?: boolean }) {
  const { t } = useTranslation('workspace');
  return (
    <Group gap={4} wrap="nowrap" align="center" miw={0}>
      <Text ff="monospace" size="sm" style={{ wordBreak: 'break-all', userSelect: 'text' }} miw={0}>
        {path}
      </Text>
      <CopyButton value={path} timeout={1500}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('copy.copied') : t('copy.copy')} withArrow>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              size="sm"
              onClick={copy}
              aria-label={`${t('copy.copy')}: ${path}`}
            >
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
      {showInFolder && desktop && (
        <Tooltip label={t('menu.showInFolder')} withArrow>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            onClick={() => void desktop?.showInFolder(path)}
            aria-label={t('menu.showInFolder')}
          >
            <IconFolderOpen size={14} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
