import type { Token } from '../doc/document.js';
import { hasAnyTag, isCapitalised, nameRunsIn, notNameTags, possessiveLength, type NameRunRules } from '../doc/name-runs.js';
import { endOf, firstAtOrAfter, startOf, type Span } from '../doc/spans.js';
import { HYPHENATED_GIVEN_NAME, isAbbreviatedTitle, TITLE_TOKEN } from '../lexicon/titles.js';
import { personNamed } from './person-names.js';
import { speaksForNobody, type Candidate, type SpeakerContext } from './speaker-context.js';

// A name nobody listed that stands right against a cue, before it ("Elon Musk said") or after it ("said Elon Musk"):
// the capitalised words there.

/** Adds a capitalised name standing right against the verb, when no person is named otherwise. */
export function withAdjacentName(ctx: SpeakerContext, candidates: readonly Candidate[], name: Span | undefined): Candidate[] {
  if (!name || candidates.some((c) => c.start < name.end && name.start < c.end)) return [...candidates];
  return [...candidates, adjacentName(ctx, name)].sort((a, b) => a.end - b.end || a.start - b.start);
}

/** Capitalised words nobody listed, as a candidate: a person of that name (or the full name its surname stands for). */
export function adjacentName(ctx: SpeakerContext, name: Span): Candidate {
  return { start: name.start, end: name.end, resolver: 'adjacent-name', personal: true, speaker: personNamed(ctx.personNames.byLooseSurname, ctx.text.slice(name.start, name.end)) };
}

const NOT_ADJACENT_NAME_TAGS = notNameTags('pronoun', 'function', 'figure');

/**
 * A word that may be part of a name nobody listed: capitalised, and a proper noun, an acronym ("CNS reported") or not
 * the first of its sentence; not a title, written out or abbreviated ("said Del. Stacey Plaskett").
 */
function isNameWord(ctx: SpeakerContext, index: number): boolean {
  const token = ctx.tokens[index]!;
  if (!isCapitalised(token) || TITLE_TOKEN.test(token.normal) || isAbbreviatedTitle(token.text, token.post) || hasAnyTag(token.tags, NOT_ADJACENT_NAME_TAGS) || speaksForNobody(ctx, index)) return false;
  const sentence = ctx.sentences[token.sentence];
  return token.tags.has('ProperNoun') || token.tags.has('Person') || token.tags.has('Acronym') || sentence?.tokenStart !== index;
}

/** Most words in a name nobody listed, a hyphenated given name one word. */
const NAME_WORDS = 4;
/** Most tokens those words take: each may be a hyphenated given name's two halves. */
const NAME_TOKENS = 2 * NAME_WORDS;

/** The capitalised words that end at `end` ("... Elon Musk| said"). */
export function nameEndingAt(ctx: SpeakerContext, start: number, end: number): Span | undefined {
  const { tokens } = ctx;
  const last = firstAtOrAfter(tokens, end + 1, endOf) - 1;
  const token = tokens[last];
  if (!token || token.start < start || ctx.text.slice(token.end, end).trim() !== '') return undefined;
  const run = nameRunsIn(tokens, Math.max(firstAtOrAfter(tokens, start, startOf), last - NAME_TOKENS), last + 1, adjacentNameRuns(ctx)).at(-1);
  return run?.[run.length - 1] === token ? spanOf(lastWords(run)) : undefined;
}

/** The capitalised words that start at `from` ("said| Elon Musk"). */
export function nameStartingAt(ctx: SpeakerContext, from: number): Span | undefined {
  const { tokens } = ctx;
  const first = firstAtOrAfter(tokens, from, startOf);
  const token = tokens[first];
  if (!token || ctx.text.slice(from, token.start).trim() !== '') return undefined;
  const run = nameRunsIn(tokens, first, Math.min(tokens.length, first + NAME_TOKENS), adjacentNameRuns(ctx))[0];
  return run?.[0] === token ? spanOf(firstWords(run)) : undefined;
}

/** Name words joined by spaces within a line: not a comma, a quotation mark or a line break. */
const adjacentNameRuns = (ctx: SpeakerContext): NameRunRules => ({
  isNameWord: (_token, index) => isNameWord(ctx, index),
  endsRun: /\S|\n/u,
  markStarts: true,
  hyphenatedGivenNames: true,
});

/** Whether the token is the lower-case half of a hyphenated given name ("woo" of "Ji-woo"). */
const isSecondHalf = (run: readonly Token[], i: number) => i > 0 && run[i - 1]!.post === '-' && HYPHENATED_GIVEN_NAME.test(`${run[i - 1]!.text}-${run[i]!.text}`);

/** The run's first NAME_WORDS words. */
function firstWords(run: readonly Token[]): readonly Token[] {
  let end = 0;
  for (let words = 0; end < run.length && words < NAME_WORDS; words++) end += end + 1 < run.length && isSecondHalf(run, end + 1) ? 2 : 1;
  return run.slice(0, end);
}

/** The run's last NAME_WORDS words. */
function lastWords(run: readonly Token[]): readonly Token[] {
  let start = run.length;
  for (let words = 0; start > 0 && words < NAME_WORDS; words++) start -= isSecondHalf(run, start - 1) ? 2 : 1;
  return run.slice(start);
}

/** The span of a run's tokens, its possessive left out. */
function spanOf(run: readonly Token[]): Span {
  const last = run[run.length - 1]!;
  return { start: run[0]!.start, end: last.end - possessiveLength(last.text) };
}
