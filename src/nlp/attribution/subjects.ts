import { closingCommaBefore, lastSeparatingComma } from '../doc/chars.js';
import { organizationForIt } from './organization-references.js';
import { isQuoted, type Candidate, type SpeakerContext } from './speaker-context.js';
import type { Span } from '../doc/spans.js';
import { TITLE_BEFORE_APPOSITION } from '../lexicon/titles.js';
import { invertsHere, type Cue } from './cues.js';
import { candidatesIn } from './mention-resolvers.js';
import { adjacentName, nameEndingAt, nameStartingAt, withAdjacentName } from './adjacent-names.js';
import { subjectAfter } from './sources-after-cue.js';

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

/**
 * The candidate a cue's subject is: the last person, else the last phrase; a wider phrase around it that stands for the
 * same source is the whole subject ("a spokesman for Acme said": the phrase, not "Acme" alone).
 */
function pick(candidates: readonly Candidate[]): Candidate | undefined {
  const chosen = candidates.findLast((c) => c.personal) ?? candidates[candidates.length - 1];
  const name = chosen?.speaker?.name;
  return (name !== undefined && candidates.find((c) => c.start < chosen!.start && c.end >= chosen!.end && c.speaker?.name === name)) || chosen;
}

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
  return known ?? adjacentName(ctx, name);
}

/** The phrase that last names or refers to a person in [start, end), outside quotations. */
export function lastPersonMention(ctx: SpeakerContext, start: number, end: number): Candidate | undefined {
  return candidatesIn(ctx, Math.max(start, end - SUBJECT_REACH * 2), end).findLast((c) => c.personal);
}

