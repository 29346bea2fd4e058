import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { call, type ApiCallError } from '../../api/client';
import { apiKey, useApi } from '../../api/hooks';

/** Which table's columns (its key under prefs.columns), which may be chosen, and the defaults. */
export interface ColumnPrefsConfig<C extends string> {
  tableId: string;
  /** Every choosable column, in display order: a choice is always stored in this order. */
  choosable: readonly C[];
  defaults: C[];
}

export type ColumnsUpdate<C extends string> = C[] | ((current: C[]) => C[]);

/**
 * A table's visible columns, remembered in the app preferences (prefs.columns[tableId]) so
 * the choice survives a restart. Unknown ids from an older version are dropped. Pass a
 * module-level config: the setter is rebuilt when it changes.
 *
 * While saves are under way the user's latest choice is shown, whatever the cache holds: every
 * save makes the backend announce a preference change, and the refetch that follows may answer
 * with an earlier save's columns (seen as a click that "did not take" under load).
 */
export function useColumnPrefs<C extends string>(config: ColumnPrefsConfig<C>) {
  const { tableId, choosable, defaults } = config;
  const qc = useQueryClient();
  const prefs = useApi('prefs.get', {});
  const saved = prefs.data?.columns[tableId];
  const [pending, setPending] = useState<C[] | null>(null);
  // The same, readable at once: two quick clicks may come before a re-render.
  const pendingRef = useRef<C[] | null>(null);
  const seqRef = useRef(0);
  const known = useCallback(
    (ids: readonly string[] | undefined): C[] | undefined => (ids ? choosable.filter((c) => ids.includes(c)) : undefined),
    [choosable],
  );
  const visible: C[] = useMemo(() => pending ?? known(saved) ?? defaults, [pending, known, saved, defaults]);

  const setVisible = useCallback(
    (next: ColumnsUpdate<C>) => {
      const key = apiKey('prefs.get', {});
      type Prefs = NonNullable<typeof prefs.data>;
      const latest = pendingRef.current ?? known(qc.getQueryData<Prefs>(key)?.columns[tableId]) ?? defaults;
      const wanted = typeof next === 'function' ? next(latest) : next;
      const ordered = choosable.filter((c) => wanted.includes(c));
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
      call('prefs.update', { columns: { [tableId]: ordered } })
        .then((p) => settle(p))
        .catch((e: ApiCallError) => {
          settle();
          notifications.show({ color: 'red', message: e.message });
        });
    },
    [qc, known, tableId, choosable, defaults],
  );

  return { visible, setVisible, ready: !prefs.isPending };
}
