import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef } from 'react';

// Where each remembered list was scrolled to, so coming back from a row's page lands on the same rows.
const scrollMemory = new Map<string, number>();

/** What of a sparse list (usePagedRows) the virtual rows follow. */
export interface VirtualRowsSource {
  total: number | undefined;
  baseKey: string;
  setRange: (start: number, end: number) => void;
}

/**
 * TanStack Virtual over a sparse list's `total` rows: which rows are on screen (it tells the
 * list which pages to fetch) and the spacer heights above and below them. A new query
 * (`baseKey`) starts at the top; with a `memoryKey` the same query, come back to, starts
 * where it was left.
 */
export function useVirtualRows(source: VirtualRowsSource, rowHeight: number, memoryKey?: string) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const scrollKey = `${memoryKey ?? ''}|${source.baseKey}`;
  const remembered = () => (memoryKey === undefined ? 0 : (scrollMemory.get(scrollKey) ?? 0));
  const virtualizer = useVirtualizer({
    count: source.total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    useFlushSync: false,
    initialOffset: remembered,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? 0;
  const { setRange, total } = source;
  useEffect(() => {
    // Read the rows on screen from the scroller itself: right after a scroll reset the
    // virtualizer's items still describe the old position.
    const el = scrollRef.current;
    if (!el) return;
    const start = Math.floor(el.scrollTop / rowHeight);
    setRange(Math.max(0, start - 10), start + Math.ceil(el.clientHeight / rowHeight) + 10);
  }, [setRange, firstIndex, lastIndex, scrollKey, total, rowHeight]);
  // The mount position comes from initialOffset; later key changes move here.
  const shownKey = useRef(scrollKey);
  useLayoutEffect(() => {
    if (shownKey.current === scrollKey || total === undefined) return;
    shownKey.current = scrollKey;
    virtualizer.scrollToOffset(remembered());
    // `remembered` reads only scrollKey and memoryKey.
  }, [scrollKey, total, virtualizer]);
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || memoryKey === undefined) return;
    const save = () => scrollMemory.set(scrollKey, el.scrollTop);
    el.addEventListener('scroll', save, { passive: true });
    return () => el.removeEventListener('scroll', save);
  }, [scrollKey, memoryKey]);

  const paddingTop = items[0]?.start ?? 0;
  // Before the scroller is measured there are no items; the full height must still be there,
  // or restoring a scroll position (initialOffset) would be clamped to the top.
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items.at(-1)!.end : virtualizer.getTotalSize();
  return { scrollRef, items, paddingTop, paddingBottom };
}
