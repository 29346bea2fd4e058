import { useCallback, useMemo } from 'react';

interface PageResult<R> {
  data?: { rows: R[] };
  dataUpdatedAt: number;
  isPlaceholderData: boolean;
}

/**
 * The rows of the fetched pages (`results[i]` answers page `pages[i]`), found by row index.
 * With `placeholders` false, a page still showing an earlier query's rows counts as not loaded.
 */
export function usePageRows<R>(pages: number[], results: PageResult<R>[], pageSize: number, placeholders: boolean) {
  const stamp = results.map((r) => `${r.dataUpdatedAt}:${r.isPlaceholderData ? 1 : 0}`).join(',');
  const { byPage, loaded } = useMemo(() => {
    const byPage = new Map<number, R[]>();
    pages.forEach((p, i) => {
      const rows = results[i]?.data?.rows;
      if (rows && (placeholders || !results[i]?.isPlaceholderData)) byPage.set(p, rows);
    });
    return { byPage, loaded: [...byPage.values()].flat() };
    // `stamp` and the page numbers capture every change of `results`.
  }, [stamp, pages.join(), placeholders]);

  const rowAt = useCallback(
    (index: number): R | undefined => byPage.get(Math.floor(index / pageSize))?.[index % pageSize],
    [byPage, pageSize],
  );
  return { loaded, rowAt };
}
