import { readFileSync } from 'node:fs';
import t from 'tap';
import { parseAllDocuments } from 'yaml';
import { configSchema, loadConfig } from '../src/config.js';
import { testApp } from './helpers.js';

const read = (name: string) =>
  parseAllDocuments(readFileSync(new URL(`../deploy/kubernetes/${name}`, import.meta.url), 'utf8')).map((doc) => doc.toJS());
const [deployment] = read('deployment.yaml');
const [service] = read('service.yaml');
const [hpa] = read('hpa.yaml');
const container = deployment.spec.template.spec.containers[0];
const env: Record<string, string> = Object.fromEntries(container.env.map((e: { name: string; value: string }) => [e.name, e.value]));

t.test('the container env is a valid configuration of the app, with WORKERS matched to the CPU limit', async (t) => {
  for (const name of Object.keys(env)) t.ok(name in configSchema.shape, `${name} is a setting the app reads`);
  const config = loadConfig(env);
  t.equal(config.WORKERS, Number(container.resources.limits.cpu), 'WORKERS = CPU limit');
  t.equal(container.resources.requests.cpu, container.resources.limits.cpu, 'CPU requested as limited');
  t.ok(container.resources.requests.memory && container.resources.limits.memory, 'memory request and limit');
  t.equal(container.ports[0].containerPort, config.PORT, 'the container port is the app port');
  t.ok(deployment.spec.template.spec.terminationGracePeriodSeconds * 1000 > config.SHUTDOWN_TIMEOUT_MS, 'the grace period outlasts the shutdown timeout');
});

t.test('probes hit the app\'s real health routes on its port', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const portName = container.ports[0].name;
  for (const [probe, path] of [
    ['readinessProbe', '/health/ready'],
    ['livenessProbe', '/health/live'],
  ] as const) {
    t.equal(container[probe].httpGet.path, path, `${probe} path`);
    t.equal(container[probe].httpGet.port, portName, `${probe} port`);
    t.equal((await app.inject({ method: 'GET', url: container[probe].httpGet.path })).statusCode, 200, `${probe} route answers`);
  }
});

t.test('the Service and the autoscaler point at the Deployment', async (t) => {
  t.same(service.spec.selector, deployment.spec.selector.matchLabels);
  t.equal(service.spec.ports[0].targetPort, container.ports[0].name);
  t.equal(hpa.spec.scaleTargetRef.kind, 'Deployment');
  t.equal(hpa.spec.scaleTargetRef.name, deployment.metadata.name);
  t.equal(hpa.spec.metrics[0].resource.name, 'cpu');
  t.ok(hpa.spec.minReplicas >= 2 && hpa.spec.maxReplicas > hpa.spec.minReplicas);
});
