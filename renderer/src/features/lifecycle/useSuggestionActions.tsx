import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { Stage } from '@shared/domain/lifecycle';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client';

export interface SuggestionItem {
  customerId: string;
  exhibitionId: string;
  fingerprint: string;
}

/**
 * Accept / dismiss, one or many, and "accept all to a stage" behind a confirmation. Bulk
 * acceptance is atomic in the backend: if any suggestion changed meanwhile, nothing moves and
 * the user is told to look again (the lists refetch).
 */
export function useSuggestionActions() {
  const { t } = useTranslation('lifecycle');
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const refresh = () => void qc.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('lifecycle.') });

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      const stale = e instanceof ApiCallError && e.error.code === 'conflict';
      notifications.show({ color: stale ? 'orange' : 'red', autoClose: 10_000, message: stale ? t('suggestions.stale') : (e as Error).message });
    } finally {
      setBusy(false);
      refresh();
    }
  };

  const accept = (items: SuggestionItem[]) =>
    run(async () => {
      const r = await call('lifecycle.accept', { items });
      notifications.show({ color: 'teal', message: t('suggestions.accepted', { count: r.accepted }) });
    });

  const dismiss = (items: SuggestionItem[]) =>
    run(async () => {
      const r = await call('lifecycle.dismiss', { items });
      notifications.show({ color: 'gray', message: t('suggestions.dismissed', { count: r.dismissed }) });
    });

  const acceptAll = (exhibitionId: string, toStage: Stage, count: number) => {
    const stage = t(`stage.${toStage}`);
    modals.openConfirmModal({
      title: t('suggestions.acceptAllTitle', { stage }),
      children: <Text size="sm">{t('suggestions.acceptAllBody', { count, stage })}</Text>,
      labels: { confirm: t('suggestions.acceptAll', { count, stage }), cancel: t('common:actions.cancel') },
      confirmProps: { 'data-testid': 'confirm-accept-all' } as Record<string, string>,
      onConfirm: () =>
        void run(async () => {
          const r = await call('lifecycle.acceptAll', { exhibitionId, toStage });
          notifications.show({ color: 'teal', message: t('suggestions.accepted', { count: r.accepted }) });
        }),
    });
  };

  return { accept, dismiss, acceptAll, busy };
}
