import type { CustomerListInput, CustomerListResult } from '@shared/api/customers';
import type { CustomerListRow } from '@shared/domain/customer';
import { useQueries, type Query } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { call, type ApiCallError } from '../../../api/client';
import { apiKey } from '../../../api/hooks';

export const PAGE_SIZE = 100;
/** Never keep more than this many pages subscribed, however tall the window. */
const MAX_PAGES = 12;

export type ListQueryBase = Omit<CustomerListInput, 'offset' | 'limit'>;

type PageInput = CustomerListInput & { offset: number; limit: number };

/** Keeps showing the old rows of the same page while a new search/sort/filter loads. */
function samePage(prev: Query<CustomerListResult, ApiCallError> | undefined, offset: number): boolean {
  const input = prev?.queryKey[1] as PageInput | undefined;
  return input?.offset === offset;
}

/**
 * The list as a sparse array: only the pages under the visible rows are fetched (one query
 * per page of 100, keyed by offset), so 100,000 customers cost what the screen shows.
 * Query keys start with 'customers.list', so backend change events refresh them.
 */
export function useCustomerPages(base: ListQueryBase) {
  const baseKey = JSON.stringify(base);
  // Which pages are under the visible rows. Kept as page numbers, so scrolling re-renders
  // the page only when it crosses into another page of 100, not on every row.
  const [range, setRangeState] = useState({ key: baseKey, first: 0, last: 0 });
  // A new search starts at the top: never fetch the old scroll position's pages for it.
  const { first, last } = range.key === baseKey ? range : { first: 0, last: 0 };
  const pages: number[] = [];
  for (let p = first; p <= last; p++) pages.push(p);

  const results = useQueries({
    queries: pages.map((page) => {
      const input: PageInput = { ...base, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
      return {
        queryKey: apiKey('customers.list', input),
        queryFn: () => call('customers.list', input),
        placeholderData: (prev: CustomerListResult | undefined, prevQuery?: Query<CustomerListResult, ApiCallError>) =>
          samePage(prevQuery, input.offset) ? prev : undefined,
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

  const stamp = results.map((r) => `${r.dataUpdatedAt}:${r.isPlaceholderData ? 1 : 0}`).join(',');
  const { byPage, loaded } = useMemo(() => {
    const byPage = new Map<number, CustomerListRow[]>();
    pages.forEach((p, i) => {
      const rows = results[i]?.data?.rows;
      if (rows) byPage.set(p, rows);
    });
    return { byPage, loaded: [...byPage.values()].flat() };
    // `stamp` and the page numbers capture every change of `results`.
  }, [stamp, first, last]);

  const rowAt = useCallback(
    (index: number): CustomerListRow | undefined => byPage.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [byPage],
  );

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

export type CustomerPages = ReturnType<typeof useCustomerPages>;
