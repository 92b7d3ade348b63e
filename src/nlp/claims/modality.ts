import type { Claim } from '../doc/layers.js';

export type Modality = Claim['modality'];

/** Reporting verbs that carry a modality of their own ("denied", "believes", "expects", "pledged"). */
const CUE_MODALITY: readonly [RegExp, Modality][] = [
  [/^(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)$/iu, 'negated'],
  [/^(?:believ|think|thought|suggest|hint|reckon|suspect|speculat|alleg|fear|hope|claim|wonder)/iu, 'hedged'],
  [/^(?:expect|predict|forecast|project|estimat|anticipat)/iu, 'forecast'],
  [/^(?:pledg|promis|vow|plan|intend)/iu, 'planned'],
];

// (?<!\w) and (?!\w) are word boundaries, as in patterns.ts.

/** Where the main clause ends: words after these belong to a clause inside it ("too early to tell if demand will fall"). */
const SUBORDINATE = /(?<!\w)(?:if|whether|because|unless|although|though|while|whereas|when|since|which|who|so|than|as|until|after|before|where)(?!\w)/iu;
/** "not just", "not only": emphasis, not negation. */
const NEGATION = /(?<!\w)(?:not(?!\s+(?:just|only|merely|least))|never|no\s+longer|cannot|neither|nor|(?:declined|declines|refused|refuses|failed|fails)\s+to)(?!\w)/iu;
/** A negative contraction ("isn't", "won’t"); only looked for where its ending is, as a word may start with any letter. */
const CONTRACTED = /\b\p{L}{1,12}n['’]t\b/iu;
const CONTRACTION_ENDING = /n['’]t/iu;
const HEDGE =
  /(?<!\w)(?:may|might|could|possibly|perhaps|probably|likely|unlikely|apparently|seems?|seemed|appears?\s+to|appeared\s+to|(?:is|are|was|were)\s+(?:said|believed|thought|understood|reported|rumou?red)\s+to)(?!\w)/iu;
/** Hedges that qualify the whole sentence wherever they stand. */
const SENTENCE_HEDGE = /(?<!\w)(?:reportedly|allegedly|rumou?red(?:ly)?|purportedly)(?!\w)/iu;
const FORECAST =
  /(?<!\w)(?:(?:expected|forecast|projected|predicted|estimated|poised|on\s+track)\s+to|set\s+to\s+(?:be|reach|hit|top|grow|rise|fall)|expects?|expected|forecasts?|predicts?|projects?|projections?|outlook|guidance)(?!\w)/iu;
const PLANNED =
  /(?<!\w)(?:will|would|shall|going\s+to|in\s+talks\s+to|(?:plans?|planned|planning|intends?|intended|aims?|aimed|wants?|wanted|hopes?|agreed|scheduled|set|pledged|promised|vowed|committed|is|are|was|were)\s+to|goals?|aims?|ambitions?|targets?)(?!\w)|['’]ll(?!\w)/iu;

/**
 * How strongly a claim is put, from its words and its cue: negated (not, never, denied) over hedged (may, could,
 * reportedly, believes) over forecast (expects, is projected to) over planned (will, would, plans to, pledged) over asserted.
 * Only the main clause counts, so "too early to tell if demand will fall" stays asserted; "reportedly" counts anywhere.
 */
export function modalityOf(clause: string, cue: string | null): Modality {
  const cueVerb = cue ? cue.split(/\s+/u)[0]! : undefined;
  const fromCue = cueVerb !== undefined ? CUE_MODALITY.find(([pattern]) => pattern.test(cueVerb))?.[1] : undefined;
  const cut = SUBORDINATE.exec(clause.slice(1));
  const main = cut ? clause.slice(0, cut.index + 1) : clause;
  if (fromCue === 'negated' || NEGATION.test(main) || (CONTRACTION_ENDING.test(main) && CONTRACTED.test(main))) return 'negated';
  if (fromCue === 'hedged' || HEDGE.test(main) || SENTENCE_HEDGE.test(clause)) return 'hedged';
  if (fromCue === 'forecast' || FORECAST.test(main)) return 'forecast';
  if (fromCue === 'planned' || PLANNED.test(main)) return 'planned';
  return 'asserted';
}
