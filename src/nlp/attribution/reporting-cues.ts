import type { Sentence } from '../doc/document.js';
import { matchesWithHint } from '../doc/patterns.js';
import { CUE_LOOKBEHIND, CUE_REACH, cuePattern, findCues, REPORTING_VERBS, type Cue } from './cues.js';
import { learnedCues } from './learned-cues.js';
import { candidatesIn } from './mention-resolvers.js';
import { isQuoted, type SpeakerContext } from './speaker-context.js';
import { firstAtOrAfter, startOf, type Span } from '../doc/spans.js';
import { isVerb, tokenAt } from '../doc/words.js';

/**
 * Reporting verbs beyond the quotation cues: verbs of finding, reporting, expecting and believing introduce reported
 * speech ("the survey found that", "Acme expects revenue to"), though they rarely attribute a quotation.
 */
const REPORTING_CUE = cuePattern(REPORTING_VERBS);

/**
 * Cues that may take a noun phrase or an infinitive instead of a clause: "announced a new phone", "warned of losses",
 * "sees it as", "noted the drop in crime"; and verbs of stance and intent, whose object is the position a source takes
 * ("attacked the plan", "bemoaned the unrest", "refused to cooperate", "hopes to win").
 */
const TAKES_NOUN_PHRASE =
  /^(?:announc|warn|describ|call|see|liken|predict|confirm|den[iy]|pledg|promis|vow|forecast|expect|estimat|reveal|disclos|hint|urg|acknowledg|admit|reiterat|recogni[sz]|conced|boast|critici[sz]|condemn|prais|denounc|blast|slam|cit|mention|endors|demand|question|defend|propos|attack|bemoan|blam|applaud|welcom|oppos|tout|herald|mock|derid|brag|decr(?:y|ie)|lament|champion|laud|hail(?:ed|s|ing)?$|disput|rebuk|ridicul|lambast|assail|berat|excoriat|disparag|belittl|advocat|implor|disagre|refus|threaten|not(?:ed|es|ing)$|hop(?:e|es|ed|ing)$)/iu;

// (?<!\w) and (?!\w) are word boundaries, as in patterns.ts.
/** A cue after a form of "be" is passive ("is said to", "was told"), a hedge or a listener, not a source speaking. */
const PASSIVE_BEFORE = /(?<!\w)(?:is|are|was|were|be|been|being)\s+(?:(?:\p{L}+ly|also|still|later|then|now|already|often|not|never)\s+){0,2}$/iu;
/** "declined to say", "would not say", "did not think", "has not said", "hasn't said", "had never said": nothing was said. */
const UNSAID = /(?:(?<!\w)(?:to|not|never)|\wn['’]t)\s+$/iu;
/** "less than forecast", "higher than expected": a comparison with what was said, whose source is not named. */
const COMPARED_WITH = /(?<!\w)than\s+$/iu;
/** "asked not to be named": a source's condition, not its words. */
const ANONYMITY = /^\s+(?:not\s+to\s+be\s+(?:named|identified)|for\s+anonymity)(?!\w)/iu;
/** "a start-up called Acme": naming, not speech. */
const NAMING_CUE = /^call/iu;
/** "Sony's assertion that ...", "the company's warning that ...": a possessor's words reported through a noun. */
const REPORTING_NOUN =
  'assertion|claim|insistence|argument|belief|view|warning|prediction|announcement|statement|admission|pledge|promise|forecast|estimate|expectation|contention|suggestion';
const NOMINAL_CUE = new RegExp(`(?<=['’]s?\\s+)(?:${REPORTING_NOUN})(?=\\s+that\\s)`, 'gu');
const IS_REPORTING_NOUN = new RegExp(`^(?:${REPORTING_NOUN})$`, 'u');
/** What every nominal cue's sentence holds: the "that" after the noun. */
const NOMINAL_CUE_HINT = /\sthat\s/u;

function nominalCues(text: string, sentence: Sentence): Cue[] {
  const slice = text.slice(sentence.start, sentence.end);
  return [...matchesWithHint(slice, NOMINAL_CUE, NOMINAL_CUE_HINT)].map((match) => {
    const start = sentence.start + match.index;
    return { start, end: start + match[0].length, text: match[0], kind: 'verb', inverts: false };
  });
}

/** A name opening its sentence, then a colon: a transcript's speaker or a headline's source ("PENCE: ...", "Politifact: Trump Is Right"). */
const NAMED_BEFORE_COLON = /^\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3}(?=:\s)/u;

/** The colon after a name that opens the sentence, when the name is someone who may speak. */
function colonCues(ctx: SpeakerContext, sentence: Sentence): Cue[] {
  const named = NAMED_BEFORE_COLON.exec(ctx.text.slice(sentence.start, sentence.start + COLON_NAME_REACH));
  if (!named) return [];
  const colon = sentence.start + named[0].length;
  if (!candidatesIn(ctx, sentence.start, colon).some((c) => c.speaker && c.start === sentence.start && c.end === colon)) return [];
  return [{ start: colon, end: colon + 1, text: ':', kind: 'verb', inverts: false }];
}

/** More than the longest name before a colon. */
const COLON_NAME_REACH = 60;

/** `inHeadline`: a lexicon cue of a title-case headline, whose tags say nothing (the tagger reads its words as names). */
function isReportingCue(ctx: SpeakerContext, cue: Cue, inHeadline: boolean): boolean {
  const { text } = ctx;
  if (isQuoted(ctx, cue.start)) return false;
  if (cue.kind === 'according') return true;
  // "is confirming", "are saying": a participle after a form of "be" is progressive, the source speaking.
  if (!isParticiple(cue) && PASSIVE_BEFORE.test(text.slice(Math.max(0, cue.start - 40), cue.start))) return false;
  if (COMPARED_WITH.test(text.slice(Math.max(0, cue.start - 8), cue.start))) return false;
  if (UNSAID.test(text.slice(Math.max(0, cue.start - 12), cue.start))) return false;
  if (ANONYMITY.test(text.slice(cue.end, cue.end + 30))) return false;
  if (NAMING_CUE.test(cue.text) && /^\s+\p{Lu}/u.test(text.slice(cue.end, cue.end + 3))) return false;
  const token = tokenAt(ctx, cue.start);
  // "patent claims", "meeting notes" are nouns; "saying" and "adding" report whatever the tagger calls them, and so
  // does a verb that "that" and a clause follow ("the poll shows that").
  if (!token || inHeadline || !token.tags.has('Noun') || token.tags.has('Verb') || isParticiple(cue) || IS_REPORTING_NOUN.test(cue.text)) return true;
  const that = /^\s+that\s+/u.exec(text.slice(cue.end, cue.end + 8));
  const next = that && tokenAt(ctx, cue.end + that[0].length);
  return next !== undefined && next !== null && opensClause(ctx, next.index);
}

/** Most words before the verb of a clause after "that" ("that in a head-to-head contest, Clinton leads"). */
const CLAUSE_VERB_REACH = 8;

/**
 * Whether the words from token `first` on are a clause: a subject, then a finite verb. Not a relative clause ("TV
 * shows that aired"), nor "that" as a determiner ("expects that figure to triple"); a subject the tagger read as a
 * verb still has its own verb after it ("that women represented").
 */
function opensClause(ctx: SpeakerContext, first: number): boolean {
  for (let i = first; i < ctx.tokens.length && i < first + CLAUSE_VERB_REACH; i++) {
    const token = ctx.tokens[i]!;
    if ((token.normal === 'to' && !token.tags.has('Hyphenated')) || /[.;:!?]/u.test(token.post)) return false;
    if (!isVerb(token)) continue;
    if (i === first) {
      if (!ctx.tokens[i + 1] || !isVerb(ctx.tokens[i + 1]!)) return false;
    } else if (!token.tags.has('Gerund') && !token.tags.has('Infinitive')) return true;
  }
  return false;
}

/**
 * The cues of a sentence that report someone's words, in text order: the lexicon's, and the learned detector's where
 * the lexicon has none; none inside quotations, no passives, naming or "declined to say".
 */
export function reportingCues(ctx: SpeakerContext, sentence: Sentence): Cue[] {
  const { text } = ctx;
  const headline = isTitleCase(ctx, sentence);
  const verbs = headline ? headlineCues(text, sentence) : findCues(text, sentence.start, sentence.end, REPORTING_CUE);
  const listed = [...verbs, ...nominalCues(text, sentence), ...colonCues(ctx, sentence)];
  const learned = learnedCues(ctx, sentence, listed);
  return [...listed, ...learned].sort((a, b) => a.start - b.start).filter((cue) => isReportingCue(ctx, cue, headline && verbs.includes(cue)));
}

/** Fewest words of three letters or more in a title-case line, and the share of them capitalised. */
const TITLE_CASE_WORDS = 4;
const TITLE_CASE_SHARE = 0.75;
const LONG_WORD = /^\p{L}{3,}/u;

/** A headline in title case ("Lindsey Graham Says Trump Could Address Clean Energy"): nearly every longer word capitalised. */
function isTitleCase(ctx: SpeakerContext, sentence: Sentence): boolean {
  const words = ctx.tokens.slice(sentence.tokenStart, sentence.tokenEnd).filter((token) => LONG_WORD.test(token.text));
  return words.length >= TITLE_CASE_WORDS && words.filter((token) => /^\p{Lu}/u.test(token.text)).length >= TITLE_CASE_SHARE * words.length;
}

/**
 * The cues of a title-case headline, read in lower case ("..., Former White House Doctor Says"), the lexicon's
 * patterns being written in lower case.
 */
function headlineCues(text: string, sentence: Sentence): Cue[] {
  const lowered = text.slice(sentence.start, sentence.end).replace(/\p{Lu}/gu, (letter) => (letter.toLowerCase().length === 1 ? letter.toLowerCase() : letter));
  // Only as much text around the line as a cue's pattern reads: a copy of the whole article for each title-case line
  // made a text of many such lines cost the square of its length.
  const from = Math.max(0, sentence.start - CUE_LOOKBEHIND);
  const read = text.slice(from, sentence.start) + lowered + text.slice(sentence.end, sentence.end + CUE_REACH);
  const shifted = (span: Span) => ({ start: span.start + from, end: span.end + from });
  return findCues(read, sentence.start - from, sentence.end - from, REPORTING_CUE).map((cue) => {
    const { start, end } = shifted(cue);
    return { ...cue, start, end, text: text.slice(start, end), ...(cue.named ? { named: shifted(cue.named) } : {}) };
  });
}

/** The cue may take a noun phrase for its content ("announced a new phone", "warned of losses"). */
export const takesNounPhrase = (cue: Cue) => TAKES_NOUN_PHRASE.test(cue.text);

/** "noting", "adding": a participle shares the subject of the clause or report before it. */
export const isParticiple = (cue: Cue) => /ing$/u.test(cue.text);

/** Verbs that announce results as often as words: "reported a loss", "posted record sales", "reported earlier this week". */
const RESULTS_VERB = /^(?:report(?:ed|s)?|post(?:ed|s)?)$/iu;
const RESULTS_NOUN =
  /^(?:revenues?|sales|profits?|earnings|income|turnover|loss(?:es)?|margins?|bookings|orders|results|shipments|figures|numbers|growth|rise|fall|jump|drop|decline|increase|decrease|gain|surge|slump)$/iu;
/** Words that end a noun phrase before it could be a clause's subject ("orders that were", "this week and Acme is"). */
const NOT_A_SUBJECT = /^(?:that|which|who|whose|and|but|or)$/iu;
/** Most words in the subject of a clause a results verb reports ("reported the two companies were in talks"). */
const CLAUSE_SUBJECT_WORDS = 5;

/**
 * Whether a results verb reports results rather than words, given where the words after it begin: words when "that",
 * a colon, a comma or a clause follows the verb ("reported that", "reported, citing ...", "reported on Friday the deal
 * was off"); results when a noun phrase does ("reported new orders that were ...", "reported earlier this week and ...").
 */
export function reportsResults(ctx: SpeakerContext, cue: Cue, contentStart: number): boolean {
  const doc = ctx;
  if (!RESULTS_VERB.test(cue.text)) return false;
  if (/[:,]|(?<!\w)that\s*$/iu.test(doc.text.slice(cue.end, contentStart))) return false;
  const first = firstAtOrAfter(doc.tokens, contentStart, startOf);
  if (doc.tokens[first]?.tags.has('Pronoun')) return false;
  for (let i = first; i < doc.tokens.length && i <= first + CLAUSE_SUBJECT_WORDS; i++) {
    const token = doc.tokens[i]!;
    if (RESULTS_NOUN.test(token.text) || NOT_A_SUBJECT.test(token.text)) return true;
    if (i > first && isVerb(token) && !['Adjective', 'Determiner', 'Value'].some((tag) => doc.tokens[i - 1]!.tags.has(tag))) return false;
    if (/[,;:.!?]/u.test(token.post)) return true;
  }
  return true;
}
