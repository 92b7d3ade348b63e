import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** How much lower than the event loop a worker thread is scheduled (added to its nice value). */
export const WORKER_NICENESS = 5;

/**
 * Lowers the calling thread's scheduling priority. On Linux a thread is a task with an id of its own, named by
 * /proc/thread-self, and setpriority() on that id changes that thread alone. With every core busy extracting, the event
 * loop then gets a core as soon as it has work: /health/live, load shedding and handing out the next article do not
 * queue behind extractions (measured: /health/live p99 60-73 ms at full load without it). Elsewhere, or where it is not
 * permitted, nothing changes. Returns the thread's id when it was lowered, else null.
 */
export function lowerThreadPriority(niceness = WORKER_NICENESS): number | null {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isSafeInteger(threadId) || threadId <= 0) return null;
    setPriority(threadId, Math.min(19, getPriority(threadId) + niceness));
    return threadId;
  } catch {
    return null;
  }
}
