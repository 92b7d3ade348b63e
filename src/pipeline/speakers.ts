import type { Entity, Speaker } from '../../schemas/extract.js';
import { sentenceAt, type ParsedDocument, type Token } from './document.js';
import type { QuotedSpan } from './quote-marks.js';
import { WORD_END, WORD_START, matchesWithHint } from './patterns.js';
import { endOf, firstAtOrAfter, startOf, type Span } from './spans.js';
import { HONORIFIC, TITLE_AFTER, TITLE_BEFORE, TITLE_TOKEN, TITLE_WORD } from './titles.js';

/** A reporting cue: the verb or phrase that attributes words to someone ("said", "told Reuters", "according to"). */
export interface Cue extends Span {
  readonly text: string;
  /** Where the speaker is: the verb's subject, the phrase after "according to", or X in "quoted X as saying". */
  readonly kind: 'verb' | 'according' | 'quoted';
  /** The speaker may come after the cue ("said Smith", "according to Smith"); "told Smith" names the listener instead. */
  readonly inverts: boolean;
  /** For `quoted`: where X is. */
  readonly named?: Span;
}

/** What speaker resolution needs of one document, built once: names, quotations, genders. */
export interface SpeakerContext {
  readonly doc: ParsedDocument;
  /** Quotation interiors, sorted: names inside them neither speak nor stand behind a later "he". */
  readonly quoted: readonly QuotedSpan[];
  /** Mentions of people and organizations, sorted by offset. */
  readonly names: readonly NameMention[];
  /** People by surname, from full names ("Smith" → Jane Smith). */
  readonly bySurname: ReadonlyMap<string, Speaker>;
  /** The same for every capitalised run of two or more words, for a name a cue confirms ("Musk said" → Elon Musk). */
  readonly byLooseSurname: ReadonlyMap<string, Speaker>;
  readonly genders: ReadonlyMap<string, Gender>;
  readonly organizations: readonly Entity[];
}

interface NameMention extends Span {
  readonly kind: 'person' | 'organization';
  readonly speaker: Speaker;
}

type Gender = 'male' | 'female';

/** A phrase that may be a cue's subject. People (names, he/she, "the chief executive") outrank organizations. */
export interface Candidate extends Span {
  readonly personal: boolean;
  readonly speaker: Speaker | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Cues

export const SAYING_VERBS: readonly string[] = [
  'said', 'says', 'added', 'adds', 'explained', 'explains', 'noted', 'notes', 'warned', 'warns', 'wrote', 'writes',
  'asked', 'asks', 'continued', 'continues', 'insisted', 'insists', 'argued', 'argues', 'claimed', 'claims',
  'declared', 'declares', 'replied', 'replies', 'admitted', 'admits', 'conceded', 'concedes', 'recalled', 'recalls',
  'commented', 'remarked', 'quipped', 'joked', 'acknowledged', 'acknowledges', 'announced', 'announces', 'predicted',
  'predicts', 'suggested', 'suggests', 'stated', 'stressed', 'stresses', 'emphasised', 'emphasized', 'cautioned',
  'countered', 'responded', 'observed', 'concluded', 'reiterated', 'asserted', 'boasted', 'boasts', 'pledged',
  'promised', 'vowed', 'confirmed', 'complained', 'lamented', 'tweeted', 'posted', 'wondered', 'mused', 'enthused',
];
/** Cues whose subject always comes first: participles, and verbs that take an object ("described it as"). */
export const SUBJECT_FIRST_VERBS: readonly string[] = [
  'say', 'saying', 'adding', 'explaining', 'noting', 'warning', 'writing', 'insisting', 'arguing', 'claiming',
  'admitting', 'boasting', 'pledging', 'promising', 'vowing', 'pointed out', 'points out', 'pointing out',
  'described', 'describes', 'describing', 'called', 'calls', 'calling', 'believes', 'thinks', 'sees', 'urged',
  'urges', 'denied', 'denies', 'maintained', 'maintains', 'reckons',
];
const TELLING_VERBS = ['told', 'tells', 'telling'];
const MEDIUM = '(?:a|an)\\s+(?:statement|e-?mail|interview|blog post|post|tweet|letter|memo|note|video|call|conference call|press release|filing|podcast)';
/** What a named listener may be ("told the Today programme"). */
const OUTLET = '(?:programme|program|website|site|newspaper|paper|magazine|channel|station|show|podcast|agency|conference)';
/** A capitalised word; a full stop only inside it ("U.S", "Example.com"). */
const CAPITALISED = "\\p{Lu}(?:[\\p{L}\\p{N}&'’-]|\\.(?=\\p{L})){0,40}";
const alternatives = (words: readonly string[]) => words.map((word) => word.replace(/ /g, '\\s+')).join('|');

/** Reporting verbs: those whose subject may follow them ("said Smith") and those whose subject always comes first. */
export interface CueVerbs {
  readonly inverting: readonly string[];
  readonly subjectFirst: readonly string[];
}

/**
 * The pattern `findCues` scans with, for a set of reporting verbs ("according to", "told X" and "quoted X as saying"
 * always). What may not stand before a cue is CUE_START's to check, at each match: as the pattern's own look-behind,
 * it would be tried at every position.
 */
export function cuePattern(verbs: CueVerbs): RegExp {
  return new RegExp(
    [
      `(?:`,
      `(?<quoted>quoted\\s+(?<named>[^.!?"“”\\n]{1,60}?)\\s+as\\s+saying)`,
      `|(?<according>[Aa]ccording\\s+to)`,
      `|(?<tell>(?:${alternatives(TELLING_VERBS)})(?:\\s+(?:the\\s+)?${CAPITALISED}(?:\\s+${CAPITALISED}){0,3}(?:\\s+${OUTLET})?)?)`,
      `|(?<inverting>(?:${alternatives(verbs.inverting)})(?:\\s+in\\s+${MEDIUM})?)`,
      `|(?<subjectFirst>${alternatives(verbs.subjectFirst)})`,
      `)(?![\\p{L}\\p{N}-])`,
    ].join(''),
    'gu',
  );
}

const CUE = cuePattern({ inverting: SAYING_VERBS, subjectFirst: SUBJECT_FIRST_VERBS });
/** Where a cue may start: not inside a word, nor after an article or possessive ("the claims", "its notes"). */
const CUE_START = /(?<![\p{L}\p{N}'’-])(?<!\b(?:the|a|an|its|his|her|their|our|these|those|such|of)\s)/uy;
/** "continued to grow", "added 500 jobs", "added to the pressure": these verbs are not reporting speech. */
const NOT_SPEECH = /^(?:continue[sd]|add(?:ed|s))$/u;
const NOT_SPEECH_AFTER = /^\s+(?:to\b|\d)/u;

/** Every reporting cue in [start, end), in text order; `pattern` comes from `cuePattern`. */
export function findCues(text: string, start: number, end: number, pattern: RegExp = CUE): Cue[] {
  const cues: Cue[] = [];
  pattern.lastIndex = start;
  for (let match = pattern.exec(text); match && match.index < end; match = pattern.exec(text)) {
    const at = match.index;
    CUE_START.lastIndex = at;
    if (!CUE_START.test(text)) {
      pattern.lastIndex = at + 1; // inside a word or after an article: a cue may still start at the next character
      continue;
    }
    const groups = match.groups!;
    const written = match[0].replace(/[\s.'’]+$/u, '');
    if (at + written.length > end) continue;
    if (NOT_SPEECH.test(written) && NOT_SPEECH_AFTER.test(text.slice(at + written.length, at + written.length + 4))) continue;
    const cueEnd = at + written.length;
    if (groups.quoted) {
      const namedAt = at + match[0].indexOf(groups.named!, 'quoted'.length);
      cues.push({ start: at, end: cueEnd, text: written, kind: 'quoted', inverts: false, named: { start: namedAt, end: namedAt + groups.named!.length } });
    } else if (groups.according) cues.push({ start: at, end: cueEnd, text: written, kind: 'according', inverts: true });
    else cues.push({ start: at, end: cueEnd, text: written, kind: 'verb', inverts: groups.inverting !== undefined });
  }
  return cues;
}

// ---------------------------------------------------------------------------------------------------------------
// The document's people and organizations

const MALE_HONORIFIC = /^(?:Mr|Sir|Lord)\.?$/u;
const FEMALE_HONORIFIC = /^(?:Mrs|Ms|Miss|Dame|Lady)\.?$/u;

const keyOf = (word: string) => word.replace(/['’]s?$/u, '').toLowerCase();
const surnameOf = (name: string) => keyOf(name.split(/\s+/u).pop() ?? '');
const givenWords = (name: string) => name.split(/\s+/u).filter((word) => !HONORIFIC.test(word));

export function buildSpeakerContext(doc: ParsedDocument, entities: readonly Entity[], quoted: readonly QuotedSpan[]): SpeakerContext {
  // A name the entities stage typed as a product or place ("Mario Kart DS", "Georgia") is nobody's name.
  const things = entities.filter((e) => e.type === 'product' || e.type === 'place').flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  const runs = nameRuns(doc).filter((run) => !overlapsAny(things, run));
  const listed: Speaker[] = entities.filter((e) => e.type === 'person').map((e) => ({ entityId: e.id, name: e.name }));
  const evident = runs.filter((run) => run.evident).map((run) => unlisted(doc, run));
  const bySurname = surnameIndex([...listed, ...evident]);
  // A bare surname ("says Ward") is a person once the article has introduced the full name.
  const people = runs.filter((run) => run.evident || bySurname.has(surnameOf(doc.text.slice(run.start, run.end))));
  const byLooseSurname = surnameIndex(runs.map((run) => unlisted(doc, run)), new Map(bySurname));
  const entityNames: NameMention[] = entities.flatMap((entity) => {
    if (entity.type !== 'person' && entity.type !== 'organization') return [];
    const own = { entityId: entity.id, name: entity.name };
    const speaker = entity.type === 'person' ? canonical(bySurname, entity.name, own) : own;
    return entity.mentions.map((m) => ({ start: m.start, end: m.end, kind: entity.type as NameMention['kind'], speaker }));
  });
  const names = withPeople(entityNames.sort((a, b) => a.start - b.start), people, (run) => personNamed(bySurname, doc.text.slice(run.start, run.end)));
  return {
    doc,
    quoted,
    names,
    bySurname,
    byLooseSurname,
    genders: gendersOf(doc, names),
    organizations: entities.filter((e) => e.type === 'organization'),
  };
}

/** Whether `span` overlaps any of `sorted` (sorted by start, not overlapping one another). */
function overlapsAny(sorted: readonly Span[], span: Span): boolean {
  const next = sorted[firstAtOrAfter(sorted, span.start + 1, endOf)];
  return next !== undefined && next.start < span.end;
}

const unlisted = (doc: ParsedDocument, run: Span): Speaker => ({ entityId: null, name: doc.text.slice(run.start, run.end) });

/** Full names by surname, the first introduced winning (those already in `index` first of all). */
function surnameIndex(people: readonly Speaker[], index = new Map<string, Speaker>()): Map<string, Speaker> {
  for (const person of people) {
    const words = person.name.split(/\s+/u);
    if (words.filter((word) => !HONORIFIC.test(word)).length < 2) continue;
    const surname = keyOf(words[words.length - 1]!);
    if (!index.has(surname)) index.set(surname, person);
  }
  return index;
}

/** A surname or "Mr Smith" stands for the full name the article introduced ("Jane Smith"), when there is one. */
function canonical(bySurname: ReadonlyMap<string, Speaker>, name: string, fallback: Speaker): Speaker {
  if (givenWords(name).length >= 2) return fallback;
  return bySurname.get(surnameOf(name)) ?? fallback;
}

function personNamed(bySurname: ReadonlyMap<string, Speaker>, written: string): Speaker {
  const name = written.replace(/['’]s?$/u, '');
  return canonical(bySurname, name, { entityId: null, name });
}

/**
 * Adds the people found in the text to the entities' mentions: a person the entities stage missed, or whose
 * name it cut short ("Lee" of "Lee Rainie"). A run that overlaps an organization is left to the organization.
 */
function withPeople(names: readonly NameMention[], people: readonly Span[], speakerOf: (run: Span) => Speaker): NameMention[] {
  const replaced = new Set<NameMention>();
  const added: NameMention[] = [];
  for (const run of people) {
    const overlapping: NameMention[] = [];
    for (let i = firstAtOrAfter(names, run.start + 1, endOf); i < names.length && names[i]!.start < run.end; i++) overlapping.push(names[i]!);
    if (overlapping.some((m) => m.kind === 'organization' || (m.start <= run.start && m.end >= run.end))) continue;
    overlapping.forEach((m) => replaced.add(m));
    added.push({ start: run.start, end: run.end, kind: 'person', speaker: speakerOf(run) });
  }
  return [...names.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start);
}

const NOT_NAME_TAGS = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord'];
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'Honorific'];

/** Whether a token opens with a capital: ASCII by its code, any other letter by the pattern. */
const isCapitalised = (token: Token) => {
  const code = token.text.charCodeAt(0);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : CAPITAL.test(token.text);
};
const CAPITAL = /^\p{Lu}/u;
const possessiveLength = (word: string) => /['’]s?$/u.exec(word)?.[0].length ?? 0;

interface NameRun extends Span {
  /** Tagged as a person's name, or introduced with a title ("Jane Smith, analyst at Acme"). */
  readonly evident: boolean;
}

/** Runs of capitalised words that may name a person. */
function nameRuns(doc: ParsedDocument): NameRun[] {
  const { text } = doc;
  const runs: NameRun[] = [];
  let run: Token[] = [];
  const flush = () => {
    const named = run.filter((t, i) => i < run.length - 1 || !t.tags.has('Honorific'));
    run = [];
    if (!named.length || named.every((t) => t.tags.has('Honorific')) || named.length > 4) return;
    const last = named[named.length - 1]!;
    const span = { start: named[0]!.start, end: last.end - possessiveLength(last.text) };
    const tagged = named.some((t) => PERSON_TAGS.some((tag) => t.tags.has(tag)));
    const titled = TITLE_AFTER.test(text.slice(span.end, span.end + 80)) || TITLE_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start));
    runs.push({ start: span.start, end: span.end, evident: tagged || titled });
  };
  for (const sentence of doc.sentences) {
    if (sentence.boilerplate) continue;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const token = doc.tokens[i]!;
      const nameLike = isCapitalised(token) && !TITLE_TOKEN.test(token.normal) && !NOT_NAME_TAGS.some((tag) => token.tags.has(tag));
      if (!nameLike) {
        flush();
        continue;
      }
      run.push(token);
      if (/[^\s]/u.test(token.post) || possessiveLength(token.text) > 0) flush();
    }
    flush();
  }
  return runs;
}

/** Gender from an honorific ("Ms Deans") or a first name the tagger knows ("Fiona"), per speaker name. */
function gendersOf(doc: ParsedDocument, names: readonly NameMention[]): Map<string, Gender> {
  const genders = new Map<string, Gender>();
  for (const mention of names) {
    if (mention.kind !== 'person' || genders.has(mention.speaker.name)) continue;
    const first = tokenAt(doc, mention.start);
    if (!first) continue;
    const gender = MALE_HONORIFIC.test(first.text) || first.tags.has('MaleName')
      ? 'male'
      : FEMALE_HONORIFIC.test(first.text) || first.tags.has('FemaleName')
        ? 'female'
        : undefined;
    if (gender) genders.set(mention.speaker.name, gender);
  }
  return genders;
}

// ---------------------------------------------------------------------------------------------------------------
// Lookups

function tokenAt(doc: ParsedDocument, offset: number): Token | undefined {
  const token = doc.tokens[firstAtOrAfter(doc.tokens, offset, startOf)];
  return token && token.start === offset ? token : undefined;
}

export function isQuoted(ctx: SpeakerContext, offset: number): boolean {
  const span = ctx.quoted[firstAtOrAfter(ctx.quoted, offset + 1, endOf)];
  return span !== undefined && span.start <= offset;
}

/** How far back antecedents are looked for, in mentions. */
const ANTECEDENT_REACH = 40;

/** The latest mention before `offset`, outside quotations, that passes `accepts`. */
function latestMention(ctx: SpeakerContext, offset: number, accepts: (mention: NameMention) => boolean): NameMention | undefined {
  const last = firstAtOrAfter(ctx.names, offset, startOf) - 1;
  for (let i = last; i >= 0 && i > last - ANTECEDENT_REACH; i--) {
    const mention = ctx.names[i]!;
    if (!isQuoted(ctx, mention.start) && accepts(mention)) return mention;
  }
  return undefined;
}

/** The latest person before `offset`, of either gender but the `excluded` one. */
function latestPerson(ctx: SpeakerContext, offset: number, excluded?: Gender): Speaker | null {
  const mention = latestMention(ctx, offset, (m) => m.kind === 'person' && (!excluded || ctx.genders.get(m.speaker.name) !== excluded));
  return mention?.speaker ?? null;
}

/** "he" is the latest person not known to be a woman; "she" the latest not known to be a man. */
function pronounAntecedent(ctx: SpeakerContext, pronoun: string, offset: number): Speaker | null {
  return latestPerson(ctx, offset, /^she$/iu.test(pronoun) ? 'male' : 'female');
}

/** The latest organization named before `offset`, outside quotations: what "it" or "the report" stands for. */
export function latestOrganization(ctx: SpeakerContext, offset: number): Speaker | null {
  return latestMention(ctx, offset, (m) => m.kind === 'organization')?.speaker ?? null;
}

/**
 * What "the company" or an unnamed spokesperson stands for: the company the article is about, the most salient
 * organization named in the last few sentences, rather than an investor or rival named in passing since.
 */
function salientOrganization(ctx: SpeakerContext, offset: number): Speaker | null {
  const latest = latestMention(ctx, offset, (m) => m.kind === 'organization');
  if (!latest) return null;
  const from = sentenceAt(ctx.doc, offset) - RECENT_SENTENCES;
  let best = latest;
  for (let i = firstAtOrAfter(ctx.names, offset, startOf) - 1; i >= 0 && sentenceAt(ctx.doc, ctx.names[i]!.start) >= from; i--) {
    const mention = ctx.names[i]!;
    if (mention.kind === 'organization' && !isQuoted(ctx, mention.start) && salienceOf(ctx, mention) > salienceOf(ctx, best)) best = mention;
  }
  return best.speaker;
}

/** How many sentences back an organization still counts as nearby. */
const RECENT_SENTENCES = 3;

function salienceOf(ctx: SpeakerContext, mention: NameMention): number {
  return ctx.organizations.find((e) => e.id === mention.speaker.entityId)?.salience ?? 0;
}

/** "the chief executive" (ending at `offset`) → the person the article introduced with that title nearby. */
function roleHolder(ctx: SpeakerContext, role: string, offset: number): Speaker | null {
  const pattern = new RegExp(`${WORD_START}${role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}${WORD_END}`, 'iu');
  const mention = latestMention(ctx, offset, (m) => {
    if (m.kind !== 'person') return false;
    const sentence = ctx.doc.sentences[sentenceAt(ctx.doc, m.start)]!;
    return pattern.test(ctx.doc.text.slice(Math.max(sentence.start, m.start - ROLE_REACH), Math.min(sentence.end, m.end + ROLE_REACH)));
  });
  return mention?.speaker ?? null;
}

/** How far from a name its title may stand ("Jane Smith, chief executive of Acme"). */
const ROLE_REACH = 50;

/** An organization named in a phrase, as the entity when the entities stage has it. */
function organizationNamed(ctx: SpeakerContext, at: number, written: string): Speaker {
  const mention = ctx.names[firstAtOrAfter(ctx.names, at, startOf)];
  if (mention && mention.kind === 'organization' && mention.start < at + written.length) return mention.speaker;
  const key = written.toLowerCase();
  const entity = ctx.organizations.find((e) => [e.name, ...e.aliases].some((form) => form.toLowerCase() === key));
  return entity ? { entityId: entity.id, name: entity.name } : { entityId: null, name: written };
}

// ---------------------------------------------------------------------------------------------------------------
// Candidates for a cue's subject

// (?<!\w) and (?!\w) are word boundaries, as in patterns.ts.
/** "the chief executive", "its CEO", "Acme's research director": a title standing for a person named earlier. */
const ROLE_PHRASE = new RegExp(`\\b(?:the|its|his|her|their|[\\p{L}\\p{N}&.-]{1,30}['’]s?)\\s+(?:[\\p{L}-]{1,30}\\s+){0,2}(?<role>${TITLE_WORD})${WORD_END}`, 'giu');
const ROLE_HINT = new RegExp(TITLE_WORD, 'iu');
const PRONOUN = /\b(?:[Hh]e|[Ss]he)\b/gu;
const SPOKESPERSON = new RegExp(
  `\\b(?:[Aa]n?|[Tt]he)\\s+(?:(?<before>${CAPITALISED}(?:\\s+${CAPITALISED}){0,3})\\s+)?(?:company\\s+|firm\\s+)?(?:spokes(?:man|woman|person|people)|representative|press officer)(?:\\s+(?:for|at|of|from)\\s+(?:the\\s+)?(?<after>${CAPITALISED}(?:\\s+${CAPITALISED}){0,3}))?`,
  'gu',
);
const SPOKESPERSON_HINT = /spokes|representative|press officer/u;
const DESCRIBED = '\\b[Tt]he\\s+(?:(?:[\\p{Ll}-]+|\\p{Lu}[\\p{L}]*-[\\p{Ll}]+)\\s+){0,2}';
const COMPANY_NOUN =
  'company|firm|group|agency|start-?up|business|organi[sz]ation|maker|giant|regulator|house|retailer|carrier|operator|manufacturer|publisher|studio|chipmaker|automaker|provider|body|association|watchdog|authority';
/** "the company", "the tech giant", "the Paris-based start-up". */
const COMPANY = new RegExp(`${DESCRIBED}(?:${COMPANY_NOUN})\\b`, 'gu');
const COMPANY_HINT = new RegExp(COMPANY_NOUN, 'u');
/** A publication stands for whoever was named as publishing it, the latest organization ("the survey found"). */
const PUBLICATION = new RegExp(`${DESCRIBED}(?:report|survey|study|poll)\\b`, 'gu');
const PUBLICATION_HINT = /report|survey|study|poll/u;

/** The phrases in [start, end) that name or stand for a person or organization, each resolved; sorted by end. */
export function candidatesIn(ctx: SpeakerContext, start: number, end: number): Candidate[] {
  const found: Candidate[] = [];
  const { text } = ctx.doc;
  for (let i = firstAtOrAfter(ctx.names, start, startOf); i < ctx.names.length && ctx.names[i]!.start < end; i++) {
    const mention = ctx.names[i]!;
    if (mention.end <= end) found.push({ start: mention.start, end: mention.end, personal: mention.kind === 'person', speaker: mention.speaker });
  }
  found.push(...unlistedNames(ctx, start, end, found));
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(PRONOUN)) {
    const at = start + match.index;
    found.push({ start: at, end: at + match[0].length, personal: true, speaker: pronounAntecedent(ctx, match[0], at) });
  }
  for (const match of matchesWithHint(slice, ROLE_PHRASE, ROLE_HINT)) {
    const at = start + match.index;
    const end = at + match[0].length;
    // "the billionaire" with no title to match still points back, to the latest person.
    const speaker = roleHolder(ctx, match.groups!.role!, end) ?? (/^the(?!\w)/iu.test(match[0]) ? latestPerson(ctx, at) : null);
    if (speaker) found.push({ start: at, end, personal: true, speaker });
  }
  for (const match of matchesWithHint(slice, SPOKESPERSON, SPOKESPERSON_HINT)) {
    const at = start + match.index;
    const { before, after } = match.groups!;
    const named = before ?? after;
    const namedAt = named ? at + match[0].lastIndexOf(named) : at;
    const speaker = named ? organizationNamed(ctx, namedAt, named) : salientOrganization(ctx, at);
    found.push({ start: at, end: at + match[0].length, personal: false, speaker });
  }
  for (const match of matchesWithHint(slice, COMPANY, COMPANY_HINT)) {
    const at = start + match.index;
    found.push({ start: at, end: at + match[0].length, personal: false, speaker: salientOrganization(ctx, at) });
  }
  for (const match of matchesWithHint(slice, PUBLICATION, PUBLICATION_HINT)) {
    const at = start + match.index;
    found.push({ start: at, end: at + match[0].length, personal: false, speaker: latestOrganization(ctx, at) });
  }
  return found.filter((c) => !isQuoted(ctx, c.start)).sort((a, b) => a.end - b.end || a.start - b.start);
}

/** Capitalised names no mention covers: person-tagged words, or a known surname ("says Early"). */
function unlistedNames(ctx: SpeakerContext, start: number, end: number, covered: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  const found: Candidate[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length && !run.every((t) => t.tags.has('Honorific'))) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      const runEnd = last.end - possessiveLength(last.text);
      found.push({ start: first.start, end: runEnd, personal: true, speaker: personNamed(ctx.bySurname, doc.text.slice(first.start, runEnd)) });
    }
    run = [];
  };
  for (let i = firstAtOrAfter(doc.tokens, start, startOf); i < doc.tokens.length && doc.tokens[i]!.end <= end; i++) {
    const token = doc.tokens[i]!;
    const isName = !covered.some((c) => c.start < token.end && token.start < c.end) &&
      isCapitalised(token) && !token.tags.has('Pronoun') &&
      (PERSON_TAGS.some((tag) => token.tags.has(tag)) || ctx.bySurname.has(keyOf(token.text)));
    if (isName && run.length && /[,;:.!?()"“”]/u.test(run[run.length - 1]!.post)) flush();
    if (isName) run.push(token);
    else flush();
  }
  flush();
  return found;
}

/** Words that may stand between a subject and its verb: "he also said", "Smith has previously told". */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'also', 'still', 'later', 'previously', 'then', 'however', 'recently', 'further', 'had', 'has', 'have', 'was',
  'once', 'again', 'earlier', 'separately', 'subsequently', 'would', 'will', 'reportedly', 'publicly', 'simply',
  'just', 'only', 'even', 'did', 'does', 'never', 'often', 'always', 'repeatedly', 'himself', 'herself',
]);

/** Where the words just before the verb begin, skipping adverbs and auxiliaries. */
function verbPhraseStart(text: string, start: number, cueStart: number): number {
  let end = cueStart;
  for (;;) {
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    const word = /[\p{L}]+$/u.exec(text.slice(Math.max(start, end - 20), end))?.[0];
    if (!word || !BETWEEN_SUBJECT_AND_VERB.has(word.toLowerCase())) return end;
    end -= word.length;
  }
}

/** The subject before a cue; a parenthesis between subject and verb ("Smith, Acme's chief, said") is passed over. */
function subjectBefore(ctx: SpeakerContext, start: number, cueStart: number): Candidate | undefined {
  const { text } = ctx.doc;
  const end = verbPhraseStart(text, start, cueStart);
  if (/(?<!\w)it$/iu.test(text.slice(Math.max(start, end - 3), end))) {
    return { start: end - 2, end, personal: false, speaker: latestOrganization(ctx, end - 2) };
  }
  const all = withAdjacentName(ctx, candidatesIn(ctx, start, cueStart), nameEndingAt(ctx, start, end));
  if (text[end - 1] === ',') {
    const opening = text.lastIndexOf(',', end - 2);
    if (opening >= start && !isQuoted(ctx, opening)) {
      const chosen = pick(withAdjacentName(ctx, all, nameEndingAt(ctx, start, opening)).filter((c) => c.end <= opening));
      if (chosen) return chosen;
    }
  }
  return pick(all);
}

/** Adds a capitalised name standing right against the verb, when no person is named otherwise. */
function withAdjacentName(ctx: SpeakerContext, candidates: readonly Candidate[], name: Span | undefined): Candidate[] {
  if (!name || candidates.some((c) => c.personal || (c.start < name.end && name.start < c.end))) return [...candidates];
  const speaker = personNamed(ctx.byLooseSurname, ctx.doc.text.slice(name.start, name.end));
  return [...candidates, { ...name, personal: true, speaker }].sort((a, b) => a.end - b.end || a.start - b.start);
}

const NOT_ADJACENT_NAME_TAGS = [...NOT_NAME_TAGS, 'Date', 'Value'];

/** A word that may be part of a name nobody listed: capitalised, and a proper noun or not the first of its sentence. */
function isNameWord(ctx: SpeakerContext, index: number): boolean {
  const token = ctx.doc.tokens[index]!;
  if (!isCapitalised(token) || TITLE_TOKEN.test(token.normal) || NOT_ADJACENT_NAME_TAGS.some((tag) => token.tags.has(tag))) return false;
  const sentence = ctx.doc.sentences[token.sentence];
  return token.tags.has('ProperNoun') || token.tags.has('Person') || sentence?.tokenStart !== index;
}

/** Most words in a name nobody listed. */
const NAME_WORDS = 4;

/** The capitalised words that end at `end` ("... Elon Musk| said"). */
function nameEndingAt(ctx: SpeakerContext, start: number, end: number): Span | undefined {
  const last = firstAtOrAfter(ctx.doc.tokens, end + 1, endOf) - 1;
  const token = ctx.doc.tokens[last];
  if (!token || token.start < start || ctx.doc.text.slice(token.end, end).trim() !== '') return undefined;
  return nameThrough(ctx, last, -1, start);
}

/** The capitalised words that start at `from` ("said| Elon Musk"). */
function nameStartingAt(ctx: SpeakerContext, from: number): Span | undefined {
  const first = firstAtOrAfter(ctx.doc.tokens, from, startOf);
  const token = ctx.doc.tokens[first];
  if (!token || ctx.doc.text.slice(from, token.start).trim() !== '') return undefined;
  return nameThrough(ctx, first, 1, from);
}

/** The name words from token `index` on, one way (`step`), not past `limit` nor across punctuation. */
function nameThrough(ctx: SpeakerContext, index: number, step: 1 | -1, limit: number): Span | undefined {
  const { tokens } = ctx.doc;
  if (!isNameWord(ctx, index)) return undefined;
  let far = index;
  for (let count = 1; count < NAME_WORDS; count++) {
    const next = far + step;
    const joint = tokens[Math.min(far, next)];
    if (!tokens[next] || !joint || /\S/u.test(joint.post) || (step < 0 && tokens[next]!.start < limit) || !isNameWord(ctx, next)) break;
    far = next;
  }
  const first = tokens[Math.min(index, far)]!;
  const last = tokens[Math.max(index, far)]!;
  return { start: first.start, end: last.end - possessiveLength(last.text) };
}

function pick(candidates: readonly Candidate[]): Candidate | undefined {
  return candidates.findLast((c) => c.personal) ?? candidates[candidates.length - 1];
}

/** How many words after a verb its inverted subject may start ("said market analyst Jane Smith"). */
const INVERTED_REACH = 3;

/** The subject after a verb ("said Smith", "according to Acme"), up to the first punctuation. */
function subjectAfter(ctx: SpeakerContext, from: number): Candidate | undefined {
  const { doc } = ctx;
  if (!/^\s*\p{L}/u.test(doc.text.slice(from, from + 8))) return undefined;
  const first = firstAtOrAfter(doc.tokens, from, startOf);
  let last = first;
  while (last < first + 8 && last + 1 < doc.tokens.length && !/[,;:.!?()"“”]/u.test(doc.tokens[last]!.post)) last++;
  const end = doc.tokens[last]?.end;
  const reach = doc.tokens[Math.min(first + INVERTED_REACH - 1, last)]?.end;
  if (end === undefined || reach === undefined) return undefined;
  const candidates = withAdjacentName(ctx, candidatesIn(ctx, from, end), nameStartingAt(ctx, from)).filter((c) => c.start < reach);
  return candidates.find((c) => c.personal) ?? candidates[0];
}

/** Nothing but punctuation stands before the verb ("..." said Smith; Sales rose, said Smith). */
function bareBefore(text: string, start: number, cueStart: number): boolean {
  const before = text.slice(start, cueStart).trimEnd();
  return before === '' || /[,:;(—–\-"“”'‘’]$/u.test(before);
}

/** How far before a cue its subject is looked for, in characters. */
const SUBJECT_REACH = 300;

/** Who a cue attributes words to: a named person or organization, or null when the text leaves it unnamed. */
export function speakerOfCue(ctx: SpeakerContext, cue: Cue, regionStart: number): Speaker | null {
  return sourceOfCue(ctx, cue, regionStart)?.speaker ?? null;
}

/** The phrase a cue attributes words to ("Smith", "he", "a Microsoft spokesman"), with who it names; none when nothing does. */
export function sourceOfCue(ctx: SpeakerContext, cue: Cue, regionStart: number): Candidate | undefined {
  if (cue.kind === 'according') return subjectAfter(ctx, cue.end);
  if (cue.kind === 'quoted' && cue.named) {
    const { start, end } = cue.named;
    return pick(withAdjacentName(ctx, candidatesIn(ctx, start, end), nameEndingAt(ctx, start, end)));
  }
  const start = Math.max(regionStart, cue.start - SUBJECT_REACH);
  const subject = subjectBefore(ctx, start, cue.start);
  if (cue.inverts && !subject?.personal && bareBefore(ctx.doc.text, start, cue.start)) {
    const inverted = subjectAfter(ctx, cue.end);
    if (inverted) return inverted;
  }
  return subject;
}

/** The person last named or referred to in [start, end), outside quotations. */
export function lastPersonIn(ctx: SpeakerContext, start: number, end: number): Speaker | null {
  return candidatesIn(ctx, Math.max(start, end - SUBJECT_REACH * 2), end).findLast((c) => c.personal)?.speaker ?? null;
}
