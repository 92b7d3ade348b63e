/**
 * Entity mentions against CoNLL-2003 and CrossNER (shared peer/README.md): a predicted mention is right when a gold
 * mention has its type, its start and its length, a trailing " ." aside on both sides (the texts are tokenised, so a
 * sentence's full stop stands apart after an abbreviation).
 */
import type { EntityType } from '../../schemas/extract.js';
import type { Extraction } from '../../src/extraction.js';
import type { MentionDocument, Span } from './gold.js';
import { overlap } from './matching.js';
import { Tally, type SuiteScore } from './measures.js';
import { extractionsOf } from './outputs.js';
import type { ExtractOutput } from './pipeline-runs.js';

interface TypedSpan extends Span {
  type: string;
}

/** "start|length" with the trailing " ." left out. */
const spanKey = (text: string, span: Span) => `${span.start}|${text.slice(span.start, span.end).replace(/\s*\.$/, '').length}`;
const typedKey = (text: string, span: TypedSpan) => `${span.type}|${spanKey(text, span)}`;

/** Every mention of the entities of the given types, typed as `typeOf` names the entity's type. */
function mentionsOf(output: Extraction, typeOf: Partial<Record<EntityType, string>>): TypedSpan[] {
  return output.entities.flatMap((entity) => {
    const type = typeOf[entity.type];
    return type ? entity.mentions.map((mention) => ({ start: mention.start, end: mention.end, type })) : [];
  });
}

const CONLL_TYPES = { person: 'PER', organization: 'ORG', place: 'LOC' } as const;

/** CoNLL-2003: PER, ORG, LOC and all three (MISC gold is not scored: no type of ours is MISC). */
export function scoreConll(suite: string, documents: readonly MentionDocument[], outputs: readonly ExtractOutput[]): SuiteScore {
  const types = Object.values(CONLL_TYPES);
  const tally = new Tally([...types, 'ALL'].map((type) => `${type} (exact span)`));
  const { extractions, failures } = extractionsOf(outputs);
  const details: string[] = [];
  documents.forEach((document, i) => {
    const gold = document.entities.filter((mention) => mention.type !== 'MISC');
    tallyByType(tally, details, document, types, gold, mentionsOf(extractions[i]!, CONLL_TYPES));
  });
  return { suite, documents: documents.length, failures, measures: tally.measures(), scores: [], notes: [], details };
}

const CROSSNER_TYPES = ['person', 'organization', 'place', 'product'] as const;

/**
 * CrossNER: our four types, all four, and any type (span right, type not checked). A prediction that overlaps a gold
 * span of another CrossNER label (algorithm, field, task, misc...: type "other") is ignored, neither right nor wrong;
 * a mention listed twice counts once.
 */
export function scoreCrossner(suite: string, documents: readonly MentionDocument[], outputs: readonly ExtractOutput[]): SuiteScore {
  const tally = new Tally([...CROSSNER_TYPES, 'ALL', 'any type'].map((type) => `${type} (exact span)`));
  const { extractions, failures } = extractionsOf(outputs);
  const details: string[] = [];
  let ignored = 0;
  let repeated = 0;
  documents.forEach((document, i) => {
    const { text } = document;
    const gold = document.entities.filter((mention) => mention.type !== 'other');
    const others = document.entities.filter((mention) => mention.type === 'other');
    const goldTyped = new Set(gold.map((mention) => typedKey(text, mention)));
    const goldSpans = new Set(gold.map((mention) => spanKey(text, mention)));
    const listed = mentionsOf(extractions[i]!, { person: 'person', organization: 'organization', place: 'place', product: 'product' });
    const unique = [...new Map(listed.map((mention) => [typedKey(text, mention), mention])).values()];
    const predicted = unique.filter((mention) => goldTyped.has(typedKey(text, mention)) || !others.some((other) => overlap(other, mention) > 0));
    repeated += listed.length - unique.length;
    ignored += unique.length - predicted.length;
    tallyByType(tally, details, document, CROSSNER_TYPES, gold, predicted);
    const predictedSpans = new Set(predicted.map((mention) => spanKey(text, mention)));
    const spansRight = [...predictedSpans].filter((key) => goldSpans.has(key)).length;
    tally.add('any type (exact span)', spansRight, predictedSpans.size, goldSpans.size);
  });
  const notes = [`${ignored} predicted mentions ignored as overlapping a gold span of another label (algorithm, field, task, misc...); ${repeated} repeated mentions counted once`];
  return { suite, documents: documents.length, failures, measures: tally.measures(), scores: [], notes, details };
}

/** Per type, and under ALL: the predictions whose type, start and length a gold mention has; misses into `details`. */
function tallyByType(tally: Tally, details: string[], document: MentionDocument, types: readonly string[], gold: readonly TypedSpan[], predicted: readonly TypedSpan[]): void {
  const { text } = document;
  const key = (mention: TypedSpan) => typedKey(text, mention);
  const goldKeys = new Set(gold.map(key));
  for (const type of types) {
    const typedGold = gold.filter((mention) => mention.type === type);
    const typedPredicted = predicted.filter((mention) => mention.type === type);
    const right = typedPredicted.filter((mention) => goldKeys.has(key(mention)));
    for (const name of [type, 'ALL']) tally.add(`${name} (exact span)`, right.length, typedPredicted.length, typedGold.length);
    const predictedKeys = new Set(typedPredicted.map(key));
    const missed = typedGold.filter((mention) => !predictedKeys.has(key(mention)));
    const spurious = typedPredicted.filter((mention) => !right.includes(mention));
    const texts = (spans: readonly Span[]) => JSON.stringify(spans.map((span) => text.slice(span.start, span.end)));
    if (missed.length || spurious.length) details.push(`${document.id} ${type}: missed ${texts(missed)} spurious ${texts(spurious)}`);
  }
}
