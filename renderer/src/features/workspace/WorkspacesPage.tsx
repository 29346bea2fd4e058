import { DataList, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFolderOpen, IconPlus } from '@tabler/icons-react';
import type { WorkspaceInfo } from '@shared/api/app';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { useFormat } from '../../i18n/format';
import { BackupTable } from './BackupTable';
import { NewWorkspaceForm } from './NewWorkspaceForm';
import { OpenErrorAlert } from './OpenErrorAlert';
import { OpenWorkspaceForm } from './OpenWorkspaceForm';
import { PathValue } from './PathValue';
import { RecentList } from './RecentList';
import { useOpenWorkspace } from './useWorkspaceActions';
import { WorkspaceBadges } from './WorkspaceMenu';
import { WorkspacePageShell } from './WorkspacePageShell';

function Section({ title, hint, icon, children }: { title: string; hint?: string; icon?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section">
      <Stack gap="md">
        <Stack gap={4}>
          <Group gap="xs">
            {icon}
            <Title order={4}>{title}</Title>
          </Group>
          {hint && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}

/** Everything about workspaces: the open one, switching, creating, opening files, backups. */
export function WorkspacesPage() {
  const { t } = useTranslation('workspace');
  return (
    <WorkspacePageShell title={t('page.title')} intro={t('page.intro')} maw={980} introMaw={720}>
      {(info, ws) => <WorkspacesSections ws={ws} dataDir={info.dataDir} />}
    </WorkspacePageShell>
  );
}

function WorkspacesSections({ ws, dataDir }: { ws: WorkspaceInfo | null; dataDir: string }) {
  const { t } = useTranslation('workspace');
  const fmt = useFormat();
  const recent = useApi('workspace.recent', {});
  const open = useOpenWorkspace();
  const pendingPath = open.isPending ? open.variables : null;
  const others = (recent.data ?? []).filter((r) => r.path !== ws?.path);

  return (
    <>
      <Section title={t('page.current')}>
        {ws ? (
          <Stack gap="sm">
            <Group gap="xs">
              <Text fw={700} size="lg">
                {ws.name}
              </Text>
              <WorkspaceBadges workspace={ws} />
            </Group>
            <DataList labelWidth={200} data-testid="current-workspace">
              <DataList.Item>
                <DataList.ItemLabel>{t('fields.file')}</DataList.ItemLabel>
                <DataList.ItemValue>
                  <PathValue path={ws.path} showInFolder />
                </DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>{t('fields.customers')}</DataList.ItemLabel>
                <DataList.ItemValue>{fmt.number(ws.customerCount)}</DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>{t('fields.schemaVersion')}</DataList.ItemLabel>
                <DataList.ItemValue>{ws.schemaVersion}</DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>{t('fields.dataDir')}</DataList.ItemLabel>
                <DataList.ItemValue>
                  <PathValue path={dataDir} />
                </DataList.ItemValue>
              </DataList.Item>
            </DataList>
          </Stack>
        ) : (
          <Text c="dimmed">{t('page.noCurrent')}</Text>
        )}
      </Section>

      <Section title={t('page.recent')}>
        {recent.isPending ? (
          <Loader size="sm" />
        ) : others.length > 0 ? (
          <RecentList recent={others} onOpen={(p) => open.mutate(p)} pendingPath={pendingPath} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('page.noRecent')}
          </Text>
        )}
      </Section>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section title={t('page.createTitle')} hint={t('page.createHint')} icon={<IconPlus size={20} />}>
          <NewWorkspaceForm />
        </Section>
        <Section title={t('page.openTitle')} hint={t('page.openHint')} icon={<IconFolderOpen size={20} />}>
          <OpenWorkspaceForm onOpen={(p) => open.mutate(p)} pending={open.isPending && !others.some((r) => r.path === open.variables)} />
        </Section>
      </SimpleGrid>

      {open.error && <OpenErrorAlert error={open.error} onOpenBackup={(p) => open.mutate(p)} pendingPath={pendingPath} />}

      {ws && (
        <Section title={t('page.backups')} hint={t('page.backupsHint')}>
          <BackupTable path={ws.path} />
        </Section>
      )}
    </>
  );
}
