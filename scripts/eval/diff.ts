/**
 * What differs between two outputs of the pipeline for one text, item by item. Items are paired by what they are,
 * not by their ids: an entity by its name, a figure, date, quote or claim by its span. Ids are numbered in output
 * order, so one new entity renumbers the rest; references to ids (a claim's speaker, arguments, figures) are
 * compared as the names and spans they point at. Left out: ids, `meta.tookMs` and `meta.version` (they vary
 * between runs), and entity salience, which is relative to the most salient entity, so that one mention more on
 * it would show every entity of the text as changed; the mentions it follows from are compared.
 */
import type { Extraction } from '../../src/extraction.js';
import { shorten } from './format.js';
import { isFailure, type ExtractOutput } from './pipeline-runs.js';

export const LAYERS = ['failure', 'meta', 'entities', 'money', 'percentages', 'dates', 'quotes', 'claims'] as const;
export type Layer = (typeof LAYERS)[number];

/** A field as compared and shown: a value written out, or a list of them. */
export type FieldValue = string | string[];
export type Fields = Record<string, FieldValue>;

export interface Difference {
  layer: Layer;
  /** What the item is: an entity's name, a span's text and offsets, "meta". */
  item: string;
  /** The item's fields in the first output: all of them when the second lacks the item, else those that differ; null when it is new. */
  before: Fields | null;
  /** The same for the second output; null when the item is gone. */
  after: Fields | null;
}

interface Item {
  layer: Layer;
  key: string;
  label: string;
  position: number;
  fields: Fields;
}

const SPAN_LAYERS = ['money', 'percentages', 'dates', 'quotes', 'claims'] as const;
/** Fields that hold ids of other items in the same output. */
const REFERENCE_FIELDS = new Set(['entityId', 'figures', 'dates', 'quotes', 'arguments']);
const LEFT_OUT = { meta: new Set(['tookMs', 'version']), entities: new Set(['id', 'name', 'salience']), spans: new Set(['id', 'start', 'end']) };

/** Every item that differs between `before` and `after`, in layer order, then text order. */
export function diffOutputs(before: ExtractOutput, after: ExtractOutput): Difference[] {
  const was = new Map(itemsOf(before).map((item) => [`${item.layer}|${item.key}`, item]));
  const now = new Map(itemsOf(after).map((item) => [`${item.layer}|${item.key}`, item]));
  const differences: (Difference & { position: number })[] = [];
  for (const [key, old] of was) {
    const current = now.get(key);
    if (!current) differences.push({ layer: old.layer, item: old.label, position: old.position, before: old.fields, after: null });
    else {
      const changed = Object.keys({ ...old.fields, ...current.fields }).filter((field) => !sameValue(old.fields[field], current.fields[field]));
      if (changed.length) {
        differences.push({ layer: old.layer, item: old.label, position: old.position, before: pick(old.fields, changed), after: pick(current.fields, changed) });
      }
    }
  }
  for (const [key, current] of now) {
    if (!was.has(key)) differences.push({ layer: current.layer, item: current.label, position: current.position, before: null, after: current.fields });
  }
  differences.sort((a, b) => LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer) || a.position - b.position);
  return differences.map(({ position: _position, ...difference }) => difference);
}

function itemsOf(output: ExtractOutput): Item[] {
  if (isFailure(output)) return [{ layer: 'failure', key: 'error', label: 'extract threw', position: 0, fields: { error: JSON.stringify(output.error) } }];
  const references = referenceLabels(output);
  const fieldsOf = (object: object, leftOut: Set<string>): Fields =>
    Object.fromEntries(
      Object.entries(object)
        .filter(([field, value]) => !leftOut.has(field) && value !== undefined)
        .map(([field, value]) => [field, show(value, references, REFERENCE_FIELDS.has(field))]),
    );
  const items: Item[] = [{ layer: 'meta', key: 'meta', label: 'meta', position: 0, fields: fieldsOf(output.meta, LEFT_OUT.meta) }];
  items.push(
    ...keyed(
      (output.entities ?? []).map((entity) => ({
        layer: 'entities' as const,
        key: entity.name,
        label: entity.name,
        position: entity.mentions?.[0]?.start ?? Number.MAX_SAFE_INTEGER,
        fields: fieldsOf(entity, LEFT_OUT.entities),
      })),
    ),
  );
  for (const layer of SPAN_LAYERS) {
    const spans: { start: number; end: number; text: string }[] = output[layer] ?? [];
    items.push(
      ...keyed(spans.map((span) => ({ layer, key: `${span.start}-${span.end}`, label: spanLabel(span), position: span.start, fields: fieldsOf(span, LEFT_OUT.spans) }))),
    );
  }
  return items;
}

/** Makes keys unique within a layer: a second item with the same key is "key#2". */
function keyed(items: Item[]): Item[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const count = (seen.get(item.key) ?? 0) + 1;
    seen.set(item.key, count);
    return count === 1 ? item : { ...item, key: `${item.key}#${count}`, label: `${item.label} (#${count})` };
  });
}

/** What each id of the output stands for: an entity's name, a figure's or quote's text and offsets. */
function referenceLabels(output: Extraction): Map<string, string> {
  const labels = new Map<string, string>();
  for (const entity of output.entities ?? []) labels.set(entity.id, `entity ${JSON.stringify(entity.name)}`);
  for (const layer of SPAN_LAYERS) for (const span of output[layer] ?? []) labels.set(span.id, spanLabel(span));
  return labels;
}

function spanLabel(span: { start: number; end: number; text: string }): string {
  return `${JSON.stringify(shorten(span.text))} ${span.start}-${span.end}`;
}

/**
 * A value written out; lists stay lists, so that a difference in one member shows as that member. In a reference
 * field an id is written as what it points at.
 */
function show(value: unknown, references: Map<string, string>, isReference: boolean): FieldValue {
  if (Array.isArray(value)) return value.map((member) => showOne(member, references, isReference));
  if (isReference && isPlainObject(value)) {
    // a claim's arguments: role -> id, in no meaningful order
    return Object.entries(value)
      .map(([role, id]) => `${role}: ${showOne(id, references, true)}`)
      .sort();
  }
  return showOne(value, references, isReference);
}

function showOne(value: unknown, references: Map<string, string>, isReference: boolean): string {
  if (typeof value === 'string') return isReference ? (references.get(value) ?? `${value} (no such item)`) : JSON.stringify(value);
  if (!isPlainObject(value)) return String(value);
  if (typeof value.start === 'number' && typeof value.end === 'number' && typeof value.text === 'string') {
    return spanLabel({ start: value.start, end: value.end, text: value.text });
  }
  if (typeof value.name === 'string' && 'entityId' in value) return personOrThing(value.name, value.entityId, references);
  return Object.entries(value)
    .map(([field, member]) => `${field}: ${showOne(member, references, REFERENCE_FIELDS.has(field))}`)
    .join(', ');
}

/** A speaker or subject: its name, and the entity it stands for where that has another name or there is none. */
function personOrThing(name: string, entityId: unknown, references: Map<string, string>): string {
  const shown = JSON.stringify(name);
  if (entityId === null) return `${shown} (no entity)`;
  const entity = typeof entityId === 'string' ? references.get(entityId) : undefined;
  if (entity === `entity ${shown}`) return shown;
  return `${shown} (${entity ?? `${String(entityId)}: no such item`})`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function pick(fields: Fields, names: readonly string[]): Fields {
  return Object.fromEntries(names.map((name) => [name, fields[name] ?? '(none)']));
}

/** One line: "~ item: field before → after; ...", "- item: fields" (gone) or "+ item: fields" (new; empty lists left out). */
export function formatDifference({ item, before, after }: Difference): string {
  if (before && after) {
    return `~ ${item}: ${Object.keys(before)
      .map((field) => `${field} ${changeOf(before[field]!, after[field]!)}`)
      .join('; ')}`;
  }
  const fields = Object.entries((before ?? after)!).filter(([, value]) => !Array.isArray(value) || value.length > 0);
  const listed = fields.map(([field, value]) => `${field} ${Array.isArray(value) ? `[${value.map((v) => shorten(v, 80)).join(', ')}]` : shorten(value, 100)}`);
  return `${before ? '-' : '+'} ${item}: ${listed.join('; ')}`;
}

/** "a → b" for values; for lists, the members gone and the members new ("-x +y"), or "(reordered)". */
function changeOf(before: FieldValue, after: FieldValue): string {
  if (!Array.isArray(before) || !Array.isArray(after)) return `${showField(before)} → ${showField(after)}`;
  const gone = without(before, after).map((member) => `-${shorten(member, 80)}`);
  const added = without(after, before).map((member) => `+${shorten(member, 80)}`);
  return gone.length || added.length ? [...gone, ...added].join(' ') : '(reordered)';
}

function showField(value: FieldValue): string {
  return Array.isArray(value) ? `[${value.join(', ')}]` : shorten(value, 100);
}

/** The members of `list` not in `other`, counting repeats. */
function without(list: readonly string[], other: readonly string[]): string[] {
  const left = [...other];
  return list.filter((member) => {
    const at = left.indexOf(member);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}
