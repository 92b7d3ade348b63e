import type { Sentence, Token } from '../doc/document.js';
import { firstAtOrAfter, startOf } from '../doc/spans.js';
import { isVerb } from '../doc/words.js';
import type { Cue } from './cues.js';
import { candidatesIn } from './mention-resolvers.js';
import { organizationForIt } from './organization-references.js';
import { isQuoted, type Candidate, type SpeakerContext } from './speaker-context.js';

// The candidates and features of the learned source linker (learned-sources.ts, trained by
// scripts/train/attribution-sources.ts): for a reporting cue whose source the sieves did not find, the phrases before it
// in its sentence that may name its source, each read by the resolvers (a name, he/she, a role, a spokesperson, an
// unnamed source, a description of an organization, "it"), and what stands between each and the cue.

/** Bumped whenever a feature changes: the model file records the version it was trained with. */
export const SOURCE_FEATURES_VERSION = 1;

/** A phrase before a cue that may be its source. */
export type SourceCandidate = Candidate;

/**
 * The phrases of the cue's sentence that end before the cue and start at or after `floor` (where the cue's part of the
 * sentence begins), outside quotations, nearest first.
 */
export function sourceCandidates(ctx: SpeakerContext, sentence: Sentence, cue: Cue, floor: number): SourceCandidate[] {
  const from = Math.max(floor, sentence.start);
  // Places are left to the rule that finds one as its cue's own subject ("Russia insisted"): before a cue, a place is
  // far more often where someone is ("Jurors in Virginia", "the San Jose, California-based company").
  const found: SourceCandidate[] = candidatesIn(ctx, from, cue.start);
  for (let i = firstAtOrAfter(ctx.tokens, from, startOf); i < ctx.tokens.length && ctx.tokens[i]!.end <= cue.start; i++) {
    const token = ctx.tokens[i]!;
    if (/^it$/iu.test(token.text)) found.push({ start: token.start, end: token.end, resolver: 'it', personal: false, speaker: organizationForIt(ctx, token.start) });
  }
  const seen = new Set<string>();
  return found
    .filter((c) => c.end <= cue.start && !isQuoted(ctx, c.start))
    .sort((a, b) => b.end - a.end || a.start - b.start || a.resolver.localeCompare(b.resolver))
    .filter((c) => {
      const key = `${c.start}:${c.end}:${c.resolver}`;
      return !seen.has(key) && Boolean(seen.add(key));
    });
}

const FUNCTION_WORDS = new Set(
  'the a an of for with by to in on at from about like as and but or that which who whose whom when while after before since because if than according said says told its his her their'.split(' '),
);
const AUXILIARY_TAGS = ['Modal', 'Copula', 'Auxiliary'];

/** A word as a feature: a function word as itself, else its coarse part of speech. */
function wordClass(token: Token | undefined): string {
  if (!token) return 'none';
  const lower = token.text.toLowerCase();
  if (FUNCTION_WORDS.has(lower)) return lower;
  if (token.tags.has('Pronoun')) return 'PRON';
  if (AUXILIARY_TAGS.some((tag) => token.tags.has(tag))) return 'AUX';
  if (isVerb(token)) return 'VERB';
  if (token.tags.has('Preposition')) return 'PREP';
  if (token.tags.has('Determiner')) return 'DET';
  if (token.tags.has('Value')) return 'NUM';
  if (token.tags.has('Adjective')) return 'ADJ';
  if (token.tags.has('Adverb')) return 'ADV';
  if (/^\p{Lu}/u.test(token.text)) return 'CAP';
  if (token.tags.has('Noun')) return 'NOUN';
  return 'other';
}

const bucket = (n: number, edges: readonly number[]) => {
  for (const edge of edges) if (n <= edge) return String(edge);
  return `>${edges[edges.length - 1]}`;
};

/**
 * The features of a candidate for a cue: where it stands (how many words and commas before the cue, which words and
 * clauses between), what stands either side of it, which resolver read it, which cue it is, and how many candidates
 * stand nearer the cue. Insertion-ordered, so that training writes the same file every time.
 */
export function sourceFeatures(ctx: SpeakerContext, sentence: Sentence, cue: Cue, candidate: SourceCandidate, rank: number): string[] {
  const { tokens, text } = ctx;
  const first = firstAtOrAfter(tokens, candidate.start, startOf);
  const after = firstAtOrAfter(tokens, candidate.end, startOf);
  const cueIndex = firstAtOrAfter(tokens, cue.start, startOf);
  const previous = first > sentence.tokenStart ? tokens[first - 1] : undefined;
  const next = after < cueIndex ? tokens[after] : undefined;
  const between = text.slice(candidate.end, cue.start);
  const words = cueIndex - after;
  const commas = (between.replace(/(?<=\d),(?=\d)/gu, '').match(/,/gu) ?? []).length;
  let verbs = 0;
  let auxiliaries = 0;
  for (let i = after; i < cueIndex; i++) {
    const token = tokens[i]!;
    if (AUXILIARY_TAGS.some((tag) => token.tags.has(tag))) auxiliaries++;
    else if (isVerb(token)) verbs++;
  }
  const side = `w${bucket(words, [0, 1, 2, 4, 8, 16])}`;
  const commaCount = `c${bucket(commas, [0, 1, 2])}`;
  const rankClass = `rank${bucket(rank, [0, 1, 2])}`;
  const verbCount = `v${bucket(verbs, [0, 1, 2])}`;
  const opens = !previous || /[,;:(—–]\s*$/u.test(previous.post) ? 'opens' : 'inside';
  const cueWord = cue.text.toLowerCase().split(/\s+/u)[0]!;
  const features = [
    'bias',
    side,
    commaCount,
    verbCount,
    `a${bucket(auxiliaries, [0, 1])}`,
    `${side}|${commaCount}`,
    `${side}|v${bucket(verbs, [0, 1])}`,
    rankClass,
    `${rankClass}|${side}`,
    `res=${candidate.resolver}`,
    `res=${candidate.resolver}|${side}`,
    `personal=${candidate.personal}`,
    `named=${candidate.speaker !== null}`,
    `prev=${wordClass(previous)}`,
    `prev=${wordClass(previous)}|${opens}`,
    `next=${wordClass(next)}`,
    `next=${wordClass(next)}|${side}`,
    `${opens}`,
    `${opens}|${commaCount}`,
    `cue=${cueWord}`,
    `cue=${cueWord}|${side}`,
    `possessive=${/^['’]s?(?!\w)/u.test(text.slice(candidate.end, candidate.end + 2))}`,
  ];
  if (/(?<!\w)(?:and|but)\s/iu.test(between)) features.push('and-between', `and-between|${verbCount}`);
  if (/^,\s*(?:which|who|whose)\s/iu.test(between)) features.push('relative-after');
  if (/[;:"“”]/u.test(between)) features.push('stop-between');
  if (/^\s*\(/u.test(between)) features.push('parenthesis-after');
  if (/^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(between)) features.push('possessor-of-subject');
  return features;
}
