import { readFileSync } from 'node:fs';
import t from 'tap';
import { parseAllDocuments } from 'yaml';
import { configSchema, loadConfig } from '../src/config.js';
import { YOUNG_GENERATION_MB } from '../src/pool.js';
import { testApp } from './helpers.js';

const readRepoFile = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const read = (name: string) => parseAllDocuments(readRepoFile(`deploy/kubernetes/${name}`)).map((doc) => doc.toJS());
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

/** `npm start`'s command, as the argument list a container CMD would give it. */
const startCommand: string[] = JSON.parse(readRepoFile('package.json')).scripts.start.split(/\s+/);

t.test('the image runs the server with the same node flags as npm start', async (t) => {
  const cmd = readRepoFile('Dockerfile').match(/^CMD (\[.*\])$/m)?.[1];
  t.ok(cmd, 'the Dockerfile has an exec-form CMD');
  t.same(JSON.parse(cmd ?? '[]'), startCommand);
});

t.test('the memory limit covers every bounded heap at its largest, so V8 fails a request before the pod is killed', async (t) => {
  const mebibytes = (quantity: string) => {
    const [, amount, unit] = quantity.match(/^(\d+)(Mi|Gi)$/)!;
    return Number(amount) * (unit === 'Gi' ? 1024 : 1);
  };
  const mainHeapMb = Number(startCommand.find((arg) => arg.startsWith('--max-old-space-size='))!.split('=')[1]);
  const config = loadConfig(env);
  const heapsMb = mainHeapMb + config.WORKERS * (config.WORKER_HEAP_MB + YOUNG_GENERATION_MB);
  // Code, stacks and buffers come on top of the heaps (a warm, idle server is 240 MiB resident, heaps included).
  t.ok(mebibytes(container.resources.limits.memory) >= heapsMb + 128, `limit ${container.resources.limits.memory} >= ${heapsMb} MiB of heaps + 128`);
});

t.test("the README's docker build tag is the image the Deployment runs; the image is on Node.js 24", async (t) => {
  const readme = readRepoFile('README.md');
  const tag = /^docker build -t (\S+) \.$/m.exec(readme)?.[1];
  t.ok(tag, 'the README has a docker build line with a tag');
  t.match(readRepoFile('deploy/kubernetes/deployment.yaml'), new RegExp(`image: ${tag?.replace(/[.]/g, '\\.')}\\s`));
  const froms = readRepoFile('Dockerfile').match(/^FROM \S+/gm) ?? [];
  t.same(froms, ['FROM node:24-bookworm-slim', 'FROM node:24-bookworm-slim']);
});
