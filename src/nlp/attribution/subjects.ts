import { closingCommaBefore, lastSeparatingComma } from '../doc/chars.js';
import { organizationForIt } from './organization-references.js';
import { isQuoted, speaksForNobody, type Candidate, type SpeakerContext } from './speaker-context.js';
import { endOf, firstAtOrAfter, startOf, type Span } from '../doc/spans.js';
import { HYPHENATED_GIVEN_NAME, isAbbreviatedTitle, isStaffTitle, TITLE_BEFORE, TITLE_BEFORE_APPOSITION, TITLE_TOKEN } from '../lexicon/titles.js';
import type { Token } from '../doc/document.js';
import { invertsHere, type Cue } from './cues.js';
import { personNamed } from './person-names.js';
import { hasAnyTag, isCapitalised, nameRunsIn, notNameTags, possessiveLength, punctuationAfter, type NameRunRules } from '../doc/name-runs.js';
import { candidatesIn } from './mention-resolvers.js';

// Which phrase a cue attributes words to: its subject before it, a source after an inverting cue or "according to",
// X of "quoted X as saying"; a person before an organization.

const BETWEEN_SUBJECT_AND_VERB = new Set([
  'also', 'still', 'later', 'previously', 'then', 'however', 'recently', 'further', 'had', 'has', 'have', 'was',
  'once', 'again', 'earlier', 'separately', 'subsequently', 'would', 'will', 'reportedly', 'publicly', 'simply',
  'just', 'only', 'even', 'did', 'does', 'never', 'often', 'always', 'repeatedly', 'himself', 'herself', 'now', 'long',
  'already', 'first', 'itself', 'both', 'all', 'each',
]);

/** Where the words just before the verb begin, skipping adverbs and auxiliaries. */
function verbPhraseStart(text: string, start: number, cueStart: number): number {
  let end = cueStart;
  for (;;) {
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    const word = /[\p{L}]+$/u.exec(text.slice(Math.max(start, end - 20), end))?.[0];
    if (!word || !(BETWEEN_SUBJECT_AND_VERB.has(word.toLowerCase()) || /^\p{Ll}{2,}ly$/u.test(word))) return end;
    end -= word.length;
  }
}

/** The subject before a cue; a parenthesis between subject and verb ("Smith, Acme's chief, said") is passed over. */
export function subjectBefore(ctx: SpeakerContext, start: number, cueStart: number): Candidate | undefined {
  const { text } = ctx;
  const end = verbPhraseStart(text, start, cueStart);
  if (/(?<!\w)it$/iu.test(text.slice(Math.max(start, end - 3), end))) {
    return { start: end - 2, end, resolver: 'it', personal: false, speaker: organizationForIt(ctx, end - 2) };
  }
  const all = withAdjacentName(ctx, candidatesIn(ctx, start, cueStart), nameEndingAt(ctx, start, end));
  // The comma that closes an aside, inside a closing quotation mark or not ('..., whose hits include "Zorb,"').
  const comma = closingCommaBefore(text, end);
  if (comma >= 0) {
    const apposed = all.find((c) => c.personal && c.speaker && (isApposedName(text, c, comma) || isApposedToDescription(text, c, comma)));
    if (apposed) return apposed;
    const opening = lastSeparatingComma(text, comma - 1);
    if (opening >= start && !isQuoted(ctx, opening)) {
      const chosen = pick(withAdjacentName(ctx, all, nameEndingAt(ctx, start, opening)).filter((c) => c.end <= opening));
      if (chosen) return chosen;
    }
  }
  return pick(all);
}

/** "Acme's president, Jane Smith, said": a name set off after a title, the comma before `commaAt` closing it, is the subject. */
export function isApposedName(text: string, name: Span, commaAt: number): boolean {
  return text[commaAt] === ',' && text.slice(name.end, commaAt).trim() === '' && TITLE_BEFORE_APPOSITION.test(text.slice(Math.max(0, name.start - TITLE_REACH), name.start));
}

/**
 * "Another critic, Laurence H. Tribe, said", "One of his advisers, Jane Smith, said": a name set off by commas after a
 * description with no name in it is the subject, the comma at `commaAt` closing it.
 */
export function isApposedToDescription(text: string, name: Span, commaAt: number): boolean {
  return text[commaAt] === ',' && text.slice(name.end, commaAt).trim() === '' && DESCRIPTION_BEFORE.test(text.slice(Math.max(0, name.start - DESCRIPTION_REACH), name.start));
}

/**
 * A description opening its clause (or following a phrase set off by a comma: "In a statement, one of the family's
 * attorneys, "), then the comma of an apposition: "Another critic, ", "A lawyer for the news outlets, ". Its last word
 * is a lower-case noun; no comma inside it.
 */
const DESCRIPTION_BEFORE = /(?:^|[.!?;:,"“”]\s*)(?:[Aa]n?|[Aa]nother|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{L}\p{N}'’.&-]+\s+){0,6}[\p{Ll}-]+,\s*$/u;
/** How far before a name its description may begin. */
const DESCRIPTION_REACH = 80;

/** How far before a name its title may begin ("the company's chief financial officer, "). */
const TITLE_REACH = 40;

/** Adds a capitalised name standing right against the verb, when no person is named otherwise. */
function withAdjacentName(ctx: SpeakerContext, candidates: readonly Candidate[], name: Span | undefined): Candidate[] {
  if (!name || candidates.some((c) => c.start < name.end && name.start < c.end)) return [...candidates];
  const speaker = personNamed(ctx.speakers.byLooseSurname, ctx.text.slice(name.start, name.end));
  return [...candidates, { ...name, resolver: 'adjacent-name' as const, personal: true, speaker }].sort((a, b) => a.end - b.end || a.start - b.start);
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
function nameEndingAt(ctx: SpeakerContext, start: number, end: number): Span | undefined {
  const { tokens } = ctx;
  const last = firstAtOrAfter(tokens, end + 1, endOf) - 1;
  const token = tokens[last];
  if (!token || token.start < start || ctx.text.slice(token.end, end).trim() !== '') return undefined;
  const run = nameRunsIn(tokens, Math.max(firstAtOrAfter(tokens, start, startOf), last - NAME_TOKENS), last + 1, adjacentNameRuns(ctx)).at(-1);
  return run?.[run.length - 1] === token ? spanOf(lastWords(run)) : undefined;
}

/** The capitalised words that start at `from` ("said| Elon Musk"). */
function nameStartingAt(ctx: SpeakerContext, from: number): Span | undefined {
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

/**
 * The candidate a cue's subject is: the last person, else the last phrase; a wider phrase around it that stands for the
 * same source is the whole subject ("a spokesman for Acme said": the phrase, not "Acme" alone).
 */
function pick(candidates: readonly Candidate[]): Candidate | undefined {
  const chosen = candidates.findLast((c) => c.personal) ?? candidates[candidates.length - 1];
  const name = chosen?.speaker?.name;
  return (name !== undefined && candidates.find((c) => c.start < chosen!.start && c.end >= chosen!.end && c.speaker?.name === name)) || chosen;
}

/** How many words after a verb its inverted subject may start ("said market analyst Jane Smith"). */
const INVERTED_REACH = 3;

/**
 * Words that end a source named after its cue once a name has been given ("said Jane Smith in a statement"); right
 * after the verb, they say that no name follows it ("said on Twitter", "said last week").
 */
export const AFTER_NAME = /^(?:in|on|at|during|when|who|which|that|to|after|before|while|as|for|about|via|last|this|earlier|later)$/iu;

/** The subject after a cue ("said Smith", "according to Acme", "said 9/11 widow Terry Strada"), up to the first punctuation. */
function subjectAfter(ctx: SpeakerContext, cue: Cue): Candidate | undefined {
  if (cue.kind === 'verb' && AFTER_NAME.test(ctx.tokens[firstAtOrAfter(ctx.tokens, cue.end, startOf)]?.text ?? '')) return undefined;
  return subjectAt(ctx, cue.end);
}

/** The subject that begins at `from`, up to the first punctuation. */
function subjectAt(ctx: SpeakerContext, from: number): Candidate | undefined {
  const doc = ctx;
  if (!/^\s*[\p{L}\p{N}]/u.test(doc.text.slice(from, from + 8))) return undefined;
  const first = firstAtOrAfter(doc.tokens, from, startOf);
  let last = first;
  while (last < first + 8 && last + 1 < doc.tokens.length && !/[,;:.!?()"“”]/u.test(punctuationAfter(doc.tokens[last]!))) last++;
  const end = doc.tokens[last]?.end;
  const reach = doc.tokens[Math.min(first + INVERTED_REACH - 1, last)]?.end;
  if (end === undefined || reach === undefined) return undefined;
  // "said market analyst Jane Smith" is near enough; so is a person after a longer title ("said Acme Research analyst Jane Smith").
  const titled = (c: Candidate) => c.personal && TITLE_BEFORE.test(doc.text.slice(from, c.start));
  const candidates = withAdjacentName(ctx, candidatesIn(ctx, from, end), nameStartingAt(ctx, from)).filter((c) => c.start < reach || titled(c));
  return candidates.find((c) => c.personal) ?? personAfterOwnedTitle(ctx, candidates[0], end) ?? candidates[0];
}

/** "said Acme's head of research, Dr Jane Smith": a title the company owns introduces the person after the comma. */
export function personAfterOwnedTitle(ctx: SpeakerContext, owner: Candidate | undefined, end: number): Candidate | undefined {
  if (!owner || owner.end > end) return undefined;
  const owned = OWNED_TITLE.exec(ctx.text.slice(owner.end, end + 1));
  if (!owned || !owned[1]!.split(/\s+/u).some((word) => TITLE_TOKEN.test(word) || isStaffTitle(word))) return undefined;
  const person = subjectAt(ctx, end + 1);
  return person?.personal ? person : undefined;
}
const OWNED_TITLE = /^['’]s?\s+((?:[\p{L}-]+\s+){0,5}[\p{L}-]+),$/u;

/** Nothing but punctuation stands before the verb ("..." said Smith; Sales rose, said Smith). */
function bareBefore(text: string, start: number, cueStart: number): boolean {
  const before = text.slice(start, cueStart).trimEnd();
  return before === '' || /[,:;(—–\-"“”'‘’]$/u.test(before);
}

/** How far before a cue its subject is looked for, in characters. */
const SUBJECT_REACH = 300;


/** The phrase a cue attributes words to ("Smith", "he", "a Microsoft spokesman"), with who it names; none when nothing does. */
export function sourceOfCue(ctx: SpeakerContext, cue: Cue, regionStart: number): Candidate | undefined {
  if (cue.kind === 'according') return subjectAfter(ctx, cue);
  if (cue.kind === 'quoted' && cue.named) {
    const { start, end } = cue.named;
    return pick(withAdjacentName(ctx, candidatesIn(ctx, start, end), nameEndingAt(ctx, start, end)));
  }
  const start = Math.max(regionStart, cue.start - SUBJECT_REACH);
  const subject = subjectBefore(ctx, start, cue.start);
  if (invertsHere(ctx.text, cue) && !subject?.personal && bareBefore(ctx.text, start, cue.start)) {
    const inverted = subjectAfter(ctx, cue);
    if (inverted) return inverted;
  }
  return subject;
}

/** The name a quotation is signed with, starting at `from` ("― Sonya Herridge"): a known mention, else the capitalised words there. */
export function signatureAt(ctx: SpeakerContext, from: number): Candidate | undefined {
  const name = nameStartingAt(ctx, from);
  if (!name) return undefined;
  const known = candidatesIn(ctx, from, name.end).find((c) => c.start === from && c.speaker);
  return known ?? { ...name, resolver: 'adjacent-name', personal: true, speaker: personNamed(ctx.speakers.byLooseSurname, ctx.text.slice(name.start, name.end)) };
}

/** The phrase that last names or refers to a person in [start, end), outside quotations. */
export function lastPersonMention(ctx: SpeakerContext, start: number, end: number): Candidate | undefined {
  return candidatesIn(ctx, Math.max(start, end - SUBJECT_REACH * 2), end).findLast((c) => c.personal);
}
