/**
 * PolNeAR attributions against the API's quotes and claims, after BBC Citron's evaluation (citron/metrics.py) as the
 * shared peer/README.md describes it. Predictions: every quote and claim with a span or a speaker. Each gold
 * attribution in turn takes the free prediction that overlaps its content most (one with a speaker first on a tie);
 * a prediction left over on an attribution already matched (the second half of an interrupted quote, a claim
 * restating a quote) is neither right nor wrong.
 */
import type { Extraction } from '../../src/extraction.js';
import type { PolnearAttribution, PolnearDocument, Span, TextSpan } from './gold.js';
import { overlap } from './matching.js';
import { measure, type SuiteScore } from './measures.js';
import { percent, shorten } from './format.js';
import { extractionsOf } from './outputs.js';
import type { ExtractOutput } from './pipeline-runs.js';

type Prediction = Extraction['quotes'][number] | Extraction['claims'][number];
type SourceKind = 'named' | 'pronoun' | 'description' | 'none';

const PRONOUNS = new Set('i me my we us our you your he him his she her it its they them their this that these those who whom which one'.split(' '));
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&-]*/gu;
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}\p{L}*/gu;

export function scorePolnear(suite: string, documents: readonly PolnearDocument[], outputs: readonly ExtractOutput[]): SuiteScore {
  const n = { gold: 0, pred: 0, repeats: 0, exact: 0, overlap: 0, withSource: 0, predChars: 0, goldChars: 0, sharedChars: 0 };
  const bySource: Record<SourceKind, { pairs: number; right: number }> = {
    named: { pairs: 0, right: 0 },
    pronoun: { pairs: 0, right: 0 },
    description: { pairs: 0, right: 0 },
    none: { pairs: 0, right: 0 },
  };
  const { extractions, failures } = extractionsOf(outputs);
  const details: string[] = [];
  documents.forEach((document, i) => {
    const output = extractions[i]!;
    const { text, attributions } = document;
    const predictions: Prediction[] = [...output.quotes, ...output.claims].filter((p) => p.speaker || Number.isInteger(p.start));
    const matched = matchByContent(attributions, predictions);
    const repeats = predictions.filter((p) => !matched.taken.has(p) && attributions.some((g) => matched.pairs.has(g) && contentOverlap(g, p) > 0));

    const lowerCaseWords = new Set(text.match(LOWER_CASE_WORD) ?? []);
    for (const [gold, prediction] of matched.pairs) {
      const kind = sourceKind(text, gold.source, lowerCaseWords);
      // A pronoun source is right for any speaker; descriptions and missing sources are not checked.
      const right = kind === 'named' ? speakerRight(output, gold.source!, prediction.speaker) : kind === 'pronoun' ? prediction.speaker !== null : true;
      bySource[kind].pairs++;
      if (right) {
        bySource[kind].right++;
        n.withSource++;
      } else details.push(`${document.id} speaker: source "${gold.source!.text}" got ${JSON.stringify(prediction.speaker?.name ?? null)} for "${shorten(text.slice(prediction.start, prediction.end), 70)}"`);
    }
    const chars = sharedCharacters(text, predictions, attributions.flatMap((g) => g.content));
    n.predChars += chars.predicted;
    n.goldChars += chars.gold;
    n.sharedChars += chars.shared;
    n.gold += attributions.length;
    n.pred += predictions.length - repeats.length;
    n.repeats += repeats.length;
    n.exact += exactMatches(text, attributions, predictions);
    n.overlap += matched.pairs.size;
    for (const g of attributions.filter((x) => !matched.pairs.has(x))) {
      details.push(`${document.id} miss: ${g.source ? `"${g.source.text}"` : '(no source)'} ${g.cue?.text ?? ''}: "${shorten(g.content.map((c) => c.text).join(' … '), 100)}"`);
    }
    for (const p of predictions.filter((x) => !matched.taken.has(x) && !repeats.includes(x))) {
      details.push(`${document.id} extra: ${JSON.stringify(p.speaker?.name ?? null)} "${shorten(p.text, 100)}"`);
    }
  });
  const { named, pronoun, description, none } = bySource;
  const measures = [
    measure('content (exact)', n.exact, n.pred, n.gold),
    measure('content (overlap)', n.overlap, n.pred, n.gold),
    measure('content (overlap, chars)', n.sharedChars, n.predChars, n.goldChars),
    measure('source (named, accuracy)', named.right, named.pairs, named.pairs),
    measure('content (overlap) + source', n.withSource, n.pred, n.gold),
  ];
  const notes = [
    `${n.pred} predictions scored (quotes + claims), ${n.repeats} more left out as second predictions on a matched attribution ` +
      `(counted as false positives, overlap P would be ${percent(n.overlap / (n.pred + n.repeats))})`,
    `overlap pairs by gold source: named ${named.pairs} (speaker right ${named.right}), pronoun ${pronoun.pairs} (any speaker ${pronoun.right}), ` +
      `description ${description.pairs}, no source ${none.pairs}; "source (named, accuracy)": P = R = F1 = accuracy`,
  ];
  return { suite, documents: documents.length, failures, measures, scores: [], notes, details };
}
/** Characters of the prediction inside the attribution's content spans. */
function contentOverlap(gold: PolnearAttribution, prediction: Prediction): number {
  return Number.isInteger(prediction.start) ? gold.content.reduce((sum, span) => sum + overlap(span, prediction), 0) : 0;
}

/** Each attribution in turn takes the free prediction with the most characters in its content, a speaker breaking ties. */
function matchByContent(attributions: readonly PolnearAttribution[], predictions: readonly Prediction[]) {
  const pairs = new Map<PolnearAttribution, Prediction>();
  const taken = new Set<Prediction>();
  for (const gold of attributions) {
    const weight = (p: Prediction) => 2 * contentOverlap(gold, p) + (p.speaker ? 1 : 0);
    let best: Prediction | undefined;
    for (const p of predictions) if (!taken.has(p) && contentOverlap(gold, p) > 0 && (!best || weight(p) > weight(best))) best = p;
    if (best) {
      pairs.set(gold, best);
      taken.add(best);
    }
  }
  return { pairs, taken };
}

/**
 * Attributions whose content a prediction equals once both lose surrounding whitespace, quotation marks and
 * trailing punctuation: one content span, or the whole extent from the first to the last.
 */
function exactMatches(text: string, attributions: readonly PolnearAttribution[], predictions: readonly Prediction[]): number {
  const taken = new Set<Prediction>();
  let exact = 0;
  for (const gold of attributions) {
    const extent = { start: gold.content[0]!.start, end: gold.content.at(-1)!.end };
    const wanted = new Set([...gold.content, extent].map((span) => trimmedKey(text, span)));
    const match = predictions.find((p) => !taken.has(p) && Number.isInteger(p.start) && wanted.has(trimmedKey(text, p)));
    if (match) {
      taken.add(match);
      exact++;
    }
  }
  return exact;
}

function trimmedKey(text: string, span: Span): string {
  let { start, end } = span;
  while (start < end && /[\s"“”‘’'«»]/.test(text[start]!)) start++;
  while (end > start && /[\s"“”‘’'«».,;:!?]/.test(text[end - 1]!)) end--;
  return `${start}|${end}`;
}

/** Non-space characters covered by predictions, by gold content, and by both (Citron's overlap measure). */
function sharedCharacters(text: string, predictions: readonly Prediction[], content: readonly Span[]) {
  const cover = (spans: readonly Span[]) => {
    const covered = new Uint8Array(text.length);
    for (const span of spans) for (let k = span.start; k < span.end; k++) if (!/\s/.test(text[k]!)) covered[k] = 1;
    return covered;
  };
  const predicted = cover(predictions.filter((p) => Number.isInteger(p.start)));
  const gold = cover(content);
  const counts = { predicted: 0, gold: 0, shared: 0 };
  for (let k = 0; k < text.length; k++) {
    counts.predicted += predicted[k]!;
    counts.gold += gold[k]!;
    counts.shared += predicted[k]! & gold[k]!;
  }
  return counts;
}

/**
 * "named" when the source has a capitalised word (one opening a sentence only if the article never writes it in
 * lower case: "The", "Officials"), else "pronoun", "description" or "none".
 */
function sourceKind(text: string, source: TextSpan | null, lowerCaseWords: ReadonlySet<string>): SourceKind {
  if (!source) return 'none';
  if (PRONOUNS.has(source.text.trim().toLowerCase())) return 'pronoun';
  const named = [...source.text.matchAll(CAPITALISED)].some((word) => {
    const at = source.start + word.index;
    const opensSentence = /(^|[.!?:;\n"“‘(—])\s*$/.test(text.slice(Math.max(0, at - 20), at));
    return !opensSentence || !lowerCaseWords.has(word[0].toLowerCase());
  });
  return named ? 'named' : 'description';
}

/** The source overlaps a mention of the speaker's entity, or the two end in the same capitalised word. */
function speakerRight(output: Extraction, source: TextSpan, speaker: Prediction['speaker']): boolean {
  if (!speaker) return false;
  const mentions = output.entities.find((entity) => entity.id === speaker.entityId)?.mentions ?? [];
  if (mentions.some((mention) => overlap(mention, source) > 0)) return true;
  const last = (name: string) => name.match(CAPITALISED)?.at(-1)?.toLowerCase();
  const goldLast = last(source.text);
  return goldLast !== undefined && goldLast === last(speaker.name);
}
