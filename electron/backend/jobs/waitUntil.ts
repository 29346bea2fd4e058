/**
 * Polls `done` every 20 ms until it holds or `ms` have passed; true if it held. For waits on
 * other threads' ends, which send no event the waiter could await (threads of other owners, or
 * ended by a flag).
 */
export async function waitUntil(done: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() >= until) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}
