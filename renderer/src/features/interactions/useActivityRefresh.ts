import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { transport } from '../../api/client';

// The customer page (customers.page, customers.timeline) shows data of other domains: when
// participations, editions or interactions change anywhere, it must refetch too.
const SHOWN_ELSEWHERE = new Set(['interactions', 'participations', 'editions', 'exhibitions']);

export function useActivityRefresh(): void {
  const qc = useQueryClient();
  useEffect(
    () =>
      transport.onEvent((e) => {
        if (e.type !== 'data.changed' || !SHOWN_ELSEWHERE.has(e.domain)) return;
        void qc.invalidateQueries({
          predicate: (q) => q.queryKey[0] === 'customers.page' || q.queryKey[0] === 'customers.timeline',
        });
      }),
    [qc],
  );
}
