import type { Doc } from '../../doc/document.js';
import type { Entity } from '../../doc/layers.js';
import WEIGHTS from './ner-weights.json' with { type: 'json' };
import { ruleMentions } from './rule-mentions.js';
import { tagDocument, type TaggerReading } from './tag.js';
import { readWeightLines } from './weights-file.js';

/**
 * The learned entity tagger (see MODEL.md): names with their type (or `misc`) in the article's content, read from the
 * tokens of the one compromise parse and from the rule-based stage's entities. The weights are a module import
 * (ner-weights.json, written by `npm run train`), read into the model once, when this module loads; tagging is pure
 * and deterministic.
 */
const MODEL = readWeightLines(WEIGHTS);

/** The tagger's reading of the document's content sentences, given what the rule-based stage found. */
export function readWithTagger(doc: Doc, ruleEntities: readonly Pick<Entity, 'type' | 'mentions'>[]): TaggerReading {
  return tagDocument(MODEL, doc, ruleMentions(ruleEntities));
}
