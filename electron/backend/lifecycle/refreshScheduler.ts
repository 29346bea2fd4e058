import type { Context } from '../context';
import { isBusyError, writeLockHeldHere } from '../store/sameThreadWriter';
import { refreshSuggestions } from './suggestionService';

/** Domains whose changes can change a signal's facts. */
const WATCHED = new Set(['participations', 'interactions', 'customers', 'editions', 'exhibitions']);

/**
 * Recomputes the suggestions a moment after the facts change (debounced: a burst of writes,
 * an import, costs one recompute), then tells the clients ('lifecycle' changed). Errors are
 * reported, never thrown: a failed refresh must not break the write that triggered it.
 */
export class LifecycleRefresher {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly context: () => Context | null,
    private readonly opts: { delayMs?: number; onError?: (e: unknown) => void } = {},
  ) {}

  /** Called with every changed domain. */
  notify(domain: string): void {
    if (WATCHED.has(domain)) this.schedule();
  }

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.opts.delayMs ?? 1000);
    // A pending refresh must not keep a CLI or test process alive.
    this.timer.unref?.();
  }

  get pending(): boolean {
    return this.timer !== null;
  }

  /** Runs a pending refresh now. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const ctx = this.context();
    if (!ctx) return;
    try {
      refreshSuggestions(ctx);
    } catch (e) {
      // An import of this thread is writing (sameThreadWriter.ts): again once it is done.
      const held = isBusyError(e) ? writeLockHeldHere(ctx.db.name) : null;
      if (held) void held.then(() => this.schedule());
      else this.opts.onError?.(e);
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
