import type { Sentence } from '../doc/document.js';
import { isVerb, tokenAt } from '../doc/words.js';
import model from './models/source-model.json' with { type: 'json' };
import { logisticWeights } from './models/logistic-model.js';
import type { Cue } from './cues.js';
import { sourceCandidates, sourceFeatures, SOURCE_FEATURES_VERSION, type SourceCandidate } from './source-features.js';
import type { SpeakerContext } from './speaker-context.js';

// The learned source linker: a logistic regression trained on PolNeAR's train split (scripts/train/attribution-sources.ts,
// `npm run train:sources`) that reads a phrase before a reporting cue in its sentence and says how likely it names the
// cue's source. It backs the report sieves (report-sources.ts): only a cue whose source no sieve found asks it, and it
// answers with the likeliest phrase when that one is likely enough ("Apple, whose store opened in June, charges 79p a
// track and says ...", "It is reviewing the rules, and said on Tuesday ...").

const WEIGHTS = new Map<string, number>(logisticWeights(model, 'source-model.json', SOURCE_FEATURES_VERSION));

/** How likely a phrase must be to name the source for the linker to take it. Chosen on PolNeAR's dev split, end to end. */
export const LEARNED_SOURCE_THRESHOLD = 0.5;

/** How likely each candidate names the cue's source, nearest the cue first. */
export function sourceProbabilities(ctx: SpeakerContext, sentence: Sentence, cue: Cue, floor: number): { candidate: SourceCandidate; probability: number }[] {
  return sourceCandidates(ctx, sentence, cue, floor).map((candidate, rank) => {
    let z = 0;
    for (const feature of sourceFeatures(ctx, sentence, cue, candidate, rank)) z += WEIGHTS.get(feature) ?? 0;
    return { candidate, probability: 1 / (1 + Math.exp(-z)) };
  });
}

/**
 * The phrase before the cue that most likely names its source, when it is likely enough; the nearer wins a tie. None
 * for a cue the tagger reads as a noun ("cut its profit forecast"), nor for one negated ("has not said", "neither
 * admitted", "but no one knows"): nothing was said.
 */
export function linkedSource(ctx: SpeakerContext, sentence: Sentence, cue: Cue, floor: number): SourceCandidate | undefined {
  const token = tokenAt(ctx, cue.start);
  if (!token || !isVerb(token)) return undefined;
  let best: { candidate: SourceCandidate; probability: number } | undefined;
  for (const scored of sourceProbabilities(ctx, sentence, cue, floor)) if (!best || scored.probability > best.probability) best = scored;
  if (!best || best.probability < LEARNED_SOURCE_THRESHOLD) return undefined;
  return NEGATION.test(ctx.text.slice(best.candidate.end, cue.start)) ? undefined : best.candidate;
}

// (?<!\w) and (?!\w) are word boundaries, as in patterns.ts.
const NEGATION = /(?<!\w)(?:not|never|neither|nor|no\s+one|nobody|none)(?!\w)|n['’]t(?!\w)/iu;
