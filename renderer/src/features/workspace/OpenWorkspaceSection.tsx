import { Skeleton, Stack, Text } from '@mantine/core';
import { useApi } from '../../api/hooks';
import { OpenErrorAlert } from './OpenErrorAlert';
import { OpenWorkspaceForm } from './OpenWorkspaceForm';
import { RecentList } from './RecentList';
import { useOpenWorkspace } from './useWorkspaceActions';

/** Recent workspaces plus "open a file", sharing one place for what went wrong. */
export function OpenWorkspaceSection({
  excludePath,
  emptyText,
  showForm = true,
}: {
  /** The workspace open now (a fresh one behind the welcome screen) is not offered again. */
  excludePath?: string | null;
  emptyText?: string;
  showForm?: boolean;
}) {
  const recent = useApi('workspace.recent', {});
  const open = useOpenWorkspace();
  const pendingPath = open.isPending ? open.variables : null;
  const list = (recent.data ?? []).filter((r) => r.path !== excludePath);

  return (
    <Stack gap="md">
      {recent.isPending ? (
        <Skeleton h={64} />
      ) : list.length > 0 ? (
        <RecentList recent={list} onOpen={(p) => open.mutate(p)} pendingPath={pendingPath} />
      ) : (
        emptyText && (
          <Text size="sm" c="dimmed">
            {emptyText}
          </Text>
        )
      )}
      {showForm && <OpenWorkspaceForm onOpen={(p) => open.mutate(p)} pending={open.isPending && !list.some((r) => r.path === open.variables)} />}
      {open.error && <OpenErrorAlert error={open.error} onOpenBackup={(p) => open.mutate(p)} pendingPath={pendingPath} />}
    </Stack>
  );
}
