/** A job title and the preposition that ties it to its organization ("chief executive of", "an analyst at"). */
export interface Title {
  readonly title: string;
  readonly preposition: 'of' | 'at';
}

export const TITLES: readonly Title[] = [
  { title: 'chief executive', preposition: 'of' },
  { title: 'chief financial officer', preposition: 'of' },
  { title: 'chief technology officer', preposition: 'at' },
  { title: 'chief operating officer', preposition: 'at' },
  { title: 'co-founder', preposition: 'of' },
  { title: 'president', preposition: 'of' },
  { title: 'head of research', preposition: 'at' },
  { title: 'head of product', preposition: 'at' },
  { title: 'general counsel', preposition: 'at' },
  { title: 'chief scientist', preposition: 'at' },
  { title: 'vice president of engineering', preposition: 'at' },
  { title: 'senior engineer', preposition: 'at' },
];

/** Reporting verbs that take a that-clause, in several tenses, each with the bare verb a cue must contain. */
export const REPORTING_VERBS: readonly { readonly written: string; readonly verb: string }[] = [
  { written: 'said', verb: 'said' },
  { written: 'says', verb: 'says' },
  { written: 'has said', verb: 'said' },
  { written: 'had said', verb: 'said' },
  { written: 'announced', verb: 'announced' },
  { written: 'has announced', verb: 'announced' },
  { written: 'confirmed', verb: 'confirmed' },
  { written: 'warned', verb: 'warned' },
  { written: 'argued', verb: 'argued' },
  { written: 'insisted', verb: 'insisted' },
  { written: 'noted', verb: 'noted' },
  { written: 'stressed', verb: 'stressed' },
  { written: 'claimed', verb: 'claimed' },
  { written: 'acknowledged', verb: 'acknowledged' },
];

/** Verbs that close a sentence after the claim ("..., Okonkwo said."). */
export const CLOSING_VERBS: readonly string[] = ['said', 'says', 'added', 'noted', 'argued', 'warned', 'explained', 'insisted'];

/**
 * What a source asserts: clauses that can follow "said that", written without names, figures or dates so that the
 * only thing a template varies is the attribution around them.
 */
export const ASSERTIONS: readonly string[] = [
  'demand for its data-centre chips remained strong',
  'the outage was caused by a faulty software update',
  'the device would ship to customers later than planned',
  'the deal still needed approval from regulators',
  'it had no plans to sell its consumer business',
  'customer data had not been affected by the breach',
  'the redesign had lifted engagement among younger users',
  'the chip shortage was easing',
  'prices for cloud storage would rise',
  'the service would remain free for students',
  'its engineers had fixed the flaw within hours',
  'the merger would create the largest payments firm in the region',
  'the board had approved a new share buyback',
  'the lawsuit was without merit',
  'the company was cooperating with investigators',
  'the feature would be rolled out gradually',
  'the factory would run at full capacity',
  'battery supply had become the main bottleneck',
  'its latest model outperformed rival systems on coding tasks',
  'the team was focused on profitability',
  'the cuts would mostly affect middle management',
  'the partnership would give it access to new markets',
  'the security flaw had been patched',
  'it would keep investing in its research labs',
];

/** Words someone says in quotation marks, each ending as it would before ", she said". */
export const QUOTED_WORDS: readonly string[] = [
  'We are seeing real demand from hospitals,',
  'This is the most important launch in our history,',
  'Nobody expected the market to turn this quickly,',
  'We have never been in a stronger position,',
  'Our customers want fewer tools, not more,',
  'It was a difficult decision but the right one,',
  'The technology is ready, the regulation is not,',
  'We will keep building in Europe,',
  'Growth has come back faster than we hoped,',
  'There is no shortcut to trust,',
  'We made mistakes and we are fixing them,',
  'The next two years will decide who wins,',
  'Every bank in the country is talking to us,',
  'We are not going to chase every trend,',
  'Frankly, the old system was broken,',
  'Our margins are healthy and improving,',
];

/** A second stretch of quoted words, ending a sentence. */
export const QUOTED_ENDINGS: readonly string[] = [
  'We expect to double the team by the summer.',
  'That is why we are hiring.',
  'The rest of the industry will follow.',
  'Nothing about that has changed.',
  'Our investors understand that.',
  'It is still early days.',
  'We will say more soon.',
  'That is the whole strategy.',
];

/** Sources the article leaves unnamed: a claim or quotation from one has no speaker. */
export const UNNAMED_SOURCES: readonly string[] = [
  'one analyst', 'a person familiar with the matter', 'people familiar with the plans', 'two people with knowledge of the talks',
  'a senior executive', 'an industry analyst', 'one investor', 'a former employee', 'a person briefed on the discussions',
  'several engineers',
];

/** The words for an unnamed spokesperson. */
export const SPOKESPERSON_WORDS: readonly string[] = ['spokesperson', 'spokeswoman', 'spokesman'];

/** What a company makes, for "X, a maker of ..." and "X, which makes ...". */
export const OFFERINGS: readonly string[] = [
  'software for hospitals', 'battery storage systems', 'chips for electric cars', 'payroll software', 'delivery robots',
  'cybersecurity tools', 'drug-discovery software', 'solar inverters', 'fraud-detection software', 'warehouse sensors',
];

/** What a "who" clause says of a person, for "X, who ..., said ...". */
export const WHO_CLAUSES: readonly string[] = [
  'joined the company in 2019', 'runs the cloud division', 'founded the startup', 'leads the research team', 'was hired last year',
  'oversees the European business', 'left the board in March', 'has studied the market for a decade', 'declined to give figures',
  'took over as chief executive in 2021',
];

/** Titles as a byline or a company's release writes them, in capitals, before a name. */
export const CAPITALISED_TITLES: readonly string[] = [
  'Chief Financial Officer', 'Chief Operating Officer', 'Chief Technology Officer', 'Chief Marketing Officer', 'Secretary of State',
  'Head of Product', 'Vice President of Sales', 'Minister of Finance', 'Executive Vice President', 'Chief Legal Officer',
  'Senior Vice President of Engineering', 'Director of Research',
];

/** Titles a company's people hold, written in capitals, that read as a company's name before "of X". */
export const COMPANY_TITLES: readonly string[] = ['Chief Executive', 'Chief Financial Officer', 'Chief Operating Officer', 'General Manager', 'Executive Vice President', 'General Counsel'];
