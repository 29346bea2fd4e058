import { notifications } from '@mantine/notifications';
import type { WorkspaceInfo } from '@shared/api/app';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call, transport, type ApiCallError } from '../../api/client';

/** Native dialogs exist only in the Electron window; the browser preview types paths instead. */
export const desktop = transport.desktop;

/**
 * After a switch every cached answer belongs to the old workspace: refetch everything and go
 * to the customer list (a customer page of the old workspace means nothing in the new one).
 */
function useAfterSwitch() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    await qc.invalidateQueries();
    void navigate('/customers');
  };
}

/** Opens a workspace file; failures (damaged, too new, missing) stay on `error` for OpenErrorAlert. */
export function useOpenWorkspace() {
  const { t } = useTranslation('workspace');
  const afterSwitch = useAfterSwitch();
  return useMutation<WorkspaceInfo, ApiCallError, string>({
    mutationFn: (path) => call('workspace.open', { path }),
    onSuccess: async (ws) => {
      await afterSwitch();
      notifications.show({ message: t('open.opened', { name: ws.name }), color: 'teal' });
    },
  });
}

/** Creates a workspace and starts it empty (it skips the welcome screen: the user chose "empty"). */
export function useCreateWorkspace() {
  const { t } = useTranslation('workspace');
  const afterSwitch = useAfterSwitch();
  return useMutation<WorkspaceInfo, ApiCallError, { name: string; path?: string }>({
    mutationFn: async (input) => {
      await call('workspace.create', input);
      return call('workspace.start', {});
    },
    onSuccess: async (ws) => {
      await afterSwitch();
      notifications.show({ message: t('create.created', { name: ws.name }), color: 'teal' });
    },
  });
}

/** Marks the open (fresh) workspace as started: the welcome screen gives way to the app. */
export function useStartWorkspace() {
  const afterSwitch = useAfterSwitch();
  return useMutation<WorkspaceInfo, ApiCallError, void>({
    mutationFn: () => call('workspace.start', {}),
    onSuccess: afterSwitch,
  });
}
