import { VALUE_SORTS, type ValueSort } from '@shared/api/valuation';
import { CUSTOMER_KINDS, type CustomerKind } from '@shared/domain/customer';
import { STAGES, type Stage } from '@shared/domain/lifecycle';
import { QUADRANTS, TIERS, type Quadrant, type Tier } from '@shared/domain/valuation/figures';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The filters the value table and matrix share (valuation.table / valuation.matrix input). */
export interface ValueFilter {
  q?: string;
  segmentId?: string;
  stages?: Stage[];
  tiers?: Tier[];
  quadrants?: Quadrant[];
  kinds?: CustomerKind[];
}

export interface ValueSortState {
  field: ValueSort;
  dir: 'asc' | 'desc';
}

export const DEFAULT_VALUE_SORT: ValueSortState = { field: 'score', dir: 'desc' };

const pick = <T extends string>(allowed: readonly T[], values: string[]): T[] => allowed.filter((a) => values.includes(a));
const UUID = /^[0-9a-f-]{36}$/i;

/** Reads the filters and sort from the address, ignoring anything malformed. */
export function parseValueParams(sp: URLSearchParams): { filter: ValueFilter; sort: ValueSortState } {
  const filter: ValueFilter = {};
  const q = sp.get('q')?.trim();
  if (q) filter.q = q.slice(0, 200);
  const seg = sp.get('segment');
  if (seg && UUID.test(seg)) filter.segmentId = seg;
  const stages = pick(STAGES, sp.getAll('stage'));
  if (stages.length) filter.stages = stages;
  const tiers = pick(TIERS, sp.getAll('tier'));
  if (tiers.length) filter.tiers = tiers;
  const quadrants = pick(QUADRANTS, sp.getAll('quadrant'));
  if (quadrants.length) filter.quadrants = quadrants;
  const kinds = pick(CUSTOMER_KINDS, sp.getAll('kind'));
  if (kinds.length) filter.kinds = kinds;
  const field = sp.get('sort');
  const sort: ValueSortState =
    field && (VALUE_SORTS as readonly string[]).includes(field)
      ? { field: field as ValueSort, dir: sp.get('dir') === 'asc' ? 'asc' : 'desc' }
      : DEFAULT_VALUE_SORT;
  return { filter, sort };
}

const OWN = ['q', 'segment', 'stage', 'tier', 'quadrant', 'kind', 'sort', 'dir'];

function writeValueParams(filter: ValueFilter, sort: ValueSortState): URLSearchParams {
  const sp = new URLSearchParams();
  if (filter.q) sp.set('q', filter.q);
  if (filter.segmentId) sp.set('segment', filter.segmentId);
  for (const s of filter.stages ?? []) sp.append('stage', s);
  for (const s of filter.tiers ?? []) sp.append('tier', s);
  for (const s of filter.quadrants ?? []) sp.append('quadrant', s);
  for (const s of filter.kinds ?? []) sp.append('kind', s);
  if (sort.field !== DEFAULT_VALUE_SORT.field || sort.dir !== DEFAULT_VALUE_SORT.dir) {
    sp.set('sort', sort.field);
    sp.set('dir', sort.dir);
  }
  return sp;
}

export function countValueFilters(f: ValueFilter): number {
  return (f.segmentId ? 1 : 0) + (f.stages?.length ? 1 : 0) + (f.tiers?.length ? 1 : 0) + (f.quadrants?.length ? 1 : 0) + (f.kinds?.length ? 1 : 0);
}

/**
 * Filters and sort in the address (#/value?tier=A&sort=economic…): they survive opening a
 * customer and coming back, and the matrix reads the same ones. Replaces the history entry.
 */
export function useValueParams() {
  const [sp, setSp] = useSearchParams();
  const key = sp.toString();
  const { filter, sort } = useMemo(() => parseValueParams(sp), [key]);
  // Every change starts from the address as it is now (two quick changes must not undo each other).
  const update = useCallback(
    (change: (cur: { filter: ValueFilter; sort: ValueSortState }) => { filter: ValueFilter; sort: ValueSortState }) =>
      setSp(
        (prev) => {
          const next = change(parseValueParams(prev));
          const out = writeValueParams(next.filter, next.sort);
          prev.forEach((v, k) => {
            if (!OWN.includes(k)) out.append(k, v);
          });
          return out;
        },
        { replace: true },
      ),
    [setSp],
  );
  const setFilter = useCallback(
    <K extends keyof ValueFilter>(k: K, v: ValueFilter[K]) => update((cur) => ({ ...cur, filter: { ...cur.filter, [k]: v } })),
    [update],
  );
  const setSort = useCallback((s: ValueSortState) => update((cur) => ({ ...cur, sort: s })), [update]);
  const clearFilters = useCallback(() => update((cur) => ({ ...cur, filter: cur.filter.q ? { q: cur.filter.q } : {} })), [update]);
  return {
    filter,
    sort,
    filterCount: countValueFilters(filter),
    setFilter,
    setSort,
    clearFilters,
  };
}
