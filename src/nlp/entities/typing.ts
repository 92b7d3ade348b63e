import type { EntityType } from '../doc/layers.js';
import type { Doc } from '../doc/document.js';
import { MODEL_CODE, tagsOf, wordsOf, type Chunk, type Unit } from './chunks.js';
import { textAfter, textBefore } from './context.js';
import { saysPerson } from './person-cues.js';
import {
  COMPASS,
  ORGANIZATION_ENDINGS,
  ORGANIZATION_HEADS,
  OWNED_BY_ORGANIZATION,
  PLACE_ENDINGS,
  PLACE_HEADS,
  PRODUCT_ENDINGS,
  PRODUCT_NOUNS,
  PRODUCT_NOUNS_BEFORE,
  PRODUCT_NOUNS_OF_PEOPLE_TOO,
  ORGANIZATION_FIRSTS,
  apposedNoun,
  describedNoun,
  DESCRIBED_THINGS,
  isCommonWord,
  looksCommon,
} from '../lexicon/entity-words.js';
import { ORGANIZATION_DESCRIPTORS } from '../lexicon/organization-nouns.js';
import { lexiconTags } from '../doc/compromise.js';
import { entryWritten } from '../lexicon/lexicon.js';
import { lookup } from '../kb/kb.js';
import { COMPANY_HEAD, HONORIFIC, HYPHENATED_GIVEN_NAME, isStaffTitle, STAFF_TITLE, STAFF_TITLE_MODIFIER, TITLE_AFTER, TITLE_BEFORE, TITLE_TOKEN } from '../lexicon/titles.js';

/** A type, and how sure it is (3 a telling word, 2 a strong cue, 1 a hint, 0 a guess). */
interface Typed {
  readonly type: EntityType;
  readonly strength: number;
}

/** A name written as a web domain, one word before a top-level domain of letters ("Layoffs.fyi", "Kayak.com"). */
const WEB_DOMAIN = /^[\p{L}\d][\p{L}\d-]*\.(?:com|net|org|io|ai|co|fyi|tv|co\.uk)$/iu;
/** "CosmOS", "webOS", "HarmonyOS": one word ending in "OS" after lower-case letters names an operating system. */
const OPERATING_SYSTEM = /^\p{L}\p{Ll}+OS$/u;
// (?<!\w) and (?!\w) are word boundaries, as in patterns.ts.
/** "posted on X", "wrote on Zorb", "published on Zorb": where one posts is a platform. */
export const POSTED_ON =
  /(?<!\w)(?:post(?:ed|s|ing)?|wr(?:ote|ites|iting)|tweet(?:ed|s|ing)?|shar(?:ed|es|ing)|publish(?:ed|es|ing)?|account|accounts|video|message|statement|thread|profile|page|channel)\s+on\s+$/iu;
/** "X, formerly Twitter": a renamed name. */
export const FORMERLY_AFTER = /^,?\s+(?:formerly|previously)\s+(?:known\s+as\s+|called\s+)?\p{Lu}/u;
/** "the $699 Zorb": a price just before a name is the price of a product. */
const PRICE_BEFORE = /(?:^|\s)(?:[A-Z]{0,2}[$€£¥])\d[\d,.]*\s+$/u;
/** "the Zorb went on sale", "the Zorb was discontinued", "the Zorb launched in April": what happens to products. */
const PRODUCT_AFTER =
  /^\s+(?:itself\s+)?(?:(?:is|was|has been|will be)\s+(?:being\s+)?(?:discontinued|released|priced|recalled|available to download)\b|launched\s+(?:in|on|last|this|earlier|at|to|with)\b|(?:is|was)\s+(?:written|implemented|coded)\s+in\s+\p{Lu}|went on sale|goes on sale|costs?\s+[$€£]|retails? for|sells? for)/u;
/** "the chatbot ", "a messaging app called ", "its platform, ": the noun (group 1) before a name. */
const NOUN_BEFORE = /([\p{Ll}-]+)(?:,?\s+(?:called|named|dubbed)|,)?\s+$/u;
const NOUN_CALLED_BEFORE = /([\p{Ll}-]+)(?:,?\s+(?:called|named|dubbed))?\s+$/u;
/** A phrase of time, place or circumstance that opens the sentence and ends in a comma ("In the first game, "). */
const OPENING_PHRASE = /^\s*(?:in|on|at|during|after|before|for|with|by|from|since|under|unlike|like)\s+[^,]*,\s*$/iu;
/** "As a platform, ", "As an open-source library, ": a phrase opening the sentence that says what its subject is (group 1: the noun). */
const AS_A_BEFORE = /^\s*as\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+),\s*$/iu;
/** "launched the Zorb", "users of Zorb", "one of them, dubbed Zorb": what is done with products, and a name coined for a thing. */
const PRODUCT_BEFORE = /(?<!\w)(?:launch(?:ed|es|ing)?|unveil(?:ed|s|ing)?|introduc(?:ed|es|ing)|releas(?:ed|es|ing)|debut(?:ed|s)?|users of|owners of|dubbed)\s+(?:(?:its|their|the|a|an|new|latest)\s+)*$/iu;
/** "the Acme chief executive", "Acme shares", "Acme reported revenue": a name that has staff, shares and results is a company. */
const ORGANIZATION_AFTER =
  /^(?:\s+(?:chief\s+executive|chief|CEO|chairman|chairwoman|president|founder|co-founder|spokesman|spokeswoman|spokesperson)\s+\p{Lu}|\s+(?:shares|shareholders|stock|investors|employees|staff|executives)\b|\s+reported\s+(?:(?:a|an|its|record|quarterly|annual|net)\s+)*(?:revenue|revenues|sales|profit|profits|loss|losses|earnings|results)\b)/u;
/** "invested $2 million in", "invests heavily in": what money is put into (at most three words between). */
const INVESTED_IN = String.raw`invest\w*\s+(?:\S+\s+){0,3}?in`;
/** "partnered with", "a partnership with", "teaming up with": whom a company partners is a company. */
const PARTNERED_WITH = String.raw`(?:partner(?:ed|s|ing)?|partnership|alliance|joint\s+venture|team(?:ed|s|ing)?\s+up)\s+with`;
/** "acquire Zorb", "a stake in Zorb", "partnered with Zorb": what is bought, merged, invested in or partnered is a company. */
const ORGANIZATION_BEFORE = new RegExp(
  String.raw`(?<!\w)(?:acquir(?:e|ed|es|ing)|buy|buys|bought|buying|merge with|merged with|takeover of|bid for|stake in|shares (?:of|in)|${INVESTED_IN}|${PARTNERED_WITH})\s+$`,
  'iu',
);
/**
 * "Acme general counsel Jane Doe", "Acme raised $5m", "Acme, which makes robots", "Acme has hired Jane Doe as chief
 * scientist", "Acme named Jane Doe its president", "Acme will lay off 75 employees", "Acme is eliminating 900 positions".
 */
const COMPANY_AFTER = new RegExp(
  [
    String.raw`^\s+(?:(?:${STAFF_TITLE_MODIFIER})\s+){0,2}(?:${STAFF_TITLE})\s+\p{Lu}`,
    String.raw`^\s+(?:has\s+|had\s+)?(?:raised|secured|closed\s+an?)\s+[A-Z]{0,2}[$€£¥₹₩]`,
    String.raw`^,\s+which\s+(?:makes|builds|develops|designs|sells|operates|provides|offers)\b`,
    String.raw`^\s+(?:(?:will|would|is|has|had|plans\s+to)\s+)?(?:lay(?:s|ing)?\s+off|laid\s+off|cut|cuts|cutting|eliminat(?:e|es|ed|ing))\s+(?:\S+\s+){0,3}?(?:jobs|employees|workers|staff|positions|roles)\b`,
    String.raw`^\s+(?:has\s+)?(?:hired|appointed|named)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:as\s+(?:its\s+)?|its\s+)(?:new\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:${STAFF_TITLE})\b`,
  ].join('|'),
  'u',
);
/** "chief operating officer at Acme", "head of research at Acme", "president of Acme": whose staff a person is. */
const STAFF_OF_BEFORE = new RegExp(
  String.raw`(?<!\w)(?:(?:${STAFF_TITLE}|[Aa]nalysts?)(?:\s+of\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)?\s+at|(?<!vice\s)(?:${COMPANY_HEAD})(?:\s+of\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)?\s+of|vice\s+president\s+of\s+[\p{Ll}-]+\s+of)\s+$`,
  'u',
);
/** "its simulation unit, ", "the parent company, ": an owned noun set before the name by a comma (group 1: the noun). */
const OWNED_PART_BEFORE = /(?<!\w)(?:its|their|the)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+),\s+$/iu;
/** "London-based startup, ", "Edinburgh-based developer ": the noun (group 1) a "-based" modifier describes, right before the name. */
const BASED_NOUN_BEFORE = /-based\s+([\p{Ll}-]+),?\s+$/u;
/** The first two words of what a possessive owns ("Acme's 140 staff", "Acme's chief financial officer"). */
const OWNED_WORDS = /^['’]s?\s+((?:[\p{Ll}\d][\p{Ll}\d,.-]*\s+)?[\p{Ll}-]+)/u;

/** "a spokesman for ", "residents of ", "Poland and ": a relative clause after the name may be about what comes before it. */
const OWNER_OR_LIST_BEFORE = /(?<!\w)(?:for|of|at|in|and|or)\s+(?:the\s+)?$/iu;

/** Whether the lexicon or the knowledge base holds the name as anything but a town (a company, a product, a country). */
function namesOtherThanTown(text: string): boolean {
  return entryWritten(text) !== undefined || lookup(text).some(({ entry }) => entry.type !== 'place' || entry.ids.iso3166 !== undefined);
}

/** "in ", "arrival at ", "the city of ": the name ends a phrase of place or of what it belongs to. */
const PLACE_PHRASE_BEFORE = /(?<!\w)(?:in|at|near|to|from|of|across|throughout|outside|inside|around)\s+$/iu;
const PLACE_BEFORE = /(?<!\w)(?:in|near|across|throughout|outside|inside|around)\s+(?:the\s+)?$/iu;
/** "a stake in Zentrix", "invested in Zentrix": what one holds or puts money in is a company. */
const STAKE_BEFORE = new RegExp(String.raw`(?<!\w)(?:(?:stakes?|shares?|holdings?|interests?|roles?|positions?|jobs)\s+in|${INVESTED_IN})\s+(?:the\s+)?$`, 'iu');

/**
 * The typing rules, in the order they are tried on a chunk that is an entity: its own words first, then the words
 * around it, compromise's tags, its shape. The first that applies types it, and the entity records which one did.
 */
export const TYPE_RULES: readonly (readonly [string, (doc: Doc, chunk: Chunk) => Typed | null])[] = [
  ['product-line', (_doc, chunk) => byProductLine(chunk)],
  ['apposition', byApposition],
  ['name-words', byWords],
  ['lexicon-part', byLexiconPart],
  ['place-context', byPlaceContext],
  ['person-context', asPerson],
  ['product-context', byProductContext],
  ['gazetteer', byGazetteer],
  ['organization-context', organizationContext],
  ['kb-product', (_doc, chunk) => byKnowledgeBase(chunk)],
  ['person-cue', (doc, chunk) => (saysPerson(doc, chunk) ? { type: 'person', strength: 1 } : null)],
  ['person-shape', byPersonShape],
  ['context', byContext],
  ['compromise-tags', byTags],
  ['product-noun', byProductNoun],
];

/** The type of a chunk that is an entity, and the rule that gave it; with none, what its shape suggests. */
export function typeOf(doc: Doc, chunk: Chunk): Typed & { readonly rule: string } {
  for (const [rule, typer] of TYPE_RULES) {
    const typed = typer(doc, chunk);
    if (typed) return withRule(typed, rule);
  }
  return withRule(byShape(chunk), 'shape');
}

/** The type with its rule, its fields written out: V8 builds an object spread into a literal many times slower. */
const withRule = ({ type, strength }: Typed, rule: string) => ({ type, strength, rule });

/** The words of the name itself: "Mr", "Inc", "University of", "Valley", "Western". */
function byWords(doc: Doc, chunk: Chunk): Typed | null {
  const words = wordsOf(chunk);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (HONORIFIC.test(chunk.units[0]!.text) && words.length > 1) return { type: 'person', strength: 3 };
  if ((ORGANIZATION_ENDINGS.has(last) || ORGANIZATION_FIRSTS.has(first)) && words.length > 1) return { type: 'organization', strength: 3 };
  // "Altium Designer software": a title word that ends a product's name.
  if (chunk.office) return byProductNoun(doc, chunk) ? { type: 'product', strength: 2 } : { type: 'organization', strength: 2 };
  const of = words.includes('of') || words.includes('for');
  if (words.some((word, i) => ORGANIZATION_HEADS.has(word) && ['of', 'for', 'on'].includes(words[i + 1] ?? ''))) return { type: 'organization', strength: 3 };
  if (of && PLACE_HEADS.has(first)) return { type: 'place', strength: 3 };
  // "Cobalt Harbor shares", "the Bright Lane app", "Cobalt Harbor said in a statement": what is said of the name, or
  // what it does, outweighs a place's ending.
  const placeLike = PLACE_ENDINGS.has(last) && words.length > 1;
  if (placeLike && issuesStatement(doc, chunk)) return { type: 'organization', strength: 2 };
  if (placeLike && !organizationContext(doc, chunk) && !byProductContext(doc, chunk)) return { type: 'place', strength: 2 };
  if (words.length > 1 && (PRODUCT_ENDINGS.has(last) || first === 'project')) return { type: 'product', strength: 2 };
  if (isModelCode(chunk) || OPERATING_SYSTEM.test(chunk.text)) return { type: 'product', strength: 2 };
  // "Computerandvideogames.com", "Layoffs.fyi": a web address names the site and who runs it.
  if (WEB_DOMAIN.test(chunk.text)) return { type: 'organization', strength: 2 };
  const rest = chunk.units.slice(1);
  if (COMPASS.has(first) && rest.length && rest.every((unit) => unit.form?.entry.type === 'place' || tagsOf(doc, unit).has('Place'))) {
    return { type: 'place', strength: 2 };
  }
  return null;
}

/** "In a statement, Cobalt Harbor said", "Cobalt Harbor said in an emailed statement": a place issues no statements. */
function issuesStatement(doc: Doc, chunk: Chunk): boolean {
  const before = textBefore(doc, chunk, 40);
  const after = textAfter(doc, chunk, 60);
  return STATEMENT_BEFORE.test(before) || STATEMENT_AFTER.test(after);
}
const STATEMENT_AFTER = /^\s+(?:said|says|added|confirmed|announced)\s+in\s+(?:a|an|its)\s+(?:[\p{Ll}-]+\s+)?statement\b/u;
const STATEMENT_BEFORE = /(?<!\w)in\s+(?:a|an|its)\s+(?:[\p{Ll}-]+\s+)?statement,\s+$/iu;

/** A known product with more words is a version of it ("Windows Media Center", "Galaxy S24 Ultra"). */
function byProductLine(chunk: Chunk): Typed | null {
  const connected = wordsOf(chunk).some((word) => word === 'of' || word === 'for');
  return chunk.units[0]!.form?.entry.type === 'product' && !connected ? { type: 'product', strength: 2 } : null;
}

/** "G42, an AI conglomerate based in ...", "Zorb, its flagship phone": an apposition that says what the name is. */
function byApposition(doc: Doc, chunk: Chunk): Typed | null {
  const apposed = apposedNoun(textAfter(doc, chunk, 80));
  if (apposed === undefined) return null;
  const { noun, modifier } = apposed;
  const madeThing = PRODUCT_NOUNS.has(modifier) || PRODUCT_NOUNS_BEFORE.has(modifier);
  // "a software developer" is as often a person; "Voxa, a chip designer" (one word) is a company.
  if (TITLE_TOKEN.test(noun)) return madeThing && chunk.units.length === 1 ? { type: 'organization', strength: 3 } : null;
  if (ORGANIZATION_DESCRIPTORS.has(noun)) return { type: 'organization', strength: 3 };
  if (PRODUCT_NOUNS_OF_PEOPLE_TOO.has(noun)) return null;
  return PRODUCT_NOUNS_BEFORE.has(noun) || PRODUCT_NOUNS.has(noun) ? { type: 'product', strength: 3 } : null;
}


/** Capitalised names listed so far: words, commas, "and", "or". */
const NAMES_SO_FAR = String.raw`(?:\p{Lu}[^\s,]*(?:\s*,\s*|\s+)(?:(?:and|or)\s+)?)*`;
/** The names of a list before the current one. */
export const LISTED_NAMES = new RegExp(`^${NAMES_SO_FAR}$`, 'u');
/** "robots such as ", "apps like Zorb, ": a kind (group 1), then names listed after it, up to the name. */
const KIND_LISTED = new RegExp(String.raw`(?<!\w)(\p{Ll}+)\s+(?:such\s+as|like|including)\s+${NAMES_SO_FAR}$`, 'u');
const DETERMINER_BEFORE = /(?<!\w)(?:its|their|his|her|our|the|a|an)\s+$/iu;
const SERVICE_AFTER = /^\s+(?:service|app|software|platform|browser|chatbot|console|smartphone|handset|tablet|laptop|headset)(?!\w)/u;
const BUSINESS_PARTS = new Set(['division', 'divisions', 'business', 'businesses', 'arm', 'department', 'sector', 'industry', 'market', 'operations']);

/** Words around the name that tell a product: a price, an apposition before it, a launch or a discontinuation. */
function byProductContext(doc: Doc, chunk: Chunk): Typed | null {
  // What a company does outweighs what it sells ("grocery platform Kopi Commerce has raised S$85 million").
  if ((organizationContext(doc, chunk)?.strength ?? 0) >= 2) return null;
  const before = textBefore(doc, chunk, 40);
  const after = textAfter(doc, chunk, 40);
  // Not a comma closing an opening phrase ("In the first game, Ryne Sandberg snapped ...").
  const noun = (OPENING_PHRASE.test(before) ? NOUN_CALLED_BEFORE : NOUN_BEFORE).exec(before)?.[1];
  // "As a platform, LinguaStream provides ...": the phrase that opens the sentence says what its subject is.
  const opening = AS_A_BEFORE.exec(before)?.[1];
  const single = chunk.units.length === 1;
  // Where one posts is a platform; a platform renamed to a letter is one too ("X, formerly Twitter").
  const platform = single && (POSTED_ON.test(before) || (/^\p{Lu}$/u.test(chunk.text) && FORMERLY_AFTER.test(after)));
  // "its Zorb service", "the Zorb app": a product noun after the name, and a determiner before it.
  const service = SERVICE_AFTER.exec(after);
  // Not when the noun describes a company's part ("the Acme software division").
  const part = service && /^\s+([\p{Ll}-]+)/u.exec(after.slice(service[0].length))?.[1];
  const ownedThing = DETERMINER_BEFORE.test(before) && service !== null && !(part && (ORGANIZATION_DESCRIPTORS.has(part) || BUSINESS_PARTS.has(part)));
  // "WordNet is a lexical database", "Zorb was a handheld console": what the sentence says the name is.
  const described = describedNoun(textAfter(doc, chunk, 80));
  const thing = described !== undefined && DESCRIBED_THINGS.has(described.noun);
  // "humanoid robots such as Zorb and Quonk": names listed after a kind of made thing.
  const kind = KIND_LISTED.exec(textBefore(doc, chunk, 80));
  const listed = kind !== null && DESCRIBED_THINGS.has(kind[1]!.replace(/s$/u, ''));
  const madeThing = (word: string | undefined) => word !== undefined && (PRODUCT_NOUNS_BEFORE.has(word) || DESCRIBED_THINGS.has(word));
  if (PRICE_BEFORE.test(before) || madeThing(noun) || madeThing(opening) || PRODUCT_AFTER.test(after) || platform || ownedThing || thing || listed) {
    return { type: 'product', strength: 2 };
  }
  return PRODUCT_BEFORE.test(before) ? { type: 'product', strength: 1 } : null;
}

/**
 * Words around the name that tell a company: an apposition, its staff or shares after it ("Acme chief executive
 * Jane Doe", "Acme's founders"), being bought or invested in, a company noun before it ("research firm Acme").
 */
export function organizationContext(doc: Doc, chunk: Chunk): Typed | null {
  const apposition = byApposition(doc, chunk);
  if (apposition) return apposition.type === 'organization' ? apposition : null;
  const before = textBefore(doc, chunk, 40);
  // Room for a hire's name and title ("has hired Kwame Asante as senior engineer").
  const after = textAfter(doc, chunk, 80);
  // "Edinburgh-based developer, Rockstar": a company noun that a base describes, set before the name by a comma.
  const based = BASED_NOUN_BEFORE.exec(before)?.[1];
  if (ORGANIZATION_AFTER.test(after) || COMPANY_AFTER.test(after) || STAFF_OF_BEFORE.test(before) || (based !== undefined && ORGANIZATION_DESCRIPTORS.has(based))) {
    return { type: 'organization', strength: 2 };
  }
  // A person has shares and a board seat too ("Neumann's shares"): a hint.
  const noun = /([\p{Ll}-]+)\s+$/u.exec(before)?.[1];
  // "its simulation unit, Isarwerk Sim", "their parent company, Acme": the part or kind of company it is.
  const apposedPart = OWNED_PART_BEFORE.exec(before)?.[1];
  if (apposedPart !== undefined && (ORGANIZATION_DESCRIPTORS.has(apposedPart) || BUSINESS_PARTS.has(apposedPart))) return { type: 'organization', strength: 2 };
  const owned = OWNED_WORDS.exec(after)?.[1]?.split(/\s+/u) ?? [];
  const ownsCompanyThings = owned.some((word) => OWNED_BY_ORGANIZATION.has(word) || isStaffTitle(word));
  if (ownsCompanyThings || (noun && ORGANIZATION_DESCRIPTORS.has(noun)) || ORGANIZATION_BEFORE.test(before)) return { type: 'organization', strength: 1 };
  return null;
}

/** A lexicon name with more words: a product of a known brand ("Apple Arcade", "Stadia Pro", "Motorola Razr V3"). */
function byLexiconPart(doc: Doc, chunk: Chunk): Typed | null {
  const types = chunk.units.flatMap((unit) => (unit.form ? [unit.form.entry.type] : []));
  if (types.includes('product')) return { type: 'product', strength: 2 };
  if (types[0] === 'organization' && chunk.units[0]!.form) {
    // "Sony BMG": a company joined with an abbreviation is a company; "Lycos Europe", "Google UK": with a place, its
    // arm there; with another word, it names a product.
    const rest = chunk.units.slice(1);
    const joint = rest.every((unit) => /^\p{Lu}{2,}$/u.test(unit.text)) || rest.every((unit) => unit.form?.entry.type === 'place' || tagsOf(doc, unit).has('Place'));
    return joint ? { type: 'organization', strength: 2 } : { type: 'product', strength: 1 };
  }
  return null;
}

/** A person: introduced by a title ("analyst Tom Lee", "President Xi"), followed by one, or with a first name the tagger knows. */
function asPerson(doc: Doc, chunk: Chunk): Typed | null {
  const { units } = chunk;
  if (units.length > 4) return null;
  if (chunk.titled) return { type: 'person', strength: 2 };
  const before = textBefore(doc, chunk, 30);
  const after = textAfter(doc, chunk, 80);
  // A title after an abbreviation in capitals or a place's phrase begins the next phrase ("At UCSD, Norman was a
  // founder", "on his arrival in Bonn, Defence Minister Volker Ruehe").
  const apposedTitle = TITLE_AFTER.test(after) && !/^\p{Lu}{2,}$/u.test(chunk.text) && !PLACE_PHRASE_BEFORE.test(before);
  if (TITLE_BEFORE.test(before) || apposedTitle || /^,\s+\d{1,3},/u.test(after)) return { type: 'person', strength: 2 };
  // "Nadella, who runs Microsoft": "who" stands for a person ("which" for a company), unless the name ends a phrase
  // whose head it qualifies ("a spokesman for Acme, who declined"), closes a list ("Poland and Hungary, who") or is a
  // company, product or country the lexicon or knowledge base holds (a town's name is a surname as often).
  if (/^\s?,\s+who\s/u.test(after) && !OWNER_OR_LIST_BEFORE.test(before) && !namesOtherThanTown(chunk.text)) return { type: 'person', strength: 2 };
  const first = tagsOf(doc, units[0]!);
  if (units.length > 1 && (first.has('FirstName') || /^\p{Lu}$/u.test(units[0]!.text))) return { type: 'person', strength: 2 };
  // "Ji-woo Park", "Kim Sun-woo": a given name of two syllables joined by a hyphen, whatever the surname also means.
  if (units.length === 2 && units.some((unit) => HYPHENATED_GIVEN_NAME.test(unit.text) && !isCommonWord(unit.text))) return { type: 'person', strength: 2 };
  // compromise's guess yields to what the sentence says of a made thing ("an information extraction system called ANNIE").
  if (units.every((unit) => tagsOf(doc, unit).has('Person')) && !byProductContext(doc, chunk)) return { type: 'person', strength: 1 };
  return null;
}

/** ", Michigan", ", England": a known region, country or city after a comma, which places the name before it. */
const REGION_AFTER = /^,\s+(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?)(?=[\s,.;:!?)]|$)/u;

/** "in Ann Arbor, Michigan", "near Milton Keynes, England": a town that a known region or country after it places. */
function byPlaceContext(doc: Doc, chunk: Chunk): Typed | null {
  if (chunk.titled || chunk.units.some((unit) => unit.form)) return null;
  const before = textBefore(doc, chunk, 40);
  if (!PLACE_BEFORE.test(before) || STAKE_BEFORE.test(before)) return null;
  const region = REGION_AFTER.exec(textAfter(doc, chunk, 40))?.[1];
  const known = region !== undefined && (hasPlaceName(region) || entryWritten(region)?.type === 'place');
  return known ? { type: 'place', strength: 2 } : null;
}

/** "Reston, Virginia-based company": a town, then its region as a "-based" compound. */
const REGION_BASED_AFTER = /^,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?-based\b/u;

/** The words around the name: "-based", "Acme's chief executive", "research firm Acme", "the Foo console", "in Foo". */
function byContext(doc: Doc, chunk: Chunk): Typed | null {
  const after = textAfter(doc, chunk, 40);
  const before = textBefore(doc, chunk, 40);
  if (/^-based\b/iu.test(after) || REGION_BASED_AFTER.test(after)) return { type: 'place', strength: 2 };
  if (/^\s+administration\b/u.test(after)) return { type: 'person', strength: 2 };
  // "Motorola's MPx", "Asus's ROG Ally": a name a company owns, not all plain words, is its product.
  const plainWords = chunk.units.every((unit) => /^\p{Lu}\p{Ll}+$/u.test(unit.text));
  if (chunk.units.length <= 3 && /\b(?:[\p{Lu}][\p{L}&.-]*|\p{Ll}{1,2}\p{Lu}[\p{L}]*)['’]s?\s+$/u.test(before) && !plainWords) {
    return { type: 'product', strength: 1 };
  }
  const plain = chunk.units.every((unit) => /^\p{Lu}\p{Ll}+$/u.test(unit.text) && !tagsOf(doc, unit).has('Person'));
  if (plain && PLACE_BEFORE.test(before) && !STAKE_BEFORE.test(before)) return { type: 'place', strength: 1 };
  return null;
}

/** "MDA IV", "W800", "Razr V3", "Starfold 2", "Zorb-2.5": a model designation. */
function isModelCode(chunk: Chunk): boolean {
  const words = chunk.units.map((unit) => unit.text);
  const last = words[words.length - 1]!;
  if (words.length === 1) return /^\p{Lu}{1,3}\d{2,4}[\p{L}]?$/u.test(last) || /^\p{Lu}[\p{L}]{0,5}-\d{1,4}(?:\.\d{1,2})?\p{L}{0,2}$/u.test(last);
  return /^(?:[IVX]{2,4}|\p{Lu}{0,2}\d{1,4}(?:\.\d{1,2})?\p{L}?)$/u.test(last) || MODEL_CODE.test(last);
}

/** Places compromise knows by name (countries, cities, regions) are places whatever is said around them. */
function byGazetteer(doc: Doc, chunk: Chunk): Typed | null {
  const gazetteered = hasPlaceName(chunk.text) || chunk.units.every((unit) => GAZETTEER.some((tag) => tagsOf(doc, unit).has(tag)) || hasPlaceName(unit.text));
  return gazetteered ? { type: 'place', strength: 2 } : null;
}

const GAZETTEER = ['Country', 'City', 'Region'];
/** compromise's lexicon lists the name as a country, city or region, whatever the context made of it. */
const hasPlaceName = (name: string) => lexiconTags(name).some((tag) => GAZETTEER.includes(tag));

/**
 * A product the knowledge base holds under exactly this written form and as nothing else (software, programming
 * languages: ../kb/data/sources.json): "NumPy", "MATLAB", "Arch Linux". Case counts: "ECLiPSe" names no eclipse.
 */
function byKnowledgeBase(chunk: Chunk): Typed | null {
  const matches = lookup(chunk.text);
  const written = matches.some((match) => !match.weak && match.entry.forms.includes(chunk.text));
  return written && matches.every((match) => match.entry.type === 'product') ? { type: 'product', strength: 3 } : null;
}

/** Two or three plain capitalised words that are no common words and that nothing else types: a person's name ("Takuya Takagi"). */
function byPersonShape(doc: Doc, chunk: Chunk): Typed | null {
  const { units } = chunk;
  if (units.length < 2 || units.length > 3) return null;
  const shaped = units.every((unit) => !unit.form && /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(unit.text));
  const plain = shaped && !isCommonWord(units[0]!.text) && !units.some((unit) => ORGANIZATION_ENDINGS.has(unit.text.toLowerCase()) || looksCommon(unit.text));
  const known = lexiconTags(units[units.length - 1]!.text);
  return plain && !['Place', 'City', 'Country', 'Region', 'Organization'].some((tag) => known.includes(tag)) ? { type: 'person', strength: 1 } : null;
}

/** "the Foo console", "its Bar app". */
function byProductNoun(doc: Doc, chunk: Chunk): Typed | null {
  const next = /^\s+([\p{Ll}-]+)/u.exec(textAfter(doc, chunk, 30))?.[1];
  return next && PRODUCT_NOUNS.has(next) ? { type: 'product', strength: 1 } : null;
}

/** compromise's own reading of the words. */
function byTags(doc: Doc, chunk: Chunk): Typed | null {
  const type = taggedType(doc, chunk.units);
  return type ? { type, strength: 1 } : null;
}

export function taggedType(doc: Doc, units: readonly Unit[]): EntityType | null {
  const votes = { person: 0, organization: 0, place: 0 };
  for (const unit of units) {
    const tags = tagsOf(doc, unit);
    if (tags.has('Person')) votes.person++;
    if (tags.has('Organization')) votes.organization++;
    if (tags.has('Place')) votes.place++;
  }
  const best = (Object.entries(votes) as [EntityType, number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : null;
}

/** What the name's shape suggests: an acronym or a one-word brand is an organization, "iFoo" a product. */
function byShape(chunk: Chunk): Typed {
  if (chunk.units.length === 1 && /^\p{Ll}{1,2}\p{Lu}/u.test(chunk.text)) return { type: 'product', strength: 0 };
  return { type: 'organization', strength: 0 };
}
