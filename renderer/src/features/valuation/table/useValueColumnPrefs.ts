import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { call, type ApiCallError } from '../../../api/client';
import { apiKey, useApi } from '../../../api/hooks';
import { CHOOSABLE_VALUE_COLUMNS, DEFAULT_VALUE_COLUMNS, type ValueColumn } from './valueColumns';

const TABLE_ID = 'value';

const known = (ids: readonly string[] | undefined): ValueColumn[] | undefined =>
  ids ? CHOOSABLE_VALUE_COLUMNS.filter((c) => ids.includes(c)) : undefined;

/**
 * The value table's visible figures, remembered in the app preferences (prefs.columns.value),
 * the same way as the customer list's columns (customers/list/useColumnPrefs.ts, which
 * explains why the latest choice is shown while saves are under way).
 */
export function useValueColumnPrefs() {
  const qc = useQueryClient();
  const prefs = useApi('prefs.get', {});
  const saved = prefs.data?.columns[TABLE_ID];
  const [pending, setPending] = useState<ValueColumn[] | null>(null);
  const pendingRef = useRef<ValueColumn[] | null>(null);
  const seqRef = useRef(0);
  const visible: ValueColumn[] = useMemo(() => pending ?? known(saved) ?? DEFAULT_VALUE_COLUMNS, [pending, saved]);

  const setVisible = useCallback(
    (next: ValueColumn[] | ((current: ValueColumn[]) => ValueColumn[])) => {
      const key = apiKey('prefs.get', {});
      type Prefs = NonNullable<typeof prefs.data>;
      const latest = pendingRef.current ?? known(qc.getQueryData<Prefs>(key)?.columns[TABLE_ID]) ?? DEFAULT_VALUE_COLUMNS;
      const wanted = typeof next === 'function' ? next(latest) : next;
      const ordered = CHOOSABLE_VALUE_COLUMNS.filter((c) => wanted.includes(c));
      pendingRef.current = ordered;
      setPending(ordered);
      const seq = ++seqRef.current;
      const settle = (answer?: Prefs) => {
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

  return { visible, setVisible };
}
