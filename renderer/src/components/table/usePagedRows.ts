import type { InputOf, MethodName, OutputOf } from '@shared/api';
import { useQueries, type Query } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { call, type ApiCallError } from '../../api/client';
import { apiKey } from '../../api/hooks';
import { usePageRange } from './usePageRange';
import { usePageRows } from './usePageRows';

export const PAGE_SIZE = 100;
/** Never keep more than this many pages subscribed, however tall the window. */
const MAX_PAGES = 12;

/** Methods that page their rows by offset/limit and say how many there are in all. */
export type PagedMethod = {
  [M in MethodName]: InputOf<M> extends { offset?: number; limit?: number }
    ? OutputOf<M> extends { rows: unknown[]; total: number }
      ? M
      : never
    : never;
}[MethodName];
export type RowOf<M extends PagedMethod> = OutputOf<M> extends { rows: (infer R)[] } ? R : never;
/** The query without its paging: what names the list (search, filter, sort). */
export type PagedBase<M extends PagedMethod> = Omit<InputOf<M>, 'offset' | 'limit'>;
interface Page<R> {
  rows: R[];
  total: number;
}

/** Keeps showing the old rows of the same page while a new search/sort/filter loads. */
function samePage(prev: Query<unknown, ApiCallError> | undefined, offset: number): boolean {
  const input = prev?.queryKey[1] as { offset?: number } | undefined;
  return input?.offset === offset;
}

/**
 * A long list as a sparse array: only the pages of 100 under the visible rows are fetched
 * (one query per page, keyed by offset), so 100,000 rows cost what the screen shows. Query
 * keys start with the method name, so the backend's change events refresh them.
 */
export function usePagedRows<M extends PagedMethod>(method: M, base: PagedBase<M>) {
  type R = RowOf<M>;
  const baseKey = JSON.stringify(base);
  const { pages, setRange } = usePageRange(baseKey, PAGE_SIZE, MAX_PAGES);

  const results = useQueries({
    queries: pages.map((page) => {
      // Omit<> loses that base plus paging is the method's input again.
      const input = { ...base, offset: page * PAGE_SIZE, limit: PAGE_SIZE } as InputOf<M>;
      return {
        queryKey: apiKey(method, input),
        queryFn: () => call(method, input) as Promise<Page<R>>,
        placeholderData: (prev: Page<R> | undefined, prevQuery?: Query<Page<R>, ApiCallError>) =>
          samePage(prevQuery as Query<unknown, ApiCallError> | undefined, page * PAGE_SIZE) ? prev : undefined,
      };
    }),
  });

  const current = results.find((r) => r.data && !r.isPlaceholderData)?.data ?? results.find((r) => r.data)?.data;
  // While the user scrolls into pages not loaded yet, keep the last known total for this query.
  const lastTotal = useRef<{ key: string; total: number } | null>(null);
  useEffect(() => {
    if (current && !results.some((r) => r.isPlaceholderData)) lastTotal.current = { key: baseKey, total: current.total };
  });
  const total = current?.total ?? (lastTotal.current?.key === baseKey ? lastTotal.current.total : undefined);
  const { loaded, rowAt } = usePageRows<R>(pages, results, PAGE_SIZE, true);

  const error = results.find((r) => r.error)?.error ?? null;
  return {
    total,
    rowAt,
    /** Rows of the loaded visible pages: the data the table's row model is built from. */
    loaded,
    setRange,
    isLoading: total === undefined && !error,
    /** Showing the previous search's rows while the new one loads. */
    isStale: results.some((r) => r.isPlaceholderData),
    isFetching: results.some((r) => r.isFetching),
    error,
    refetch: () => results.forEach((r) => void r.refetch()),
    baseKey,
  };
}

export type PagedRows<R> = Omit<ReturnType<typeof usePagedRows>, 'rowAt' | 'loaded'> & {
  rowAt: (index: number) => R | undefined;
  loaded: R[];
};
