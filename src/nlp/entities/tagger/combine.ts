import { contentSentences, sentenceAt, type Doc, type Sentence } from '../../doc/document.js';
import { ENTITY_TYPES, type Entity, type EntityType } from '../../doc/layers.js';
import { WEEKDAY, WORD_END } from '../../doc/patterns.js';
import { isHolidayName } from '../../dates/holidays.js';
import { firstAtOrAfter, startOf, type Span } from '../../doc/spans.js';
import type { TypedMention } from '../classify.js';
import type { TaggedName, TaggerReading } from './tag.js';

/**
 * How the rule-based entities and the tagger's names are combined. The rules keep what they know from the lexicon
 * and telling words; the tagger speaks where the rules only guessed.
 */
export interface CombinationPolicy {
  /** The typing rules (an entity's `typedBy`) whose type the tagger may overrule. */
  readonly weakRules: ReadonlySet<string>;
  /** Per mention, how much higher the tagger must score its type than the rules' for a weakly typed entity to take it. */
  readonly retypeMargin: number;
  /**
   * Rules that type a name by what it is but not by what it is in the sentence (a place's name that is also a
   * sports team's, a name in a table of teams): their type yields only to a tagger this sure of another one
   * (its lead over its runner-up, per mention) that names one of the entity's mentions so itself.
   */
  readonly firmRules: ReadonlySet<string>;
  readonly firmMargin: number;
  /** The margin a name of one word needs to be retyped a person (the tagger takes too many unknown one-word brands for surnames). */
  readonly oneWordPersonMargin: number;
  /** The margin needed to overrule the person-shape rule (plain capitalised words no list knows), which reads news well. */
  readonly personShapeMargin: number;
  /**
   * The retype margin is counted against the tagger's runner-up reading (another type, a name of no reported type,
   * or no name), not only against the rules' type: a tagger torn between organization and product ("Takuya
   * Morimoto", "ZX Nomad") has no type to give, though it scores both above the rules' person or product.
   */
  readonly againstRunnerUp: boolean;
  /** The typing rules whose entities the tagger may drop. */
  readonly dropRules: ReadonlySet<string>;
  /** Per mention, how much higher the tagger must score "no name" (or a name of no reported type) for a weakly typed entity to be dropped. */
  readonly dropMargin: number;
  /** The margin a name of the tagger's that no rule found needs to be added, in running text. */
  readonly addMargin: number;
  /** The types of the names added in running text (the others cost the news articles more than they gain). */
  readonly addTypes: ReadonlySet<EntityType>;
  /** In headlines in capitals, tables and lists (not prose), the tagger's names replace the rules' weak ones. */
  readonly replaceOutsideProse: boolean;
  /** The margin the tagger's names need to replace the rules' outside prose. */
  readonly outsideProseMargin: number;
  /**
   * In prose, the margin a name of the tagger's needs to replace the rules' candidates it overlaps with other
   * bounds ("Werner Zwingmann" for "Union 's veterinary committee Werner Zwingmann"), when they are all weakly typed.
   */
  readonly boundaryMargin: number;
  /** Outside prose, the margin a name of the tagger's that overlaps no candidate needs to be added. */
  readonly outsideProseAddMargin: number;
  /** Outside prose, the candidates typed by these rules stay whatever the tagger reads there. */
  readonly keptOutsideProse: ReadonlySet<string>;
}

/** Typing rules that read only a name's shape or compromise's guess, not what the name is. */
export const GUESSING_RULES: ReadonlySet<string> = new Set(['shape', 'compromise-tags', 'person-shape', 'listed-with', 'shouting', 'product-noun', 'context']);

/** The rules that type a candidate by the lexicon or a telling word of its own (classify.ts and typing.ts). */
export const SURE_RULES: ReadonlySet<string> = new Set([
  'lexicon',
  'lexicon-part',
  'product-line',
  'lexicon-product-of-maker',
  'lexicon-product-for-platform',
  'lexicon-agency-of-country',
  'team-table',
  'name-words',
  'apposition',
]);

/** The policy the pipeline runs (measured against the others in MODEL.md; scripts/train/ner-variants.ts). */
export const POLICY: CombinationPolicy = {
  weakRules: GUESSING_RULES,
  retypeMargin: 7,
  oneWordPersonMargin: 10,
  personShapeMargin: 10,
  againstRunnerUp: true,
  firmRules: new Set(['gazetteer', 'team-table', 'kb-product']),
  firmMargin: 10,
  dropRules: new Set(['shape', 'compromise-tags']),
  dropMargin: 10,
  addMargin: 5,
  addTypes: new Set(['product']),
  replaceOutsideProse: true,
  outsideProseMargin: 0,
  outsideProseAddMargin: 30,
  keptOutsideProse: SURE_RULES,
  boundaryMargin: 20,
};

/** A prose sentence has at least this many words starting in lower case, or a verb and two of them. */
const PROSE_LOWER_WORDS = 5;

/**
 * Running text, where the rule-based stage reads names well, as opposed to headlines in capitals or title case,
 * tables, score lines and lists of names, where capitals and context tell it little and the tagger, which learned
 * such text from news wire, does better: five words in lower case, or a verb and two ("Point Nine invested in
 * Acacia Ridge.", "Jones scored twice.").
 */
export function isProse(doc: Doc, sentence: Sentence): boolean {
  let lower = 0;
  let verb = false;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = doc.tokens[i]!;
    if (/^\p{Ll}/u.test(token.text)) lower++;
    verb ||= token.tags.has('Verb');
  }
  return lower >= PROSE_LOWER_WORDS || (verb && lower >= 2);
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
/** Brackets, quotes, commas, colons and dashes set apart by spaces stand between names, not inside one ("AP) - Redwood Atlas"). */
const ACROSS_PUNCTUATION = /[()[\]{},;:"“”]|\s[-–—]\s/u;
/** A name of a type the API reports, written as one name. */
const isReported = (name: TaggedName): name is TaggedName & { label: EntityType } => name.label !== 'misc' && !ACROSS_PUNCTUATION.test(name.text);

/**
 * The rules' candidates with the tagger's names: outside prose, its confident names in place of the weakly typed
 * candidates they overlap (a candidate the rules are sure of stays, and no name is added over it); in prose, its
 * confident names that no rule entity mentions. The same list when the tagger changes nothing.
 */
export function withTaggerCandidates(
  doc: Doc,
  candidates: readonly TypedMention[],
  rules: readonly Entity[],
  reading: TaggerReading,
  policy: CombinationPolicy,
): readonly TypedMention[] {
  const mentions = new SpanIndex(rules.flatMap((entity) => entity.mentions));
  const byCandidate = new SpanIndex(candidates);
  const outsideProse = new Set(policy.replaceOutsideProse ? contentSentences(doc).filter((sentence) => !isProse(doc, sentence)).map((s) => s.index) : []);
  const inOutsideProse = (span: Span) => outsideProse.size > 0 && outsideProse.has(doc.sentences[sentenceAt(doc, span.start)]!.index);
  const sameBounds = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
  const reboundable = (name: TaggedName) => {
    if (name.margin < policy.boundaryMargin) return false;
    const overlapped = byCandidate.overlapping(name);
    return overlapped.length > 0 && overlapped.every((candidate) => policy.weakRules.has(candidate.rule) && !sameBounds(candidate, name));
  };
  const replacing = new SpanIndex(
    reading.names.filter((name) => isReported(name) && (inOutsideProse(name) ? name.margin >= policy.outsideProseMargin : reboundable(name))),
  );
  const kept = candidates.filter(
    (candidate) => replacing.overlapping(candidate).length === 0 || (inOutsideProse(candidate) && policy.keptOutsideProse.has(candidate.rule)),
  );
  const keptIndex = new SpanIndex(kept);
  const added: TypedMention[] = [];
  for (const name of reading.names) {
    if (!isReported(name)) continue;
    if (replacing.has(name)) {
      const overlapped = byCandidate.overlapping(name);
      if (keptIndex.overlapping(name).length > 0 || (overlapped.length === 0 && name.margin < policy.outsideProseAddMargin)) continue;
      const marked = overlapped.find((candidate) => onlyMarksMore(doc.text, candidate, name));
      added.push(asCandidate(marked ? { ...name, start: marked.start, end: marked.end, text: marked.text } : name));
    } else if (!inOutsideProse(name) && policy.addTypes.has(name.label) && name.margin >= policy.addMargin && mentions.overlapping(name).length === 0 && isWrittenAsName(doc, name)) {
      added.push(asCandidate(name));
    }
  }
  if (!added.length && kept.length === candidates.length) return candidates;
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Whether a name the tagger adds in prose is written as one: a capital or a digit past its first letter ("Llama 3",
 * "WordNet", "iPhone"), or a capital first letter that does not open the sentence. Generic things are no names
 * (GUIDELINES: "GPUs", "broadband"), though CrossNER's gold marks some ("industrial robot", "word processor"), and
 * a capital that only opens the sentence says nothing ("Existing humanoid robot systems").
 */
function isWrittenAsName(doc: Doc, name: Span & { readonly text: string }): boolean {
  // "The run-up to Christmas": a holiday is a day (GUIDELINES: days and dates are no entities).
  if (isHolidayName(name.text)) return false;
  if (/[\p{Lu}\p{N}]/u.test(name.text.slice(1))) return true;
  return /^\p{Lu}/u.test(name.text) && doc.sentences[sentenceAt(doc, name.start)]!.start !== name.start;
}

/** Spans sorted by start, for finding those that overlap a span in logarithmic time (an article has thousands). */
class SpanIndex<T extends Span> {
  private readonly sorted: readonly T[];
  private readonly longest: number;
  private readonly members: ReadonlySet<T>;

  constructor(spans: readonly T[]) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start);
    this.longest = spans.reduce((most, span) => Math.max(most, span.end - span.start), 0);
    this.members = new Set(spans);
  }

  has(span: T): boolean {
    return this.members.has(span);
  }

  overlapping(span: Span): T[] {
    const found: T[] = [];
    for (let i = firstAtOrAfter(this.sorted, span.start - this.longest, startOf); i < this.sorted.length && this.sorted[i]!.start < span.end; i++) {
      if (overlaps(this.sorted[i]!, span)) found.push(this.sorted[i]!);
    }
    return found;
  }
}

/** "Why?" for "Why": the rules' candidate holds the tagger's name and only marks besides, which the rules read as part of it. */
function onlyMarksMore(text: string, candidate: Span, name: Span): boolean {
  return candidate.start <= name.start && candidate.end >= name.end && !/[\p{L}\p{N}]/u.test(text.slice(candidate.start, name.start) + text.slice(name.end, candidate.end));
}

function asCandidate(name: TaggedName & { label: EntityType }): TypedMention {
  return { start: name.start, end: name.end, text: name.text, type: name.label, strength: 1, rule: 'tagger', acronym: /^[\p{Lu}\d&.-]{2,8}s?$/u.test(name.text) };
}

/** A reporting verb right after a name, past a day ("Blue Meridian on Tuesday said"): the name is a speaker's. */
const SPEAKS_AFTER = new RegExp(`^\\s+(?:(?:on|last|this)\\s+${WEEKDAY}\\s+|(?:yesterday|today|also)\\s+)?(?:said|says|told|announced|added)${WORD_END}`, 'u');

/**
 * The entities, a weakly typed one given the tagger's type when the tagger scores it higher on its mentions by the
 * policy's margin (typedBy `tagger`), or dropped when the tagger scores it as no name by the drop margin, unless a
 * reporting verb follows one of its mentions: whatever the tagger reads, a name that says something names someone.
 */
export function retyped(text: string, entities: readonly Entity[], reading: TaggerReading, policy: CombinationPolicy): Entity[] {
  const speaks = (entity: Entity) => entity.mentions.some((mention) => SPEAKS_AFTER.test(text.slice(mention.end, mention.end + 40)));
  let named: Set<string> | undefined;
  /** Whether the tagger's own reading names a mention of the entity, exactly, as `type`. */
  const namedAs = (entity: Entity, type: EntityType) => {
    named ??= new Set(reading.names.map((name) => `${name.start}:${name.end}:${name.label}`));
    return entity.mentions.some((mention) => named!.has(`${mention.start}:${mention.end}:${type}`));
  };
  return entities.flatMap((entity) => {
    const firm = policy.firmRules.has(entity.typedBy);
    if (!policy.weakRules.has(entity.typedBy) && !policy.dropRules.has(entity.typedBy) && !firm) return [entity];
    const gaps = new Map<string, number>();
    let counted = 0;
    for (const mention of entity.mentions) {
      const scores = reading.spanScores(mention.start, mention.end);
      if (!scores) continue;
      counted++;
      for (const type of ENTITY_TYPES) gaps.set(type, (gaps.get(type) ?? 0) + scores[type] - scores[entity.type]);
      gaps.set('none', (gaps.get('none') ?? 0) + Math.max(scores.none, scores.misc) - scores[entity.type]);
    }
    if (counted === 0) return [entity];
    if (policy.dropRules.has(entity.typedBy) && gaps.get('none')! / counted >= policy.dropMargin && !speaks(entity)) return [];
    if (!policy.weakRules.has(entity.typedBy) && !firm) return [entity];
    const best = ENTITY_TYPES.reduce((a, b) => (gaps.get(b)! > gaps.get(a)! ? b : a));
    const runnerUp = policy.againstRunnerUp ? Math.max(gaps.get('none')!, ...ENTITY_TYPES.filter((type) => type !== best).map((type) => gaps.get(type)!)) : 0;
    let margin = firm ? policy.firmMargin : best === 'person' && !/\s/u.test(entity.name) ? Math.max(policy.retypeMargin, policy.oneWordPersonMargin) : policy.retypeMargin;
    // A firm rule's type yields only to a name the tagger reads itself, not to a score for characters it does not take
    // for one name ("southern Europe").
    if (firm && !namedAs(entity, best)) return [entity];
    if (entity.typedBy === 'person-shape') {
      // Unknown names it learned as products from scrambled ones look like unknown people's names.
      if (best === 'product') return [entity];
      margin = Math.max(margin, policy.personShapeMargin);
    }
    return best !== entity.type && (gaps.get(best)! - runnerUp) / counted >= margin ? [{ ...entity, type: best, typedBy: 'tagger' }] : [entity];
  });
}
