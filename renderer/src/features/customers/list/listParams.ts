import {
  CUSTOMER_SORT_FIELDS,
  type CustomerFilter,
  type CustomerSortField,
} from '@shared/api/customers';
import { CUSTOMER_KINDS, SCREENING_STATUSES, type CustomerKind, type ScreeningStatus } from '@shared/domain/customer';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export interface ListSort {
  field: CustomerSortField;
  dir: 'asc' | 'desc';
}

export interface ListParams {
  q: string;
  filter: CustomerFilter;
  sort: ListSort;
}

export const DEFAULT_SORT: ListSort = { field: 'companyName', dir: 'asc' };

const TEXT_FILTERS = ['industry', 'country', 'region', 'tag'] as const;
type TextFilter = (typeof TEXT_FILTERS)[number];

function pick<T extends string>(allowed: readonly T[], values: string[]): T[] {
  return allowed.filter((a) => values.includes(a));
}

/** Reads the list's state from the address, ignoring anything malformed (a hand-edited URL). */
export function parseListParams(sp: URLSearchParams): ListParams {
  const filter: CustomerFilter = {};
  const kinds = pick<CustomerKind>(CUSTOMER_KINDS, sp.getAll('kind'));
  if (kinds.length) filter.kinds = kinds;
  const screening = pick<ScreeningStatus>(SCREENING_STATUSES, sp.getAll('screening'));
  if (screening.length) filter.screening = screening;
  for (const key of TEXT_FILTERS) {
    const v = sp.get(key);
    if (v) filter[key] = v;
  }
  const field = sp.get('sort') as CustomerSortField | null;
  const sort: ListSort =
    field && (CUSTOMER_SORT_FIELDS as readonly string[]).includes(field)
      ? { field, dir: sp.get('dir') === 'desc' ? 'desc' : 'asc' }
      : DEFAULT_SORT;
  return { q: sp.get('q') ?? '', filter, sort };
}

function writeListParams(p: ListParams, keep: URLSearchParams): URLSearchParams {
  const sp = new URLSearchParams();
  // Keys this module does not own (e.g. focus=search) pass through untouched.
  const own = new Set(['q', 'kind', 'screening', 'sort', 'dir', ...TEXT_FILTERS]);
  keep.forEach((v, k) => {
    if (!own.has(k)) sp.append(k, v);
  });
  if (p.q.trim()) sp.set('q', p.q);
  for (const k of p.filter.kinds ?? []) sp.append('kind', k);
  for (const s of p.filter.screening ?? []) sp.append('screening', s);
  for (const key of TEXT_FILTERS) {
    const v = p.filter[key];
    if (v) sp.set(key, v);
  }
  if (p.sort.field !== DEFAULT_SORT.field || p.sort.dir !== DEFAULT_SORT.dir) {
    sp.set('sort', p.sort.field);
    sp.set('dir', p.sort.dir);
  }
  return sp;
}

export function countFilters(f: CustomerFilter): number {
  return (f.kinds?.length ? 1 : 0) + (f.screening?.length ? 1 : 0) + TEXT_FILTERS.filter((k) => f[k]).length;
}

/**
 * The list's search, filters and sort live in the address (#/customers?q=…&kind=…), so they
 * survive opening a customer and coming back, and a filtered list can be bookmarked.
 * Updates replace the history entry: Back leaves the list instead of undoing keystrokes.
 */
export function useListParams() {
  const [sp, setSp] = useSearchParams();
  const params = useMemo(() => parseListParams(sp), [sp]);

  const update = useCallback(
    (change: (p: ListParams) => ListParams) =>
      setSp((prev) => writeListParams(change(parseListParams(prev)), prev), { replace: true }),
    [setSp],
  );

  return {
    ...params,
    filterCount: countFilters(params.filter),
    searchParams: sp,
    setQ: useCallback((q: string) => update((p) => ({ ...p, q })), [update]),
    setFilter: useCallback(
      <K extends keyof CustomerFilter>(key: K, value: CustomerFilter[K]) =>
        update((p) => {
          const filter = { ...p.filter };
          const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
          if (empty) delete filter[key];
          else filter[key] = value;
          return { ...p, filter };
        }),
      [update],
    ),
    clearFilters: useCallback(() => update((p) => ({ ...p, filter: {} })), [update]),
    clearAll: useCallback(() => update((p) => ({ ...p, q: '', filter: {} })), [update]),
    setSort: useCallback((sort: ListSort) => update((p) => ({ ...p, sort })), [update]),
    /** Removes a one-off key such as focus=search. */
    dropParam: useCallback(
      (key: string) =>
        setSp(
          (prev) => {
            const next = new URLSearchParams(prev);
            next.delete(key);
            return next;
          },
          { replace: true },
        ),
      [setSp],
    ),
  };
}

export type TextFilterKey = TextFilter;
