import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type ApiCallError } from '../../../api/client';
import type { HeaderCheckbox } from './CustomerTable';
import type { CustomerPages, ListQueryBase } from './useCustomerPages';

/** The most ids one bulk action takes (customers.trash / restore accept up to 10,000). */
export const MAX_SELECTION = 10_000;
const FETCH_PAGE = 500;

/**
 * Checked rows, by customer id. Shift+click extends from the last clicked row; the header box
 * selects every customer matching the search and filters (not only the rows on screen).
 * A new search or filter clears the selection, so an action never hits rows out of sight.
 */
export function useSelection(pages: CustomerPages, base: ListQueryBase) {
  const { t } = useTranslation('customerList');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [loadingAll, setLoadingAll] = useState(false);
  const anchor = useRef<number | null>(null);

  const scope = JSON.stringify({ q: base.q, filter: base.filter, trash: base.trash });
  useEffect(() => {
    setSelected(new Set());
    anchor.current = null;
  }, [scope]);

  const toggleRow = (index: number, shift: boolean) => {
    const row = pages.rowAt(index);
    if (!row) return;
    const next = new Set(selected);
    const on = !selected.has(row.id);
    if (shift && anchor.current !== null) {
      const [from, to] = anchor.current < index ? [anchor.current, index] : [index, anchor.current];
      for (let i = from; i <= to; i++) {
        const r = pages.rowAt(i);
        if (r) {
          if (on) next.add(r.id);
          else next.delete(r.id);
        }
      }
    } else if (on) next.add(row.id);
    else next.delete(row.id);
    anchor.current = index;
    setSelected(next);
  };

  const selectAll = async () => {
    const total = pages.total ?? 0;
    setLoadingAll(true);
    try {
      const ids: string[] = [];
      for (let offset = 0; offset < total && ids.length < MAX_SELECTION; offset += FETCH_PAGE) {
        const r = await call('customers.list', { ...base, offset, limit: FETCH_PAGE });
        ids.push(...r.rows.map((row) => row.id));
        if (r.rows.length < FETCH_PAGE) break;
      }
      setSelected(new Set(ids.slice(0, MAX_SELECTION)));
    } catch (e) {
      notifications.show({ color: 'red', message: (e as ApiCallError).message });
    } finally {
      setLoadingAll(false);
    }
  };

  const total = pages.total ?? 0;
  const tooMany = total > MAX_SELECTION;
  const headerCheckbox: HeaderCheckbox = {
    checked: selected.size > 0 && selected.size >= total,
    indeterminate: selected.size > 0 && selected.size < total,
    disabled: total === 0 || loadingAll || (tooMany && selected.size === 0),
    hint: tooMany && selected.size === 0 ? t('table.tooManyToSelect', { max: MAX_SELECTION }) : undefined,
    onToggle: () => {
      if (selected.size > 0) setSelected(new Set());
      else void selectAll();
    },
  };

  const clear = useCallback(() => setSelected(new Set()), []);

  return {
    selected,
    count: selected.size,
    toggleRow,
    clear,
    headerCheckbox,
    loadingAll,
  };
}
