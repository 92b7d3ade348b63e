import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import t from 'tap';
import { workerPoolExtractor } from '../src/pool.js';
import { WORKER_NICENESS } from '../src/thread-priority.js';

/** The nice value of each thread of this process (Linux: field 19 of /proc/self/task/ID/stat). */
function threadNiceness(): number[] {
  return readdirSync('/proc/self/task').map((id) => {
    const stat = readFileSync(`/proc/self/task/${id}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

const linux = existsSync('/proc/thread-self') ? false : 'no /proc/thread-self on this system: threads cannot be told apart';

t.test('worker threads run below the event loop: extraction yields the cores to it when both want one', { skip: linux }, async (t) => {
  const loop = getPriority();
  const before = threadNiceness().filter((nice) => nice === loop + WORKER_NICENESS).length;
  const pool = workerPoolExtractor({ workers: 2, maxQueue: 4, heapMb: 256 });
  t.teardown(() => pool.close());
  await pool.warm();
  t.equal(getPriority(), loop, 'the event loop keeps its priority');
  t.equal(threadNiceness().filter((nice) => nice === loop + WORKER_NICENESS).length - before, 2, 'each of the two workers is lowered');
  t.ok((await pool.extract({ text: 'Acme rose 5%.' })).percentages.length > 0, 'and extracts as before');
});
