import { z } from 'zod';
import homographData from '../lexicon/data/verb-homographs.json' with { type: 'json' };
import type { Speaker } from '../doc/layers.js';
import type { Doc, Sentence, Token } from '../doc/document.js';
import {
  adjacentSource,
  coSources,
  isBackground,
  isPersonalSource,
  listenerEnd,
  participleSubject,
  unnamedSubjectStart,
  withDescriptor,
} from './report-sources.js';
import { phraseEnd, sourceAfter } from './sources-after-cue.js';
import { isParticiple, reportingCues, reportsResults, takesNounPhrase } from './reporting-cues.js';
import { linkedSource } from './learned-sources.js';
import { endOf, firstAtOrAfter, startOf, type Span } from '../doc/spans.js';
import { invertsHere, type Cue } from './cues.js';
import type { MentionResolver, ReportSieve } from './sieves.js';
import type { SpeakerContext } from './speaker-context.js';
import { REACH, head, isVerb, tail, tokenAt, wordCount } from '../doc/words.js';
import { punctuationAfter } from '../doc/name-runs.js';

/** One report in a sentence: a source, the cue that attributes, and what the source asserts. */
export interface Report {
  readonly cue: Cue;
  readonly speaker: Speaker | null;
  /** The attributing words: the source phrase and the cue ("Zuckerberg already announced", "according to Gartner"). */
  readonly frame: Span;
  /** What the source asserts: the clause after the cue (or "that"), or the words before ", X said". */
  readonly content: Span;
  /** The cue may take a noun phrase for its content ("announced a new phone", "warned of losses"). */
  readonly takesNounPhrase: boolean;
  /** The source is a person (a name, "he", "the chief executive"), not an organization. */
  readonly personal: boolean;
  /** The report sieve that found the source, and the resolver that read it; null when no source was found. */
  readonly sieve: ReportSieve | null;
  readonly resolver: MentionResolver | null;
}

/** What may stand right before an attribution that follows its content (", Smith said"; '"...," Smith said'). */
const SEPARATOR_BEFORE = /[,;:"”’'—–\-)]\s*$/u;
/** A cue right after its content's closing punctuation ('"...," said Smith'; "..., said the report"). */
const RIGHT_AFTER_SEPARATOR = /[,;:"”’'—–\-)][ \t]*$/u;
const COMPLEMENTIZER = /^\s*(?:[\p{L}\p{N}'’&.-]{1,40}\s+){0,6}?that\s+/iu;
/** Words a trailing attribution may go on with, which make it a frame for what came before ("said on Tuesday"). */
const ADVERBIAL =
  /^\s*(?:in|on|at|during|(?:last|this|next)\s+(?:week|month|year|quarter|spring|summer|autumn|fall|winter|morning|evening|weekend)|earlier|later|yesterday|today|tomorrow|via|when|while|after|before|as|through|from|to|for|with|without|by|over|under|ahead|following|recently|previously|separately|then|too|also|again|afterwards|overnight|late|early)\b/iu;
/** What may begin the words after ", X said," that make them part of the assertion ("..., she said, but ..."). */
const CONTINUES = /^\s*(?:but|yet|and|is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|remains?|seems?)\b/iu;
/** Words after an "according to X" phrase that make the words before it the assertion ("..., according to X, as ..."). */
const SUBORDINATE = /^\s*(?:as|because|since|while|when|whereas|although|though|after|before|which|who|with|amid|despite|adding|citing|saying|noting|in|on|at)\b/iu;
const TERMINAL_TAIL = /^[\s.!?"”’'…)\]]*$/u;
/** A phrase of time, place or manner that opens the clause, not words the source asserts ("In a statement, ", "As a phone rang, "). */
const LEADING_ADVERBIAL =
  /^\s*(?:in|on|at|during|after|before|as|since|while|when|with|among|for|despite|following|amid|by|from|under|over|throughout|until|within|without)\b[^,;:"“”]*,(?:\s*(?:however|though|too|also),)?\s*$/iu;

type Direction = 'after' | 'before' | 'around';

interface Frame extends Span {
  readonly cue: Cue;
  readonly speaker: Speaker | null;
  /** Other sources joined to the first ("Motorola and Apple announced", "the two companies said"). */
  readonly coSpeakers: readonly Speaker[];
  readonly personal: boolean;
  /** Where the asserted words begin when they follow the frame. */
  readonly contentStart: number;
  readonly direction: Direction;
  readonly sieve: ReportSieve | null;
  readonly resolver: MentionResolver | null;
}

/** The reports of a sentence, in text order. Cues inside quotations, passives and naming verbs are not reports. */
export function reportsIn(ctx: SpeakerContext, sentence: Sentence): Report[] {
  const frames: Frame[] = [];
  for (const cue of reportingCues(ctx, sentence)) {
    const frame = frameOf(ctx, sentence, cue, frames[frames.length - 1]);
    if (frame) frames.push(frame);
  }
  return arrange(ctx, sentence, frames).flatMap(({ coSpeakers, ...report }) => [
    report,
    ...coSpeakers.map((coSpeaker) => ({ ...report, speaker: coSpeaker, sieve: 'joined-source' as const })),
  ]);
}

function frameOf(ctx: SpeakerContext, sentence: Sentence, cue: Cue, previous: Frame | undefined, mayLink = true): Frame | null {
  const { text } = ctx;
  const floor = previous?.end ?? sentence.start;
  // ", noting that ...": a participle after an earlier report shares its subject.
  const shared = previous && isParticiple(cue) && SEPARATOR_BEFORE.test(tail(text, previous.end, cue.start)) ? previous : undefined;
  const clauseSubject = shared ? undefined : participleSubject(ctx, sentence, cue);
  const before = shared || clauseSubject || cue.kind === 'according' ? undefined : adjacentSource(ctx, cue, sentence.start);
  // '"...," said Smith' and ", said the report": the source follows a cue that follows its content.
  const inverted =
    cue.kind === 'according' ||
    (invertsHere(text, cue) && !shared && (!before || before.start >= cue.end) && RIGHT_AFTER_SEPARATOR.test(tail(text, floor, cue.start)) && !nameOpensClause(ctx, cue.end));
  const ruled = shared ? undefined : inverted ? sourceAfter(ctx, cue.end, phraseEnd(ctx, cue.end, cue.kind, sentence.end)) : before;
  // No sieve found a source before a verb: the learned linker may still read one ("Apple, whose store ..., charges ... and says").
  const linked = mayLink && !ruled && !shared && !clauseSubject && !inverted && cue.kind === 'verb' ? linkedSource(ctx, sentence, cue, floor) : undefined;
  const source = ruled ?? linked;
  if (source && source.start < cue.start && isBackground(text, source, floor)) return null;
  const speaker = shared ? shared.speaker : ((clauseSubject ?? source)?.speaker ?? null);
  const sieve: ReportSieve | null = shared ? 'shared-subject' : clauseSubject ? 'clause-subject' : linked ? 'learned-source' : source ? (inverted ? 'source-after-cue' : 'subject-before-cue') : null;
  const resolver = shared ? shared.resolver : ((clauseSubject ?? source)?.resolver ?? null);
  const partners = source && source.start < cue.start ? coSources(ctx, source, floor) : [];
  // A subject before the previous frame is shared with it ("Smith called it X and said Y"): this frame is the cue alone.
  const start =
    source && source.start < cue.start && source.start >= floor
      ? withDescriptor(ctx, (partners[partners.length - 1] ?? source).start, floor)
      : !source && !inverted && !shared && !clauseSubject
        ? unnamedSubjectStart(ctx, floor, cue.start)
        : cue.start;
  const end = inverted ? Math.max(cue.end, phraseEnd(ctx, cue.end, cue.kind, sentence.end)) : Math.max(listenerEnd(text, cue), source && source.start >= cue.end ? source.end : 0);
  const span = { start, end };
  const placement = cue.kind === 'according' ? accordingDirection(text, sentence, span, floor) : verbDirection(ctx, sentence, span, floor, cue);
  const personal = shared ? shared.personal : isPersonalSource(ctx, clauseSubject ?? source);
  // A linked source speaks only a proposition after its cue ("says it has sold ..."), not an act ("criticised the
  // plans"); else the frame is read as if no source had been found.
  if (linked && !(placement?.direction === 'after' && assertsProposition(ctx, sentence, cue, placement))) return frameOf(ctx, sentence, cue, previous, false);
  if (!placement || (placement.direction === 'after' && reportsResults(ctx, cue, placement.contentStart))) return null;
  if (cue.learned && !learnedCueReports(ctx, sentence, cue, placement)) return null;
  const { direction, contentStart, frameEnd } = placement;
  const coSpeakers = partners.length ? partners.flatMap((p) => (p.speaker ? [p.speaker] : [])) : shared ? shared.coSpeakers : ((clauseSubject ?? source)?.coSpeakers ?? []);
  return { start, end: frameEnd ?? end, cue, speaker, personal, coSpeakers, direction, contentStart, sieve, resolver };
}

/**
 * A cue the lexicon does not know frames a report only where it plainly reports words: a proposition or a quotation
 * after it ("questioned whether the bank was too big", "charges that ...", "blasted: '...'"), a quotation before it
 * ('"...," Trump blasted'), or the object of a finite verb of stance ("bemoaned the unrest"; not ", blaming delays",
 * which goes on with the report before it). Frames it would otherwise make split or take over a lexicon cue's report ("agreed to buy
 * X, the companies said"; "said supplies were tight and that Cobalt had signed agreements").
 */
function learnedCueReports(ctx: SpeakerContext, sentence: Sentence, cue: Cue, placement: Placement): boolean {
  if (placement.direction === 'after' && ((takesNounPhrase(cue) && !isParticiple(cue)) || thatOpens(ctx.text, cue.end, placement.contentStart))) return true;
  const words = { start: placement.contentStart, end: sentence.end };
  const quoted = ctx.quoteSpans[firstAtOrAfter(ctx.quoteSpans, words.start + 1, endOf)];
  if (quoted && quoted.start < words.end && (placement.direction !== 'after' || wordCount(ctx.text.slice(words.start, quoted.start)) <= 1)) return true;
  return placement.direction === 'after' && statesProposition(ctx, words);
}

/** A proposition or a quotation opens the words after the cue ("that ...", "whether ...", "the law is broken", '"..."'). */
function assertsProposition(ctx: SpeakerContext, sentence: Sentence, cue: Cue, placement: Placement): boolean {
  const words = { start: placement.contentStart, end: sentence.end };
  const quoted = ctx.quoteSpans[firstAtOrAfter(ctx.quoteSpans, words.start + 1, endOf)];
  if (quoted && quoted.start < words.end && wordCount(ctx.text.slice(words.start, quoted.start)) <= 1) return true;
  return thatOpens(ctx.text, cue.end, placement.contentStart) || COMPLEMENT_BEFORE.test(ctx.text.slice(cue.end, placement.contentStart)) || statesProposition(ctx, words);
}

/** "charges that ...": "that" right after the cue opens its words. */
const thatOpens = (text: string, cueEnd: number, contentStart: number) => /^\s+that\s+$/iu.test(text.slice(cueEnd, contentStart));

interface Placement {
  readonly direction: Direction;
  readonly contentStart: number;
  /** Where the frame ends when it goes on past its cue ("he said during the call on Wednesday"). */
  readonly frameEnd?: number;
}

function accordingDirection(text: string, sentence: Sentence, frame: Span, floor: number): Placement | null {
  const before = tail(text, floor, frame.start);
  const rest = head(text, frame.end, sentence.end);
  const hasBefore = wordCount(before) >= 2;
  if (TERMINAL_TAIL.test(rest)) return hasBefore ? { direction: 'before', contentStart: floor } : null;
  // "According to the Entertainment and Leisure Software Publishers Association (Elspa), ...": the abbreviation is the source's.
  const afterComma = rest.replace(/^\s*(?:\([^()]{1,40}\)|\))?\s*[,;:—–]?\s*/u, '');
  const contentStart = frame.end + rest.length - afterComma.length;
  if (!hasBefore) return { direction: 'after', contentStart: skipThat(text, contentStart) };
  if (/^that\b/iu.test(afterComma)) return { direction: 'after', contentStart: skipThat(text, contentStart) };
  if (SUBORDINATE.test(afterComma)) return { direction: 'before', contentStart: floor };
  return { direction: 'around', contentStart: floor };
}

function skipThat(text: string, at: number): number {
  const match = /^\s*that\s+/iu.exec(text.slice(at, at + 10));
  return match ? at + match[0].length : at;
}

function verbDirection(ctx: SpeakerContext, sentence: Sentence, frame: Span, floor: number, cue: Cue): Placement | null {
  const { text } = ctx;
  const rest = head(text, frame.end, sentence.end);
  const before = tail(text, floor, frame.start);
  const hasBefore = SEPARATOR_BEFORE.test(before) && wordCount(before) >= 2 && !LEADING_ADVERBIAL.test(before);
  if (/^\s*:/u.test(rest)) return { direction: 'after', contentStart: frame.end + rest.indexOf(':') + 1 };
  if (TERMINAL_TAIL.test(rest)) return hasBefore ? { direction: 'before', contentStart: floor } : null;
  const comma = /^\s*[,;—–]\s*/u.exec(rest);
  if (comma) {
    const next = frame.end + comma[0].length;
    if (!hasBefore) return { direction: 'after', contentStart: next };
    const predicate = frame.start < cue.start && predicateFollows(ctx, next, before);
    return { direction: CONTINUES.test(head(text, next, sentence.end)) || predicate ? 'around' : 'before', contentStart: floor };
  }
  const complement = complementStart(ctx, frame.end, sentence.end);
  if (complement !== undefined) return { direction: 'after', contentStart: complement };
  // "has vowed to bring back jobs", ", promising to lift rules": the infinitive is what such a cue attributes, not an adverbial.
  if (takesNounPhrase(cue) && opensInfinitive(ctx, frame.end)) return { direction: 'after', contentStart: frame.end };
  if (ADVERBIAL.test(rest) || startsWithDate(ctx, frame.end)) {
    // "said on Thursday it would ...": a clause after the adverbial is the content; else the frame ends the sentence.
    const clause = clauseAfterAdverbial(ctx, frame.end, sentence.end);
    if (clause !== undefined) return { direction: 'after', contentStart: clause };
    if (hasBefore) {
      const tail = /[,;]|[.!?]*["”’']?\s*$/u.exec(rest);
      return { direction: 'before', contentStart: floor, frameEnd: frame.end + (tail?.index ?? rest.length) };
    }
  }
  return { direction: 'after', contentStart: frame.end };
}

/** "to" and a verb open the words at `at` ("to bring back lost jobs"). */
function opensInfinitive(doc: Doc, at: number): boolean {
  const i = firstAtOrAfter(doc.tokens, at, startOf);
  const next = doc.tokens[i + 1];
  return doc.tokens[i]?.normal === 'to' && next !== undefined && isVerb(next);
}

/**
 * "Graham, a candidate, said Obama is overselling ...": a name right after the cue followed by a verb is the subject of
 * what was said, not a source after the cue.
 */
function nameOpensClause(doc: Doc, at: number): boolean {
  let i = firstAtOrAfter(doc.tokens, at, startOf);
  const first = i;
  while (i < doc.tokens.length && i < first + NAME_WORDS && /^\p{Lu}/u.test(doc.tokens[i]!.text) && !/\S/u.test(punctuationAfter(doc.tokens[i]!))) i++;
  const next = doc.tokens[i];
  return i > first && next !== undefined && isVerb(next) && !next.tags.has('Gerund') && /^\p{Ll}/u.test(next.text);
}

/** Most words in a name read after a cue. */
const NAME_WORDS = 4;

/**
 * "The museum, Mr. Bush said, celebrated several of his heroes": a finite verb right after a frame that names its
 * source, with the words before it a subject of a few words and no verb or quotation, is the predicate of the
 * assertion the frame interrupts. Not a participle (", citing", ", cutting off").
 */
function predicateFollows(ctx: SpeakerContext, at: number, before: string): boolean {
  const token = tokenAt(ctx, at);
  if (!token || token.start !== at || !isVerb(token) || token.tags.has('Gerund') || token.tags.has('Infinitive') || !/^\p{Ll}+(?<!ing)$/u.test(token.text)) return false;
  const subject = before.replace(/[\s,;:—–]+$/u, '');
  if (/["”’']$/u.test(subject)) return false;
  const opening = subject.slice(Math.max(subject.search(/[^.!?"”]*$/u), 0)).trim();
  return wordCount(opening) >= 1 && wordCount(opening) <= INTERRUPTED_SUBJECT_WORDS && !/[,;:]/u.test(opening) && !/\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|\p{L}+ed)\b/iu.test(opening);
}

/** Most words in the subject of an assertion a frame interrupts ("The museum, Mr. Bush said, celebrated"). */
const INTERRUPTED_SUBJECT_WORDS = 6;

const RELATIVE_WORD = /^(?:that|which|who|whom|whose|where|when)$/iu;
const COORDINATOR = /^(?:and|but|or|while|whereas)$/iu;
const CLAUSE_DETERMINER = /^(?:the|a|an|its|his|her|their|our|this|these|those)$/iu;

/** Most words in an adverbial between a cue and its clause ("said in a statement on Thursday it would"). */
const ADVERBIAL_WORDS = 6;

/**
 * Where a clause begins after an adverbial ("on Thursday", "in a statement") that follows a cue: at a pronoun, name or
 * determiner that a verb follows before any comma. None when the adverbial runs to the end ("said during the call").
 */
function clauseAfterAdverbial(doc: Doc, from: number, sentenceEnd: number): number | undefined {
  const first = firstAtOrAfter(doc.tokens, from, startOf);
  for (let i = first + 1; i < doc.tokens.length && i <= first + ADVERBIAL_WORDS && doc.tokens[i]!.end <= sentenceEnd; i++) {
    const token = doc.tokens[i]!;
    // "reported on Tuesday and Mavro reports": a clause after a conjunction is one of its own.
    if (/[,;:]/u.test(doc.tokens[i - 1]!.post) || isVerb(token) || COORDINATOR.test(token.text)) return undefined;
    if (doc.tokens[i - 1]!.tags.has('Preposition') || RELATIVE_WORD.test(token.text)) continue;
    const opens = token.tags.has('Pronoun') || CLAUSE_DETERMINER.test(token.text) || (token.tags.has('ProperNoun') && !token.tags.has('Date') && !/['’]s?$/u.test(token.text));
    if (opens && hasClause(doc, { start: token.start, end: Math.min(sentenceEnd, token.start + REACH) })) return token.start;
  }
  return undefined;
}

/** "said Tuesday at the conference": a date after the cue is an adverbial too. */
function startsWithDate(doc: Doc, from: number): boolean {
  const token = doc.tokens[firstAtOrAfter(doc.tokens, from, startOf)];
  return token !== undefined && (token.tags.has('Date') || token.tags.has('WeekDay') || token.tags.has('Month'));
}

/** Just past "that" in "said on Tuesday that ...", unless "that" begins a relative clause ("in an email that was"). */
function complementStart(ctx: SpeakerContext, from: number, sentenceEnd: number): number | undefined {
  const doc = ctx;
  const rest = doc.text.slice(from, Math.min(sentenceEnd, from + 120));
  const match = COMPLEMENTIZER.exec(rest);
  if (!match || /[,;:"“”]/u.test(match[0])) return undefined;
  const at = from + match[0].length;
  // "is developing a laptop that will": the clause has begun before "that"; "an email that was": a relative clause.
  // "in its filing that", "a note that devices would": words tagged as verbs that are nouns do not count.
  for (let i = firstAtOrAfter(doc.tokens, from, startOf); i < doc.tokens.length && doc.tokens[i]!.end < at; i++) {
    if (isVerb(doc.tokens[i]!) && !isNominalAfter(doc.tokens[i - 1]!, doc.tokens[i]!) && !endsPrepositionalCompound(doc.tokens, i)) return undefined;
  }
  const next = tokenAt(doc, at);
  const afterNext = next && doc.tokens[next.index + 1];
  const auxiliary = (token: Token) => ['Modal', 'Auxiliary', 'Copula'].some((tag) => token.tags.has(tag));
  // "that prices for cloud storage would rise", "that costs rose": a plural noun read as a verb, then a preposition or the verb.
  const pluralSubject = next !== undefined && /^\p{Ll}+s$/u.test(next.text) && next.tags.has('PresentTense') && afterNext !== undefined && (afterNext.tags.has('Preposition') || isVerb(afterNext));
  const nounBeforeVerb = (afterNext !== undefined && auxiliary(afterNext) && !auxiliary(next!)) || pluralSubject;
  return next && isVerb(next) && !nounBeforeVerb ? undefined : at;
}

/** A word tagged as a verb after an article, a figure, an adjective or a possessive is a noun ("a 94% jump"), unless it is a form of "be" or "have". */
function isNominalAfter(before: Token, token: Token): boolean {
  if (['Copula', 'Auxiliary', 'Modal'].some((tag) => token.tags.has(tag))) return false;
  return ARTICLE.test(before.text) || ['Value', 'Adjective', 'Possessive'].some((tag) => before.tags.has(tag));
}

const ARTICLE = /^(?:a|an|the|its|his|her|their|our|my|your)$/iu;

/**
 * "on a conference call", "during its earnings call": a word tagged as a verb that ends a preposition, an article and a
 * noun is the noun phrase's head (compromise reads "call on" as a phrasal verb), not the verb of a clause.
 */
function endsPrepositionalCompound(tokens: readonly Token[], i: number): boolean {
  const [preposition, article, noun] = [tokens[i - 3], tokens[i - 2], tokens[i - 1]];
  return preposition?.tags.has('Preposition') === true && ARTICLE.test(article?.text ?? '') && noun?.tags.has('Noun') === true && !isVerb(noun);
}

// ---------------------------------------------------------------------------------------------------------------
// From frames to reports: which words each frame attributes

/** A frame that begins a new part of the sentence rather than sitting inside another's content. */
function opensPart(text: string, frame: Frame, previous: Frame): boolean {
  if (frame.direction !== 'after') return true;
  return OPENS_PART.test(tail(text, previous.end, frame.start)) || /,\s*(?:which|who)\s+$/u.test(tail(text, previous.end, frame.cue.start));
}

/** A separator, perhaps before the closing mark of a quotation it ends ('"...," noting that'), or a conjunction. */
const OPENS_PART = /(?:[,;:—–(]["”’']?|\b(?:and|but|while|although|though|whereas))\s*$/u;

const sameSpeaker = (a: Speaker | null, b: Speaker | null) => a !== null && b !== null && a.name === b.name;

interface Open {
  readonly frame: Frame;
  readonly contentStart: number;
  /** Where the part of the sentence the frame belongs to begins. */
  readonly floor: number;
}

function arrange(ctx: SpeakerContext, sentence: Sentence, frames: readonly Frame[]): Arranged[] {
  const { text } = ctx;
  const reports: Arranged[] = [];
  let open = null as Open | null;
  let floor = sentence.start;
  const close = (end: number) => {
    if (open) reports.push(report(text, open.frame, open.contentStart, end));
    open = null;
  };
  for (const frame of frames) {
    const current: Open | null = open;
    if (current && !opensPart(text, frame, current.frame)) {
      // A report nested in another's content: the same speaker's more specific cue wins ("added that he expects"),
      // when its own words still assert something.
      const leading = wordCount(tail(text, current.contentStart, frame.start)) === 0 && frame.start - current.contentStart < REACH;
      const inner = report(text, frame, frame.contentStart, sentence.end);
      // The inner report must make a clause of its own ("said it had found that ..." stays the outer report's words).
      if (leading && (sameSpeaker(frame.speaker, current.frame.speaker) || !current.frame.speaker) && asserts(ctx, inner, false)) {
        open = { ...current, frame: { ...frame, start: current.frame.start }, contentStart: frame.contentStart };
      }
      continue;
    }
    if (frame.direction === 'before') {
      close(frame.start);
      const last = reports[reports.length - 1];
      if (current && last && sameSpeaker(last.speaker, frame.speaker)) {
        // "pledging that ..., he said during the call": one report.
        reports[reports.length - 1] = { ...last, frame: { start: last.frame.start, end: frame.end } };
      } else if (current && last) {
        // "X said Y, Z reported": Z reports the whole; an unnamed inner source adds nothing.
        if (!last.speaker) reports.pop();
        reports.push(report(text, frame, current.floor, frame.start));
      } else reports.push(report(text, frame, floor, frame.start));
      floor = frame.end;
      continue;
    }
    close(frame.start);
    open = { frame, contentStart: frame.direction === 'around' ? floor : frame.contentStart, floor };
    floor = frame.end;
  }
  close(sentence.end);
  return reports.filter((r) => asserts(ctx, r));
}

/** A report and the second source that shares it, if any. */
interface Arranged extends Report {
  readonly coSpeakers: readonly Speaker[];
}

/** A frame's report, its content without the separators around it. */
function report(text: string, frame: Frame, contentStart: number, contentEnd: number): Arranged {
  return {
    coSpeakers: frame.coSpeakers,
    cue: frame.cue,
    speaker: frame.speaker,
    frame: { start: frame.start, end: frame.end },
    content: trimSpan(text, { start: contentStart, end: contentEnd }),
    takesNounPhrase: takesNounPhrase(frame.cue),
    personal: frame.personal,
    sieve: frame.sieve,
    resolver: frame.resolver,
  };
}

const LEADING = /^[\s,;:—–-]+/u;
/** Separators, a dangling conjunction, and a sentence's full stop (not an abbreviation's: "the U.S."). */
const TRAILING = /(?:[\s,;:—–-]|(?<=[\p{Ll}\p{N})%"”’'])[.!?]|\b(?:and|but|or|while|though|although|whereas)\b)+$/u;

/** The span without the spaces and separators around it. */
export function trimSpan(text: string, span: Span): Span {
  const slice = text.slice(span.start, span.end);
  const lead = LEADING.exec(slice)?.[0].length ?? 0;
  return { start: span.start + lead, end: span.end - trailingLength(slice.slice(lead)) };
}

/** How much of a long text's end TRAILING is first tried on, as it is tried at every position of what it is given. */
const TAIL = 32;
/** More than the longest piece TRAILING repeats ("although") and the two units its look-behind may read. */
const TAIL_MARGIN = 16;

/**
 * The length of the trailing separators and conjunctions. A run found well inside the tail is the whole run: one
 * reaching further left would have a piece starting in the margin, where the tail reads as the whole text does.
 */
function trailingLength(text: string): number {
  if (text.length > TAIL) {
    const inTail = TRAILING.exec(text.slice(-TAIL));
    if (!inTail || inTail.index >= TAIL_MARGIN) return inTail?.[0].length ?? 0;
  }
  return TRAILING.exec(text)?.[0].length ?? 0;
}

/**
 * A complementizer right after the cue, or after an adverbial ("said on Monday that", "said in a filing that"); not a
 * relative pronoun after a noun ("reported bookings that fell").
 */
const COMPLEMENT_BEFORE = /^\s*(?:(?:on|in|at|during|last|this|earlier|late|early|yesterday|today)(?:\s+[^\s,;]+){0,5}?\s+)?that\s*$/iu;
/** Fewest words a that-clause asserts something in ("said that prices rose"; not "said that on Monday"). */
const COMPLEMENT_WORDS = 3;

/**
 * Whether a report says something: two words or more, and words after the cue make a clause, hold a quotation,
 * or are the noun phrase a cue such as "announced" takes. "what it said about its owner" asserts nothing.
 * `complementAsserts`: a that-clause counts as a clause whatever the tagger made of its verb.
 */
function asserts(ctx: SpeakerContext, candidate: Report, complementAsserts = true): boolean {
  const doc = ctx;
  const { content } = candidate;
  if (wordCount(doc.text.slice(content.start, content.end)) < 2) return false;
  const quoted = ctx.quoteSpans[firstAtOrAfter(ctx.quoteSpans, content.start + 1, endOf)];
  const holdsQuotation = quoted !== undefined && quoted.start < content.end;
  // A cue the lexicon does not know reports words only when they make a proposition ("questioned whether the bank
  // was too big") or are what a verb of stance judges ("attacked the merger"), not an act ("declined to comment",
  // "launched a service", "pleaded guilty to charges").
  if (candidate.cue.learned) return holdsQuotation || candidate.takesNounPhrase || thatOpens(doc.text, candidate.cue.end, content.start) || statesProposition(doc, content);
  if (content.start < candidate.frame.start || candidate.takesNounPhrase) return true;
  // "According to Gartner, sales rose 8%": what "according to" attributes is a clause, whatever the tagger made of its verb.
  if (candidate.cue.kind === 'according' && wordCount(doc.text.slice(content.start, content.end)) >= COMPLEMENT_WORDS) return true;
  // "said that revenue rose 5%": what follows the complementizer is a clause, whatever the tagger made of its verb ("rose" as a noun).
  if (complementAsserts && COMPLEMENT_BEFORE.test(doc.text.slice(candidate.frame.end, content.start)) && wordCount(doc.text.slice(content.start, content.end)) >= COMPLEMENT_WORDS) return true;
  if (holdsQuotation) return true;
  return hasClause(doc, content);
}

/**
 * A past-tense verb the tagger read as an adjective after its subject: "the deal (still) needed approval". An "-ed"
 * word after a plain noun, or after an adverb that follows one; not after a determiner, a possessive or a form of "be"
 * ("the expanded plan", "Acme's revised forecast", "was delayed").
 */
function isPastTenseAfterSubject(doc: Doc, index: number): boolean {
  const token = doc.tokens[index]!;
  if (!token.tags.has('Adjective') || isVerb(token) || !/^\p{Ll}+ed$/u.test(token.text)) return false;
  const noun = (t: Token | undefined) => t !== undefined && t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Possessive') && !/['’]s?$/u.test(t.text) && !/[,;:]/u.test(t.post);
  const previous = doc.tokens[index - 1];
  return noun(previous) || (previous !== undefined && previous.tags.has('Adverb') && !/[,;:]/u.test(previous.post) && noun(doc.tokens[index - 2]));
}

/**
 * A past-tense verb the tagger read as a noun after its subject: "sales rose 8%", "shares rose to a record". A word of
 * lexicon/data/verb-homographs.json after a plain noun, before a figure, a preposition, an adverb or the clause's end.
 */
function isHomographVerbAfterSubject(doc: Doc, index: number): boolean {
  const token = doc.tokens[index]!;
  if (isVerb(token) || !VERB_HOMOGRAPHS.has(token.text)) return false;
  const previous = doc.tokens[index - 1]!;
  const next = doc.tokens[index + 1];
  const subject = previous.tags.has('Noun') && !previous.tags.has('Pronoun') && !previous.tags.has('Possessive') && !/['’]s?$/u.test(previous.text) && !/[,;:]/u.test(previous.post);
  const after = next === undefined || /[,;:.!?]/u.test(token.post) || ['Value', 'Preposition', 'Adverb'].some((tag) => next.tags.has(tag));
  return subject && after;
}

const VERB_HOMOGRAPHS = new Set(z.strictObject({ description: z.string(), pastTense: z.array(z.string().regex(/^\p{Ll}+$/u)) }).parse(homographData).pastTense);

/** Words that open an indirect question or a that-clause: a proposition whatever follows ("whether the bank was too big"). */
const PROPOSITION_OPENING = /^(?:that|whether|if|how|why|what|when|where|who)$/iu;
/** Words that end a subject before its verb could come: a relative pronoun, a coordinator ("a service which will", "guilty to charges that they"). */
const NOT_IN_SUBJECT = /^(?:that|which|who|whom|whose|and|but|or|while|as|because|since|to)$/iu;
/** Most words in the subject of a proposition. */
const SUBJECT_WORDS = 10;

/**
 * Whether words make a proposition: they open with "that" or a question word, or a subject of a few words without a
 * comma, relative pronoun or conjunction is followed by a finite verb ("the law is broken", "Clinton's team avoided").
 */
function statesProposition(doc: Doc, span: Span): boolean {
  const first = firstAtOrAfter(doc.tokens, span.start, startOf);
  const opening = doc.tokens[first];
  if (!opening || opening.start >= span.end) return false;
  if (PROPOSITION_OPENING.test(opening.text)) return true;
  // "proposed a fine of £7.5m in a notice issued last year": an indefinite noun phrase is what was done, not said.
  if (/^an?$/iu.test(opening.text)) return false;
  for (let i = first; i < doc.tokens.length && i <= first + SUBJECT_WORDS && doc.tokens[i]!.end <= span.end; i++) {
    const token = doc.tokens[i]!;
    if (i > first && isVerb(token) && !isNominalAfter(doc.tokens[i - 1]!, token)) {
      return !token.tags.has('Gerund') && !token.tags.has('Infinitive') && doc.tokens[i - 1]!.normal !== 'to';
    }
    if (isVerb(token) && i === first) return false;
    if (NOT_IN_SUBJECT.test(token.text) || /[,;:()—–]/u.test(token.post)) return false;
  }
  return false;
}

/**
 * Whether words make a clause: a verb with words before it that is not a gerund, nor a participle after a comma.
 * "it had raised $5m" is one; "a net loss of $3m, compared with a profit" is a noun phrase.
 */
function hasClause(doc: Doc, span: Span): boolean {
  const first = firstAtOrAfter(doc.tokens, span.start, startOf);
  for (let i = first; i < doc.tokens.length && doc.tokens[i]!.end <= span.end; i++) {
    const token = doc.tokens[i]!;
    if (i > first + 1 && isPastTenseAfterSubject(doc, i)) return true;
    if (i > first && isHomographVerbAfterSubject(doc, i)) return true;
    if (!isVerb(token) || (i > first && isNominalAfter(doc.tokens[i - 1]!, token))) continue; // "a 94% jump"
    const reduced = token.tags.has('Gerund') || (i > first && /,\s*$/u.test(doc.tokens[i - 1]!.post) && !token.tags.has('Auxiliary') && !token.tags.has('Modal'));
    if (i > first && !reduced) return true;
  }
  return false;
}
