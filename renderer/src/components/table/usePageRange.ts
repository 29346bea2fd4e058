import { useCallback, useState } from 'react';

/**
 * Which pages of a sparse list are under the visible rows. Kept as page numbers, so scrolling
 * re-renders only when it crosses into another page, not on every row. `baseKey` names the
 * query (search, filter, sort): a new one starts at the top, never fetching the old scroll
 * position's pages for it.
 */
export function usePageRange(baseKey: string, pageSize: number, maxPages: number) {
  const [range, setRangeState] = useState({ key: baseKey, first: 0, last: 0 });
  const { first, last } = range.key === baseKey ? range : { first: 0, last: 0 };
  const pages: number[] = [];
  for (let p = first; p <= last; p++) pages.push(p);

  /** Rows start..end are on screen; at most `maxPages` pages stay subscribed. */
  const setRange = useCallback(
    (start: number, end: number) => {
      const f = Math.floor(start / pageSize);
      const l = Math.min(Math.floor(Math.max(start, end) / pageSize), f + maxPages - 1);
      setRangeState((r) => (r.key === baseKey && r.first === f && r.last === l ? r : { key: baseKey, first: f, last: l }));
    },
    [baseKey, pageSize, maxPages],
  );

  return { pages, first, last, setRange };
}
