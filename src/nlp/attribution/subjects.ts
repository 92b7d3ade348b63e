import { lastSeparatingComma } from '../doc/chars.js';
import { organizationForIt } from './organization-references.js';
import { isQuoted, speaksForNobody, type Candidate, type SpeakerContext } from './speaker-context.js';
import { endOf, firstAtOrAfter, startOf, type Span } from '../doc/spans.js';
import { HYPHENATED_GIVEN_NAME, isAbbreviatedTitle, isStaffTitle, TITLE_BEFORE, TITLE_BEFORE_APPOSITION, TITLE_TOKEN } from '../lexicon/titles.js';
import type { Token } from '../doc/document.js';
import { invertsHere, type Cue } from './cues.js';
import { personNamed } from './speaker-index.js';
import { hasAnyTag, isCapitalised, notNameTags, possessiveLength, punctuationAfter } from '../doc/name-runs.js';
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
  // The comma that closes an aside, inside a closing quotation mark as American style puts it ('..., whose hits include "Zorb,"').
  const comma = text[end - 1] === ',' ? end - 1 : /,["”’]$/u.test(text.slice(end - 2, end)) ? end - 2 : -1;
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

/** Most words in a name nobody listed. */
const NAME_WORDS = 4;

/** The capitalised words that end at `end` ("... Elon Musk| said"). */
function nameEndingAt(ctx: SpeakerContext, start: number, end: number): Span | undefined {
  const last = firstAtOrAfter(ctx.tokens, end + 1, endOf) - 1;
  const token = ctx.tokens[last];
  if (!token || token.start < start || ctx.text.slice(token.end, end).trim() !== '') return undefined;
  return nameThrough(ctx, last, -1, start);
}

/** The capitalised words that start at `from` ("said| Elon Musk"). */
function nameStartingAt(ctx: SpeakerContext, from: number): Span | undefined {
  const first = firstAtOrAfter(ctx.tokens, from, startOf);
  const token = ctx.tokens[first];
  if (!token || ctx.text.slice(from, token.start).trim() !== '') return undefined;
  return nameThrough(ctx, first, 1, from);
}

/** The name words from token `index` on, one way (`step`), not past `limit` nor across punctuation. */
function nameThrough(ctx: SpeakerContext, index: number, step: 1 | -1, limit: number): Span | undefined {
  const { tokens } = ctx;
  if (!isNameWord(ctx, index)) return undefined;
  let far = index;
  for (let count = 1; count < NAME_WORDS; count++) {
    // "Ji-woo": the two halves of a hyphenated given name are one word of the name.
    if (step > 0 && hyphenatedGivenName(tokens, far)) {
      far += 1;
      continue;
    }
    if (step < 0 && hyphenatedGivenName(tokens, far - 2) && tokens[far - 2]!.start >= limit && !/\S/u.test(tokens[far - 1]!.post)) {
      far -= 2;
      continue;
    }
    const next = far + step;
    const joint = tokens[Math.min(far, next)];
    const later = tokens[Math.max(far, next)];
    // Only spaces within a line join two words of a name: not a comma, a quotation mark or a line break.
    if (!tokens[next] || !joint || !later || /\S|\n/u.test(punctuationAfter(joint)) || /\S/u.test(later.pre)) break;
    if ((step < 0 && tokens[next]!.start < limit) || !isNameWord(ctx, next)) break;
    far = next;
  }
  const first = tokens[Math.min(index, far)]!;
  const last = tokens[Math.max(index, far)]!;
  return { start: first.start, end: last.end - possessiveLength(last.text) };
}

/** Whether tokens `index` and the next are the halves of a hyphenated given name ("Ji" "woo"). */
function hyphenatedGivenName(tokens: readonly Token[], index: number): boolean {
  const first = tokens[index];
  const second = tokens[index + 1];
  return first !== undefined && second !== undefined && first.post === '-' && HYPHENATED_GIVEN_NAME.test(`${first.text}-${second.text}`);
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
