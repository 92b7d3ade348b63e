import type { ClaimKind, DateMention, Entity, EntityMention, EntityType, FundingRound, Money, Percentage } from '../doc/layers.js';

/** What a claim's arguments are chosen from: its subject, the words it holds, and where its verb is. */
export interface ArgumentFacts {
  /** The claim's words, and where they start in the document (every other offset is a document offset). */
  readonly text: string;
  readonly start: number;
  readonly kind: ClaimKind;
  readonly predicate: string;
  readonly subject: Entity | null;
  /** Where the verb or trigger word is: objects are looked for after it. */
  readonly verbAt: number;
  readonly mentions: readonly EntityMention[];
  readonly money: readonly Money[];
  readonly percentages: readonly Percentage[];
  readonly dates: readonly DateMention[];
}

type Roles = Record<string, string>;

const PARTIES: readonly EntityType[] = ['organization', 'person'];
const isParty = (entity: Entity) => PARTIES.includes(entity.type);
/**
 * The subject of a company's event may be a party though typed a place, when only the words of its name said place
 * ("Cobalt Harbor raised", "Shares of Second Harbor fell"); a place the gazetteer or lexicon knows ("Japan") is not.
 */
const actsAsParty = (entity: Entity) => isParty(entity) || (entity.type === 'place' && entity.typedBy === 'name-words');

/** The first mention after `offset` (of the given types, not the subject); where organizations are wanted, a place only its name's words typed. */
function firstAfter(facts: ArgumentFacts, offset: number, types: readonly EntityType[]): Entity | undefined {
  const fits = (entity: Entity) => types.includes(entity.type) || (types.includes('organization') && actsAsParty(entity));
  return facts.mentions.find((m) => m.start >= offset && fits(m.entity) && m.entity.id !== facts.subject?.id)?.entity;
}

/** The first mention after a phrase ("led by", "from"; a global pattern) that follows the verb. */
function afterPhrase(facts: ArgumentFacts, phrase: RegExp): Entity | undefined {
  phrase.lastIndex = 0;
  for (let match = phrase.exec(facts.text); match; match = phrase.exec(facts.text)) {
    const at = firstAfter(facts, facts.start + match.index + match[0].length, PARTIES);
    if (at) return at;
  }
  return undefined;
}

/** The first amount after a phrase ("valued at"), else undefined. */
function moneyAfter(facts: ArgumentFacts, phrase: RegExp): Money | undefined {
  const match = phrase.exec(facts.text);
  return match ? facts.money.find((m) => m.start >= facts.start + match.index) : undefined;
}

// (?<!\w) and (?!\w) are word boundaries, as in patterns.ts.
/** What a figure is compared with comes after ("up from $3 million a year earlier", "compared with the year-ago quarter"). */
const COMPARED_WITH = /(?<!\w)(?:from|than|versus|vs\.|over|compared\s+(?:with|to))\s[^;:]{0,80}$/iu;
const YEAR_BACK = /(?<!\w)(?:ago|earlier|year-ago|year-earlier|prior|previous|last\s+year)(?!\w)/iu;

/**
 * The date a claim is about: its first date that is not the baseline of a comparison ("rose 5% to $3 million from a year
 * earlier" is about no date it names; "in the third quarter, up from a year ago" is about the third quarter).
 */
function periodOf(facts: ArgumentFacts): DateMention | undefined {
  return facts.dates.find((date) => !(YEAR_BACK.test(date.text) && COMPARED_WITH.test(facts.text.slice(0, date.start - facts.start))));
}

const VALUING = /(?<!\w)valu(?:ed|ing|ation)(?!\w)/iu;
const INVESTORS_AFTER = /(?<!\w)(?:led by|from|including|backed by|investors?)\s/giu;
const ACTOR_AFTER = /(?<!\w)(?:by|from)\s/giu;
const PASSIVE = /(?<!\w)(?:is|are|was|were|been|being|be|faces?|faced|facing)\s+(?:\p{L}{1,30}\s+){0,3}?$/iu;

/**
 * Roles per kind, each an id of an entity, figure or date in the response. Roles with nothing to fill them are left out.
 *
 * funding: company, amount, investors (the lead or first-named investor), valuation (its round, a value, is the claim's) · acquisition: acquirer, target,
 * price · investment: investor, amount, target, period · revenue: company, amount, change (a percentage), period ·
 * valuation: company, valuation · stock_move: company, change · layoffs: company, share (a percentage) ·
 * product_launch: company, product, date · partnership: party, partner · legal_regulatory: regulator or plaintiff,
 * defendant, penalty · goal_forecast: subject, figure, date · statement: subject.
 */
export function argumentsOf(facts: ArgumentFacts): Roles {
  const roles: Roles = {};
  const set = (role: string, item: { id: string } | null | undefined) => {
    if (item) roles[role] = item.id;
  };
  const { subject, money, percentages } = facts;
  const party = subject && actsAsParty(subject) ? subject : null;
  const firstFigure = [...money, ...percentages].sort((a, b) => a.start - b.start)[0];
  switch (facts.kind) {
    case 'funding': {
      const valuation = moneyAfter(facts, VALUING);
      set('company', party);
      set('amount', money.find((m) => m !== valuation));
      set('investors', afterPhrase(facts, INVESTORS_AFTER));
      set('valuation', valuation);
      break;
    }
    case 'acquisition':
      set('acquirer', party);
      set('target', firstAfter(facts, facts.verbAt, ['organization', 'product']));
      set('price', money[0]);
      break;
    case 'investment':
      set('investor', party);
      set('amount', money[0]);
      set('target', firstAfter(facts, facts.verbAt, ['organization', 'product']));
      set('period', periodOf(facts));
      break;
    case 'revenue':
      set('company', party);
      set('amount', money[0]);
      set('change', percentages[0]);
      set('period', periodOf(facts));
      break;
    case 'valuation':
      set('company', party);
      set('valuation', money[0]);
      break;
    case 'stock_move':
      set('company', party);
      set('change', percentages[0] ?? money[0]);
      break;
    case 'layoffs':
      set('company', party);
      set('share', percentages[0]);
      break;
    case 'product_launch':
      set('company', subject?.type === 'organization' ? subject : facts.mentions.find((m) => m.entity.type === 'organization')?.entity);
      set('product', subject?.type === 'product' ? subject : firstAfter(facts, 0, ['product']));
      set('date', periodOf(facts));
      break;
    case 'partnership':
      set('party', party);
      set('partner', firstAfter(facts, 0, PARTIES));
      break;
    case 'legal_regulatory':
      Object.assign(roles, legalRoles(facts, party));
      break;
    case 'goal_forecast':
      set('subject', subject);
      set('figure', firstFigure);
      set('date', periodOf(facts));
      break;
    case 'statement':
      set('subject', subject);
      break;
  }
  return roles;
}

/** "1,200 jobs", "about 10,000 corporate employees", "2.5 thousand workers": a count of people or posts, in words after it. */
const JOB_COUNT =
  /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[ \t\u00a0]+(million|thousand))?[ \t\u00a0]+(?:[\p{L}-]+[ \t\u00a0]+){0,2}?(?:jobs|employees|workers|staff(?:ers)?|people|positions|roles|posts)(?![\p{L}])/iu;

/** The number of jobs a layoffs claim's words name, or undefined. */
export function jobCountOf(text: string): number | undefined {
  const match = JOB_COUNT.exec(text);
  if (!match) return undefined;
  const count = Number(match[1]!.replaceAll(',', '')) * (match[2] ? (match[2].toLowerCase() === 'million' ? 1e6 : 1e3) : 1);
  return Number.isSafeInteger(count) && count > 0 ? count : undefined;
}

/**
 * "Series C", "series-B2", "its seed round", "pre-seed funding", "a bridge financing": a lettered series, or a stage word
 * before round/funding/financing (alone, "seed" and "growth" are other words).
 */
const FUNDING_ROUND =
  /(?<![\p{L}\p{N}-])(?:series[ -]([a-j])(?![\p{L}])|(pre-?seed|seed|angel|bridge|growth|mezzanine)(?:[ -](?:stage|equity|capital|extension))?[ -](?:round|funding|financing|investment|raise)s?(?![\p{L}]))/iu;

/** The stage of the round a funding claim's words name, or undefined. */
export function fundingRoundOf(text: string): FundingRound | undefined {
  const match = FUNDING_ROUND.exec(text);
  if (!match) return undefined;
  if (match[1]) return `series-${match[1].toLowerCase()}` as FundingRound;
  const stage = match[2]!.toLowerCase();
  return (stage.startsWith('pre') ? 'pre-seed' : stage) as FundingRound;
}

/** Active ("the regulator fined Acme"): the subject acts. Passive ("Acme was fined by", "faces scrutiny from"): it is acted on. */
function legalRoles(facts: ArgumentFacts, party: Entity | null): Roles {
  const roles: Roles = {};
  const authority = facts.predicate === 'sue' ? 'plaintiff' : 'regulator';
  const beforeVerb = Math.max(0, facts.verbAt - facts.start);
  const passive = PASSIVE.test(facts.text.slice(Math.max(0, beforeVerb - 60), beforeVerb));
  const other = passive ? afterPhrase(facts, ACTOR_AFTER) : firstAfter(facts, facts.verbAt, PARTIES);
  const [actor, acted] = passive ? [other, party] : [party, other];
  if (actor) roles[authority] = actor.id;
  if (acted) roles.defendant = acted.id;
  if (facts.money[0]) roles.penalty = facts.money[0].id;
  return roles;
}
