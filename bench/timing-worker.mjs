/**
 * One side of the parse / pipeline comparison, in a thread of its own: `parse` loads stock compromise and nothing
 * else, `pipeline` loads the compiled pipeline (which parses with compromise/two, the same instance compromise's
 * full build would extend: one module graph cannot hold both), `own-parse` the pipeline's parse alone (compromise/two
 * with the lexicon and the faster bulk matcher, src/nlp/doc/compromise.ts). Each message is a text; the reply is the milliseconds
 * the call on it took, timed here. Plain JavaScript: a worker thread does not inherit tsx's loader on Node 20.
 */
import { performance } from 'node:perf_hooks';
import { URL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ kind: 'parse' | 'own-parse' | 'pipeline', extraction: string }} */
const { kind, extraction } = workerData;

/** @returns {Promise<(text: string) => void>} */
async function runner() {
  if (kind === 'parse') {
    const nlp = (await import('compromise')).default;
    return (text) => void nlp(text).compute('offset');
  }
  if (kind === 'own-parse') {
    const { parse } = await import(new URL('./nlp/doc/compromise.js', extraction).href);
    return (text) => void parse(text);
  }
  const { extract } = await import(extraction);
  return (text) => void extract({ text, publishedAt: '2025-03-04' });
}

const run = await runner();
parentPort.on('message', (text) => {
  const started = performance.now();
  run(text);
  parentPort.postMessage(performance.now() - started);
});
parentPort.postMessage('ready');
