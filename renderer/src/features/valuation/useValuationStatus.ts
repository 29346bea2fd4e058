import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { transport } from '../../api/client';
import { useApi } from '../../api/hooks';

/**
 * The current exhibition and the state of its value assessment (latest snapshot, a running
 * assessment, whether data changed since). Any data change anywhere may make the snapshot
 * out of date, so every change event re-asks the (cheap) status — the value figures
 * themselves only refetch on the 'valuation' domain, i.e. when a new snapshot is stored.
 */
export function useValuationStatus() {
  const qc = useQueryClient();
  const current = useApi('exhibitions.current', {});
  const exhibitionId = current.data?.id ?? '';
  const status = useApi('valuation.status', { exhibitionId }, { enabled: exhibitionId !== '' });
  useEffect(
    () =>
      transport.onEvent((e) => {
        if (e.type === 'data.changed' && e.domain !== 'valuation') void qc.invalidateQueries({ queryKey: ['valuation.status'] });
      }),
    [qc],
  );
  return { current, exhibitionId, status };
}

/** The workspace currency (money figures are shown in it). */
export function useCurrency(): string {
  const settings = useApi('settings.get', {});
  return settings.data?.currency ?? 'CNY';
}
