import { Skeleton, Stack, Text } from '@mantine/core';
import type { ApiError } from '@shared/api';
import { useMemo } from 'react';
import { ApiCallError } from '../../api/client';
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
  initialError,
}: {
  /** The workspace open now (a fresh one behind the welcome screen) is not offered again. */
  excludePath?: string | null;
  emptyText?: string;
  showForm?: boolean;
  /** Why the workspace used last did not reopen at start; shown until the user opens another. */
  initialError?: ApiError | null;
}) {
  const recent = useApi('workspace.recent', {});
  const open = useOpenWorkspace();
  const pendingPath = open.isPending ? open.variables : null;
  const list = (recent.data ?? []).filter((r) => r.path !== excludePath);
  const startError = useMemo(() => (initialError ? new ApiCallError(initialError) : null), [initialError]);
  const error = open.error ?? (open.isIdle ? startError : null);

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
      {error && <OpenErrorAlert error={error} onOpenBackup={(p) => open.mutate(p)} pendingPath={pendingPath} />}
    </Stack>
  );
}
