import type { Token } from '../doc/document.js';
import { calendar, DAY_MS } from './calendar.js';
import { tokenBefore, tokenIndexAt, type Site } from './site.js';
import {
  DEFERRAL_VERBS,
  FUTURE_AUXILIARIES,
  FUTURE_VERBS,
  OPEN_AUXILIARIES,
  PAST_AUXILIARIES,
  PAST_FORMS,
  PRESENT_AUXILIARIES,
  SCHEDULED,
  SPAN_NOUNS,
} from './words.js';

export type Tense = 'past' | 'present' | 'future' | 'unknown';

/** The tense of a clause, and the word that gave it. */
export interface ClauseTense {
  readonly tense: Tense;
  readonly word?: Token;
}

/** How far to look for the word that gives a date its tense: within its clause before it, and elsewhere. */
const CLAUSE_WINDOW = 12;
const WIDER_WINDOW = 8;
/** Future contractions stay one token ("we'll", "won't"). */
const FUTURE_CONTRACTION = /['’]ll$|^won['’]t$/u;
const CLAUSE_END = /[,;:–—]/u;
/** "as early as Tuesday", "as soon as Tuesday": a date still to come. */
const PROSPECTIVE = /(?<![\p{L}])as\s+(?:early|soon)\s+as\s+$/iu;

/** Tags of the word before a form that make it a noun ("a cut", "its plans", "the rose garden"), not a verb after its subject. */
const NOUN_CONTEXT = ['Determiner', 'Possessive', 'Adjective', 'Preposition', 'Value', 'Conjunction'];

/**
 * The tense of the clause around the site, from the nearest word that bears one: before it in the same clause ("will
 * take effect on May 1", "the rights, which expire Nov. 21"), else after it ("On Monday, Apple said"), else before
 * it further back. A verb after an auxiliary takes the auxiliary's tense ("was raising", "must be returned by"); a past
 * form that compromise reads as a noun or a present after a subject is past ("Sales rose", "Apple cut prices").
 */
export function clauseTense(site: Site): ClauseTense {
  const first = tokenIndexAt(site.doc, site.start);
  const last = tokenIndexAt(site.doc, site.end - 1);
  if (PROSPECTIVE.test(site.doc.text.slice(Math.max(site.sentence.start, site.start - 16), site.start))) return { tense: 'future' };
  const before = scan(site, first - 1, -1, CLAUSE_WINDOW, true);
  if (before) return before;
  const fronted = isFronted(site, first);
  if (!fronted && endsClause(site, last)) return { tense: 'unknown' };
  return scan(site, last + 1, 1, WIDER_WINDOW, !fronted) ?? { tense: 'unknown' };
}

/** Whether a clause ends after the token at `index`: a comma ends one unless it separates names in a list ("Mumbai, Jaipur and Indore"). */
function endsClause(site: Site, index: number): boolean {
  const token = site.doc.tokens[index]!;
  if (!CLAUSE_END.test(token.post)) return false;
  const next = index + 1 < site.sentence.tokenEnd ? site.doc.tokens[index + 1] : undefined;
  return !(token.post.trim() === ',' && next && ((isName(token) && isName(next)) || isListOfNouns(site, index) || isAsideComma(site, index)));
}

/** How far an aside runs: ", or 14 cents a share,". */
const ASIDE_TOKENS = 8;

/**
 * A comma that opens or closes an aside beginning with "or" ("earned $5.2 million, or seven cents a share, in the
 * quarter"): the figures' restatement ends no clause.
 */
function isAsideComma(site: Site, index: number): boolean {
  const tokens = site.doc.tokens;
  const isComma = (i: number) => tokens[i]!.post.trim() === ',';
  const opens = (i: number) => i + 1 < site.sentence.tokenEnd && isComma(i) && tokens[i + 1]!.normal === 'or';
  const closedWithin = (from: number) => {
    for (let i = from + 1; i < Math.min(site.sentence.tokenEnd, from + ASIDE_TOKENS); i++) if (CLAUSE_END.test(tokens[i]!.post)) return isComma(i);
    return false;
  };
  if (opens(index)) return closedWithin(index);
  for (let i = index - 1; i >= Math.max(site.sentence.tokenStart, index - ASIDE_TOKENS); i--) if (CLAUSE_END.test(tokens[i]!.post)) return opens(i);
  return false;
}

/** "chairman, president and chief executive": a comma between nouns, with "and" or "or" closing the list soon after. */
function isListOfNouns(site: Site, index: number): boolean {
  const isNoun = (token: Token | undefined) => token !== undefined && token.tags.has('Noun') && !token.tags.has('Pronoun') && !token.tags.has('Date') && !token.tags.has('Verb');
  if (!isNoun(site.doc.tokens[index]) || !isNoun(site.doc.tokens[index + 1])) return false;
  for (let i = index + 1; i < Math.min(site.sentence.tokenEnd, index + 5); i++) {
    const token = site.doc.tokens[i]!;
    if (token.normal === 'and' || token.normal === 'or') return true;
    if (CLAUSE_END.test(token.post) && token.post.trim() !== ',') return false;
  }
  return false;
}

const isName = (token: Token) => token.tags.has('ProperNoun') && !token.tags.has('Date');

/** Tags of the words that may stand before a date fronted in its clause ("On Monday,", "Earlier this month,"). */
const FRONTING_TAGS = ['Preposition', 'Determiner', 'Adverb', 'Adjective', 'Conjunction', 'Value', 'Date'];

/**
 * Whether the date opens its clause, with nothing but prepositions and modifiers before it ("On Monday, Apple said"):
 * then the clause after the comma is its own. After a clause of its own ("offices in Indore by June, Krishnamurthy
 * said"), the reporting clause after the comma is not.
 */
function isFronted(site: Site, first: number): boolean {
  const from = Math.max(site.sentence.tokenStart, first - CLAUSE_WINDOW);
  for (let index = first - 1; index >= from; index--) {
    const token = site.doc.tokens[index]!;
    if (endsClause(site, index)) return true;
    if (!FRONTING_TAGS.some((tag) => token.tags.has(tag))) return false;
  }
  return from === site.sentence.tokenStart;
}

export function tenseAt(site: Site): Tense {
  return clauseTense(site).tense;
}

/** Whether the site is a day something was put off until ("postponed until Tuesday"): it lies ahead, whatever the tense. */
export function isDeferredTo(site: Site): boolean {
  const lead = tokenBefore(site)?.normal;
  if (lead !== 'until' && lead !== 'till') return false;
  const clause = clauseTense(site);
  return clause.tense === 'past' && clause.word !== undefined && DEFERRAL_VERBS.has(clause.word.normal);
}

/**
 * The first tense-bearing word from `from` on. An infinitive on the way ("asked it to respond by Oct. 31") leaves the
 * date unplaced by a past verb: what one was asked, agreed or set to do lies after the asking.
 */
function scan(site: Site, from: number, step: 1 | -1, window: number, withinClause: boolean): ClauseTense | undefined {
  const { doc, sentence } = site;
  let infinitive = false;
  for (let index = from, seen = 0; seen < window && index >= sentence.tokenStart && index < sentence.tokenEnd; index += step, seen++) {
    const token = doc.tokens[index]!;
    if (withinClause && step < 0 && endsClause(site, index)) return undefined;
    const tense = wordTense(site, index);
    if (tense === 'infinitive') infinitive = step < 0;
    else if (tense && tense !== 'open') return { tense: infinitive ? afterInfinitive(tense, token) : tense, word: token };
    if (withinClause && step > 0 && endsClause(site, index)) return undefined;
  }
  return undefined;
}

/** "is to resume trading Tuesday": a present "be" before "to" and a verb is a plan; a past verb leaves the date unplaced. */
const PRESENT_BE: ReadonlySet<string> = new Set(['is', 'are', 'am']);

function afterInfinitive(tense: Tense, governing: Token): Tense {
  if (tense === 'past') return 'present';
  return tense === 'present' && PRESENT_BE.has(governing.normal) ? 'future' : tense;
}

/**
 * The tense a word gives its clause; 'open' for a verb whose auxiliary, before it, decides; 'infinitive' for a verb
 * after "to", whose governing verb decides unless it is past; undefined for no verb.
 */
function wordTense(site: Site, index: number): Tense | 'open' | 'infinitive' | undefined {
  const token = site.doc.tokens[index]!;
  const word = token.normal;
  if (isDateWord(token)) return undefined;
  if (FUTURE_CONTRACTION.test(word)) return 'future';
  if (word === 'going') return following(site, index)?.normal === 'to' ? 'future' : undefined;
  if (FUTURE_AUXILIARIES.has(word)) return 'future';
  if (PRESENT_AUXILIARIES.has(word)) return 'present';
  if (PAST_AUXILIARIES.has(word)) return 'past';
  const before = precedingWord(site, index);
  if (before?.normal === 'to' && (word === 'be' || token.tags.has('Infinitive'))) return 'infinitive';
  if (OPEN_AUXILIARIES.has(word)) return 'open';
  // "set Nov. 10 as the deadline": a day fixed, on whichever side of publication lies nearest
  if (word === 'set' && isDateWord(following(site, index))) return 'present';
  if (SCHEDULED.has(word) && isSchedule(site, index)) return 'future';
  const afterAuxiliary = before !== undefined && isAuxiliary(before);
  const afterSubject = before !== undefined && !afterAuxiliary && !NOUN_CONTEXT.some((tag) => before.tags.has(tag));
  if (FUTURE_VERBS.has(word) && !(before?.tags.has('Determiner') || before?.tags.has('Possessive'))) return 'future';
  if (PAST_FORMS.has(word)) return afterAuxiliary ? 'open' : afterSubject || takesObject(site, index, before) ? 'past' : undefined;
  if (!token.tags.has('Verb')) return undefined;
  if (token.tags.has('PastTense')) return afterAuxiliary ? 'open' : isParticipleAdjective(site, index, before) ? undefined : 'past';
  if (token.tags.has('Gerund')) return afterAuxiliary ? 'open' : undefined;
  if (token.tags.has('PresentTense') || token.tags.has('Infinitive')) return afterAuxiliary ? 'open' : isCountedNoun(before) ? undefined : 'present';
  return undefined;
}

/** Words before a form that make it a noun whatever follows: "a cut", "the hit", "its split". */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * A form with an object after it is a verb, whatever compromise made of the word before: "the firm cut 500 jobs", "which
 * both cut prices", "AMD quietly cut its forecast"; not "a cut in rates", "the rate cut in June".
 */
function takesObject(site: Site, index: number, before: Token | undefined): boolean {
  if (before && (ARTICLES.has(before.normal) || before.tags.has('Possessive'))) return false;
  const next = following(site, index);
  if (!next || isDateWord(next)) return false;
  return ['Value', 'Determiner', 'Possessive'].some((tag) => next.tags.has(tag)) || (next.tags.has('Noun') && !next.tags.has('Verb') && !next.tags.has('Preposition'));
}

/** A present form after a number, determiner or possessive is a noun that compromise took for a verb: "40 engineers", "its plans". */
function isCountedNoun(before: Token | undefined): boolean {
  return before !== undefined && ['Value', 'Determiner', 'Possessive'].some((tag) => before.tags.has(tag));
}

/** A past form that modifies a noun: "the planned merger", "in preferred shares", "9.5 million preferred shares"; not "2024 ended". */
function isParticipleAdjective(site: Site, index: number, before: Token | undefined): boolean {
  if (!before) return false;
  if (['Determiner', 'Possessive', 'Preposition'].some((tag) => before.tags.has(tag))) return true;
  const next = following(site, index);
  return (before.tags.has('Value') || before.tags.has('Adjective')) && next !== undefined && next.tags.has('Noun') && !next.tags.has('Verb');
}

/** Whether the site's clause looks ahead: the future tense, or a modal ("could ship in a year's time"). */
export function isProspective(site: Site): boolean {
  const clause = clauseTense(site);
  return clause.tense === 'future' || (clause.word !== undefined && MODALS.has(clause.word.normal));
}

const MODALS: ReadonlySet<string> = new Set(['could', 'might', 'may', 'should', 'must', 'can']);

function isAuxiliary(token: Token): boolean {
  const word = token.normal;
  return (
    FUTURE_CONTRACTION.test(word) ||
    word === 'going' ||
    (!token.tags.has('Month') && FUTURE_AUXILIARIES.has(word)) ||
    PRESENT_AUXILIARIES.has(word) ||
    PAST_AUXILIARIES.has(word) ||
    OPEN_AUXILIARIES.has(word)
  );
}

/**
 * "due to report", "set to resume", "scheduled for Monday", "due Jan. 2"; not "due to weak sales", nor "set" as the
 * verb it is before anything but "to" or "for" ("set aside its plans on Friday").
 */
function isSchedule(site: Site, index: number): boolean {
  const next = following(site, index);
  if (!next) return false;
  if (next.normal !== 'to') return site.doc.tokens[index]!.normal !== 'set' || next.normal === 'for';
  return following(site, index + 1)?.tags.has('Verb') ?? false;
}

const isDateWord = (token: Token | undefined) => token !== undefined && (token.tags.has('Date') || token.tags.has('Month'));

function following(site: Site, index: number): Token | undefined {
  return index + 1 < site.sentence.tokenEnd ? site.doc.tokens[index + 1] : undefined;
}

/** The word before `index` in its sentence, up to three adverbs skipped ("will also cut"). */
function precedingWord(site: Site, index: number): Token | undefined {
  for (let i = index - 1; i >= Math.max(site.sentence.tokenStart, index - 4); i--) {
    const token = site.doc.tokens[i]!;
    if (!token.tags.has('Adverb') || token.tags.has('Date')) return token;
  }
  return undefined;
}

/** The first and last day (UTC milliseconds) of a period in a given year. */
export type PeriodIn = (year: number) => [number, number];

/**
 * The year of a period named without one: in the past tense, the last such period begun by publication; in the
 * future tense, the first not over by then (or, with `grace` days, over less than that long ago: a quarter's
 * results come after its end); otherwise the one nearest the publication day.
 */
export function yearAround(site: Site, periodIn: PeriodIn, grace = 0): number | undefined {
  const anchor = site.anchor;
  if (anchor === undefined) return undefined;
  const year = calendar(anchor).year;
  const told = tenseAt(site);
  // "extended to Nov. 20", "gave it until mid-November": a deadline set in the past may still lie ahead
  const tense = isSince(site) ? 'past' : told === 'past' && isDeadline(site) ? 'present' : told;
  if (tense === 'past') return periodIn(year)[0] <= anchor ? year : year - 1;
  if (tense === 'future') return [year - 1, year].find((y) => periodIn(y)[1] >= anchor - grace * DAY_MS) ?? year + 1;
  const distance = (y: number) => {
    const [start, end] = periodIn(y);
    return Math.max(0, start - anchor, anchor - end);
  };
  return [year, year - 1, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best));
}

/** Hedges between a lead word and its period: "until mid-November", "by early March". */
const HEDGES: ReadonlySet<string> = new Set(['early', 'mid', 'late']);

/** The token before the site, past a hedge ("until" in "until mid-November"). */
function leadToken(site: Site): Token | undefined {
  const before = tokenBefore(site);
  if (!before || !HEDGES.has(before.normal)) return before;
  return before.index > site.sentence.tokenStart ? site.doc.tokens[before.index - 1] : undefined;
}

/** "since March": a period that began before publication. */
export function isSince(site: Site): boolean {
  return leadToken(site)?.normal === 'since';
}

/**
 * A deadline ("until March", "extended to Nov. 20", "the Jan. 14 deadline"); not the end of a span of time ("the year to
 * March", "nine weeks to Jan. 8").
 */
function isDeadline(site: Site): boolean {
  const after = tokenIndexAt(site.doc, site.end - 1) + 1;
  if (after < site.sentence.tokenEnd && site.doc.tokens[after]!.normal === 'deadline') return true;
  const lead = leadToken(site);
  if (!lead || !DEADLINE_WORDS.has(lead.normal)) return false;
  const spanned = lead.index > site.sentence.tokenStart ? site.doc.tokens[lead.index - 1]! : undefined;
  return !(lead.normal === 'to' && spanned && SPAN_NOUNS.has(spanned.normal));
}

const DEADLINE_WORDS: ReadonlySet<string> = new Set(['until', 'till', 'through', 'to', 'by']);
