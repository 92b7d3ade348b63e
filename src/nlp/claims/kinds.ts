import type { ClaimKind } from '../doc/layers.js';
import { lemmaOf } from '../doc/compromise.js';
import { WORD_END, WORD_START } from '../doc/patterns.js';

/** A word or phrase that makes a clause a claim of some kind ("raised ... in a Series B" → funding, raise). */
export interface KindTrigger {
  readonly kind: ClaimKind;
  /** The normalised verb; null when the trigger is a noun and the clause's own verb should be used ("revenue rose"). */
  readonly lemma: string | null;
  readonly start: number;
  readonly end: number;
}

interface TriggerRule {
  readonly kind: ClaimKind;
  readonly pattern: RegExp;
  /** The lemma for what the pattern matched; a string for every form, a function when it depends on the form. */
  readonly lemma: string | null | ((matched: string) => string | null);
  /** Words the clause must also contain ("raise" is funding only beside "round", "investors", ...). */
  readonly needs?: RegExp;
  /** Or, for launches: a named product in the clause will do. */
  readonly orProduct?: boolean;
}

const words = (list: string) => `${WORD_START}(?:${list})${WORD_END}`;
const rule = (kind: ClaimKind, pattern: string, lemma: TriggerRule['lemma'], needs?: RegExp): TriggerRule => ({
  kind,
  pattern: new RegExp(pattern, 'giu'),
  lemma,
  ...(needs ? { needs } : {}),
});

/** A launch is of a product: one the clause names, or a word for one ("phone", "model", "service"). */
const launchRule = (pattern: string, lemma: TriggerRule['lemma']): TriggerRule => ({ ...rule('product_launch', pattern, lemma, PRODUCT_CONTEXT), orProduct: true });

/** The first word of a phrasal match, lower-cased ("laid off" → "laid"). */
const firstWord = (matched: string) => matched.toLowerCase().split(/\s+/u)[0]!;

const MOVES =
  'rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|drop|drops|dropped|dropping|jump|jumps|jumped|jumping|surge|surges|surged|surging|soar|soars|soared|soaring|climb|climbs|climbed|climbing|gain|gains|gained|gaining|slid|slide|slides|sliding|sank|sink|sinks|sinking|plunge|plunges|plunged|plunging|tumble|tumbles|tumbled|tumbling|slump|slumps|slumped|slumping|dip|dips|dipped|dipping|slip|slips|slipped|slipping|rally|rallies|rallied|rallying|crash|crashes|crashed|lost|lose|loses|losing|add|adds|added|decline|declines|declined|declining|weaken|weakens|weakened|weakening|rebound|rebounds|rebounded|spike|spikes|spiked|edge|edged|edging|hit|hitting|grew|grow|grows|growing|grown|double|doubled|doubling|triple|tripled|halve|halved|increase|increases|increased|increasing|decrease|decreases|decreased|shrank|shrink|shrinks|shrinking|top|tops|topped|reach|reaches|reached|exceed|exceeds|exceeded|pass|passes|passed|surpass|surpassed';

// (?<!\w) and (?!\w) are word boundaries, as in patterns.ts.
/** Securities moving; "share" alone is market share ("losing share"), not stock. */
const SECURITIES = /(?<!\w)(?:shares|stocks?|share price|stock price|market (?:value|cap|capitali[sz]ation)|bonds?|nasdaq)(?!\w)/iu;
const RESULTS = /(?<!\w)(?:revenues?|sales|profits?|earnings|income|turnover|loss(?:es)?|margins?|bookings|ebitda|annual recurring revenue|arr|shipments|sold)(?!\w)/iu;
const FUNDING_CONTEXT = /(?<!\w)(?:funding|round|series [a-h]|seed|venture|investors?|backers?|led by|financing|capital|valuation|valuing)(?!\w)/iu;
const PRODUCT_CONTEXT =
  /(?<!\w)(?:phones?|smartphones?|devices?|apps?|models?|services?|consoles?|chips?|processors?|laptops?|tablets?|platforms?|features?|versions?|games?|software|tools?|products?|handhelds?|cars?|vehicles?|robots?|assistants?|subscriptions?|headsets?|glasses|watch(?:es)?|speakers?|cameras?|browsers?|systems?|networks?|satellites?|rockets?|spacecraft|drones?|chatbots?|editions?|updates?|tier|plans?)(?!\w)/iu;

/**
 * What makes a clause a claim of each kind, most specific kinds first. Goals and forecasts are a fallback
 * (`goal_forecast` only when no other kind applies): "expects revenue to rise" is a revenue claim, forecast.
 */
const RULES: readonly TriggerRule[] = [
  rule('layoffs', words('lay(?:s|ing)?\\s+off|laid\\s+off|lay-?offs?|job\\s+cuts?|job\\s+losses|redundanc(?:y|ies)'), (m) => (/^job/iu.test(m) || /^redund/iu.test(m) ? 'cut' : 'lay off')),
  rule(
    'layoffs',
    `${words('cut|cuts|cutting|eliminat(?:e|es|ed|ing)|shed(?:s|ding)?|slash(?:es|ed|ing)?|ax(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)')}\\s+(?:[\\p{L}\\p{N},.%-]{1,30}\\s+){0,5}?${words('jobs|staff|workers|employees|positions|roles|workforce|headcount|people')}`,
    (m) => lemmaOf(firstWord(m)),
  ),
  rule('layoffs', `${words('jobs|positions|roles')}\\s+(?:\\p{L}{1,30}\\s+){0,3}?${words('cut|eliminated|axed|lost|slashed')}`, 'cut'),
  rule('acquisition', words('acquir(?:e|es|ed|ing)|acquisitions?|takeovers?|buyouts?|merg(?:e|es|ed|ing|er|ers)'), (m) => (/^acqui/iu.test(m) ? 'acquire' : /^merg/iu.test(m) ? 'merge' : 'acquire')),
  rule('acquisition', `${words('tak(?:e|es|ing)\\s+over|took\\s+over|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)')}(?!\\s+(?:\\S{1,30}\\s+){0,2}?(?:shares|stock|stakes?|back))`, (m) => (/^(?:tak|took)/iu.test(m) ? 'take over' : /^purch/iu.test(m) ? 'purchase' : 'buy')),
  rule('funding', words('rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|land(?:s|ed)?|bag(?:s|ged)?|attract(?:s|ed)?'), (m) => lemmaOf(m), FUNDING_CONTEXT),
  rule('funding', words('funding\\s+round|series\\s+[a-h]\\s+round|seed\\s+round'), 'raise'),
  rule('stock_move', words(MOVES), (m) => lemmaOf(m), SECURITIES),
  rule('valuation', words('valu(?:ed|es|ing|ation|ations)|worth|market\\s+(?:value|cap|capitali[sz]ation)'), 'value'),
  rule('revenue', words(MOVES), (m) => lemmaOf(m), RESULTS),
  rule('revenue', `${WORD_START}(?<!${WORD_START}to\\s)${words('revenues?|sales|profits?|earnings|net\\s+income|operating\\s+income|turnover|net\\s+loss|bookings|annual\\s+recurring\\s+revenue')}`, null),
  rule('revenue', words('sold|sells|sell|selling'), 'sell', /\d/u),
  rule('investment', words('invest(?:s|ed|ing|ments?)?|spend(?:s|ing)?|spent|pour(?:s|ed|ing)?|inject(?:s|ed|ing)?|capital\\s+expenditures?|capex|stakes?'), (m) => (/^(?:capital|capex|stake)/iu.test(m) ? 'invest' : lemmaOf(m))),
  rule('investment', words('fund(?:s|ed)?'), 'fund'),
  rule('investment', `${words('buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)')}\\s+(?:\\S{1,30}\\s+){0,2}?${words('shares|stock|stakes?')}`, (m) => (/^purch/iu.test(m) ? 'purchase' : 'buy')),
  launchRule(words('launch(?:es|ed|ing)?|releas(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|roll(?:s|ed|ing)?\\s+out|debut(?:s|ed|ing)?|go(?:es)?\\s+on\\s+sale|went\\s+on\\s+sale|announc(?:e|es|ed|ing)'), (m) => (/\son\s+sale$/iu.test(m) ? 'go on sale' : /^roll/iu.test(m) ? 'roll out' : lemmaOf(m))),
  rule('partnership', words('partner(?:s|ed|ing|ships?)?|team(?:s|ed)?\\s+up|teaming\\s+up|collaborat(?:e|es|ed|ing|ion|ions)|alliances?|join(?:s|ed)?\\s+forces|tie-?ups?|joint\\s+ventures?|bringing\\s+together|brings?\\s+together|sign(?:s|ed)?\\s+(?:a|an)\\s+(?:\\S{1,30}\\s+){0,2}?(?:deal|agreement|pact|contract)\\s+with'), (m) => (/^team/iu.test(m) ? 'team up' : /^collab/iu.test(m) ? 'collaborate' : /^sign/iu.test(m) ? 'sign' : /^(?:bring|brings)/iu.test(m) ? 'bring together' : 'partner')),
  rule(
    'legal_regulatory',
    words('su(?:e|es|ed|ing)|lawsuits?|fin(?:e|ed|es|ing)|penalt(?:y|ies)|investigat(?:e|es|ed|ing|ions?)|probes?|probing|antitrust|regulators?|regulatory|courts?|judges?|jury|ruled|ruling|settle(?:d|s|ments?)?|charged\\s+with|guilty|convict(?:ed|ions?)|sentenced?|bann?(?:ed|s)|scrutin(?:y|ised|ized)|subpoena(?:s|ed)?|violat(?:e|ed|es|ions?)|legal\\s+action|prosecut(?:e|ed|ors?|ion)|attorneys?\\s+general|inquiry|infring(?:e|ed|es|ement)|pleaded|accused|complaints?'),
    (m) => LEGAL_LEMMA.find(([pattern]) => pattern.test(m))?.[1] ?? null,
  ),
];

/** A legal noun or verb → the verb it stands for; null ones take the clause's own verb ("faces scrutiny" → face). */
const LEGAL_LEMMA: readonly [RegExp, string | null][] = [
  [/^(?:su|lawsuit)/iu, 'sue'],
  [/^(?:fin|penalt)/iu, 'fine'],
  [/^(?:investigat|probe|probing|inquiry)/iu, 'investigate'],
  [/^settle/iu, 'settle'],
  [/^(?:charged|prosecut)/iu, 'charge'],
  [/^(?:guilty|convict)/iu, 'convict'],
  [/^sentence/iu, 'sentence'],
  [/^ban/iu, 'ban'],
  [/^(?:ruled|ruling)/iu, 'rule'],
  [/^subpoena/iu, 'subpoena'],
  [/^infring/iu, 'infringe'],
  [/^violat/iu, 'violate'],
  [/^accused/iu, 'accuse'],
  [/./u, null],
];

const GOAL = new RegExp(
  words('goals?|aims?|aimed|aiming|targets?|targeted|targeting|ambitions?|plans?\\s+to|planned\\s+to|planning\\s+to|intends?\\s+to|intended\\s+to|expect(?:s|ed|ing)?|forecasts?|forecasted|predict(?:s|ed|ions?)?|project(?:s|ed|ions?)|outlook|guidance|on\\s+track\\s+to'),
  'giu',
);

/**
 * Every rule's pattern in one alternation, in order: its first match is the earliest of any rule's, the first rule's at
 * a tie. Each pattern starts at a word boundary, tested once for all of them.
 */
const RULE_GROUPS = RULES.map((_, i) => `rule${i}`);
const ANY_RULE = new RegExp(`${WORD_START}(?:${RULES.map((rule, i) => `(?<${RULE_GROUPS[i]}>${afterWordStart(rule.pattern.source)})`).join('|')})`, 'giu');

function afterWordStart(source: string): string {
  if (!source.startsWith(WORD_START)) throw new Error(`a claim kind's pattern must start at a word boundary: ${source}`);
  return source.slice(WORD_START.length);
}

/**
 * The earliest trigger of the most specific kind in `clause` (offsets relative to it); goal words only when nothing
 * else matches. `namesProduct`: the clause names a product entity.
 */
export function triggerIn(clause: string, namesProduct: boolean): KindTrigger | null {
  const best = earliestTrigger(clause, namesProduct);
  if (best) return best;
  GOAL.lastIndex = 0;
  const goal = GOAL.exec(clause);
  return goal ? { kind: 'goal_forecast', lemma: null, start: goal.index, end: goal.index + goal[0].length } : null;
}

const applies = ({ needs, orProduct }: TriggerRule, clause: string, namesProduct: boolean) => !needs || needs.test(clause) || (orProduct === true && namesProduct);

function triggerOf({ kind, lemma }: TriggerRule, match: RegExpExecArray): KindTrigger {
  return { kind, lemma: typeof lemma === 'function' ? lemma(match[0]) : lemma, start: match.index, end: match.index + match[0].length };
}

/**
 * The earliest trigger of the rules that apply to the clause. One scan settles it, unless the first trigger found is of
 * a rule that needs words the clause lacks: then each rule is tried on its own.
 */
function earliestTrigger(clause: string, namesProduct: boolean): KindTrigger | null {
  ANY_RULE.lastIndex = 0;
  const first = ANY_RULE.exec(clause);
  if (!first) return null;
  const rule = RULES[RULE_GROUPS.findIndex((group) => first.groups![group] !== undefined)]!;
  return applies(rule, clause, namesProduct) ? triggerOf(rule, first) : eachRuleTrigger(clause, namesProduct);
}

function eachRuleTrigger(clause: string, namesProduct: boolean): KindTrigger | null {
  let best: KindTrigger | null = null;
  for (const rule of RULES) {
    if (!applies(rule, clause, namesProduct)) continue;
    rule.pattern.lastIndex = 0;
    const match = rule.pattern.exec(clause);
    if (match && (!best || match.index < best.start)) best = triggerOf(rule, match);
  }
  return best;
}
