import { Badge, Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import type { WorkspaceInfo } from '@shared/api/app';
import {
  IconChevronDown,
  IconDatabase,
  IconFolderOpen,
  IconFolderSearch,
  IconPlus,
  IconSettings2,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '../../api/hooks';
import { NewWorkspaceForm } from './NewWorkspaceForm';
import { OpenErrorAlert } from './OpenErrorAlert';
import { OpenWorkspaceForm } from './OpenWorkspaceForm';
import { desktop, useOpenWorkspace } from './useWorkspaceActions';

export function WorkspaceBadges({ workspace }: { workspace: WorkspaceInfo }) {
  const { t } = useTranslation('workspace');
  return (
    <>
      {workspace.isDemo && (
        <Badge size="sm" variant="light" color="grape">
          {t('badges.demo')}
        </Badge>
      )}
      {workspace.readOnly && (
        <Badge size="sm" variant="light" color="orange">
          {t('badges.readOnly')}
        </Badge>
      )}
    </>
  );
}

/** The header's workspace switcher: which workspace is open, and the ways to another one. */
export function WorkspaceMenu({ workspace }: { workspace: WorkspaceInfo }) {
  const { t } = useTranslation('workspace');
  const navigate = useNavigate();
  const recent = useApi('workspace.recent', {});
  const open = useOpenWorkspace();
  const [dialog, setDialog] = useState<'new' | 'open' | null>(null);
  const others = (recent.data ?? []).filter((r) => r.path !== workspace.path && r.exists).slice(0, 6);

  const openPath = (path: string) =>
    open.mutate(path, {
      onSuccess: () => setDialog(null),
      // A switch that fails shows why in the open dialog (damaged → its backups).
      onError: () => setDialog('open'),
    });

  const closeDialog = () => {
    setDialog(null);
    open.reset();
  };

  return (
    <>
      <Menu position="bottom-start" width={300} shadow="md" withinPortal>
        <Menu.Target>
          <Button
            variant="subtle"
            color="gray"
            px="xs"
            rightSection={<IconChevronDown size={14} />}
            aria-label={t('menu.label', { name: workspace.name })}
            data-testid="workspace-menu"
            loading={open.isPending}
          >
            <Group gap={6} wrap="nowrap">
              <Text size="sm" fw={500} truncate maw={220}>
                {workspace.name}
              </Text>
              <WorkspaceBadges workspace={workspace} />
            </Group>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('menu.recent')}</Menu.Label>
          {others.length === 0 && (
            <Menu.Item disabled>
              <Text size="xs">{t('menu.noRecent')}</Text>
            </Menu.Item>
          )}
          {others.map((r) => (
            <Menu.Item key={r.path} leftSection={<IconDatabase size={16} />} onClick={() => openPath(r.path)}>
              <Stack gap={0}>
                <Text size="sm">{r.name}</Text>
                <Text size="xs" c="dimmed" truncate maw={230} title={r.path}>
                  {r.path}
                </Text>
              </Stack>
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconPlus size={16} />} onClick={() => setDialog('new')}>
            {t('menu.new')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconFolderOpen size={16} />}
            onClick={() => {
              if (desktop) void desktop.chooseWorkspaceToOpen().then((p) => p && openPath(p));
              else setDialog('open');
            }}
          >
            {t('menu.open')}
          </Menu.Item>
          {desktop && (
            <Menu.Item leftSection={<IconFolderSearch size={16} />} onClick={() => void desktop?.showInFolder(workspace.path)}>
              {t('menu.showInFolder')}
            </Menu.Item>
          )}
          <Menu.Divider />
          <Menu.Item leftSection={<IconSettings2 size={16} />} onClick={() => void navigate('/workspaces')}>
            {t('menu.manage')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>

      <Modal opened={dialog === 'new'} onClose={closeDialog} title={t('page.createTitle')} size="md">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('page.createHint')}
          </Text>
          <NewWorkspaceForm autoFocus onCreated={closeDialog} />
        </Stack>
      </Modal>

      <Modal opened={dialog === 'open'} onClose={closeDialog} title={t('page.openTitle')} size="lg">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('page.openHint')}
          </Text>
          <OpenWorkspaceForm onOpen={openPath} pending={open.isPending} autoFocus />
          {open.error && <OpenErrorAlert error={open.error} onOpenBackup={openPath} />}
        </Stack>
      </Modal>
    </>
  );
}
