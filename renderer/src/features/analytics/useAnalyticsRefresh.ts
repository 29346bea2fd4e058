import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { transport } from '../../api/client';

// The analytics read the stage history, relationships, customers (the Trash) and editions:
// when any of those domains changes, they refetch (their own domain never changes by itself).
const READS = new Set(['lifecycle', 'customers', 'exhibitions', 'editions', 'participations']);

export function useAnalyticsRefresh(): void {
  const qc = useQueryClient();
  useEffect(
    () =>
      transport.onEvent((e) => {
        if (e.type !== 'data.changed' || !READS.has(e.domain)) return;
        void qc.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('lifecycleAnalytics.') });
      }),
    [qc],
  );
}
