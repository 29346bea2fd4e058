import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import type { AppInfo, WorkspaceInfo } from '@shared/api/app';
import type { ReactNode } from 'react';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';

interface ShellProps {
  title: string;
  intro: string;
  /** The page's width (px). */
  maw: number;
  /** The intro's width (px). */
  introMaw: number;
}

type Props = ShellProps &
  (
    | { /** Renders nothing while no workspace is open. */ needsWorkspace: true; children: (info: AppInfo, ws: WorkspaceInfo) => ReactNode }
    | { needsWorkspace?: false; children: (info: AppInfo, ws: WorkspaceInfo | null) => ReactNode }
  );

/**
 * A page about the workspace (workspaces, backups): waits for app.info, shows its error with a
 * retry, then the page's title and intro above what `children` makes of the info.
 */
export function WorkspacePageShell(props: Props) {
  const { title, intro, maw, introMaw } = props;
  const info = useApi('app.info', {});
  if (info.isPending) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  if (info.isError) return <ErrorState error={info.error} onRetry={() => void info.refetch()} />;
  const ws = info.data.workspace;
  let body: ReactNode;
  if (props.needsWorkspace) {
    if (!ws) return null;
    body = props.children(info.data, ws);
  } else {
    body = props.children(info.data, ws);
  }
  return (
    <Stack gap="lg" maw={maw} pb="xl">
      <Stack gap={4}>
        <Title order={2}>{title}</Title>
        <Text c="dimmed" maw={introMaw}>
          {intro}
        </Text>
      </Stack>
      {body}
    </Stack>
  );
}
