import type { Span } from './spans.js';

/**
 * What the pipeline finds, as layers of one document: the vocabulary of each finding and the shape of its items. The
 * NLP code owns these; the HTTP contract (schemas/) builds its enums from the vocabularies here, and one serialize step
 * turns the layers into the API's types.
 */

export const ENTITY_TYPES = ['person', 'organization', 'place', 'product'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const QUALIFIERS = ['exact', 'approximate', 'lower_bound', 'upper_bound', 'range', 'vague'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Calendar precisions, coarse to fine, and `reference`: a word that points at the present, past or future with no calendar value ("now"). */
export const GRANULARITIES = ['year', 'half', 'season', 'quarter', 'month', 'week', 'day', 'reference'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** TimeML's values for a date of granularity `reference`: a word that points at the present, past or future ("now", "recently", "soon"). */
export const REFERENCE_VALUES = ['PRESENT_REF', 'PAST_REF', 'FUTURE_REF'] as const;
export type ReferenceValue = (typeof REFERENCE_VALUES)[number];

export const BOILERPLATE_REASONS = ['newsletter', 'related', 'share', 'copyright', 'byline', 'credit'] as const;
export type BoilerplateReason = (typeof BOILERPLATE_REASONS)[number];

export const CLAIM_KINDS = [
  'funding',
  'acquisition',
  'investment',
  'revenue',
  'valuation',
  'stock_move',
  'layoffs',
  'product_launch',
  'partnership',
  'legal_regulatory',
  'goal_forecast',
  'statement',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const MODALITIES = ['asserted', 'planned', 'forecast', 'hedged', 'negated'] as const;
export type Modality = (typeof MODALITIES)[number];

/** A funding round's stage, as a funding claim names it ("a Series C round", "seed funding"). */
export const FUNDING_ROUNDS = [
  'pre-seed', 'seed', 'angel', 'bridge', 'growth', 'mezzanine',
  'series-a', 'series-b', 'series-c', 'series-d', 'series-e', 'series-f', 'series-g', 'series-h', 'series-i', 'series-j',
] as const;
export type FundingRound = (typeof FUNDING_ROUNDS)[number];

/** A span of boilerplate (promotion, teaser, byline ...) that no other layer draws from. */
export interface Boilerplate extends Span {
  readonly reason: BoilerplateReason;
}

/** One occurrence of an entity, as written. */
export interface Mention extends Span {
  readonly text: string;
}

export interface Entity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly mentions: readonly Mention[];
  readonly salience: number;
  /** The rule behind the strongest evidence for its type (a typing rule, the lexicon, a list it stands in ...). */
  readonly typedBy: string;
}

/**
 * Why an entity has the knowledge-base entry it has, or none: `ticker` (the article gives the entry's ticker),
 * `only-candidate` (one entry of its type has its name), `context` (of several, the one in the country or state of the
 * article's other places), `prominence` (of several, the most prominent by a margin); no link: `not-in-kb`,
 * `other-type` (known only as another type), `short-name` (only a listed company's name cut short has it), `ambiguous`.
 */
export const LINK_RULES = ['ticker', 'only-candidate', 'context', 'prominence', 'not-in-kb', 'other-type', 'short-name', 'ambiguous'] as const;
export type LinkRule = (typeof LINK_RULES)[number];

/** An entity's entry in the knowledge base (src/nlp/kb), or none (`ids` empty). */
export interface Link {
  readonly entityId: string;
  /** Namespace → id (`kb`, `wikidata`, `geonames`, `iso3166`, `ticker`, `cik`); empty when the entity is not in the knowledge base. */
  readonly ids: Readonly<Record<string, string>>;
  readonly canonicalName: string | null;
  readonly rule: LinkRule;
  /** The entity's form that found the candidates. */
  readonly form: string | null;
  readonly candidates: number;
  /** The more salient entity linked to the same entry, that this one is part of; null for the first. */
  readonly sameAs: string | null;
}

/** Who said something: an entity, or a name the text gives that is no entity (`entityId` null). */
export interface Speaker {
  readonly entityId: string | null;
  readonly name: string;
}

/** A figure's bounds, for ranges and vague amounts. */
export interface Bounds {
  readonly min?: number;
  readonly max?: number;
}

export interface Money extends Span, Bounds {
  readonly id: string;
  readonly text: string;
  readonly amount: number | null;
  readonly currency: string | null;
  readonly qualifier: Qualifier;
  readonly sentence: number;
}

/** What a percentage figure counts: a share ("20%"), or a difference between shares written in points or basis points. */
export const PERCENT_UNITS = ['percent', 'percentage_point', 'basis_point'] as const;
export type PercentUnit = (typeof PERCENT_UNITS)[number];

export interface Percentage extends Span, Bounds {
  readonly id: string;
  readonly text: string;
  /** In percent, or percentage points (basis points are read as hundredths of one). */
  readonly value: number | null;
  readonly unit: PercentUnit;
  readonly qualifier: Qualifier;
  readonly sentence: number;
}

export interface DateMention extends Span {
  readonly id: string;
  readonly text: string;
  /**
   * ISO 8601 at the expression's granularity, or with granularity `reference` TimeML's PRESENT_REF, PAST_REF or FUTURE_REF;
   * null for a relative date with no publication date to resolve it.
   */
  readonly value: string | null;
  readonly granularity: Granularity;
  readonly relative: boolean;
  readonly sentence: number;
}

export interface Quote extends Span {
  readonly id: string;
  readonly text: string;
  readonly speaker: Speaker | null;
  readonly cue: string | null;
  readonly sentence: number;
  /** The quote sieve that found the speaker's mention (QUOTE_SIEVES), null when none did. */
  readonly sieve: string | null;
  /** The mention → speaker resolver that read that mention (MENTION_RESOLVERS), null when none did. */
  readonly resolver: string | null;
}

export interface Claim extends Span {
  readonly id: string;
  readonly text: string;
  readonly sentence: number;
  readonly speaker: Speaker | null;
  readonly cue: string | null;
  readonly subject: Speaker | null;
  readonly predicate: string;
  readonly object: string | null;
  readonly kind: ClaimKind;
  readonly modality: Modality;
  readonly figures: readonly string[];
  readonly dates: readonly string[];
  readonly quotes: readonly string[];
  readonly arguments: Readonly<Record<string, string>>;
  /** For layoffs: the number of jobs cut, when the claim says it ("cutting 1,200 jobs"). */
  readonly jobs?: number;
  /** For funding: the round's stage, when the claim names it. */
  readonly round?: FundingRound;
  readonly origin: ClaimOrigin;
  /** The sieve that found the speaker (a report sieve, or the quotation's quote sieve), null when no speaker was sought or found. */
  readonly sieve: string | null;
  /** The mention → speaker resolver that read the speaker's mention. */
  readonly resolver: string | null;
  /** The words that made the claim's kind ("laid off", "Series B"); null when its modality or nothing did. */
  readonly trigger: string | null;
}

/** Where a claim comes from: a source's reported speech, the article's own clause, or a quotation no report covers. */
export type ClaimOrigin = 'reported-speech' | 'article' | 'quotation';

/** An entity's mention, with the entity: the document's mentions in text order, for looking up what a span names. */
export interface EntityMention extends Span {
  readonly entity: Entity;
}

/** Words between quotation marks, bounded to one paragraph. */
export interface QuotedSpan extends Span {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just past the closing mark, or past the quoted words when no closing mark ends them. */
  readonly close: number;
  /** Index into the list of content paragraphs the spans were found in. */
  readonly paragraph: number;
  /** False when the quotation runs on: the paragraph ends, or the opening mark is repeated, before any closing mark. */
  readonly closed: boolean;
}

/** A mention of a person or organization, with who it names. */
export interface NameMention extends Span {
  readonly kind: 'person' | 'organization';
  readonly speaker: Speaker;
}

export type Gender = 'male' | 'female';

/** A run of capitalised words that may name a person. */
export interface NameRun extends Span {
  /** Where the name begins after the honorifics that open the run ("Kamin" of "Mr. Kamin"). */
  readonly nameStart: number;
  /** Tagged as a person's name, or introduced with a title ("Jane Smith, analyst at Acme"). */
  readonly evident: boolean;
}

/** The people a document names beyond its person entities, and everyone by surname: what speaker resolution reads beside the entities. */
export interface PersonNames {
  /** Mentions of places and products outside the dateline, and the dateline, sorted: they speak for nobody ("Italy", "London-based"). */
  readonly things: readonly Span[];
  /** The runs that may name a person, outside `things`, in text order. */
  readonly runs: readonly NameRun[];
  /**
   * The runs the text makes people: evident, a surname of someone it introduced, or a fuller form of a person's
   * one-word name; a person the entities stage missed, or whose name it cut short ("Lee" of "Lee Rainie").
   */
  readonly people: readonly NameRun[];
  /** People by surname, from full names ("Smith" → Jane Smith): the person entities' first, then the evident runs'. */
  readonly bySurname: ReadonlyMap<string, Speaker>;
  /** The same for every run of two or more words, for a name a cue confirms ("Musk said" → Elon Musk). */
  readonly byLooseSurname: ReadonlyMap<string, Speaker>;
}

/** Who may speak in the document, built once from its entities and person names: what speaker resolution looks up. */
export interface SpeakerIndex {
  /** Mentions of people and organizations, sorted by offset: the entities' and people named only in passing. */
  readonly names: readonly NameMention[];
  readonly genders: ReadonlyMap<string, Gender>;
  readonly organizations: readonly Entity[];
  /** What kind each organization is, as the text calls it ("telecoms regulator Ofcom"), by entity id. */
  readonly kinds: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Mentions of places, sorted, each with the place as a speaker: "India's second-largest company" describes an
   * organization; a country that is a reporting verb's own subject speaks for its government ("Russia insisted").
   */
  readonly places: readonly (Span & { readonly speaker: Speaker })[];
  /**
   * Mentions of products, sorted, each with the product as a speaker: a name the entities stage typed as a product
   * that is a reporting verb's own subject is a company after all ("Nestwise, which says it has 1.6 million users").
   */
  readonly products: readonly (Span & { readonly speaker: Speaker })[];
}

/**
 * The layers components add to a document, each once (append-only). Span layers are sorted by start; `entities` is
 * in order of salience, `mentions` holds their mentions in text order.
 */
export interface Layers {
  readonly entities: readonly Entity[];
  readonly mentions: readonly EntityMention[];
  /** One per entity, in the entities' order. */
  readonly links: readonly Link[];
  readonly money: readonly Money[];
  readonly percentages: readonly Percentage[];
  readonly dates: readonly DateMention[];
  /** Quotation interiors outside boilerplate: names inside them neither speak nor stand behind a later "he". */
  readonly quoteSpans: readonly QuotedSpan[];
  readonly personNames: PersonNames;
  readonly speakers: SpeakerIndex;
  readonly quotes: readonly Quote[];
  readonly claims: readonly Claim[];
}

export type LayerName = keyof Layers;
