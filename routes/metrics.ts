import type { FastifyPluginAsync } from 'fastify';
import fastifyMetrics from 'fastify-metrics';
import fastifyPlugin from 'fastify-plugin';
import type { Extractor, PoolStats } from '../src/extractor.js';

export interface MetricsRouteOptions {
  extractor: Extractor;
}

/**
 * GET /metrics in Prometheus text format: request durations by route and status (histogram and summary),
 * Node.js vitals including event-loop lag, and the worker pool's queue depth and utilisation.
 * One app per process in production; the registry is cleared when an app starts so tests can build several.
 */
const metrics: FastifyPluginAsync<MetricsRouteOptions> = async (app, { extractor }) => {
  await app.register(fastifyMetrics.default, {
    endpoint: '/metrics',
    clearRegisterOnInit: true,
    defaultMetrics: { enabled: true, eventLoopMonitoringPrecision: 10 },
    routeMetrics: {
      enabled: true,
      routeBlacklist: ['/metrics'],
      // Unknown routes (404) and wrong methods (405) are counted too, under one label, so probes and scanners show.
      registeredRoutesOnly: false,
      invalidRouteGroup: '__unknown__',
      overrides: { histogram: { buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] } },
    },
  });
  const { Gauge } = app.metrics.client;
  const gauges: { name: string; help: string; value: (stats: PoolStats) => number }[] = [
    { name: 'news_claims_pool_workers', help: 'Worker threads running the extraction pipeline (0: on the event loop).', value: (s) => s.workers },
    { name: 'news_claims_pool_queue_depth', help: 'Articles waiting for a free worker.', value: (s) => s.queued },
    { name: 'news_claims_pool_queued_work_seconds', help: 'Estimated seconds of extraction work waiting for a worker.', value: (s) => s.queuedMs / 1000 },
    {
      name: 'news_claims_pool_replaced_workers',
      help: 'Workers terminated (stopped answering past a deadline, crashed, out of heap) and replaced since start.',
      value: (s) => s.replacedWorkers,
    },
    {
      name: 'news_claims_pool_shed_articles',
      help: 'Articles refused with a 503 since start: they would not have finished before their deadline, or the queue was full.',
      value: (s) => s.shed,
    },
    { name: 'news_claims_pool_expired_articles', help: 'Articles given up by their worker at a deadline check since start (the worker is kept).', value: (s) => s.expired },
    {
      name: 'news_claims_pool_cost_scale_ratio',
      help: 'How long articles take against the single-thread cost model: 1 on an idle machine, more when the host is busy.',
      value: (s) => s.estimateScale,
    },
    { name: 'news_claims_pool_utilization_ratio', help: "Fraction of the worker pool's capacity spent extracting since start, 0..1.", value: (s) => s.utilization },
  ];
  for (const { name, help, value } of gauges) {
    new Gauge({
      name,
      help,
      collect() {
        this.set(value(extractor.stats()));
      },
    });
  }
};

// Not encapsulated: the request-duration hooks must see every route of the app.
export const metricsRoutes = fastifyPlugin(metrics, { name: 'news-claims-metrics' });
