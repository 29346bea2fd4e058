import { useQueries } from '@tanstack/react-query';
import type { Stage } from '@shared/domain/lifecycle';
import { useCallback, useMemo, useState } from 'react';
import { lifecycleBoard } from './lifecycleApi';
import type { BoardRow } from './types';

export const COLUMN_PAGE = 50;
/** At most this many pages of one column stay subscribed, however far it is scrolled. */
const MAX_PAGES = 6;

/**
 * One board column as a sparse list: only the pages under its visible cards are fetched
 * (lifecycle.board offset/limit), so a column of 10,000 costs what the screen shows.
 * Keys start with 'lifecycle.board', so backend change events refresh them.
 */
export function useColumnPages(exhibitionId: string, stage: Stage, q: string) {
  const baseKey = `${exhibitionId}|${stage}|${q}`;
  const [range, setRangeState] = useState({ key: baseKey, first: 0, last: 0 });
  const { first, last } = range.key === baseKey ? range : { first: 0, last: 0 };
  const pages: number[] = [];
  for (let p = first; p <= last; p++) pages.push(p);

  const results = useQueries({
    queries: pages.map((page) => {
      const input = { exhibitionId, stage, q: q || undefined, offset: page * COLUMN_PAGE, limit: COLUMN_PAGE };
      return {
        queryKey: ['lifecycle.board', input],
        queryFn: () => lifecycleBoard(input),
        placeholderData: (prev: { rows: BoardRow[]; total: number } | undefined) => prev,
      };
    }),
  });

  const stamp = results.map((r) => r.dataUpdatedAt).join(',');
  const byPage = useMemo(() => {
    const m = new Map<number, BoardRow[]>();
    pages.forEach((p, i) => {
      const rows = results[i]?.data?.rows;
      if (rows && !results[i]?.isPlaceholderData) m.set(p, rows);
    });
    return m;
    // `stamp` and the page numbers capture every change of `results`.
  }, [stamp, first, last]);

  const total = results.find((r) => r.data)?.data?.total;
  const rowAt = useCallback((i: number) => byPage.get(Math.floor(i / COLUMN_PAGE))?.[i % COLUMN_PAGE], [byPage]);
  const setRange = useCallback(
    (start: number, end: number) => {
      const f = Math.floor(start / COLUMN_PAGE);
      const l = Math.min(Math.floor(Math.max(start, end) / COLUMN_PAGE), f + MAX_PAGES - 1);
      setRangeState((r) => (r.key === baseKey && r.first === f && r.last === l ? r : { key: baseKey, first: f, last: l }));
    },
    [baseKey],
  );
  const error = results.find((r) => r.error)?.error ?? null;
  return { total, rowAt, setRange, error, refetch: () => results.forEach((r) => void r.refetch()) };
}
