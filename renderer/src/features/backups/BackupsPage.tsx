import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { WorkspacePageShell } from '../workspace/WorkspacePageShell';
import { backupBadge } from './backupBadge';
import { BackupList } from './BackupList';
import { BackupSettingsForm } from './BackupSettingsForm';
import { BackupStatusCard } from './BackupStatusCard';
import { DeepCheckSection } from './DeepCheckSection';
import { MoveWorkspaceSection } from './MoveWorkspaceSection';

/** Backups of the open workspace: status, "Back up now", the list to restore from, settings, moving. */
export function BackupsPage() {
  const { t } = useTranslation('backups');
  return (
    <WorkspacePageShell title={t('page.title')} intro={t('page.intro')} maw={1080} introMaw={760} needsWorkspace>
      {(_info, ws) => (
        <>
          <BackupStatusCard readOnly={ws.readOnly} />
          <BackupList readOnly={ws.readOnly} schemaVersion={ws.schemaVersion} />
          <BackupSettingsForm readOnly={ws.readOnly} />
          <DeepCheckSection />
          <MoveWorkspaceSection workspaceName={ws.name} />
        </>
      )}
    </WorkspacePageShell>
  );
}

/** The nav badge's text: "None yet" before the first backup, "Old" past 7 days, else none. */
export function useBackupBadge(enabled: boolean): string | undefined {
  const { t } = useTranslation('backups');
  const status = useApi('backups.status', {}, { enabled, staleTime: 60_000 });
  const badge = backupBadge(status.data);
  if (badge === 'none') return t('noneBadge');
  return badge === 'old' ? t('staleBadge') : undefined;
}
