import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { call, type ApiCallError } from '../../../api/client';
import { apiKey, useApi } from '../../../api/hooks';
import { CHOOSABLE_COLUMNS, DEFAULT_COLUMNS, type ChoosableColumn } from './columns';

const TABLE_ID = 'customers';
let saveSeq = 0;

/**
 * The customer list's visible columns, remembered in the app preferences (prefs.columns) so
 * the choice survives a restart. Unknown ids from an older version are dropped.
 */
export function useColumnPrefs() {
  const qc = useQueryClient();
  const prefs = useApi('prefs.get', {});
  const saved = prefs.data?.columns[TABLE_ID];
  const visible: ChoosableColumn[] = useMemo(
    () => (saved ? CHOOSABLE_COLUMNS.filter((c) => saved.includes(c)) : DEFAULT_COLUMNS),
    [saved],
  );

  const setVisible = useCallback(
    (next: ChoosableColumn[] | ((current: ChoosableColumn[]) => ChoosableColumn[])) => {
      const key = apiKey('prefs.get', {});
      type Prefs = NonNullable<typeof prefs.data>;
      // A refetch already under way (the backend announces every preference change) would
      // answer with the columns from before this click: drop it; the save's answer replaces it.
      void qc.cancelQueries({ queryKey: key });
      const before = qc.getQueryData<Prefs>(key);
      // The latest columns, not those of the last render: two quick clicks may come between renders.
      const current = before?.columns[TABLE_ID];
      const latest = current ? CHOOSABLE_COLUMNS.filter((c) => current.includes(c)) : DEFAULT_COLUMNS;
      const wanted = typeof next === 'function' ? next(latest) : next;
      const ordered = CHOOSABLE_COLUMNS.filter((c) => wanted.includes(c));
      // Show the change at once; the saved preferences come back from the backend.
      if (before) qc.setQueryData<Prefs>(key, { ...before, columns: { ...before.columns, [TABLE_ID]: ordered } });
      // Quick clicks send several updates; only the last one's answer may replace the cache,
      // or an earlier answer would briefly undo a later click.
      const seq = ++saveSeq;
      call('prefs.update', { columns: { [TABLE_ID]: ordered } })
        .then((p) => {
          if (seq === saveSeq) qc.setQueryData(key, p);
        })
        .catch((e: ApiCallError) => {
          if (seq === saveSeq) qc.setQueryData(key, before);
          notifications.show({ color: 'red', message: e.message });
        });
    },
    [qc],
  );

  return { visible, setVisible, ready: !prefs.isPending };
}
