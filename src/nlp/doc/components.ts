import { checkDeadline, type Deadline } from './deadline-check.js';
import type { Doc, DocWith } from './document.js';
import type { LayerName, Layers } from './layers.js';

/**
 * One step of the pipeline: reads the layers it requires and adds the layers it assigns, each exactly once. A layer
 * can then be measured on its own, or replaced by another component that assigns it (a learned one beside the rules).
 */
export interface Component<Requires extends LayerName = LayerName, Assigns extends LayerName = LayerName> {
  readonly name: string;
  readonly requires: readonly Requires[];
  readonly assigns: readonly Assigns[];
  run(doc: DocWith<Requires>): Pick<Layers, Assigns>;
}

/** Any component, whatever it requires and assigns: what a list of them holds. */
export interface AnyComponent {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  run(doc: DocWith<never>): Partial<Layers>;
}

/** Keeps a component's `requires` and `assigns` in step with what its `run` reads and returns. */
export function component<Requires extends LayerName, Assigns extends LayerName>(definition: Component<Requires, Assigns>): Component<Requires, Assigns> {
  return definition;
}

export class PipelineOrderError extends Error {
  override name = 'PipelineOrderError';
}

/** The layers a list of components leaves missing for one of them: the first component that would run without them. */
export function checkOrder(components: readonly AnyComponent[], present: readonly LayerName[] = []): void {
  const assigned = new Set<LayerName>(present);
  for (const step of components) {
    const missing = step.requires.filter((layer) => !assigned.has(layer));
    if (missing.length) throw new PipelineOrderError(`${step.name} requires ${missing.join(', ')}, which no earlier component assigns`);
    for (const layer of step.assigns) {
      if (assigned.has(layer)) throw new PipelineOrderError(`${step.name} assigns ${layer}, which an earlier component already assigned`);
      assigned.add(layer);
    }
  }
}

/**
 * Runs components in order on one document, adding each one's layers; a layer missing or assigned twice throws. With a
 * deadline, it is checked before each component: past it, DeadlineExceeded names the component that would have run.
 */
export function runComponents(doc: Doc, components: readonly AnyComponent[], deadline?: Deadline): Doc {
  for (const step of components) {
    checkDeadline(deadline, step.name);
    const missing = step.requires.filter((layer) => doc[layer] === undefined);
    if (missing.length) throw new PipelineOrderError(`${step.name} requires ${missing.join(', ')}, which the document does not have yet`);
    addLayers(doc, step.name, step.assigns, step.run(doc) as Pick<Layers, LayerName>);
  }
  return doc;
}

/** Adds layers to a document; each may be added once (a test may add a layer by hand that a component would assign). */
export function addLayers<L extends LayerName>(doc: Doc, by: string, names: readonly L[], layers: Pick<Layers, L>): DocWith<L> {
  const writable = doc as { -readonly [K in LayerName]?: Layers[K] };
  for (const name of names) {
    if (doc[name] !== undefined) throw new PipelineOrderError(`${by} assigns ${name}, which the document already has`);
    if (layers[name] === undefined) throw new PipelineOrderError(`${by} declares ${name} but did not assign it`);
    (writable as Record<LayerName, unknown>)[name] = layers[name];
  }
  return doc as DocWith<L>;
}
