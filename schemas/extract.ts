import { z } from 'zod';
import { BOILERPLATE_REASONS, CLAIM_KINDS, ENTITY_TYPES, FUNDING_ROUNDS, GRANULARITIES, LINK_RULES, MODALITIES, PERCENT_UNITS, QUALIFIERS } from '../src/nlp/doc/layers.js';

/** The units span offsets can be counted in: UTF-16 code units (JavaScript, Java, C#), code points (Python), UTF-8 bytes (Go, Rust, C). */
export const OFFSET_UNITS = ['utf16', 'codepoint', 'utf8'] as const;

export const offsetUnitSchema = z
  .enum(OFFSET_UNITS)
  .describe(
    'What span offsets count: `utf16` code units (the default; JavaScript, Java, C#: `text.slice(start, end)`), `codepoint` (Python: ' +
      '`text[start:end]`), or `utf8` bytes (Go, Rust, C: `bytes[start:end]` of the UTF-8 encoding). Like Google Natural Language\'s `encodingType`.',
  )
  .meta({ id: 'OffsetUnit' });

/** A half-open span [start, end) into the text the client sent, in the unit it asked for (`offsets`). */
const start = z
  .number()
  .int()
  .min(0)
  .describe('Offset of the first character into the text as sent, in the unit `offsets` asked for (`meta.offsets`; UTF-16 code units by default).');
const end = z.number().int().min(0).describe('Offset one past the last character; with UTF-16 offsets, `text === input.slice(start, end)`.');
const sentence = z.number().int().min(0).describe('Zero-based index of the sentence (as counted in `meta.sentences`) that holds the span.');

export const qualifierSchema = z
  .enum(QUALIFIERS)
  .describe(
    'How the figure is bounded: `exact` (no qualifier), `approximate` (about, nearly, almost, some), `lower_bound` (more than, over, at least, -plus), ' +
      '`upper_bound` (less than, up to, as much as), `range` (between X and Y, X-Y; see `min`/`max`), `vague` ("hundreds of millions"; see `min`/`max`).',
  )
  .meta({ id: 'Qualifier' });

const NULL_IS_ABSENT = ' `null` is the same as leaving it out.';

/**
 * An optional request field that may also be sent as `null`, as Python, Java and Go clients send absent values: both
 * mean "not given", and the field reads as undefined after validation.
 */
export function optionalOrNull<T extends z.ZodType>(schema: T, description: string) {
  return schema
    .nullish()
    .transform((value) => value ?? undefined)
    .describe(description + NULL_IS_ABSENT);
}

export const extractRequestSchema = z
  .strictObject({
    text: z
      .string()
      .refine((value) => value.trim().length > 0, 'must contain at least one non-whitespace character')
      .describe('The article body, paragraphs separated by blank lines. Every span in the response indexes into exactly this string.'),
    title: optionalOrNull(z.string(), 'The headline. Travels beside the text; it is not part of the offsets.'),
    url: optionalOrNull(z.url(), 'Where the article was published (absolute URI).'),
    publishedAt: optionalOrNull(
      z.string().refine(isIsoDateOrDateTime, 'must be an ISO 8601 date (2025-01-29) or date-time (2025-01-29T14:30:00Z)'),
      'Publication date or date-time (ISO 8601). Relative dates ("last week", "Monday") are resolved against it; without it they keep `value: null`.',
    ),
    offsets: optionalOrNull(offsetUnitSchema, 'The unit of every span\'s `start`/`end` in the response (default `utf16`); wins over the `offsets` query parameter.'),
  })
  .describe('An article to extract from.')
  .meta({ id: 'ExtractRequest' });

function isIsoDateOrDateTime(value: string): boolean {
  return z.iso.date().safeParse(value).success || z.iso.datetime({ offset: true, local: true }).safeParse(value).success;
}

export const boilerplateSchema = z
  .object({
    start,
    end,
    reason: z
      .enum(BOILERPLATE_REASONS)
      .describe('Why the span was left out: newsletter promotion, related-stories teasers, share/subscribe prompt, copyright line, byline, or image credit.'),
  })
  .describe('A span of boilerplate that no other field draws from.')
  .meta({ id: 'Boilerplate' });

export const metaSchema = z
  .object({
    version: z.string().describe('Version of the service that produced the response.'),
    language: z.literal('en').describe('Language the text was processed as.'),
    characters: z.number().int().min(0).describe('Length of `text` in JavaScript string units.'),
    words: z.number().int().min(0).describe('Number of word tokens in the text.'),
    sentences: z.number().int().min(0).describe('Number of sentences in the text, boilerplate included.'),
    paragraphs: z.number().int().min(0).describe('Number of paragraphs (blocks separated by blank lines).'),
    tookMs: z.number().min(0).describe('Time spent extracting, in milliseconds.'),
    offsets: offsetUnitSchema.describe('The unit every `start`/`end` in this response counts, as the request asked (`utf16` by default).'),
    boilerplate: z.array(boilerplateSchema).describe('Boilerplate spans, in text order.'),
  })
  .describe('Facts about the processed text.')
  .meta({ id: 'Meta' });

export const mentionSchema = z
  .object({ start, end, text: z.string().describe('The mention exactly as written.') })
  .describe('One occurrence of an entity in the text.')
  .meta({ id: 'Mention' });

export const entityTypeSchema = z
  .enum(ENTITY_TYPES)
  .describe('person; organization (companies, agencies, governments as institutions, outlets); place (countries, cities, regions); product (named products, models, services, software, devices, games).');

const explainOnly = ' Present only with `?explain=true`.';

export const entitySchema = z
  .object({
    id: z.string().describe('Identifier, unique within the response (`e1`, `e2`, ...).'),
    name: z.string().describe('The fullest form the text uses, without possessive; a person\'s without a courtesy title ("Dr Jane Smith" is "Jane Smith").'),
    type: entityTypeSchema,
    aliases: z.array(z.string()).describe('Every other surface form the text uses for the same entity (surnames, "Mr X", abbreviations).'),
    mentions: z.array(mentionSchema).describe('Every mention, in text order.'),
    salience: z.number().min(0).max(1).describe('How central the entity is to the article, from its mentions and their positions (1 = most salient).'),
    ids: z
      .record(z.string(), z.string())
      .describe(
        'The entity\'s ids in the knowledge base, by namespace: `kb` (the knowledge base\'s own, on every entry it holds), `wikidata` (a QID), `geonames`, `iso3166` (alpha-2 for a country, ISO 3166-2 for a subdivision), `ticker` (`EXCHANGE:SYMBOL`), `cik` (SEC); only the namespaces its sources give. `{}` when the entity is not in the knowledge base or no candidate was certain enough. Entities that link to one entry are one entity.',
      ),
    canonicalName: z.string().optional().describe('The knowledge base\'s name for the entity, when it differs from `name` ("United Kingdom" for "Britain").'),
    explain: z
      .object({
        typedBy: z
          .string()
          .describe(
            'The rule behind the strongest evidence for its type: `lexicon` (a known name), a typing rule (`apposition`, `name-words`, `person-context`, `product-context`, `gazetteer`, `person-shape`, `organization-context`, `context`, `compromise-tags`, `product-noun`, `shape` ...), `listed-with`, `team-table`, `dateline` ..., or `tagger`: the learned entity tagger typed, bounded or found it where the rules only guessed (src/nlp/entities/tagger/MODEL.md)',
          ),
        link: z
          .object({
            rule: z
              .enum(LINK_RULES)
              .describe(
                'Why the entity has its ids, or none: `ticker` (the article gives the entry\'s ticker), `only-candidate` (one entry of its type has its name), `context` (of several candidates, the one in the country or state of the article\'s other places), `prominence` (of several, the most prominent by population or listing, by a margin); no ids: `not-in-kb`, `other-type` (known only as another type), `short-name` (only a listed company\'s name cut short matches), `ambiguous` (several candidates, none by a margin).',
              ),
            form: z.string().nullable().describe('The entity\'s form that found the candidates.'),
            candidates: z.number().int().min(0).describe('How many entries of its type had that form.'),
          })
          .nullable()
          .describe('How the entity was linked to the knowledge base.'),
      })
      .optional()
      .describe(`Why the entity has its type and its ids.${explainOnly}`),
  })
  .describe('A named entity, once per document, with all its mentions.')
  .meta({ id: 'Entity' });

export const moneySchema = z
  .object({
    id: z.string().describe('Identifier, unique within the response (`m1`, `m2`, ...).'),
    text: z.string().describe('The expression as written, qualifier and magnitude words included ("more than $60 billion").'),
    start,
    end,
    amount: z.number().nullable().describe('Value in whole currency units (60000000000 for "$60 billion", 0.5 for "50 cents"); for ranges and vague amounts, the lower bound.'),
    currency: z.string().regex(/^[A-Z]{3}$/).nullable().describe('ISO 4217 code; "$" alone is USD. `null` only when the currency cannot be told.'),
    qualifier: qualifierSchema,
    min: z.number().optional().describe('Lower bound, for `range` and `vague`.'),
    max: z.number().optional().describe('Upper bound, for `range` and `vague`.'),
    sentence,
  })
  .describe('A monetary expression.')
  .meta({ id: 'Money' });

export const percentageSchema = z
  .object({
    id: z.string().describe('Identifier, unique within the response (`p1`, `p2`, ...).'),
    text: z.string().describe('The expression as written ("almost 20%", "3 percentage points").'),
    start,
    end,
    value: z
      .number()
      .nullable()
      .describe('The number of percent (20 for "20%") or of percentage points (3 for "3 percentage points"; 1.5 for "150 basis points", a hundredth of a point each).'),
    unit: z
      .enum(PERCENT_UNITS)
      .describe(
        'What the figure counts, as written: `percent` (a share or a relative change: "20%", "5 per cent"), `percentage_point` (a difference between ' +
          'shares: "3 percentage points"), or `basis_point` ("150 basis points", "25bp": `value` is in percentage points, 1.5).',
      )
      .meta({ id: 'PercentUnit' }),
    qualifier: qualifierSchema,
    min: z.number().optional().describe('Lower bound, for `range` and `vague`.'),
    max: z.number().optional().describe('Upper bound, for `range` and `vague`.'),
    sentence,
  })
  .describe('A percentage or percentage-point figure.')
  .meta({ id: 'Percentage' });

export const dateSchema = z
  .object({
    id: z.string().describe('Identifier, unique within the response (`d1`, `d2`, ...).'),
    text: z.string().describe('The date expression as written.'),
    start,
    end,
    value: z
      .string()
      .nullable()
      .describe(
        'ISO 8601 at the expression\'s granularity: "2025", "2025-Q3", "2025-01", "2025-W05", "2025-01-27"; as TimeML writes them, a half year ("2025-H2"), a season (the year and `SP`, `SU`, `FA` or `WI`: "2025-SU"; a winter takes the year of its January) and a weekend (its week and `WE`: "2025-W05-WE"); decades and centuries with unspecified digits ("199X", "19XX"); with granularity `reference`, TimeML\'s `PRESENT_REF` ("now", "currently", "these days", "its current chief"), `PAST_REF` ("recently", "in recent years", "in the past", "several years ago") or `FUTURE_REF` ("soon", "in the future", "in coming months") for words that point at the present, past or future with no calendar value (they keep it without a `publishedAt`; claims never take them as their dates). `null` for any other relative date when no `publishedAt` was given.',
      ),
    granularity: z.enum(GRANULARITIES).describe('The precision of the expression; `reference` for a word with no calendar value (`PRESENT_REF`, `PAST_REF`, `FUTURE_REF`).'),
    relative: z.boolean().describe('True when the expression is relative to the publication date ("last week", "Monday").'),
    sentence,
  })
  .describe('A date or period.')
  .meta({ id: 'DateMention' });

export const speakerSchema = z
  .object({
    entityId: z.string().nullable().describe('Id of the entity who said it, or `null` when the source is named but is not an entity.'),
    name: z.string().describe('Name of the speaker, as the entity\'s `name`.'),
  })
  .describe('Who said it.')
  .meta({ id: 'Speaker' });

export const quoteSchema = z
  .object({
    id: z.string().describe('Identifier, unique within the response (`q1`, `q2`, ...).'),
    text: z.string().describe('The quoted words, without the quotation marks.'),
    start,
    end,
    speaker: speakerSchema.nullable().describe('Who said it; `null` when the article leaves the speaker unknown or unnamed.'),
    cue: z.string().nullable().describe('The verb or phrase that attributes it ("said", "told Reuters", "according to").'),
    sentence,
    explain: z
      .object({
        sieve: z
          .string()
          .nullable()
          .describe(
            'The quote sieve that found the speaker\'s mention, tried in this order: `cue-after-quote`, `cue-before-quote`, `cue-after-fragment`, `run-on`, `paragraph-cue`, `previous-paragraph-quote`, `paragraph-person`, `previous-paragraph-cue`; `null` when none applied.',
          ),
        resolver: z
          .string()
          .nullable()
          .describe(
            'What kind of mention named the speaker, and so how it was resolved: `name`, `unlisted-name`, `pronoun`, `role`, `spokesperson`, `unnamed-source`, `organization-description`, `two-organizations`, `publication`, `it`, `adjacent-name`, `name-after-cue`, `place`, `named-group`; `null` when none.',
          ),
      })
      .optional()
      .describe(`Which sieve and resolver decided the speaker.${explainOnly}`),
  })
  .describe('A direct quotation of someone\'s words.')
  .meta({ id: 'Quote' });

export const claimKindSchema = z
  .enum(CLAIM_KINDS)
  .describe(
    'What the claim is about: `funding` (a round raised), `acquisition` (buying or merging with a company), `investment` (spending, investing, ' +
      'a stake), `revenue` (sales, profit, losses and their changes), `valuation`, `stock_move` (shares or bonds moving), `layoffs`, ' +
      '`product_launch` (a product launched, released, unveiled or announced), `partnership`, `legal_regulatory` (lawsuits, fines, ' +
      'investigations, rulings), `goal_forecast` (a goal, plan or forecast of no other kind), `statement` (anything else asserted).',
  );

const role = (what: string) => z.string().optional().describe(`Id of ${what}; absent when the claim does not name it.`);

/** Each kind's roles: role → id of an entity, money, percentage or date in this response (layoffs' `jobs` is a count, funding's `round` a stage). */
const CLAIM_ARGUMENTS = {
  funding: {
    company: role('the company that raised (an entity)'),
    amount: role('the amount raised (money)'),
    investors: role('the lead or first-named investor (an entity)'),
    valuation: role('the valuation (money)'),
    round: z
      .enum(FUNDING_ROUNDS)
      .optional()
      .describe('The round\'s stage, when the claim names it ("a Series C round" → `series-c`, "seed funding" → `seed`, "pre-seed" → `pre-seed`); a value, not an id.'),
  },
  acquisition: { acquirer: role('the buyer (an entity)'), target: role('what is bought (an entity)'), price: role('the price (money)') },
  investment: { investor: role('who invests (an entity)'), amount: role('the amount (money)'), target: role('what is invested in (an entity)'), period: role('when (a date)') },
  revenue: { company: role('the company (an entity)'), amount: role('the amount (money)'), change: role('the change (a percentage)'), period: role('the period (a date)') },
  valuation: { company: role('the company (an entity)'), valuation: role('the valuation (money)') },
  stock_move: { company: role('the company (an entity)'), change: role('the move (a percentage, else money)') },
  layoffs: {
    company: role('the company (an entity)'),
    share: role('the share of staff (a percentage)'),
    jobs: z.number().int().min(1).optional().describe('The number of jobs cut, when the claim says it ("cutting 1,200 jobs"); a count, not an id.'),
  },
  product_launch: { company: role('the company (an entity)'), product: role('the product (an entity)'), date: role('when (a date)') },
  partnership: { party: role('one party (an entity)'), partner: role('the other (an entity)') },
  legal_regulatory: {
    regulator: role('the authority that acts (an entity)'),
    plaintiff: role('who sues (an entity)'),
    defendant: role('who is acted against (an entity)'),
    penalty: role('the fine or damages (money)'),
  },
  goal_forecast: { subject: role('whose goal or forecast (an entity)'), figure: role('the figure (money or a percentage)'), date: role('when (a date)') },
  statement: { subject: role('what it is about (an entity)') },
} as const satisfies Record<ClaimKindName, z.ZodRawShape>;

type ClaimKindName = (typeof CLAIM_KINDS)[number];
const pascal = (kind: string) => kind.replace(/(^|_)(\p{L})/gu, (_m, _u, letter: string) => letter.toUpperCase());

const claimFields = z
  .object({
    id: z.string().describe('Identifier, unique within the response (`c1`, `c2`, ...).'),
    text: z.string().describe('What is asserted: the clause after the reporting cue (or "that"), the words before ", X said", or the article\'s own clause.'),
    start,
    end,
    sentence,
    speaker: speakerSchema
      .nullable()
      .describe('Who asserts it, quoted or reported (an unnamed spokesperson is the organization); `null` when the article itself asserts it or the source is unnamed.'),
    cue: z.string().nullable().describe('The reporting verb or phrase as written ("said", "announced", "told Reuters", "according to", "expects", "noting"); `null` for the article\'s own claims.'),
    subject: z
      .object({ entityId: z.string().nullable(), name: z.string() })
      .nullable()
      .describe('Who or what the claim is about, the actor ("it" and "the company" resolved); `entityId` is `null` for a name that is not an entity.'),
    predicate: z.string().describe('The verb, normalised to its lemma: spend, invest, raise, acquire, drop, launch, cut, lay off, say, ...'),
    object: z.string().nullable().describe('The rest of the proposition after the verb, as written.'),
    kind: claimKindSchema,
    modality: z
      .enum(MODALITIES)
      .describe(
        'How firmly it is put, from its words and its cue: `negated` (not, never, denied) over `hedged` (may, could, reportedly, is said to, believes) ' +
          'over `forecast` (expects, predicts, is projected to) over `planned` (will, would, plans to, pledged) over `asserted`.',
      ),
    figures: z.array(z.string()).describe('Ids of the money and percentages in the claim and its attribution, in text order.'),
    dates: z.array(z.string()).describe('Ids of the dates in the claim and its attribution ("announced last week that ... in 2025": both).'),
    quotes: z.array(z.string()).describe('Ids of the quotations the claim rests on; they have the claim\'s speaker.'),
    explain: z
      .object({
        origin: z.enum(['reported-speech', 'article', 'quotation']).describe('A source\'s reported speech, the article\'s own clause, or a quotation no report covers.'),
        sieve: z
          .string()
          .nullable()
          .describe(
            'The sieve that found the speaker: a report sieve (`shared-subject`, `clause-subject`, `source-after-cue`, `subject-before-cue`, `joined-source`, `learned-source`) or, for a speaker taken from a quotation, that quotation\'s quote sieve; `null` when none.',
          ),
        resolver: z.string().nullable().describe('The mention → speaker resolver that read the speaker\'s mention, as for quotes.'),
        trigger: z.string().nullable().describe('The words that made the claim\'s kind ("laid off", "Series B"); `null` when its modality or nothing did.'),
      })
      .optional()
      .describe(`Where the claim comes from, and which sieve, resolver and words decided its speaker and kind.${explainOnly}`),
  })
  .describe('A checkable statement the article makes or reports: reported speech, a figure or event stated about an entity, or a quotation.');

/** One claim shape per kind, told apart by `kind`: each with its own `arguments`. */
const claimVariants = CLAIM_KINDS.map((kind) =>
  claimFields
    .extend({
      kind: z.literal(kind).describe(claimKindSchema.description!),
      arguments: z
        .strictObject(CLAIM_ARGUMENTS[kind])
        .describe(`The roles of a ${kind} claim; roles with nothing to fill them are left out.`)
        .meta({ id: `${pascal(kind)}Arguments` }),
    })
    .meta({ id: `${pascal(kind)}Claim` }),
);

/** A claim with arguments of any kind, as the code builds it; the schema below tells the kinds apart for clients. */
export type Claim = Omit<z.infer<typeof claimFields>, 'kind'> & { kind: ClaimKindName; arguments: Record<string, string | number> };

export const claimSchema = z
  .discriminatedUnion('kind', claimVariants as unknown as [(typeof claimVariants)[number], ...(typeof claimVariants)[number][]])
  .describe('A checkable statement the article makes or reports: reported speech, a figure or event stated about an entity, or a quotation. Its `kind` tells which `arguments` it has.')
  .meta({ id: 'Claim' }) as unknown as z.ZodType<Claim>;

export const extractResponseSchema = z
  .object({
    meta: metaSchema,
    entities: z.array(entitySchema).describe('Named entities, most salient first.'),
    money: z.array(moneySchema).describe('Monetary expressions, in text order.'),
    percentages: z.array(percentageSchema).describe('Percentages, in text order.'),
    dates: z.array(dateSchema).describe('Dates and periods, in text order.'),
    quotes: z.array(quoteSchema).describe('Direct quotations, in text order.'),
    claims: z.array(claimSchema).describe('Claims, in text order.'),
  })
  .describe('Everything extracted from one article.')
  .meta({ id: 'ExtractResponse' });

export type ExtractRequest = z.infer<typeof extractRequestSchema>;
/** A request body as a client writes it (optional fields may be left out). */
export type ExtractRequestBody = z.input<typeof extractRequestSchema>;
export type OffsetUnit = z.infer<typeof offsetUnitSchema>;
export type ExtractResponse = z.infer<typeof extractResponseSchema>;
export type Meta = z.infer<typeof metaSchema>;
export type Boilerplate = z.infer<typeof boilerplateSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type EntityType = z.infer<typeof entityTypeSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type Money = z.infer<typeof moneySchema>;
export type Percentage = z.infer<typeof percentageSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type DateMention = z.infer<typeof dateSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Speaker = z.infer<typeof speakerSchema>;
export type ClaimKind = z.infer<typeof claimKindSchema>;

const explainQuery = z
  .enum(['true', 'false'])
  .default('false')
  .transform((value) => value === 'true')
  .describe('`true` adds to each entity, quote and claim an `explain` object naming the rule, sieve and resolver that produced or typed it.');
const offsetsQuery = offsetUnitSchema.optional().describe('The unit of every span\'s `start`/`end`: `utf16` (default), `codepoint` or `utf8` bytes. A body\'s `offsets` field wins over it.');

export const extractQuerySchema = z
  .object({
    explain: explainQuery,
    offsets: offsetsQuery,
    title: z.string().optional().describe('The headline, for a `text/plain` body (which has no fields); a JSON body\'s own `title` wins over it.'),
    url: z.url().optional().describe('Where the article was published, for a `text/plain` body; a JSON body\'s own `url` wins over it.'),
    publishedAt: z
      .string()
      .refine(isIsoDateOrDateTime, 'must be an ISO 8601 date (2025-01-29) or date-time (2025-01-29T14:30:00Z)')
      .optional()
      .describe('Publication date or date-time (ISO 8601) against which relative dates are resolved, for a `text/plain` body; a JSON body\'s own `publishedAt` wins over it.'),
  })
  .describe('Options of an extraction.');

/** The options of a batch or stream: each document may still set its own `offsets`. */
export const documentsQuerySchema = z
  .object({ offsets: offsetsQuery.describe('The unit of every span\'s `start`/`end` in every result: `utf16` (default), `codepoint` or `utf8` bytes. A document\'s own `offsets` wins over it.') })
  .describe('Options of a batch or stream.');
