import type { InputOf, OutputOf } from '@shared/api';
import type { ValueRow } from '@shared/api/valuation';
import { useQueries, type Query } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { call, type ApiCallError } from '../../../api/client';
import { apiKey } from '../../../api/hooks';

export const PAGE_SIZE = 100;
/** Never keep more than this many pages subscribed, however tall the window. */
const MAX_PAGES = 12;

type TableInput = InputOf<'valuation.table'>;
type TableResult = OutputOf<'valuation.table'>;
export type ValueQueryBase = Omit<TableInput, 'offset' | 'limit'>;

/** Keeps showing the old rows of the same page while a new sort/filter loads. */
function samePage(prev: Query<TableResult, ApiCallError> | undefined, offset: number): boolean {
  const input = prev?.queryKey[1] as TableInput | undefined;
  return input?.offset === offset;
}

/**
 * The value table as a sparse array, like the customer list (useCustomerPages): only the
 * pages of 100 under the visible rows are fetched, so 100,000 relationships cost what the
 * screen shows. Keys start with 'valuation.table', so a new snapshot refreshes them.
 */
export function useValuePages(base: ValueQueryBase) {
  const baseKey = JSON.stringify(base);
  const [range, setRangeState] = useState({ key: baseKey, first: 0, last: 0 });
  const { first, last } = range.key === baseKey ? range : { first: 0, last: 0 };
  const pages: number[] = [];
  for (let p = first; p <= last; p++) pages.push(p);

  const results = useQueries({
    queries: pages.map((page) => {
      const input: TableInput = { ...base, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
      return {
        queryKey: apiKey('valuation.table', input),
        queryFn: () => call('valuation.table', input),
        placeholderData: (prev: TableResult | undefined, prevQuery?: Query<TableResult, ApiCallError>) =>
          samePage(prevQuery, page * PAGE_SIZE) ? prev : undefined,
      };
    }),
  });

  const current = results.find((r) => r.data && !r.isPlaceholderData)?.data ?? results.find((r) => r.data)?.data;
  const lastTotal = useRef<{ key: string; total: number } | null>(null);
  useEffect(() => {
    if (current && !results.some((r) => r.isPlaceholderData)) lastTotal.current = { key: baseKey, total: current.total };
  });
  const total = current?.total ?? (lastTotal.current?.key === baseKey ? lastTotal.current.total : undefined);

  const stamp = results.map((r) => `${r.dataUpdatedAt}:${r.isPlaceholderData ? 1 : 0}`).join(',');
  const { byPage, loaded } = useMemo(() => {
    const byPage = new Map<number, ValueRow[]>();
    pages.forEach((p, i) => {
      const rows = results[i]?.data?.rows;
      if (rows) byPage.set(p, rows);
    });
    return { byPage, loaded: [...byPage.values()].flat() };
    // `stamp` and the page numbers capture every change of `results`.
  }, [stamp, first, last]);

  const rowAt = useCallback((index: number): ValueRow | undefined => byPage.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [byPage]);

  const setRange = useCallback(
    (start: number, end: number) => {
      const f = Math.floor(start / PAGE_SIZE);
      const l = Math.min(Math.floor(Math.max(start, end) / PAGE_SIZE), f + MAX_PAGES - 1);
      setRangeState((r) => (r.key === baseKey && r.first === f && r.last === l ? r : { key: baseKey, first: f, last: l }));
    },
    [baseKey],
  );

  const error = results.find((r) => r.error)?.error ?? null;
  return {
    total,
    rowAt,
    loaded,
    setRange,
    isStale: results.some((r) => r.isPlaceholderData),
    isFetching: results.some((r) => r.isFetching),
    error,
    refetch: () => results.forEach((r) => void r.refetch()),
    baseKey,
  };
}

export type ValuePages = ReturnType<typeof useValuePages>;
