import type { JobContext } from '../jobs/jobTypes';
import { PartLink, PartSide, PartState, type PartLinkArgs } from '../jobs/partThread';
import { documents, type DocumentBatch, type SourceBatch } from '../demo/demoRows';

// The search documents of a big import's new customers (searchDocument(): folded text,
// bigrams, duplicate keys), made in a second thread while the commit writes the next rows:
// 1.4-1.8 s of the commit's one thread for 100,000 customers, and their garbage. The commit
// hands each chunk's SourceBatch over and writes the DocumentBatches back in the same order.
// Job kind 'imports.documents', started by DocumentsHelper below, not by users.

/** Batches it is sent; null: no more (the thread ends). */
export type DocumentsRequest = SourceBatch | null;

/** The thread's side: a DocumentBatch for each SourceBatch, in order, until null. */
export function documentsPart(args: PartLinkArgs, ctx: JobContext): Promise<{ batches: number }> {
  const side = new PartSide<DocumentBatch>(args);
  let batches = 0;
  return new Promise((resolve) => {
    const end = (state: PartState) => {
      side.signal(state);
      side.close();
      resolve({ batches });
    };
    side.channel.onmessage = (e) => {
      const b = (e as { data: DocumentsRequest }).data;
      if (b === null) return end(PartState.Done);
      if (ctx.cancelled()) return end(PartState.Stopped);
      try {
        side.post(documents(b));
        batches++;
      } catch (err) {
        side.fail(err);
        side.close();
        resolve({ batches });
      }
    };
    // Listening: the starter posts from here on (a BroadcastChannel keeps nothing for later).
    side.signal(PartState.Running);
  });
}

/** Silence from the thread, while answers are due, after which the rest is made here. */
const GIVE_UP_AFTER_MS = 10_000;

/**
 * The commit's side. Until the thread listens, and after it failed, the documents are made in
 * this thread: the result is the same either way, only where the work runs differs.
 */
export class DocumentsHelper {
  private link: PartLink<DocumentBatch> | null;
  /** Batches sent and not yet answered, oldest first. */
  private readonly sent: SourceBatch[] = [];
  /** Batches the thread answered (diagnostics: the tests check who did the work). */
  answered = 0;

  constructor(entry: string, nativeBinding?: string) {
    try {
      this.link = new PartLink<DocumentBatch>(entry, 'imports.documents', {}, nativeBinding);
      // The commit yields to the event loop between its chunks.
      this.link.keepMessages();
    } catch {
      this.link = null; // no thread: every batch is made here
    }
  }

  /** Whether the thread listens (batches go there from now on). */
  get listening(): boolean {
    return this.link?.status === PartState.Running;
  }

  /** Hands `b` over; returns the document batches ready now, in the order the batches came. */
  submit(b: SourceBatch): DocumentBatch[] {
    const link = this.link;
    if (link && link.status === PartState.Running) {
      link.post(b satisfies DocumentsRequest);
      this.sent.push(b);
      return this.take(false);
    }
    if (link && link.status !== PartState.Starting) this.giveUp();
    // Nothing sent is waiting (it would have been answered first): this one goes now.
    return [...this.take(true), documents(b)];
  }

  /** Every batch still out, answered (waiting for the thread) or made here. */
  drain(): DocumentBatch[] {
    return this.take(true);
  }

  /** Ends the thread (after drain, or to abandon the work on a failure or cancel). */
  close(): void {
    if (!this.link) return;
    if (this.link.status === PartState.Running) this.link.post(null satisfies DocumentsRequest);
    this.link.close(true);
    this.link = null;
  }

  /** The answers that have arrived; with `all`, waits for (or makes) every one still out. */
  private take(all: boolean): DocumentBatch[] {
    const out: DocumentBatch[] = [];
    let quiet = 0;
    while (this.sent.length) {
      const link = this.link;
      if (!link) {
        out.push(documents(this.sent.shift()!));
        continue;
      }
      const seen = link.events;
      const m = link.receive();
      if (m && !('error' in m) && m.start === this.sent[0]!.start) {
        this.sent.shift();
        this.answered++;
        out.push(m);
        continue;
      }
      if (m || link.status > PartState.Waiting) {
        // A failure, a stray answer or a thread that ended: the rest is made here.
        this.giveUp();
        continue;
      }
      if (!all) break;
      link.sleep(seen, 50);
      // A thread that died without a word (its heap limit) stays "Running": not waited for forever.
      quiet = link.events === seen ? quiet + 50 : 0;
      if (quiet >= GIVE_UP_AFTER_MS) this.giveUp();
    }
    return out;
  }

  private giveUp(): void {
    this.link?.close();
    this.link = null;
  }
}
