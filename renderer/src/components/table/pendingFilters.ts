import { useEffect, useRef, useState } from 'react';

/*
 * Search boxes and the segment builder apply what is typed after a short pause (a query per
 * keystroke would be wasteful). An export started inside that pause must still use what the
 * user typed, not the list as it was a moment ago: every debounced input on screen registers
 * here, and the Export menu applies all pending values at once when it opens
 * (flushPendingFilters). The export dialog then reads its table's query when Start is pressed,
 * after that update has rendered.
 */

const flushers = new Set<() => void>();

/** Applies every on-screen input's pending (typed but not yet debounced) value now. */
export function flushPendingFilters(): void {
  for (const flush of flushers) flush();
}

/** Registers `flush` (applies this input's pending value) while the component is mounted. */
export function useFlushOnExport(flush: () => void): void {
  const latest = useRef(flush);
  useEffect(() => {
    latest.current = flush;
  });
  useEffect(() => {
    const f = () => latest.current();
    flushers.add(f);
    return () => {
      flushers.delete(f);
    };
  }, []);
}

/**
 * `value` after `ms` without a change (like Mantine's useDebouncedValue), except that an
 * export applies it at once (see above).
 */
export function useFilterDebounce<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  useFlushOnExport(() => setDebounced(() => value));
  return debounced;
}
