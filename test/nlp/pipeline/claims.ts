import t from 'tap';
import type { Claim } from '../../../src/nlp/doc/layers.js';
import { triggerIn } from '../../../src/nlp/claims/kinds.js';
import { extract, withMeta } from '../../../src/extraction.js';
import { modalityOf, type Modality } from '../../../src/nlp/claims/modality.js';
import { analysedFixture, claimFixtures, readable } from '../../fixtures/claims/index.js';
import type { EntitySpec } from '../../fixtures/entities.js';
import { danglingReferences, spansOf } from '../../helpers.js';

function claimsOf(text: string, entities: readonly EntitySpec[] = [], figures: { money?: string[]; percentages?: string[]; dates?: string[] } = {}) {
  const doc = analysedFixture({ text, entities, ...figures });
  return doc.claims.map((claim) => readable(claim, doc));
}

t.test('fixtures: at least three articles per kind, every claim asserted in full', async (t) => {
  for (const [kind, fixtures] of Object.entries(claimFixtures)) {
    t.ok(fixtures.length >= 3, `${kind}: ${fixtures.length} fixtures`);
    for (const fixture of fixtures) {
      const doc = analysedFixture(fixture);
      const claims = doc.claims;
      t.same(claims.map((claim) => readable(claim, doc)), fixture.claims, `${kind}: ${fixture.name}`);
      t.ok(claims.some((claim) => claim.kind === kind), `${kind}: ${fixture.name} gives a ${kind} claim`);
      t.ok(claims.every((claim) => fixture.text.slice(claim.start, claim.end) === claim.text), `${kind}: ${fixture.name}: spans exact`);
    }
  }
});

interface ReportCase {
  name: string;
  text: string;
  entities?: EntitySpec[];
  /** [speaker, cue, text] of every claim that has a cue, in order. */
  reports: [string | null, string, string][];
}

const SMITH: EntitySpec = ['person', 'Jane Smith', 'Smith'];
const ACME: EntitySpec = ['organization', 'Acme'];

const reportCases: ReportCase[] = [
  {
    name: '"X said that ...": the clause after "that"',
    text: 'Jane Smith said on Monday that Acme would hire 300 engineers.',
    entities: [SMITH, ACME],
    reports: [['Jane Smith', 'said', 'Acme would hire 300 engineers']],
  },
  {
    name: '"X told Y on a conference call that ...": a noun compound in the adverbial is no verb',
    text: 'Jane Smith told analysts on a conference call on Tuesday that Acme would hire 300 engineers.',
    entities: [SMITH, ACME],
    reports: [['Jane Smith', 'told', 'Acme would hire 300 engineers']],
  },
  {
    name: '"..., X said": the words before the frame',
    text: 'Acme will open an office in Lisbon, Smith said.',
    entities: [SMITH, ACME],
    reports: [['Jane Smith', 'said', 'Acme will open an office in Lisbon']],
  },
  {
    name: 'an aside whose last comma stands inside a closing quotation mark stays the subject\'s aside',
    text: 'Acme, whose games include "Zorb Quest" and "Zorb Kart," said the investment was part of a push.',
    entities: [ACME],
    reports: [['Acme', 'said', 'the investment was part of a push']],
  },
  {
    name: '"..., said ORG\'s TITLE, X.": the person the title introduces, not the company',
    text: "Orders doubled in the spring, said Acme's general counsel, Jane Smith.",
    entities: [SMITH, ACME],
    reports: [['Jane Smith', 'said', 'Orders doubled in the spring']],
  },
  {
    name: '"..., said X, ...": the source after the cue',
    text: 'Orders doubled in the spring, said Jane Smith, who runs sales at Acme.',
    entities: [SMITH, ACME],
    reports: [['Jane Smith', 'said', 'Orders doubled in the spring']],
  },
  {
    name: 'a frame inside the sentence makes the whole sentence the assertion',
    text: 'The real problem, says Smith, is the price of memory chips.',
    entities: [SMITH],
    reports: [['Jane Smith', 'says', 'The real problem, says Smith, is the price of memory chips']],
  },
  {
    name: '"according to X" at the end, at the start, and with "that"',
    text: 'Acme sold two million phones, according to Gartner. According to Gartner, prices fell. There was evidence, according to Gartner, that demand had peaked.',
    entities: [ACME, ['organization', 'Gartner']],
    reports: [
      ['Gartner', 'according to', 'Acme sold two million phones'],
      ['Gartner', 'According to', 'prices fell'],
      ['Gartner', 'according to', 'demand had peaked'],
    ],
  },
  {
    name: '"according to" a source the entities stage missed: the name in the phrase',
    text: 'Tablet sales slowed in the autumn, according to data from Canalys Research.',
    reports: [['Canalys Research', 'according to', 'Tablet sales slowed in the autumn']],
  },
  {
    name: 'a clause after a date or "in a statement" is the content; without one the frame ends the sentence',
    text: 'SAN JOSE (Reuters) - Acme said on Thursday it would cut 900 jobs. Prices rose, Smith said in a statement on Friday.',
    entities: [SMITH, ACME],
    reports: [
      ['Acme', 'said', 'it would cut 900 jobs'],
      ['Jane Smith', 'said in a statement', 'Prices rose'],
    ],
  },
  {
    name: '"was quoted as saying"',
    text: 'Jane Smith was quoted as saying that Acme had "no plans" to sell.',
    entities: [SMITH, ACME],
    reports: [['Jane Smith', 'saying', 'Acme had "no plans" to sell']],
  },
  {
    name: 'sources close to a company are not the company',
    text: 'Acme makes phones. According to sources close to the company, a cheaper model is coming.',
    entities: [ACME],
    reports: [[null, 'According to', 'a cheaper model is coming']],
  },
  {
    name: 'an unnamed source is nobody',
    text: 'Acme is preparing a new phone, people familiar with the plans said.',
    entities: [ACME],
    reports: [[null, 'said', 'Acme is preparing a new phone']],
  },
  {
    name: '"told Reuters" and "told reporters": the listener belongs to the frame',
    text: 'Prices will rise next year, Smith told Reuters. Smith told reporters the launch had slipped.',
    entities: [SMITH, ['organization', 'Reuters']],
    reports: [
      ['Jane Smith', 'told Reuters', 'Prices will rise next year'],
      ['Jane Smith', 'told', 'the launch had slipped'],
    ],
  },
  {
    name: 'a participle after a report shares its source ("noting that")',
    text: 'Acme is profitable, Smith said, noting that costs had fallen.',
    entities: [SMITH, ACME],
    reports: [
      ['Jane Smith', 'said', 'Acme is profitable'],
      ['Jane Smith', 'noting', 'costs had fallen'],
    ],
  },
  {
    name: 'coordinated verbs share a subject ("called ... and said ...")',
    text: 'Smith called the fine "absurd" and said Acme would appeal.',
    entities: [SMITH, ACME],
    reports: [
      ['Jane Smith', 'called', 'the fine "absurd"'],
      ['Jane Smith', 'said', 'Acme would appeal'],
    ],
  },
  {
    name: 'the same source nested: the inner, more specific cue wins',
    text: 'Jane Smith met investors. She added that she expects margins to improve.',
    entities: [SMITH],
    reports: [['Jane Smith', 'expects', 'margins to improve']],
  },
  {
    name: 'a trailing "he said during ..." adds nothing to a report by the same person',
    text: 'Smith pledged that Acme would double its research budget, she said during a call on Wednesday.',
    entities: [SMITH, ACME],
    reports: [['Jane Smith', 'pledged', 'Acme would double its research budget']],
  },
  {
    name: 'a report of a report: the outer source reports the whole',
    text: 'Regulators said Acme had misled buyers, the Financial Times reported.',
    entities: [ACME, ['organization', 'Financial Times']],
    reports: [['Financial Times', 'reported', 'Regulators said Acme had misled buyers']],
  },
  {
    name: '"the company", "it" and "the survey" stand for the organization',
    text: 'Acme makes robots. The company said it had hired 40 people. Brightpoll ran a survey. Most buyers want cheaper robots, the survey found.',
    entities: [ACME, ['organization', 'Brightpoll']],
    reports: [
      ['Acme', 'said', 'it had hired 40 people'],
      ['Brightpoll', 'found', 'Most buyers want cheaper robots'],
    ],
  },
  {
    name: 'a person of an organization is the person; "the company" is the article\'s company, "the study" the latest named',
    text:
      'Acme makes robots for farms. Tom Reyes of the Farm Robotics Association said demand was rising. The company said it had hired 40 people. ' +
      "Acme's investor Lumio ran a study. Most farms want smaller robots, the study found.",
    entities: [ACME, ['organization', 'Farm Robotics Association'], ['organization', 'Lumio'], ['person', 'Tom Reyes', 'Reyes']],
    reports: [
      ['Tom Reyes', 'said', 'demand was rising'],
      ['Acme', 'said', 'it had hired 40 people'],
      ['Lumio', 'found', 'Most farms want smaller robots'],
    ],
  },
  {
    name: 'two sources of one announcement give two claims',
    text: 'In May, Acme and Lumio announced that they would merge their chip units.',
    entities: [ACME, ['organization', 'Lumio']],
    reports: [
      ['Lumio', 'announced', 'they would merge their chip units'],
      ['Acme', 'announced', 'they would merge their chip units'],
    ],
  },
  {
    name: 'a relative clause and a reporting noun ("which argues that", "X\'s assertion that")',
    text: "Lumio already has a rival in Acme, which argues that its chips are cheaper. Shares fell despite Acme's assertion that demand was strong.",
    entities: [ACME, ['organization', 'Lumio']],
    reports: [
      ['Acme', 'argues', 'its chips are cheaper'],
      ['Acme', 'assertion', 'demand was strong'],
    ],
  },
  {
    name: 'an organization\'s statement speaks for it',
    text: "Acme's statement said the company had fixed the bug.",
    entities: [ACME],
    reports: [['Acme', 'said', 'the company had fixed the bug']],
  },
  {
    name: 'cues that report nothing: "declined to say", results "reported"',
    text: 'Acme declined to say how much it paid. Acme reported a 40% jump in quarterly revenue.',
    entities: [ACME],
    reports: [],
  },
  {
    name: 'cues that report nothing: a negated past or perfect ("has not said", "hasn\u2019t said", "had never said")',
    text: 'Acme has not said how much it paid. Acme hasn\u2019t said when the phone ships. Acme had never said whether it would list.',
    entities: [ACME],
    reports: [],
  },
  {
    name: 'cues that report nothing: passives, naming, "added to", a clause of time, words without a clause',
    text:
      'Acme is said to be weighing a sale. She joined a start-up called Lumio. The news added to the pressure on Acme. ' +
      'Even before Acme announced the plan it was the biggest backer of the idea. It was not about speed but about what it said about its owner.',
    entities: [ACME, ['organization', 'Lumio']],
    reports: [],
  },
  // Descriptions standing for an organization
  {
    name: '"the watchdog" and "the regulator" are the organization introduced as a regulator, not the latest one named',
    text:
      'Banking watchdog Finreg has ordered Corvex Bank to repay customers. The watchdog said the bank had overcharged 20,000 people. ' +
      'More than half of them were pensioners, according to data published by the regulator.',
    entities: [['organization', 'Finreg'], ['organization', 'Corvex Bank']],
    reports: [
      ['Finreg', 'said', 'the bank had overcharged 20,000 people'],
      ['Finreg', 'according to', 'More than half of them were pensioners'],
    ],
  },
  {
    name: '"it said" after a sentence opened by a description is what the description stood for',
    text: 'Finreg has fined Corvex Bank £12m after an outage. The regulator said the outage had lasted eight hours. Two calls failed, it said.',
    entities: [['organization', 'Finreg'], ['organization', 'Corvex Bank']],
    reports: [
      ['Finreg', 'said', 'the outage had lasted eight hours'],
      ['Finreg', 'said', 'Two calls failed'],
    ],
  },
  {
    name: 'the outlet someone told is not what "the retailer" stands for',
    text:
      'Corvex has said a cyber-attack will cost it £300m. Its chief executive, Tom Reyes, told the BBC the attack had been hard. ' +
      'He thanked staff. Online sales fell by 43% in the quarter, the retailer said.',
    entities: [['organization', 'Corvex'], ['person', 'Tom Reyes'], ['organization', 'BBC']],
    reports: [
      ['Corvex', 'said', 'a cyber-attack will cost it £300m'],
      ['Tom Reyes', 'told the BBC', 'the attack had been hard'],
      ['Corvex', 'said', 'Online sales fell by 43% in the quarter'],
    ],
  },
  {
    name: '"the regulator" is the organization that fined another, with no description of its own',
    text: 'Finreg has fined Corvex Bank £12m after an outage. The regulator said the outage had lasted eight hours.',
    entities: [['organization', 'Finreg'], ['organization', 'Corvex Bank']],
    reports: [['Finreg', 'said', 'the outage had lasted eight hours']],
  },
  {
    name: '"the chipmaker" is the organization introduced as one; "the software firm Lumio" describes the name after it; "the eReader maker"',
    text: 'Chipmaker Kurobe will buy the software firm Lumio for $1bn. The chipmaker said the deal would close in June. The eReader maker said it was pleased.',
    entities: [['organization', 'Kurobe'], ['organization', 'Lumio']],
    reports: [
      ['Kurobe', 'said', 'the deal would close in June'],
      ['Kurobe', 'said', 'it was pleased'],
    ],
  },
  {
    name: '"The company now expects": the company described; a description does not run across "the" ("After the deal the company")',
    text: 'Norlia reported record sales on Monday. The company now expects revenue to rise 12% next year. After the deal the firm said it would hire.',
    entities: [['organization', 'Norlia']],
    reports: [
      ['Norlia', 'expects', 'revenue to rise 12% next year'],
      ['Norlia', 'said', 'it would hire'],
    ],
  },
  {
    name: 'a place\'s possessive opens a description of the organization',
    text: 'Talvo raised its forecast on Friday. Sweden\'s biggest games publisher now expects sales to grow by a fifth.',
    entities: [['organization', 'Talvo'], ['place', 'Sweden']],
    reports: [['Talvo', 'expects', 'sales to grow by a fifth']],
  },
  // Two sources at once
  {
    name: '"the companies said": one claim for each of the two organizations its sentence names',
    text: 'Kestrel Motors will take over Pinewood Software in a $2bn deal, the companies said.',
    entities: [['organization', 'Kestrel Motors'], ['organization', 'Pinewood Software']],
    reports: [
      ['Kestrel Motors', 'said', 'Kestrel Motors will take over Pinewood Software in a $2bn deal'],
      ['Pinewood Software', 'said', 'Kestrel Motors will take over Pinewood Software in a $2bn deal'],
    ],
  },
  {
    name: '"both companies" after a sentence whose subject and object are the two; three organizations are nobody in particular',
    text:
      'Kestrel Motors agreed to buy Pinewood Software. Both companies said the deal would close in May. ' +
      'Arlo, Brix and Corda joined the alliance, the companies said.',
    entities: [['organization', 'Kestrel Motors'], ['organization', 'Pinewood Software'], ['organization', 'Arlo'], ['organization', 'Brix'], ['organization', 'Corda']],
    reports: [
      ['Kestrel Motors', 'said', 'the deal would close in May'],
      ['Pinewood Software', 'said', 'the deal would close in May'],
      [null, 'said', 'Arlo, Brix and Corda joined the alliance'],
    ],
  },
  {
    name: 'every source of a list speaks, "both" and "its partner" between them',
    text: 'Acme and Lumio both said the merger would close in May. Acme and its partner Lumio announced that they would build a plant. Acme, Lumio and Globex said they would share patents.',
    entities: [ACME, ['organization', 'Lumio'], ['organization', 'Globex']],
    reports: [
      ['Lumio', 'said', 'the merger would close in May'],
      ['Acme', 'said', 'the merger would close in May'],
      ['Lumio', 'announced', 'they would build a plant'],
      ['Acme', 'announced', 'they would build a plant'],
      ['Globex', 'said', 'they would share patents'],
      ['Lumio', 'said', 'they would share patents'],
      ['Acme', 'said', 'they would share patents'],
    ],
  },
  {
    name: 'a spokesperson by possessive speaks for the organization: "Acme\'s", "the company\'s", "its"',
    text: "Acme makes robots. Jane Smith joined last year. Acme's spokeswoman said the robots were safe. The company's spokesperson said sales were up. Its spokesman said prices would fall.",
    entities: [ACME, SMITH],
    reports: [
      ['Acme', 'said', 'the robots were safe'],
      ['Acme', 'said', 'sales were up'],
      ['Acme', 'said', 'prices would fall'],
    ],
  },
  // A subject far from its verb
  {
    name: 'a long relative clause between the subject and its cue',
    text:
      'Volta, which sells gas and power to about three million homes across the north of the country and runs two large wind farms off the coast, ' +
      'denied that it had misled customers.',
    entities: [['organization', 'Volta']],
    reports: [['Volta', 'denied', 'it had misled customers']],
  },
  {
    name: 'an apposition and "has long argued"; "Analysts at X believe" is X',
    text:
      "Maria Lindqvist, the firm's founder and chairwoman, has long argued that small models are enough. " +
      'Analysts at Brightwater Research believe the market will double by 2030.',
    entities: [['person', 'Maria Lindqvist', 'Lindqvist'], ['organization', 'Brightwater Research']],
    reports: [
      ['Maria Lindqvist', 'argued', 'small models are enough'],
      ['Brightwater Research', 'believe', 'the market will double by 2030'],
    ],
  },
  // "It" as a speaker
  {
    name: '"It claimed" is an organization, not a product named since (even one typed as an organization)',
    text: 'Orbix makes chips for phones. The firm sells its Nebula-3 chip in Asia. It claimed last month that its next chip would halve power use.',
    entities: [['organization', 'Orbix'], ['organization', 'Nebula']],
    reports: [['Orbix', 'claimed', 'its next chip would halve power use']],
  },
  {
    name: '"It said" is the organization that was the subject just before, over the article\'s main one',
    text: 'Orbix makes chips. Orbix sells them in Asia. Orbix grew fast. Rival Quenta lowered its prices on Monday. It said the cuts would win customers.',
    entities: [['organization', 'Orbix'], ['organization', 'Quenta']],
    reports: [['Quenta', 'said', 'the cuts would win customers']],
  },
  {
    name: '"said in its filing that", "said in a memo that devices would": the words after "that"',
    text: 'Quillon said in its filing that it had doubled its revenue. Brisa said in a memo that devices would get a final update.',
    entities: [['organization', 'Quillon'], ['organization', 'Brisa']],
    reports: [
      ['Quillon', 'said', 'it had doubled its revenue'],
      ['Brisa', 'said in a memo', 'devices would get a final update'],
    ],
  },
  {
    name: '"It said" after "X, which ..., said": X, past the aside',
    text: 'Orbix sells chips. Orbix grew fast. Quenta, which supplies Orbix with memory, said it was independent. It said the review would not slow it down.',
    entities: [['organization', 'Orbix'], ['organization', 'Quenta']],
    reports: [
      ['Quenta', 'said', 'it was independent'],
      ['Quenta', 'said', 'the review would not slow it down'],
    ],
  },
  {
    name: '", reported that ..." has its source before it; "it had found that" inside its own report keeps the report',
    text: 'Wirewire, the news agency, reported that the trade body would fine Orbix. The Authority said it had found that the chip giant misled buyers.',
    entities: [['organization', 'Wirewire'], ['organization', 'Orbix'], ['organization', 'Authority']],
    reports: [
      ['Wirewire', 'reported', 'the trade body would fine Orbix'],
      ['Authority', 'said', 'it had found that the chip giant misled buyers'],
    ],
  },
  // Verbs and phrases that name no speaker
  {
    name: 'a place is not a speaker; "reported" with results or an adverbial is not speech, with "that" it is',
    text:
      'Pilots run in Spain and Portugal have suggested that drivers prefer the app. ' +
      'Zentrix reported bookings that fell short of forecasts. Helix reported on Tuesday and Mavro reports next week. ' +
      'Bloomberg reported on Friday that Zentrix is seeking a buyer. Reuters reported on Monday the company had hired bankers.',
    entities: [
      ['place', 'Spain'], ['place', 'Portugal'],
      ['organization', 'Zentrix'], ['organization', 'Helix'], ['organization', 'Mavro'], ['organization', 'Bloomberg'], ['organization', 'Reuters'],
    ],
    reports: [
      [null, 'suggested', 'drivers prefer the app'],
      ['Bloomberg', 'reported', 'Zentrix is seeking a buyer'],
      ['Reuters', 'reported', 'the company had hired bankers'],
    ],
  },
  {
    name: 'a "-based" place is not the speaker, nor an organization one of its people is from; "asked not to be identified" reports nothing',
    text:
      'Prices will fall again, said one Frankfurt-based trader. A banker who asked not to be identified was doubtful. ' +
      'A former Acme engineer said the team was too small.',
    entities: [['place', 'Frankfurt'], ACME],
    reports: [
      [null, 'said', 'Prices will fall again'],
      [null, 'said', 'the team was too small'],
    ],
  },
  {
    name: 'a name set off after a title is the subject: "Acme\'s president, X, said", "the company\'s finance chief, X, told"',
    text:
      'Acme’s president, Jane Smith, said the plant would reopen in March. ' +
      'The company’s finance chief, Tom Reyes, told analysts that margins would recover.',
    entities: [SMITH, ACME, ['person', 'Tom Reyes']],
    reports: [
      ['Jane Smith', 'said', 'the plant would reopen in March'],
      ['Tom Reyes', 'told', 'margins would recover'],
    ],
  },
  {
    name: 'an aside between the subject and the cue may hold a number with commas',
    text: 'The Acme Workers Union, the largest union at Acme with about 12,500 members, said on Friday its members would strike.',
    entities: [ACME, ['organization', 'Acme Workers Union']],
    reports: [['Acme Workers Union', 'said', 'its members would strike']],
  },
  {
    name: 'a plural source with a bare reporting verb ("analysts at X estimate that", "X forecast that")',
    text: 'Analysts at Brightline estimate that cloud sales will double by 2027. Economists at Acme forecast that prices would fall.',
    entities: [ACME, ['organization', 'Brightline']],
    reports: [
      ['Brightline', 'estimate', 'cloud sales will double by 2027'],
      ['Acme', 'forecast', 'prices would fall'],
    ],
  },
  {
    name: '"X said that ...": the clause after "that" asserts, even where the tagger reads its verb as a noun ("rose")',
    text: 'Apple said that revenue rose 5%.',
    entities: [['organization', 'Apple']],
    reports: [['Apple', 'said', 'revenue rose 5%']],
  },
  {
    name: 'a date or "in a statement" between the subject and its cue ("Microsoft on Tuesday said")',
    text:
      'Microsoft on Tuesday said it would cut 1,900 jobs. Acme last week told investors that orders had doubled. ' +
      'Lumio in a statement on Friday announced that it had sold its chip unit.',
    entities: [ACME, ['organization', 'Microsoft'], ['organization', 'Lumio']],
    reports: [
      ['Microsoft', 'said', 'it would cut 1,900 jobs'],
      ['Acme', 'told', 'orders had doubled'],
      ['Lumio', 'announced', 'it had sold its chip unit'],
    ],
  },
  {
    name: 'an abbreviation\'s full stop does not cut a name ("Mr. Kamin", "John D. Podesta", "Sen. Lindsey Graham")',
    text:
      'The tax is good, Mr. Kamin said. Prices will fall, said John D. Podesta, a former aide. ' +
      'The plan, Sen. Lindsey Graham said, is a mess.',
    entities: [['person', 'Kamin'], ['person', 'John D. Podesta'], ['person', 'Lindsey Graham']],
    reports: [
      ['Kamin', 'said', 'The tax is good'],
      ['John D. Podesta', 'said', 'Prices will fall'],
      ['Lindsey Graham', 'said', 'The plan, Sen. Lindsey Graham said, is a mess'],
    ],
  },
  {
    name: 'a campaign, aides or a team speak for the person named ("the Trump campaign says", "Trump aides said")',
    text: 'Donald Trump toured Ohio. The Trump campaign says the ad will air on cable. Trump aides said the tour would go on.',
    entities: [['person', 'Donald Trump', 'Trump']],
    reports: [
      ['Donald Trump', 'says', 'the ad will air on cable'],
      ['Donald Trump', 'said', 'the tour would go on'],
    ],
  },
  {
    name: 'a role the person was introduced with stands for them ("the Republican nominee said")',
    text: 'Republican presidential nominee Donald Trump spoke in Iowa. The Republican nominee said his campaign had not spent much.',
    entities: [['person', 'Donald Trump', 'Trump']],
    reports: [['Donald Trump', 'said', 'his campaign had not spent much']],
  },
  {
    name: 'a name and a colon opening a sentence: a transcript\'s speaker; "Update:" names nobody',
    text: 'Mike Pence spoke to Chris Wallace.\n\nPENCE: Gennifer Flowers will not be attending the debate tomorrow night.\n\nUpdate: the story was changed on Monday.',
    entities: [['person', 'Mike Pence', 'Pence'], ['person', 'Chris Wallace', 'Wallace']],
    reports: [['Mike Pence', ':', 'Gennifer Flowers will not be attending the debate tomorrow night']],
  },
  {
    name: 'a cue the lexicon lacks, found by the learned detector, when a proposition follows; acts are no reports',
    text:
      'Elizabeth Warren questioned whether the bank was too big to manage. Acme declined to comment. ' +
      'Lumio agreed to buy Orbix, the companies said. Alibaba\'s listing ceremony is due to be held next Tuesday.',
    entities: [['person', 'Elizabeth Warren', 'Warren'], ACME, ['organization', 'Lumio'], ['organization', 'Orbix'], ['organization', 'Alibaba']],
    reports: [
      ['Elizabeth Warren', 'questioned', 'whether the bank was too big to manage'],
      ['Lumio', 'said', 'Lumio agreed to buy Orbix'],
      ['Orbix', 'said', 'Lumio agreed to buy Orbix'],
    ],
  },
  {
    name: 'a learned cue of stance takes the noun phrase it judges ("bemoaned the unrest"); a participle after a report does not split it',
    text:
      'Senator Maria Lopez bemoaned the unrest in the city. Lopez also attacked the merger of the two banks. Acme declined to comment. ' +
      'Lopez warned of deeper cuts, blaming the governor for the deficit.',
    entities: [['person', 'Maria Lopez', 'Lopez'], ACME],
    reports: [
      ['Maria Lopez', 'bemoaned', 'the unrest in the city'],
      ['Maria Lopez', 'attacked', 'the merger of the two banks'],
      ['Maria Lopez', 'warned', 'of deeper cuts, blaming the governor for the deficit'],
    ],
  },
  {
    name: 'an infinitive after a cue of intent is what it attributes, not an adverbial, after a dash or a comma too; "noted" takes a noun phrase',
    text:
      'Senator Maria Lopez spoke in Ohio. The fight over taxes is predictable - Lopez has vowed to cut them for families. ' +
      'On Friday, Lopez spoke to a union meeting, promising to protect pensions. Lopez hopes to win a third term. Lopez noted the drop in crime.',
    entities: [['person', 'Maria Lopez', 'Lopez']],
    reports: [
      ['Maria Lopez', 'vowed', 'to cut them for families'],
      ['Maria Lopez', 'promising', 'to protect pensions'],
      ['Maria Lopez', 'hopes', 'to win a third term'],
      ['Maria Lopez', 'noted', 'the drop in crime'],
    ],
  },
  {
    name: 'a participle after a partial quotation that closes with its comma opens a report of its own ("...," noting that)',
    text: 'Senator Maria Lopez said the bill was "bold but fair," noting that most voters backed it.',
    entities: [['person', 'Maria Lopez', 'Lopez']],
    reports: [
      ['Maria Lopez', 'said', 'the bill was "bold but fair,"'],
      ['Maria Lopez', 'noting', 'most voters backed it'],
    ],
  },
  {
    name: 'a place\'s possessive describes the organization "the company" stands for ("Japan\'s Kanazawa")',
    text: 'Japan’s Kanazawa cut its forecast on Friday. Net sales fell 7.2% in the quarter, the company said.',
    entities: [['place', 'Japan'], ['organization', 'Kanazawa']],
    reports: [['Kanazawa', 'said', 'Net sales fell 7.2% in the quarter']],
  },
  {
    name: 'a coordinated cue shares the subject of the verb before it, not its object; an aside may stand between',
    text:
      'Earlier this month the Commission fined Lumio 2.95 billion euros and said a break-up may be the only remedy. ' +
      'Acme, whose store opened in June, sells tracks at 79p and says it has sold 5 million songs.',
    entities: [['organization', 'Commission'], ['organization', 'Lumio'], ACME],
    reports: [
      ['Commission', 'said', 'a break-up may be the only remedy'],
      ['Acme', 'says', 'it has sold 5 million songs'],
    ],
  },
  {
    name: 'a name after a description, a party in brackets between the subject and its cue; a negated cue reports nothing',
    text:
      'Another critic, Laurence H. Tribe, likened the rules to burning the Constitution. ' +
      'But Attorney General Eric Schneiderman isn’t saying if the foundation violated any laws. ' +
      'Trump could win, Sen. Lindsey Graham (R-S.C.) told reporters on Thursday.',
    entities: [['person', 'Laurence H. Tribe', 'Tribe'], ['person', 'Eric Schneiderman'], ['person', 'Lindsey Graham'], ['person', 'Donald Trump', 'Trump']],
    reports: [
      ['Laurence H. Tribe', 'likened', 'the rules to burning the Constitution'],
      ['Lindsey Graham', 'told', 'Trump could win'],
    ],
  },
  {
    name: 'a passive "was quoted by OUTLET as saying": the subject speaks, the outlet does not',
    text: 'Jane Smith was quoted by the Financial Times as saying that the lawsuit was without merit.',
    entities: [SMITH, ['organization', 'Financial Times']],
    reports: [['Jane Smith', 'saying', 'the lawsuit was without merit']],
  },
  {
    name: 'a trailing spokesperson for an organization: the whole phrase is the source',
    text: 'The security flaw had been patched, a spokeswoman for Acme said.',
    entities: [ACME],
    reports: [['Acme', 'said', 'The security flaw had been patched']],
  },
  {
    name: 'a medium between cue and "that", and a plural noun the tagger reads as a verb',
    text: 'Acme warned in a statement that prices for cloud storage would rise.',
    entities: [ACME],
    reports: [['Acme', 'warned in a statement', 'prices for cloud storage would rise']],
  },
  {
    name: 'a past-tense verb the tagger reads as an adjective still makes a clause',
    text: 'Jane Smith said the deal still needed approval from regulators.',
    entities: [SMITH],
    reports: [['Jane Smith', 'said', 'the deal still needed approval from regulators']],
  },
  {
    name: 'a progressive cue ("is confirming") is a source speaking; a poll speaks for whoever ran it',
    text: 'Jane Smith is confirming that the foundation is not registered. A Gallup poll shows that voters have turned away.',
    entities: [SMITH, ['organization', 'Gallup']],
    reports: [
      ['Jane Smith', 'confirming', 'the foundation is not registered'],
      ['Gallup', 'shows', 'voters have turned away'],
    ],
  },
  {
    name: 'a country that is the subject of a cue speaks; a place after a preposition does not',
    text: 'Russia insisted that the talks had failed. Sales in China rose, Acme said.',
    entities: [['place', 'Russia'], ['place', 'China'], ACME],
    reports: [
      ['Russia', 'insisted', 'the talks had failed'],
      ['Acme', 'said', 'Sales in China rose'],
    ],
  },
  {
    name: 'a named group speaks ("Senate Republicans said"), and is who "they" stands for just after',
    text: 'Senate Republicans said the hearing was a waste of time. They said the findings raised more questions.',
    reports: [
      ['Senate Republicans', 'said', 'the hearing was a waste of time'],
      ['Senate Republicans', 'said', 'the findings raised more questions'],
    ],
  },
  {
    name: 'speech acts that take a noun phrase: criticizing, citing, demanding',
    text: 'Jane Smith criticized the plan as reckless. Acme cited weaker demand in Europe.',
    entities: [SMITH, ACME],
    reports: [
      ['Jane Smith', 'criticized', 'the plan as reckless'],
      ['Acme', 'cited', 'weaker demand in Europe'],
    ],
  },
  {
    name: 'a possessive pronoun before people who speak for someone stands for whom it refers to ("Her campaign said")',
    text: 'Jane Smith is running for governor. Her campaign said the poll was wrong.',
    entities: [SMITH],
    reports: [['Jane Smith', 'said', 'the poll was wrong']],
  },
  {
    name: 'a name after a longer description ("A lawyer for the outlets, X, said"), a title before a full name, a comparison with a forecast',
    text:
      'A lawyer for the news outlets, Tom Reyes, said no decision had been made about an appeal. ' +
      'Democratic Sen. Jane Smith said the rules were unfair. ' +
      'Acme expects that sales will rise 5%, less than forecast in May.',
    entities: [['person', 'Tom Reyes'], SMITH, ACME],
    reports: [
      ['Tom Reyes', 'said', 'no decision had been made about an appeal'],
      ['Jane Smith', 'said', 'the rules were unfair'],
      ['Acme', 'expects', 'sales will rise 5%, less than forecast in May'],
    ],
  },
  {
    name: 'a name against the cue after a person named earlier, an acronym opening the sentence, a verb the tagger read as a noun before "that"',
    text:
      'After her meeting with Jane Smith, the White House announced that the sanctions would end. ' +
      'CNS reported Monday that the program had been expanded. ' +
      'Data from the Community Survey show that women represented about 41 percent of workers. ' +
      'The TV shows that aired last year were popular.',
    entities: [SMITH],
    reports: [
      ['White House', 'announced', 'the sanctions would end'],
      ['CNS', 'reported', 'the program had been expanded'],
      ['Community Survey', 'show', 'that women represented about 41 percent of workers'],
    ],
  },
  {
    name: '"the firm" with no organization named stands for the name opening the sentence before, not for a person',
    text: 'Point Nine was founded in Austin in 2015. The firm said the lawsuit was without merit.\n\nJane Smith went home. The company said the ruling was wrong.',
    entities: [SMITH],
    reports: [
      ['Point Nine', 'said', 'the lawsuit was without merit'],
      [null, 'said', 'the ruling was wrong'],
    ],
  },
  {
    name: 'a phrase of time or manner opening the sentence is not what the source asserts; a clause before the source is',
    text: 'During his years in office, Jane Smith said, "We did our best to fix the schools." But sales fell sharply, Jane Smith said.',
    entities: [SMITH],
    reports: [
      ['Jane Smith', 'said', '"We did our best to fix the schools."'],
      ['Jane Smith', 'said', 'But sales fell sharply'],
    ],
  },
  {
    name: 'a place that opens the clause after a person in a phrase before it; a subject shared across an aside and "but has said"; a title abbreviated before a name',
    text:
      'After her meeting with Jane Smith, the White House announced that the sanctions would end. ' +
      'Tom Reyes, like Jane Smith, has visited the Acme plant twice but has said he will hold firm on wages. ' +
      'Gov. Ana Ruiz visited the plant with Jane Smith. The Texas governor said the jobs would stay.',
    entities: [SMITH, ['person', 'Tom Reyes'], ['person', 'Ana Ruiz'], ['place', 'White House'], ACME],
    reports: [
      ['White House', 'announced', 'the sanctions would end'],
      ['Tom Reyes', 'said', 'he will hold firm on wages'],
      ['Ana Ruiz', 'said', 'the jobs would stay'],
    ],
  },
  {
    name: 'a subject no sieve reads, across an aside and a verb the tagger read as a noun, found by the learned linker',
    text: 'Acme, whose music store opened in the UK in June last year, charges 79p a track and says it has sold more than 5 million songs.',
    entities: [ACME, ['place', 'UK']],
    reports: [['Acme', 'says', 'it has sold more than 5 million songs']],
  },
  {
    name: 'a name set off after a description that follows an opening phrase; a frame that interrupts a subject and its verb',
    text:
      'In a statement, one of the company\'s lawyers, Tom Reyes, said the ruling would be appealed. ' +
      'The new plant, Jane Smith said, opened in May.',
    entities: [SMITH, ['person', 'Tom Reyes']],
    reports: [
      ['Tom Reyes', 'said', 'the ruling would be appealed'],
      ['Jane Smith', 'said', 'The new plant, Jane Smith said, opened in May'],
    ],
  },
  {
    name: 'a name typed as a product that is the subject of its cue speaks (a company the entities stage mistook)',
    text: 'Nestwise, which says it has 1.6 million users, said in a statement that it had stopped sharing data.',
    entities: [['product', 'Nestwise']],
    reports: [
      ['Nestwise', 'says', 'it has 1.6 million users'],
      ['Nestwise', 'said in a statement', 'it had stopped sharing data'],
    ],
  },
  {
    name: 'a clause whose verb the tagger reads as a noun ("sales rose"); "according to" a source with its abbreviation',
    text:
      'Acme said sales rose 8% in the quarter. ' +
      'According to the Software Publishers Association (SPA), games sales rose 8% last year.',
    entities: [ACME, ['organization', 'Software Publishers Association']],
    reports: [
      ['Acme', 'said', 'sales rose 8% in the quarter'],
      ['Software Publishers Association', 'According to', 'games sales rose 8% last year'],
    ],
  },
  {
    name: 'a company name with an abbreviated ending and an apposition before its cue; money after the cue is no source',
    text: 'Hanul Semiconductor Co., a chip packaging company, said Tuesday it will invest 4.2 trillion won (US$3.07 billion) in a new plant.',
    entities: [['organization', 'Hanul Semiconductor Co']],
    reports: [['Hanul Semiconductor Co', 'said', 'it will invest 4.2 trillion won (US$3.07 billion) in a new plant']],
  },
  {
    name: '"according to its prospectus", "according to the filing": the organization the document is of',
    text: 'Acme is seeking to raise $500 million in a listing, according to its prospectus. Its revenue rose 71% last year, according to the filing.',
    entities: [ACME],
    reports: [
      ['Acme', 'according to', 'Acme is seeking to raise $500 million in a listing'],
      ['Acme', 'according to', 'Its revenue rose 71% last year'],
    ],
  },
  {
    name: 'whose filings, not who received them ("according to its filings with X"); the name beside a described subject ("The regulator, Ofcom, is"); "the Kyoto-based developer"',
    text:
      'Acme lent Rs 1,850 crore in the nine months to December, according to its filings with the Registrar of Companies. ' +
      'The regulator, Ofcom, is watching closely. It is reviewing fees, and said it would publish proposals. ' +
      'The Kyoto-based developer Tsubame raised its forecast. The Kyoto-based developer now expects net profit of ¥41 billion.',
    entities: [ACME, ['organization', 'Registrar of Companies'], ['organization', 'Ofcom'], ['organization', 'Tsubame'], ['place', 'Kyoto']],
    reports: [
      ['Acme', 'according to', 'Acme lent Rs 1,850 crore in the nine months to December'],
      ['Ofcom', 'said', 'it would publish proposals'],
      ['Tsubame', 'expects', 'net profit of ¥41 billion'],
    ],
  },
  {
    name: 'a place that is the subject across an aside naming another place',
    text: "Even China, Pyongyang's only ally, said it was opposed to the test.",
    entities: [['place', 'China'], ['place', 'Pyongyang']],
    reports: [['China', 'said', 'it was opposed to the test']],
  },
  {
    name: 'a hyphenated given name in a source named after its cue',
    text: 'The company was cooperating with investigators, says Ji-woo Park.',
    reports: [['Ji-woo Park', 'says', 'The company was cooperating with investigators']],
  },
  {
    name: 'a verb that "and" joins to the clause\'s first has its subject, not the name nearest the cue',
    text: 'Jane Smith met the Acme board in May and said the merger was off.',
    entities: [SMITH, ACME],
    reports: [['Jane Smith', 'said', 'the merger was off']],
  },
  {
    name: 'a coordinated cue: a title before the subject\'s name and an aside with a verb of its own are passed over',
    text: 'Acme analyst Jane Smith, who joined in May, cut her forecast for Orbital and said demand had peaked.',
    entities: [SMITH, ACME, ['organization', 'Orbital']],
    reports: [['Jane Smith', 'said', 'demand had peaked']],
  },
  {
    name: 'a subject across a short aside and a description ("Sen. X, R-S.C., a candidate, said"), a name after the cue that opens the content',
    text: 'Sen. Jane Smith, R-S.C., a long-shot candidate for governor, said Acme is overselling its results.',
    entities: [SMITH, ACME],
    reports: [['Jane Smith', 'said', 'Acme is overselling its results']],
  },
  {
    name: 'a subject across an aside between dashes',
    text: 'Smith -- co-editor of a book on Acme, the chip maker -- said the company tended to announce products at those events.',
    entities: [SMITH, ACME],
    reports: [['Jane Smith', 'said', 'the company tended to announce products at those events']],
  },
  {
    name: 'a name after "according to" is read whole, past a word that would end the phrase ("... Center for ...")',
    text: 'Voters who earn more have backed Acme, according to the Roper Center for Public Opinion Research.',
    entities: [ACME, ['organization', 'Roper Center for Public Opinion Research']],
    reports: [['Roper Center for Public Opinion Research', 'according to', 'Voters who earn more have backed Acme']],
  },
  {
    name: 'a title-case headline reads its cues in lower case',
    text: 'Acme Will Double Its Staff, Jane Smith Says.\n\nThe company hired 40 engineers.',
    entities: [SMITH, ACME],
    reports: [['Jane Smith', 'Says', 'Acme Will Double Its Staff']],
  },
];

t.test('reported speech: who, which cue, and which words', async (t) => {
  for (const { name, text, entities, reports } of reportCases) {
    const claims = claimsOf(text, entities).filter((claim) => claim.cue !== null);
    t.same(
      claims.map((claim) => [claim.speaker, claim.cue, claim.text]),
      reports,
      name,
    );
  }
});

t.test('quotations: linked to the claim that holds them, or a claim of their own', async (t) => {
  const text =
    'Jane Smith said Acme would ship its Nova phone in May, calling it "our best yet". ' +
    '"Nova will outsell every phone we have made," she said. "We are hiring." "Nova is only the start."\n\n' +
    'Tom Reyes spoke next. "Prices are too high."';
  const claims = claimsOf(text, [SMITH, ACME, ['product', 'Nova'], ['person', 'Tom Reyes', 'Reyes']]);
  t.same(
    claims.map((claim) => [claim.text, claim.speaker, claim.quotes]),
    [
      ['Acme would ship its Nova phone in May', 'Jane Smith', []],
      ['it "our best yet"', 'Jane Smith', ['our best yet']],
      ['"Nova will outsell every phone we have made,"', 'Jane Smith', ['Nova will outsell every phone we have made,', 'We are hiring.', 'Nova is only the start.']],
      ['Prices are too high.', 'Tom Reyes', ['Prices are too high.']],
    ],
    'a quotation goes with the claim that holds it, the same speaker\'s claim about what it names, or the quotation it follows',
  );
});

t.test('unattributed claims: figures and events about an entity, by clause; the rest is not a claim', async (t) => {
  const text =
    'Markets fell on Monday, with Acme stock dropping 9%. Acme acquired Lumio last year. Acme is a large company. ' +
    'In response to a question about Acme spending, nothing was said.';
  const claims = claimsOf(text, [ACME, ['organization', 'Lumio']], { percentages: ['9%'], dates: ['Monday', 'last year'] });
  t.same(
    claims.map((claim) => [claim.text, claim.kind, claim.speaker, claim.figures]),
    [
      ['Acme stock dropping 9%', 'stock_move', null, ['9%']],
      ['Acme acquired Lumio last year', 'acquisition', null, []],
    ],
  );
});

t.test('a dateline is nobody: not a claim\'s subject, not "the company" of later sentences', async (t) => {
  const text =
    'LONDON, March 12 (Reuters) - Acme cut its forecast by 4% on Thursday.\n\n' +
    'The company said it would close two plants. Sales would fall 5% this year, it said.';
  const claims = claimsOf(text, [['place', 'LONDON'], ['organization', 'Reuters'], ACME], { percentages: ['4%', '5%'] });
  t.same(
    claims.map((claim) => [claim.text, claim.speaker, claim.subject]),
    [
      ['Acme cut its forecast by 4% on Thursday', null, 'Acme'],
      ['it would close two plants', 'Acme', 'Acme'],
      ['Sales would fall 5% this year', 'Acme', null],
    ],
  );
  for (const dateline of ['SAN FRANCISCO (AP) — ', 'Washington (CNN) -- ', 'BENGALURU: ']) {
    const body = 'Lumio raised $20 million, the startup said on Monday.';
    const reports = claimsOf(dateline + body, [['organization', 'Lumio'], ['organization', 'AP'], ['organization', 'CNN']], { money: ['$20 million'] });
    t.same(reports.map((claim) => [claim.text, claim.speaker]), [['Lumio raised $20 million', 'Lumio']], dateline);
  }
});

t.test('modality from the words and the cue', async (t) => {
  const cases: [string, string | null, Modality][] = [
    ['Acme raised $5m', 'said', 'asserted'],
    ['Acme would spend $5m', 'announced', 'planned'],
    ['Acme plans to hire 50 people', null, 'planned'],
    ['to cut costs', 'pledged', 'planned'],
    ['revenue to rise', 'expects', 'forecast'],
    ['Sales are projected to reach $1bn', null, 'forecast'],
    ['Acme may sell its chip unit', null, 'hedged'],
    ['Acme is reportedly weighing a sale', null, 'hedged'],
    ['prices will fall', 'believes', 'hedged'],
    ['Acme is not profitable', null, 'negated'],
    ['Acme won’t raise prices', 'said', 'negated'],
    ['it had broken the rules', 'denied', 'negated'],
    ['it is too early to tell if demand will fall', 'said', 'asserted'],
    ['the phone is not just fast but cheap', 'said', 'asserted'],
  ];
  for (const [clause, cue, modality] of cases) t.equal(modalityOf(clause, cue), modality, `${clause} (${cue ?? 'no cue'})`);
});

t.test('kinds and their normalised verbs', async (t) => {
  const cases: [string, Claim['kind'] | null, string | null][] = [
    ['Acme raised $20m in a Series A round', 'funding', 'raise'],
    ['Acme raised prices', null, null],
    ['Acme agreed to buy Lumio', 'acquisition', 'buy'],
    ['Acme bought shares in Lumio', 'investment', 'buy'],
    ['Acme will spend $3bn on data centres', 'investment', 'spend'],
    ['Revenue rose 5%', 'revenue', null],
    ['Shares of Acme tumbled 12%', 'stock_move', 'tumble'],
    ['Acme has been losing share to Lumio', null, null],
    ['Acme is valued at $2bn', 'valuation', 'value'],
    ['Acme laid off 300 workers', 'layoffs', 'lay off'],
    ['Acme is cutting 5% of its staff', 'layoffs', 'cut'],
    ['Acme will cut 0.8% of its staff, or 90 jobs', 'layoffs', 'cut'],
    ['Acme launched a new phone', 'product_launch', 'launch'],
    ['Acme launched an investigation', 'legal_regulatory', 'investigate'],
    ['Acme teamed up with Lumio', 'partnership', 'team up'],
    ['Lumio fined Acme €5m', 'legal_regulatory', 'fine'],
    ['the regulator fined Acme', 'legal_regulatory', null],
    ['Acme aims to double its users', 'goal_forecast', null],
    ['Acme is a large company', null, null],
  ];
  for (const [clause, kind, lemma] of cases) {
    const trigger = triggerIn(clause, false);
    t.same(trigger && [trigger.kind, trigger.lemma], kind && [kind, lemma], clause);
  }
  t.equal(triggerIn('Acme released Nova in May', true)?.kind, 'product_launch', 'a named product makes a release a launch');
  t.equal(triggerIn('Acme released a statement', false), null, 'nothing launched without a product');
});

t.test('roles: a verb the tagger read as a noun before a figure, a company typed a place only by its name words', async (t) => {
  const rolesOf = (text: string) => {
    const result = extract({ text });
    const name = (id: string | number) => result.entities.find((e) => e.id === id)?.name ?? [...result.money, ...result.percentages].find((f) => f.id === id)?.text;
    return result.claims.map((claim) => [claim.kind, Object.fromEntries(Object.entries(claim.arguments).map(([role, id]) => [role, name(id)]))]);
  };
  t.same(rolesOf('Uber cut 90 jobs on Tuesday.'), [['layoffs', { company: 'Uber' }]]);
  t.same(rolesOf('Meta cut 1,200 jobs on Tuesday.'), [['layoffs', { company: 'Meta' }]], 'after a listed name that is also a word');
  t.same(rolesOf('Point Nine will lay off 75 employees.'), [['layoffs', { company: 'Point Nine' }]]);
  t.same(rolesOf('Tessera Bio said it would lay off 15% of its staff.'), [['layoffs', { company: 'Tessera Bio', share: '15%' }]]);
  t.same(rolesOf('Shares of Second Harbor fell 12% on Tuesday.'), [['stock_move', { company: 'Second Harbor', change: '12%' }]]);
  t.same(rolesOf('Nvidia will buy Second Harbor for $3 billion in cash.'), [['acquisition', { acquirer: 'Nvidia', target: 'Second Harbor', price: '$3 billion' }]]);
  t.same(rolesOf('Japan raised $5 billion in a bond sale.')[0]?.[1], { subject: 'Japan' }, 'a known place is no company');
});

t.test("a funding claim's round: a lettered series or a stage before round/funding/financing", async (t) => {
  const roundOf = (text: string) => extract({ text }).claims.find((c) => c.kind === 'funding')?.arguments.round;
  t.equal(roundOf('Acme raised $20m in a Series A round led by Sequoia.'), 'series-a');
  t.equal(roundOf('Orbit said it raised $40 million in series B-2 financing.'), 'series-b');
  t.equal(roundOf('Zentra closed a $3 million seed round, it said.'), 'seed');
  t.equal(roundOf('Brightline raised $2m in pre-seed funding.'), 'pre-seed');
  t.equal(roundOf('Acme raised $20m from Sequoia.'), undefined, 'absent when the claim names no round');
});

t.test("a claim's period is the date it is about, not the baseline its figure is compared with", async (t) => {
  const periodOf = (text: string) => {
    const result = extract({ text, publishedAt: '2025-08-01' });
    const id = result.claims.find((c) => c.kind === 'revenue')?.arguments.period;
    return result.dates.find((d) => d.id === id)?.text;
  };
  t.equal(periodOf('Acme said net income rose to $412 million in the second quarter, from $300 million a year earlier.'), 'second quarter');
  t.equal(periodOf('Acme said net income rose to $412 million, from $300 million a year earlier.'), undefined, 'no period but the baseline');
  t.equal(periodOf('Acme said revenue rose 5% compared with the year-ago quarter.'), undefined);
  t.equal(periodOf('Acme said revenue rose 5% in 2024.'), '2024');
});

/** An article written for this test with names the current entities stage knows, run through the whole pipeline. */
const article = [
  'Nvidia’s shares fell 7% on Tuesday as investors worried about DeepSeek.',
  'Mark Zuckerberg said last week that Meta would spend more than $65 billion in 2025 on data centers. He added that he expects OpenAI and Anthropic to keep raising prices.',
  '“We are going to build the biggest clusters in the world,” Zuckerberg said. “Nobody else can.”',
].join('\n\n');

t.test('end to end: the claims of an article, with ids that resolve and spans that slice the input', async (t) => {
  const result = withMeta(extract({ text: article, publishedAt: '2025-01-29' }), '0.0.0', 0);
  const text = (ids: readonly string[]) =>
    ids.map((id) => [...result.money, ...result.percentages, ...result.dates, ...result.quotes].find((item) => item.id === id)?.text);
  t.same(
    result.claims.map((claim) => [claim.speaker?.name ?? null, claim.cue, claim.kind, claim.modality, claim.figures.length, text(claim.dates)]),
    [
      [null, null, 'stock_move', 'asserted', 1, ['Tuesday']],
      ['Mark Zuckerberg', 'said', 'investment', 'planned', 1, ['last week', '2025']],
      ['Mark Zuckerberg', 'expects', 'goal_forecast', 'forecast', 0, []],
      ['Mark Zuckerberg', 'said', 'goal_forecast', 'planned', 0, []],
    ],
  );
  t.match(text(result.claims[1]!.figures), [/\$65 billion$/u], 'the money stage may add the qualifier to the amount');
  t.same(text(result.claims[3]!.quotes), ['We are going to build the biggest clusters in the world,', 'Nobody else can.']);
  t.same(result.claims[1]!.subject, { entityId: result.entities.find((e) => e.name === 'Meta')!.id, name: 'Meta' });
  t.same(danglingReferences(result), []);
  t.ok(spansOf(result).every((span) => article.slice(span.start, span.end) === span.text));
});

