/** Posted by a pipeline worker once it has loaded and warmed; the pool counts them for readiness. */
export const WORKER_WARM_MESSAGE = 'news-claims:worker-warm';
