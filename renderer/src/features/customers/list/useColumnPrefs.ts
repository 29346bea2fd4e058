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

  const setVisible = useCallback((next: ChoosableColumn[]) => {
    const ordered = CHOOSABLE_COLUMNS.filter((c) => next.includes(c));
    const key = apiKey('prefs.get', {});
    const before = qc.getQueryData(key);
    // Show the change at once; the saved preferences come back from the backend.
    if (prefs.data) qc.setQueryData(key, { ...prefs.data, columns: { ...prefs.data.columns, [TABLE_ID]: ordered } });
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
  }, [qc, prefs.data]);

  return { visible, setVisible, ready: !prefs.isPending };
}
