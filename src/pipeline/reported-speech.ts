import type { Speaker } from '../../schemas/extract.js';
import type { ParsedDocument, Sentence, Token } from './document.js';
import { firstAtOrAfter, startOf, type Span } from './spans.js';
import {
  SAYING_VERBS,
  SUBJECT_FIRST_VERBS,
  candidatesIn,
  cuePattern,
  findCues,
  isQuoted,
  sourceOfCue,
  type Candidate,
  type Cue,
  type SpeakerContext,
} from './speakers.js';

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
}

/**
 * Reporting verbs beyond the quotation cues: verbs of finding, reporting, expecting and believing introduce reported
 * speech ("the survey found that", "Acme expects revenue to"), though they rarely attribute a quotation.
 */
const REPORTING_CUE = cuePattern({
  inverting: [...SAYING_VERBS, 'reported', 'reports', 'revealed', 'reveals', 'disclosed', 'discloses', 'estimated', 'estimates'],
  subjectFirst: [
    ...SUBJECT_FIRST_VERBS,
    'expects', 'expect', 'hopes', 'hoped', 'fears', 'feared', 'forecasts', 'projects', 'anticipates', 'found', 'finds',
    'hinted', 'hints', 'indicated', 'indicates', 'recognised', 'recognized', 'recognises', 'recognizes', 'likened',
    'likens', 'assured', 'alleged', 'alleges', 'contends', 'contended', 'believed', 'predicting', 'estimating',
    'announcing', 'confirming', 'stating', 'acknowledging', 'suggesting', 'revealing', 'reporting', 'denying',
  ],
});

/** Cues that may take a noun phrase instead of a clause: "announced a new phone", "warned of losses", "sees it as". */
const TAKES_NOUN_PHRASE =
  /^(?:announc|warn|describ|call|see|liken|predict|confirm|den[iy]|pledg|promis|vow|forecast|expect|estimat|reveal|disclos|hint|urg|acknowledg|admit|reiterat|recogni[sz]|conced|boast)/iu;
/** A cue after a form of "be" is passive ("is said to", "was told"), a hedge or a listener, not a source speaking. */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:(?:\p{L}+ly|also|still|later|then|now|already|often|not|never)\s+){0,2}$/iu;
/** "added to the pressure", "adding 500 jobs", "continued to grow": not speech. */
const NOT_SPEECH = /^(?:add|continu)/iu;
const NOT_SPEECH_AFTER = /^\s+(?:to\b|\d)/u;
/** "declined to say", "would not say": nothing was said. */
const UNSAID = /\b(?:to|not|n['’]t|never)\s+$/iu;
/** "a start-up called Acme": naming, not speech. */
const NAMING_CUE = /^call/iu;
/** Words a cue's subject may stand apart from it by ("Smith has already said", "Smith, Acme's chief, said"). */
const BETWEEN_SOURCE_AND_CUE = new RegExp(
  [
    "^(?:['’]s?|\\))?\\s*",
    // "NASA scientists", "Acme's lawyers": people speaking for the organization named
    "(?:(?:[\\p{Ll}-]+\\s+)?(?:officials?|executives?|scientists?|engineers?|researchers?|analysts?|spokespeople|representatives?|lawyers?|staff|management|leadership|board|bosses|statement|filing|memo|letter|e-?mail|(?:blog\\s+)?post|(?:press\\s+)?release|website|report)\\s+)?",
    // an abbreviation ("the Consumer Electronics Association (CEA) has said")
    "(?:\\([^()]{1,40}\\)\\s*)?",
    // the person's organization ("Mike Short of the Mobile Data Association said")
    "(?:(?:of|at|from)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+(?:of\\s+|and\\s+|for\\s+)?\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,5}\\s+)?",
    // an aside ("Smith, Acme's chief, said") or a relative clause ("IBM, which argues")
    "(?:,[^,;]{0,120},\\s*|,\\s*(?:which|who)\\s+)?",
    "(?:(?:\\p{L}+ly|also|still|later|then|again|already|once|had|has|have|was|would|will|did|does|just|only|even|never|often|himself|herself|itself|separately|subsequently|previously|recently|earlier)\\s+)*$",
  ].join(''),
  'iu',
);
/** A source in a clause of time or condition gives background, not a report ("Even before IBM announced the plan, it"). */
const SUBORDINATE_SOURCE = /\b(?:before|after|when|since|until|if|unless|because|once|whenever)\s+(?:the\s+)?$/iu;
/** A shared subject across coordinated verbs ("Smith wants more but conceded that"). */
const COORDINATED = /\s(?:and|but)\s+(?:(?:\p{L}+ly|also|still|then|later)\s+)*$/iu;
/** What may stand right before an attribution that follows its content (", Smith said"; '"...," Smith said'). */
const SEPARATOR_BEFORE = /[,;:"”’'—–\-)]\s*$/u;
/** A cue right after its content's closing punctuation ('"...," said Smith'; "..., said the report"). */
const RIGHT_AFTER_SEPARATOR = /[,;:"”’'—–\-)][ \t]*$/u;
/** Who is told, when not a named outlet: "told reporters", "told the audience", "told investors on a call". */
const LISTENER =
  /^\s+(?:(?:the|a|an|his|her|its|their|our)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:reporters|journalists|investors|analysts|staff|employees|workers|shareholders|lawmakers|legislators|senators|congress|parliament|customers|clients|developers|attendees|audience|crowd|users|fans|listeners|viewers|readers|me|us|him|her|them|press|media|committee|court|jury|conference|meeting|students|colleagues|partners|members|delegates|regulators|officials|employees)\b/iu;
const COMPLEMENTIZER = /^\s*(?:[\p{L}\p{N}'’&.-]{1,40}\s+){0,6}?that\s+/iu;
/** Words a trailing attribution may go on with, which make it a frame for what came before ("said on Tuesday"). */
const ADVERBIAL =
  /^\s*(?:in|on|at|during|(?:last|this|next)\s+(?:week|month|year|quarter|spring|summer|autumn|fall|winter|morning|evening|weekend)|earlier|later|yesterday|today|tomorrow|via|when|while|after|before|as|through|from|to|for|with|without|by|over|under|ahead|following|recently|previously|separately|then|too|also|again|afterwards|overnight|late|early)\b/iu;
/** What may begin the words after ", X said," that make them part of the assertion ("..., she said, but ..."). */
const CONTINUES = /^\s*(?:but|yet|and|is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|remains?|seems?)\b/iu;
/** Words after an "according to X" phrase that make the words before it the assertion ("..., according to X, as ..."). */
const SUBORDINATE = /^\s*(?:as|because|since|while|when|whereas|although|though|after|before|which|who|with|amid|despite|adding|citing|saying|noting|in|on|at)\b/iu;
const TERMINAL_TAIL = /^[\s.!?"”’'…)\]]*$/u;

type Direction = 'after' | 'before' | 'around';

interface Frame extends Span {
  readonly cue: Cue;
  readonly speaker: Speaker | null;
  /** A second source joined to the first ("Motorola and Apple announced"). */
  readonly coSpeaker: Speaker | null;
  readonly personal: boolean;
  /** Where the asserted words begin when they follow the frame. */
  readonly contentStart: number;
  readonly direction: Direction;
}

/** The reports of a sentence, in text order. Cues inside quotations, passives and naming verbs are not reports. */
export function reportsIn(ctx: SpeakerContext, sentence: Sentence): Report[] {
  const { text } = ctx.doc;
  const frames: Frame[] = [];
  const cues = [...findCues(text, sentence.start, sentence.end, REPORTING_CUE), ...nominalCues(text, sentence)].sort((a, b) => a.start - b.start);
  for (const cue of cues) {
    if (!isReportingCue(ctx, cue)) continue;
    const frame = frameOf(ctx, sentence, cue, frames[frames.length - 1]);
    if (frame) frames.push(frame);
  }
  return arrange(ctx, sentence, frames).flatMap(({ coSpeaker, ...report }) => {
    const trimmed = { ...report, content: trimSpan(text, report.content) };
    return coSpeaker ? [trimmed, { ...trimmed, speaker: coSpeaker }] : [trimmed];
  });
}

/** "Sony's assertion that ...", "the company's warning that ...": a possessor's words reported through a noun. */
const REPORTING_NOUN =
  'assertion|claim|insistence|argument|belief|view|warning|prediction|announcement|statement|admission|pledge|promise|forecast|estimate|expectation|contention|suggestion';
const NOMINAL_CUE = new RegExp(`(?<=['’]s?\\s+)(?:${REPORTING_NOUN})(?=\\s+that\\s)`, 'gu');
const IS_REPORTING_NOUN = new RegExp(`^(?:${REPORTING_NOUN})$`, 'u');

function nominalCues(text: string, sentence: Sentence): Cue[] {
  const slice = text.slice(sentence.start, sentence.end);
  return [...slice.matchAll(NOMINAL_CUE)].map((match) => {
    const start = sentence.start + match.index;
    return { start, end: start + match[0].length, text: match[0], kind: 'verb', inverts: false };
  });
}

function isReportingCue(ctx: SpeakerContext, cue: Cue): boolean {
  const { text } = ctx.doc;
  if (isQuoted(ctx, cue.start)) return false;
  if (cue.kind === 'according') return true;
  if (PASSIVE_BEFORE.test(text.slice(Math.max(0, cue.start - 40), cue.start))) return false;
  if (NOT_SPEECH.test(cue.text) && NOT_SPEECH_AFTER.test(text.slice(cue.end, cue.end + 4))) return false;
  if (/^say$/iu.test(cue.text) && UNSAID.test(text.slice(Math.max(0, cue.start - 12), cue.start))) return false;
  if (NAMING_CUE.test(cue.text) && /^\s+\p{Lu}/u.test(text.slice(cue.end, cue.end + 3))) return false;
  const token = tokenAt(ctx.doc, cue.start);
  return !token || !token.tags.has('Noun') || token.tags.has('Verb') || IS_REPORTING_NOUN.test(cue.text);
}

function tokenAt(doc: ParsedDocument, offset: number): Token | undefined {
  const token = doc.tokens[firstAtOrAfter(doc.tokens, offset, startOf)];
  return token && token.start === offset ? token : undefined;
}

/**
 * The source of a cue when it is the cue's own subject: next to it, or across an aside or a coordination. The
 * speakers module prefers a person anywhere before the cue; when that one is not the subject, the nearest phrase
 * that is ("Jaynes was ..., news agency Associated Press reported") is taken instead.
 */
function adjacentSource(ctx: SpeakerContext, cue: Cue, floor: number): Candidate | undefined {
  const found = sourceOfCue(ctx, cue, floor);
  if (found && (found.start >= cue.end || isSubjectOf(ctx.doc.text, found, cue))) return found;
  const adjacent = candidatesIn(ctx, Math.max(floor, cue.start - REACH), cue.start).filter((c) => isSubjectOf(ctx.doc.text, c, cue));
  return adjacent.findLast((c) => c.personal) ?? adjacent[adjacent.length - 1];
}

function isSubjectOf(text: string, source: Span, cue: Cue): boolean {
  const between = text.slice(source.end, cue.start);
  return BETWEEN_SOURCE_AND_CUE.test(between) || COORDINATED.test(between);
}

const isParticiple = (cue: Cue) => /ing$/u.test(cue.text);

function frameOf(ctx: SpeakerContext, sentence: Sentence, cue: Cue, previous: Frame | undefined): Frame | null {
  const { text } = ctx.doc;
  const floor = previous?.end ?? sentence.start;
  // ", noting that ...": a participle after an earlier report shares its subject.
  const shared = previous && isParticiple(cue) && SEPARATOR_BEFORE.test(tail(text, previous.end, cue.start)) ? previous : undefined;
  const clauseSubject = shared ? undefined : participleSubject(ctx, sentence, cue);
  const before = shared || clauseSubject || cue.kind === 'according' ? undefined : adjacentSource(ctx, cue, sentence.start);
  // '"...," said Smith' and ", said the report": the source follows a cue that follows its content.
  const inverted = cue.kind === 'according' || (cue.inverts && !shared && (!before || before.start >= cue.end) && RIGHT_AFTER_SEPARATOR.test(tail(text, floor, cue.start)));
  const source = shared ? undefined : inverted ? sourceAfter(ctx, cue.end, phraseEnd(ctx, cue, sentence.end)) : before;
  if (source && source.start < cue.start && SUBORDINATE_SOURCE.test(text.slice(Math.max(floor, source.start - 12), source.start))) return null;
  const speaker = shared ? shared.speaker : ((clauseSubject ?? source)?.speaker ?? null);
  const partner = source && source.start < cue.start ? coSource(ctx, source, floor) : undefined;
  // A subject before the previous frame is shared with it ("Smith called it X and said Y"): this frame is the cue alone.
  const start =
    source && source.start < cue.start && source.start >= floor
      ? withDescriptor(ctx.doc, (partner ?? source).start, floor)
      : !source && !inverted && !shared && !clauseSubject
        ? unnamedSubjectStart(ctx.doc, floor, cue.start)
        : cue.start;
  const end = inverted ? Math.max(cue.end, phraseEnd(ctx, cue, sentence.end)) : Math.max(listenerEnd(text, cue), source && source.start >= cue.end ? source.end : 0);
  const span = { start, end };
  const placement = cue.kind === 'according' ? accordingDirection(text, sentence, span, floor) : verbDirection(ctx, sentence, span, floor);
  const personal = shared ? shared.personal : isPerson(ctx, clauseSubject ?? source);
  if (!placement) return null;
  const { direction, contentStart, frameEnd } = placement;
  return { start, end: frameEnd ?? end, cue, speaker, personal, coSpeaker: partner?.speaker ?? null, direction, contentStart };
}

/**
 * Whether a source is a person: a person entity, "he", a title, or a name the article gives as a person's. A capitalised
 * name nobody listed ("Northwind AI said") is a candidate speaker, but no more a person than an organization.
 */
function isPerson(ctx: SpeakerContext, source: Candidate | undefined): boolean {
  if (!source?.personal || !source.speaker) return false;
  const { entityId, name } = source.speaker;
  return entityId !== null || ctx.genders.has(name) || ctx.bySurname.get(name.split(/\s+/u).pop()!.toLowerCase())?.name === name;
}

/** "Epic sued Apple in 2020, arguing that ...": a participle after a clause has that clause's subject. */
function participleSubject(ctx: SpeakerContext, sentence: Sentence, cue: Cue): Candidate | undefined {
  const { text } = ctx.doc;
  if (!isParticiple(cue) || !/,\s*$/u.test(tail(text, sentence.start, cue.start))) return undefined;
  const first = candidatesIn(ctx, sentence.start, Math.min(cue.start, sentence.start + REACH)).sort((a, b) => a.start - b.start)[0];
  return first && wordCount(text.slice(sentence.start, first.start)) <= LEADING_WORDS ? first : undefined;
}

/** Most words before a sentence's subject ("In a statement on Monday, Acme ..."). */
const LEADING_WORDS = 6;

/**
 * Where an unnamed subject begins ("..., people familiar with the matter said"): a few words with no verb after the
 * separator that ends the content. Without such a stretch the frame is the cue alone.
 */
function unnamedSubjectStart(doc: ParsedDocument, floor: number, cueStart: number): number {
  const last = firstAtOrAfter(doc.tokens, cueStart, startOf) - 1;
  for (let i = last, words = 0; i >= 0 && words < UNNAMED_SUBJECT_WORDS; i--, words++) {
    const token = doc.tokens[i]!;
    if (token.start < floor || isVerb(token)) break;
    if (i > 0 && /[,;:"”’'—–]\s*$/u.test(doc.tokens[i - 1]!.post)) return token.start;
  }
  return cueStart;
}

/** Most words in an unnamed source ("two people familiar with the matter"). */
const UNNAMED_SUBJECT_WORDS = 8;

/** "Motorola and Apple announced": the other source joined to the subject. */
function coSource(ctx: SpeakerContext, source: Candidate, floor: number): Candidate | undefined {
  const before = candidatesIn(ctx, Math.max(floor, source.start - CO_SOURCE_REACH), source.start);
  const last = before[before.length - 1];
  return last?.speaker && /^\s*,?\s*(?:and|&)\s+$/u.test(ctx.doc.text.slice(last.end, source.start)) ? last : undefined;
}

const CO_SOURCE_REACH = 80;

/** The frame goes on over a listener: "told reporters", "told investors on Tuesday". */
function listenerEnd(text: string, cue: Cue): number {
  if (!/^(?:tells?|told|telling)$/iu.test(cue.text)) return cue.end;
  const listener = LISTENER.exec(text.slice(cue.end, cue.end + 60));
  return listener ? cue.end + listener[0].length : cue.end;
}

/**
 * Words describing a name belong with it: "news agency Associated Press", "market analysts Gartner", "Virginia State
 * Attorney General Jerry Kilgore". Lower-case nouns and adjectives, and capitalised words, up to punctuation.
 */
function withDescriptor(doc: ParsedDocument, start: number, floor: number): number {
  let index = firstAtOrAfter(doc.tokens, start, startOf) - 1;
  let at = start;
  for (let words = 0; words < DESCRIPTOR_WORDS && index >= 0; words++, index--) {
    const token = doc.tokens[index]!;
    if (token.start < floor || /[^\s]/u.test(token.post) || token.tags.has('Value') || token.tags.has('Date')) break;
    if (DESCRIPTOR_LINK.test(token.text)) continue; // a link counts only with a describing word before it
    const describes = /^\p{Lu}/u.test(token.text) ? !token.tags.has('Pronoun') : ['Noun', 'Adjective', 'Determiner'].some((tag) => token.tags.has(tag));
    if (!describes) break;
    at = token.start;
  }
  return at;
}

const DESCRIPTOR_WORDS = 5;
/** "analysts at Bernstein", "the head of research at Acme". */
const DESCRIPTOR_LINK = /^(?:at|of|from|with)$/iu;

/** Words that end a source named after its cue once a name has been given ("said Jane Smith in a statement"). */
const AFTER_NAME = /^(?:in|on|at|during|when|who|which|that|to|after|before|while|as|for|about|via|last|this|earlier|later)$/iu;

/** Where the source named after an inverted cue or "according to" ends: at punctuation, or a preposition after a name. */
function phraseEnd(ctx: SpeakerContext, cue: Cue, sentenceEnd: number): number {
  const { tokens } = ctx.doc;
  let end = cue.end;
  let named = false;
  const first = firstAtOrAfter(tokens, cue.end, startOf);
  for (let i = first; i < tokens.length && i < first + PHRASE_WORDS && tokens[i]!.end <= sentenceEnd; i++) {
    const token = tokens[i]!;
    if ((named && AFTER_NAME.test(token.text)) || (cue.kind === 'according' && /^that$/iu.test(token.text))) break;
    end = token.end - (/['’]s?$/u.exec(token.text)?.[0].length ?? 0);
    named ||= /^\p{Lu}/u.test(token.text);
    if (/[,;:.!?()"“”—–]/u.test(token.post)) break;
  }
  return end;
}

/** Most words in a source phrase after its cue ("according to research from technology analysts Gartner"). */
const PHRASE_WORDS = 12;

/** What marks a source as unnamed whatever follows it. */
const ANONYMOUS = /\b(?:close\s+to|familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|aware\s+of|inside)\b/iu;

const CONNECTOR = /^(?:of|and|&|for|the|de|du|von|van)$/iu;
const NOT_NAME_TAGS = ['Pronoun', 'Date', 'Month', 'WeekDay', 'Value'];

/**
 * The source named after a cue: a person or organization the document knows, else the last capitalised name in the
 * phrase ("market analysts Chart-Track", "data from MarketAxess"). None when no name is given ("said analysts").
 */
function sourceAfter(ctx: SpeakerContext, from: number, end: number): Candidate | undefined {
  // "sources close to the company", "people familiar with Acme's plans": unnamed sources, whatever they are near.
  const anonymous = ANONYMOUS.exec(ctx.doc.text.slice(from, end));
  if (anonymous) end = from + anonymous.index;
  const candidates = candidatesIn(ctx, from, end);
  const known = candidates.findLast((c) => c.personal) ?? candidates[candidates.length - 1];
  if (known?.speaker) return known;
  const name = lastName(ctx.doc, from, end);
  if (!name) return known;
  const written = ctx.doc.text.slice(name.start, name.end);
  const entity = ctx.organizations.find((e) => [e.name, ...e.aliases].some((form) => form.toLowerCase() === written.toLowerCase()));
  return { ...name, personal: false, speaker: entity ? { entityId: entity.id, name: entity.name } : { entityId: null, name: written } };
}

/** The last run of capitalised words in [from, end), small connecting words inside it allowed ("Pew Internet and American Life Project"). */
function lastName(doc: ParsedDocument, from: number, end: number): Span | undefined {
  let found: Span | undefined;
  let run: Token[] = [];
  const flush = () => {
    while (run.length && CONNECTOR.test(run[run.length - 1]!.text)) run.pop();
    if (run.length) found = { start: run[0]!.start, end: run[run.length - 1]!.end - (/['’]s?$/u.exec(run[run.length - 1]!.text)?.[0].length ?? 0) };
    run = [];
  };
  for (let i = firstAtOrAfter(doc.tokens, from, startOf); i < doc.tokens.length && doc.tokens[i]!.end <= end; i++) {
    const token = doc.tokens[i]!;
    const capitalised = /^\p{Lu}/u.test(token.text) && !NOT_NAME_TAGS.some((tag) => token.tags.has(tag));
    if (capitalised || (run.length && CONNECTOR.test(token.text))) run.push(token);
    else flush();
    if (/[^\s-]/u.test(token.post)) flush();
  }
  flush();
  return found;
}

/** How far around a cue its frame is looked at, in characters: every look is bounded, so long sentences stay linear. */
const REACH = 300;
const tail = (text: string, from: number, to: number) => text.slice(Math.max(from, to - REACH), to);
const head = (text: string, from: number, to: number) => text.slice(from, Math.min(to, from + REACH));

const wordCount = (text: string) => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

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
  const afterComma = rest.replace(/^\s*[,;:—–]?\s*/u, '');
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

function verbDirection(ctx: SpeakerContext, sentence: Sentence, frame: Span, floor: number): Placement | null {
  const { text } = ctx.doc;
  const rest = head(text, frame.end, sentence.end);
  const before = tail(text, floor, frame.start);
  const hasBefore = SEPARATOR_BEFORE.test(before) && wordCount(before) >= 2;
  if (/^\s*:/u.test(rest)) return { direction: 'after', contentStart: frame.end + rest.indexOf(':') + 1 };
  if (TERMINAL_TAIL.test(rest)) return hasBefore ? { direction: 'before', contentStart: floor } : null;
  const comma = /^\s*[,;—–]\s*/u.exec(rest);
  if (comma) {
    const next = frame.end + comma[0].length;
    if (!hasBefore) return { direction: 'after', contentStart: next };
    return { direction: CONTINUES.test(head(text, next, sentence.end)) ? 'around' : 'before', contentStart: floor };
  }
  const complement = complementStart(ctx, frame.end, sentence.end);
  if (complement !== undefined) return { direction: 'after', contentStart: complement };
  if (ADVERBIAL.test(rest) || startsWithDate(ctx.doc, frame.end)) {
    // "said on Thursday it would ...": a clause after the adverbial is the content; else the frame ends the sentence.
    const clause = clauseAfterAdverbial(ctx.doc, frame.end, sentence.end);
    if (clause !== undefined) return { direction: 'after', contentStart: clause };
    if (hasBefore) {
      const tail = /[,;]|[.!?]*["”’']?\s*$/u.exec(rest);
      return { direction: 'before', contentStart: floor, frameEnd: frame.end + (tail?.index ?? rest.length) };
    }
  }
  return { direction: 'after', contentStart: frame.end };
}

const RELATIVE_WORD = /^(?:that|which|who|whom|whose|where|when)$/iu;
const CLAUSE_DETERMINER = /^(?:the|a|an|its|his|her|their|our|this|these|those)$/iu;

/** Most words in an adverbial between a cue and its clause ("said in a statement on Thursday it would"). */
const ADVERBIAL_WORDS = 6;

/**
 * Where a clause begins after an adverbial ("on Thursday", "in a statement") that follows a cue: at a pronoun, name or
 * determiner that a verb follows before any comma. None when the adverbial runs to the end ("said during the call").
 */
function clauseAfterAdverbial(doc: ParsedDocument, from: number, sentenceEnd: number): number | undefined {
  const first = firstAtOrAfter(doc.tokens, from, startOf);
  for (let i = first + 1; i < doc.tokens.length && i <= first + ADVERBIAL_WORDS && doc.tokens[i]!.end <= sentenceEnd; i++) {
    const token = doc.tokens[i]!;
    if (/[,;:]/u.test(doc.tokens[i - 1]!.post) || isVerb(token)) return undefined;
    if (doc.tokens[i - 1]!.tags.has('Preposition') || RELATIVE_WORD.test(token.text)) continue;
    const opens = token.tags.has('Pronoun') || CLAUSE_DETERMINER.test(token.text) || (token.tags.has('ProperNoun') && !token.tags.has('Date') && !/['’]s?$/u.test(token.text));
    if (opens && hasClause(doc, { start: token.start, end: Math.min(sentenceEnd, token.start + REACH) })) return token.start;
  }
  return undefined;
}

/** "said Tuesday at the conference": a date after the cue is an adverbial too. */
function startsWithDate(doc: ParsedDocument, from: number): boolean {
  const token = doc.tokens[firstAtOrAfter(doc.tokens, from, startOf)];
  return token !== undefined && (token.tags.has('Date') || token.tags.has('WeekDay') || token.tags.has('Month'));
}

/** Just past "that" in "said on Tuesday that ...", unless "that" begins a relative clause ("in an email that was"). */
function complementStart(ctx: SpeakerContext, from: number, sentenceEnd: number): number | undefined {
  const { doc } = ctx;
  const rest = doc.text.slice(from, Math.min(sentenceEnd, from + 120));
  const match = COMPLEMENTIZER.exec(rest);
  if (!match || /[,;:"“”]/u.test(match[0])) return undefined;
  const at = from + match[0].length;
  // "is developing a laptop that will": the clause has begun before "that"; "an email that was": a relative clause.
  for (let i = firstAtOrAfter(doc.tokens, from, startOf); i < doc.tokens.length && doc.tokens[i]!.end < at; i++) {
    if (isVerb(doc.tokens[i]!)) return undefined;
  }
  const next = tokenAt(doc, at);
  return next && isVerb(next) ? undefined : at;
}

/** A word tagged as a verb after an article, a figure, an adjective or a possessive is a noun ("a 94% jump"), unless it is a form of "be" or "have". */
function isNominalAfter(before: Token, token: Token): boolean {
  if (['Copula', 'Auxiliary', 'Modal'].some((tag) => token.tags.has(tag))) return false;
  return ARTICLE.test(before.text) || ['Value', 'Adjective', 'Possessive'].some((tag) => before.tags.has(tag));
}

const ARTICLE = /^(?:a|an|the|its|his|her|their|our|my|your)$/iu;

const isVerb = (token: Token) => !token.tags.has('Pronoun') && !token.tags.has('Particle') && ['Verb', 'Modal', 'Auxiliary', 'Copula'].some((tag) => token.tags.has(tag));

// ---------------------------------------------------------------------------------------------------------------
// From frames to reports: which words each frame attributes

/** A frame that begins a new part of the sentence rather than sitting inside another's content. */
function opensPart(text: string, frame: Frame, previous: Frame): boolean {
  if (frame.direction !== 'after') return true;
  return OPENS_PART.test(tail(text, previous.end, frame.start)) || /,\s*(?:which|who)\s+$/u.test(tail(text, previous.end, frame.cue.start));
}

const OPENS_PART = /(?:[,;:—–(]|\b(?:and|but|while|although|though|whereas))\s*$/u;

const sameSpeaker = (a: Speaker | null, b: Speaker | null) => a !== null && b !== null && a.name === b.name;

interface Open {
  readonly frame: Frame;
  readonly contentStart: number;
  /** Where the part of the sentence the frame belongs to begins. */
  readonly floor: number;
}

function arrange(ctx: SpeakerContext, sentence: Sentence, frames: readonly Frame[]): Arranged[] {
  const { text } = ctx.doc;
  const reports: Arranged[] = [];
  let open = null as Open | null;
  let floor = sentence.start;
  const close = (end: number) => {
    if (open) reports.push(report(open.frame, open.contentStart, end));
    open = null;
  };
  for (const frame of frames) {
    const current: Open | null = open;
    if (current && !opensPart(text, frame, current.frame)) {
      // A report nested in another's content: the same speaker's more specific cue wins ("added that he expects").
      const leading = wordCount(tail(text, current.contentStart, frame.start)) === 0 && frame.start - current.contentStart < REACH;
      if (leading && (sameSpeaker(frame.speaker, current.frame.speaker) || !current.frame.speaker)) {
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
        reports.push(report(frame, current.floor, frame.start));
      } else reports.push(report(frame, floor, frame.start));
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
  readonly coSpeaker: Speaker | null;
}

function report(frame: Frame, contentStart: number, contentEnd: number): Arranged {
  return {
    coSpeaker: frame.coSpeaker,
    cue: frame.cue,
    speaker: frame.speaker,
    frame: { start: frame.start, end: frame.end },
    content: { start: contentStart, end: contentEnd },
    takesNounPhrase: TAKES_NOUN_PHRASE.test(frame.cue.text),
    personal: frame.personal,
  };
}

const LEADING = /^[\s,;:—–-]+/u;
/** Separators, a dangling conjunction, and a sentence's full stop (not an abbreviation's: "the U.S."). */
const TRAILING = /(?:[\s,;:—–-]|(?<=[\p{Ll}\p{N})%"”’'])[.!?]|\b(?:and|but|or|while|though|although|whereas)\b)+$/u;

/** The span without the spaces and separators around it. */
export function trimSpan(text: string, span: Span): Span {
  const slice = text.slice(span.start, span.end);
  const lead = LEADING.exec(slice)?.[0].length ?? 0;
  const trail = TRAILING.exec(slice.slice(lead))?.[0].length ?? 0;
  return { start: span.start + lead, end: span.end - trail };
}

/**
 * Whether a report says something: two words or more, and words after the cue make a clause, hold a quotation,
 * or are the noun phrase a cue such as "announced" takes. "what it said about its owner" asserts nothing.
 */
function asserts(ctx: SpeakerContext, candidate: Report): boolean {
  const { doc } = ctx;
  const content = trimSpan(doc.text, candidate.content);
  if (wordCount(doc.text.slice(content.start, content.end)) < 2) return false;
  if (content.start < candidate.frame.start || candidate.takesNounPhrase) return true;
  if (ctx.quoted.some((q) => q.start < content.end && content.start < q.end)) return true;
  return hasClause(doc, content);
}

/**
 * Whether words make a clause: a verb with words before it that is not a gerund, nor a participle after a comma.
 * "it had raised $5m" is one; "a net loss of $3m, compared with a profit" is a noun phrase.
 */
function hasClause(doc: ParsedDocument, span: Span): boolean {
  const first = firstAtOrAfter(doc.tokens, span.start, startOf);
  for (let i = first; i < doc.tokens.length && doc.tokens[i]!.end <= span.end; i++) {
    const token = doc.tokens[i]!;
    if (!isVerb(token) || (i > first && isNominalAfter(doc.tokens[i - 1]!, token))) continue; // "a 94% jump"
    const reduced = token.tags.has('Gerund') || (i > first && /,\s*$/u.test(doc.tokens[i - 1]!.post) && !token.tags.has('Auxiliary') && !token.tags.has('Modal'));
    if (i > first && !reduced) return true;
  }
  return false;
}
