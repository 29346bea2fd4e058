import { randomUUID } from 'node:crypto';
import { BroadcastChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import { spawnWorker } from '../../host/spawnWorker';

// A job's helper thread (a "part": demo/demoPart.ts, valuation/assess/assessPart.ts) and the
// thread that starts it. The starter runs synchronous code and never returns to its event
// loop while the part works, so everything it must learn goes through shared memory: a
// counter of events (messages posted, state changes) it can sleep on, and the part's state.
// Messages travel over a BroadcastChannel, taken with receiveMessageOnPort.

/** Int32Array slot incremented (and notified) on every posted message and state change. */
const EVENTS = 0;
/** Int32Array slot holding one of the PartState values. */
const STATE = 1;

/**
 * A part's state. Ordered: a protocol may compare (a part past Running has reached its first
 * milestone); from Done on the part has ended and closed its database connections.
 */
export const PartState = {
  Starting: 0,
  /** Working; each protocol says from when (the assessment's part: its read has begun). */
  Running: 1,
  /** Posted its first result and waits for a request (its connection closed). */
  Waiting: 2,
  Done: 3,
  /** Failed; the reason was posted as { error }. */
  Failed: 4,
  /** Stopped because the starter asked (the job's cancel flag). */
  Stopped: 5,
} as const;
export type PartState = (typeof PartState)[keyof typeof PartState];

/** What every part's arguments carry: its channel's name and the shared state. */
export interface PartLinkArgs {
  channel: string;
  state: SharedArrayBuffer;
}

/** The part's side: signals state changes and posts messages. */
export class PartSide<Message> {
  readonly channel: BroadcastChannel;
  private readonly state: Int32Array;

  constructor(args: PartLinkArgs) {
    this.state = new Int32Array(args.state);
    this.channel = new BroadcastChannel(args.channel);
  }

  /** Wakes the starter; with `s`, after setting the state to it. */
  signal(s?: PartState): void {
    if (s !== undefined) Atomics.store(this.state, STATE, s);
    Atomics.add(this.state, EVENTS, 1);
    Atomics.notify(this.state, EVENTS);
  }

  post(m: Message | { error: string }): void {
    this.channel.postMessage(m);
    this.signal();
  }

  /** Posts why the part failed, then the Failed state (call with its connections closed). */
  fail(e: unknown): void {
    this.post({ error: e instanceof Error ? e.message : String(e) });
    this.signal(PartState.Failed);
  }

  close(): void {
    this.channel.close();
  }
}

/** The starter's side: starts the part on the job worker entry and follows it. */
export class PartLink<Message> {
  private readonly state = new Int32Array(new SharedArrayBuffer(8));
  private readonly stopFlag = new Int32Array(new SharedArrayBuffer(4));
  private readonly channel: BroadcastChannel;
  private readonly worker: Worker;

  /**
   * `kind` is the job kind the worker entry runs; `args` are its own arguments, to which the
   * channel's name and the shared state are added.
   */
  constructor(entry: string, kind: string, args: object, nativeBinding: string | undefined) {
    this.channel = new BroadcastChannel(`exhibition-crm-${kind}-${randomUUID()}`);
    const link: PartLinkArgs = { channel: this.channel.name, state: this.state.buffer as SharedArrayBuffer };
    try {
      this.worker = spawnWorker(entry, { kind, args: { ...args, ...link }, cancel: this.stopFlag.buffer, nativeBinding });
    } catch (e) {
      this.channel.close();
      throw e;
    }
    // Failures come through the shared state and the channel, not the thread's events.
    this.worker.on('error', () => {});
    this.worker.unref();
  }

  get status(): PartState {
    return Atomics.load(this.state, STATE) as PartState;
  }

  /** The event counter: pass it to sleep() to wake on the next event after this read. */
  get events(): number {
    return Atomics.load(this.state, EVENTS);
  }

  /** Sleeps until the event counter moves on from `seen`, at most `ms`. */
  sleep(seen: number, ms: number): void {
    Atomics.wait(this.state, EVENTS, seen, ms);
  }

  /** Messages delivered by the event loop (keepMessages), oldest first. */
  private readonly inbox: (Message | { error: string })[] = [];

  /**
   * For a starter that returns to its event loop between its steps (an async job): the loop
   * delivers the channel's messages as events, and without a listener they would be lost.
   * Kept here, receive() hands them out first, in the order they came.
   */
  keepMessages(): void {
    this.channel.onmessage = (e) => this.inbox.push((e as { data: Message | { error: string } }).data);
  }

  /** The next message if one has arrived. */
  // Node accepts a BroadcastChannel here (since 15.12); its type declarations lag behind.
  receive(): Message | { error: string } | undefined {
    if (this.inbox.length) return this.inbox.shift();
    return receiveMessageOnPort(this.channel as unknown as MessagePort)?.message as Message | { error: string } | undefined;
  }

  post(m: unknown): void {
    this.channel.postMessage(m);
  }

  /** Raises the part's cancel flag (its ctx.cancelled()). */
  requestStop(): void {
    Atomics.store(this.stopFlag, 0, 1);
  }

  /**
   * Asks the part to stop and waits, at most `ms`, until it has ended (and so closed its
   * database connections, releasing their file locks). True if it has.
   */
  stopAndWait(ms: number): boolean {
    this.requestStop();
    const until = Date.now() + ms;
    for (;;) {
      const seen = this.events;
      if (this.status >= PartState.Done) return true;
      if (Date.now() >= until) return false;
      this.sleep(seen, Math.min(50, until - Date.now()));
    }
  }

  /** Closes the channel; the thread is terminated unless `letEnd` and it has ended already. */
  close(letEnd = false): void {
    this.channel.close();
    if (!letEnd || this.status < PartState.Done) void this.worker.terminate();
  }
}
