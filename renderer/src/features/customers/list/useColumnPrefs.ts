import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { call, type ApiCallError } from '../../../api/client';
import { apiKey, useApi } from '../../../api/hooks';
import { CHOOSABLE_COLUMNS, DEFAULT_COLUMNS, type ChoosableColumn } from './columns';

const TABLE_ID = 'customers';

const known = (ids: readonly string[] | undefined): ChoosableColumn[] | undefined =>
  ids ? CHOOSABLE_COLUMNS.filter((c) => ids.includes(c)) : undefined;

/**
 * The customer list's visible columns, remembered in the app preferences (prefs.columns) so
 * the choice survives a restart. Unknown ids from an older version are dropped.
 *
 * While saves are under way the user's latest choice is shown, whatever the cache holds: every
 * save makes the backend announce a preference change, and the refetch that follows may answer
 * with an earlier save's columns (seen as a click that "did not take" under load).
 */
export function useColumnPrefs() {
  const qc = useQueryClient();
  const prefs = useApi('prefs.get', {});
  const saved = prefs.data?.columns[TABLE_ID];
  const [pending, setPending] = useState<ChoosableColumn[] | null>(null);
  // The same, readable at once: two quick clicks may come before a re-render.
  const pendingRef = useRef<ChoosableColumn[] | null>(null);
  const seqRef = useRef(0);
  const visible: ChoosableColumn[] = useMemo(() => pending ?? known(saved) ?? DEFAULT_COLUMNS, [pending, saved]);

  const setVisible = useCallback(
    (next: ChoosableColumn[] | ((current: ChoosableColumn[]) => ChoosableColumn[])) => {
      const key = apiKey('prefs.get', {});
      type Prefs = NonNullable<typeof prefs.data>;
      const latest = pendingRef.current ?? known(qc.getQueryData<Prefs>(key)?.columns[TABLE_ID]) ?? DEFAULT_COLUMNS;
      const wanted = typeof next === 'function' ? next(latest) : next;
      const ordered = CHOOSABLE_COLUMNS.filter((c) => wanted.includes(c));
      pendingRef.current = ordered;
      setPending(ordered);
      const seq = ++seqRef.current;
      const settle = (answer?: Prefs) => {
        // Only the last save settles; an earlier one's answer is already out of date.
        if (seq !== seqRef.current) return;
        void qc.cancelQueries({ queryKey: key });
        if (answer) qc.setQueryData(key, answer);
        pendingRef.current = null;
        setPending(null);
      };
      call('prefs.update', { columns: { [TABLE_ID]: ordered } })
        .then((p) => settle(p))
        .catch((e: ApiCallError) => {
          settle();
          notifications.show({ color: 'red', message: e.message });
        });
    },
    [qc],
  );

  return { visible, setVisible, ready: !prefs.isPending };
}
