import { useQueries } from '@tanstack/react-query';
import type { Stage } from '@shared/domain/lifecycle';
import { usePageRange } from '../../components/table/usePageRange';
import { usePageRows } from '../../components/table/usePageRows';
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
  const { pages, setRange } = usePageRange(baseKey, COLUMN_PAGE, MAX_PAGES);

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

  // A page still showing another search's cards counts as not loaded (its cards skeletons).
  const { rowAt } = usePageRows<BoardRow>(pages, results, COLUMN_PAGE, false);
  const total = results.find((r) => r.data)?.data?.total;
  const error = results.find((r) => r.error)?.error ?? null;
  return { total, rowAt, setRange, error, refetch: () => results.forEach((r) => void r.refetch()) };
}
