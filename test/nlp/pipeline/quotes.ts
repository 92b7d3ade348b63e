import t from 'tap';
import { quoteSpansComponent, quotesComponent } from '../../../src/nlp/attribution/quotes.js';
import { runComponents } from '../../../src/nlp/doc/components.js';
import type { DocumentInput } from '../../../src/nlp/doc/document.js';
import type { EntityType, Quote } from '../../../src/nlp/doc/layers.js';
import { personNamesComponent } from '../../../src/nlp/attribution/person-names.js';
import { speakersComponent } from '../../../src/nlp/attribution/speaker-index.js';
import { docWithEntities, type EntitySpec } from '../../fixtures/entities.js';

/** The quotes layer of a text whose entities are the given ones. */
function quotesOf(input: DocumentInput, entities: readonly EntitySpec[]): readonly Quote[] {
  return runComponents(docWithEntities(input, entities), [quoteSpansComponent, personNamesComponent, speakersComponent, quotesComponent]).quotes!;
}

interface Expected {
  text: string;
  speaker: string | null;
  cue: string | null;
}

interface Case {
  name: string;
  text: string;
  entities?: [EntityType, string, ...string[]][];
  quotes: Expected[];
}

const OKAFOR: [EntityType, string, ...string[]] = ['person', 'Jane Okafor', 'Okafor'];
const REYES: [EntityType, string, ...string[]] = ['person', 'Tom Reyes', 'Reyes'];

const cases: Case[] = [
  {
    name: 'subject before the cue, after the quotation',
    text: '"We will ship the phone in May," Jane Okafor said.',
    entities: [OKAFOR],
    quotes: [{ text: 'We will ship the phone in May,', speaker: 'Jane Okafor', cue: 'said' }],
  },
  {
    name: 'subject after the cue ("said X")',
    text: '"Prices will fall," said Tom Reyes, an analyst at Brightline.',
    entities: [REYES],
    quotes: [{ text: 'Prices will fall,', speaker: 'Tom Reyes', cue: 'said' }],
  },
  {
    name: 'after the cue, the person a title of the company introduces ("said Lumio\'s head of research, X")',
    text: '"Prices will fall," said Lumio\'s head of research, Dr Jane Okafor.',
    entities: [OKAFOR, ['organization', 'Lumio']],
    quotes: [{ text: 'Prices will fall,', speaker: 'Jane Okafor', cue: 'said' }],
  },
  {
    name: 'titles listed in quotation marks are no quotations, even before a cue',
    text: 'Nexon, whose hits include "MapleStory" and "The First Descendant," said the investment was part of a push.',
    entities: [['organization', 'Nexon']],
    quotes: [],
  },
  {
    name: '"the statement said": who the article said made a statement',
    text: 'Jane Okafor, who founded Lumio, said in a statement that she would appeal. "I did nothing wrong," the statement said.',
    entities: [OKAFOR, ['organization', 'Lumio']],
    quotes: [{ text: 'I did nothing wrong,', speaker: 'Jane Okafor', cue: 'said' }],
  },
  {
    name: 'a name alone after the quotation, ending its line, signs it (a review\'s blurb)',
    text: 'Reviewers liked the phone.\n\n"Feature-studded and secure, a better choice." Gadget Weekly\n\n"It is fast." Tom Reyes',
    entities: [REYES],
    quotes: [
      { text: 'Feature-studded and secure, a better choice.', speaker: 'Gadget Weekly', cue: null },
      { text: 'It is fast.', speaker: 'Tom Reyes', cue: null },
    ],
  },
  {
    name: 'the office in a capitalised title is nobody\'s name ("Financial" of "Chief Financial Officer")',
    text: 'Jane Okafor joined as Chief Financial Officer in May. "Costs will fall," said the Chief Operating Officer.',
    entities: [OKAFOR],
    quotes: [{ text: 'Costs will fall,', speaker: 'Jane Okafor', cue: 'said' }],
  },
  {
    name: '"the department said": the department the article named',
    text: 'The Department of Justice sued Lumio on Monday. "The law is clear," the department said.',
    entities: [['organization', 'Department of Justice'], ['organization', 'Lumio']],
    quotes: [{ text: 'The law is clear,', speaker: 'Department of Justice', cue: 'said' }],
  },
  {
    name: 'subject after the cue behind an abbreviated title: the title is no part of the name ("said Del. X")',
    text: '"The vote was a waste of time," said Del. Tom Reyes of the harbour board.',
    entities: [REYES],
    quotes: [{ text: 'The vote was a waste of time,', speaker: 'Tom Reyes', cue: 'said' }],
  },
  {
    name: 'a name after a preposition after the cue is no inverted subject ("said on Twitter")',
    text: '"We hate this framing," a writer, said on Twitter.',
    entities: [['organization', 'Twitter']],
    quotes: [{ text: 'We hate this framing,', speaker: null, cue: 'said' }],
  },
  {
    name: 'a title written out before a name nobody listed is no name of its own ("said Senator X")',
    text: '"I cannot support the nominee," said Senator Mark S. Kirk, Republican of Illinois.',
    quotes: [{ text: 'I cannot support the nominee,', speaker: 'Mark S. Kirk', cue: 'said' }],
  },
  {
    name: 'verbs of speech beyond "said": a demand after the quotation, a participle before it with its clause\'s subject',
    text: '"Why is this allowed?" Tom Reyes demanded.\n\nJane Okafor mocked the plan on Monday, tweeting, "Nobody asked for this."',
    entities: [OKAFOR, REYES],
    quotes: [
      { text: 'Why is this allowed?', speaker: 'Tom Reyes', cue: 'demanded' },
      { text: 'Nobody asked for this.', speaker: 'Jane Okafor', cue: 'tweeting' },
    ],
  },
  {
    name: 'cue before the quotation, with an appositive title',
    text: 'Jane Okafor, chief executive of Lumio, said: "We are hiring again."',
    entities: [OKAFOR, ['organization', 'Lumio']],
    quotes: [{ text: 'We are hiring again.', speaker: 'Jane Okafor', cue: 'said' }],
  },
  {
    name: 'appositive between the quotation and the cue',
    text: '"We are profitable now," Jane Okafor, chief executive of Lumio, said on Tuesday.',
    entities: [OKAFOR, ['organization', 'Lumio']],
    quotes: [{ text: 'We are profitable now,', speaker: 'Jane Okafor', cue: 'said' }],
  },
  {
    name: 'a name set off after a title, before the cue: the name speaks, not the organization of the title',
    text: 'Lumio’s chief financial officer, Jane Okafor, said the quarter had been “very strong”.',
    entities: [OKAFOR, ['organization', 'Lumio']],
    quotes: [{ text: 'very strong', speaker: 'Jane Okafor', cue: 'said' }],
  },
  {
    name: 'an appositive with a number in it, between the quotation and the cue',
    text: '"We are ready," Jane Okafor, who leads a team of 1,200 engineers, said.',
    entities: [OKAFOR],
    quotes: [{ text: 'We are ready,', speaker: 'Jane Okafor', cue: 'said' }],
  },
  {
    name: 'a longer title between an inverted cue and the name ("said Acme Research analyst X"); a quotation opening with a lower-case brand',
    text: '"The price is steep," said Brightline Research analyst Tom Reyes. "iPhone buyers will pay it anyway."',
    entities: [REYES, ['organization', 'Brightline Research']],
    quotes: [
      { text: 'The price is steep,', speaker: 'Tom Reyes', cue: 'said' },
      { text: 'iPhone buyers will pay it anyway.', speaker: 'Tom Reyes', cue: null },
    ],
  },
  {
    name: '"the investor" after an unnamed investor is that unnamed source, not the person named before',
    text: 'Jane Okafor said the plan was sound. One large investor disagreed. "It is far too late," the investor said.',
    entities: [OKAFOR],
    quotes: [{ text: 'It is far too late,', speaker: null, cue: 'said' }],
  },
  {
    name: 'a phrase someone coins ("what she calls a ...") is her words; a name given to a thing is not',
    text: 'Okafor wants to build what she calls a “factory of ideas”. The robot, dubbed “Tinker”, ships soon. Lumio sells what it calls “Desk Anywhere” kits.',
    entities: [OKAFOR],
    quotes: [{ text: 'factory of ideas', speaker: 'Jane Okafor', cue: 'calls' }],
  },
  {
    name: 'an accusation quotes the accuser',
    text: 'Okafor accused the regulator of being “asleep at the wheel” for years.',
    entities: [OKAFOR],
    quotes: [{ text: 'asleep at the wheel', speaker: 'Jane Okafor', cue: 'accused' }],
  },
  {
    name: '"X told Reuters" keeps the listener in the cue',
    text: 'Okafor spoke after the results. "It was a hard year," Okafor told Reuters.',
    entities: [OKAFOR],
    quotes: [{ text: 'It was a hard year,', speaker: 'Jane Okafor', cue: 'told Reuters' }],
  },
  {
    name: '"tells The Hollywood Reporter", present tense',
    text: '"It is a new era for games," Tom Reyes tells The Hollywood Reporter.',
    entities: [REYES],
    quotes: [{ text: 'It is a new era for games,', speaker: 'Tom Reyes', cue: 'tells The Hollywood Reporter' }],
  },
  {
    name: '"says X" and "X says"',
    text: '"Streaming is the future," says Tom Reyes. Jane Okafor disagrees. "Discs will last," Okafor says.',
    entities: [REYES, OKAFOR],
    quotes: [
      { text: 'Streaming is the future,', speaker: 'Tom Reyes', cue: 'says' },
      { text: 'Discs will last,', speaker: 'Jane Okafor', cue: 'says' },
    ],
  },
  {
    name: '"according to X"',
    text: 'The launch slipped. "The chips were late," according to Tom Reyes, who runs the supply team.',
    entities: [REYES],
    quotes: [{ text: 'The chips were late,', speaker: 'Tom Reyes', cue: 'according to' }],
  },
  {
    name: 'a long aside between the name after a quotation and its cue; a source after the cue opening with a figure',
    text:
      '"The plan is fiscally responsible," Tom Reyes, director of the Tax Policy Center and a professor at the Lumio School of Economics, said of the plan.\n\n' +
      '"The rationales do not hold," said 9/11 widow Jane Okafor.',
    entities: [REYES, OKAFOR],
    quotes: [
      { text: 'The plan is fiscally responsible,', speaker: 'Tom Reyes', cue: 'said' },
      { text: 'The rationales do not hold,', speaker: 'Jane Okafor', cue: 'said' },
    ],
  },
  {
    name: 'a hyphenated given name before a surname the entities stage has alone is the speaker\'s fuller name',
    text: 'Ji-woo Park said on Monday: "We expect to double the team."',
    entities: [['person', 'Park']],
    quotes: [{ text: 'We expect to double the team.', speaker: 'Ji-woo Park', cue: 'said' }],
  },
  {
    name: 'a hyphenated given name after the cue, no entity for it: not the first half of a compound ("London-based")',
    text: '"The technology is ready," added Ji-woo Park. "Prices will fall," said a London-based analyst.',
    quotes: [
      { text: 'The technology is ready,', speaker: 'Ji-woo Park', cue: 'added' },
      { text: 'Prices will fall,', speaker: null, cue: 'said' },
    ],
  },
  {
    name: 'other cue verbs: wrote, explained, warned, noted',
    text:
      '"The code is ready," Okafor wrote in a blog post. "It took two years," explained Tom Reyes. ' +
      '"Costs will rise," Reyes warned. "Nobody expected that," Okafor noted.',
    entities: [OKAFOR, REYES],
    quotes: [
      { text: 'The code is ready,', speaker: 'Jane Okafor', cue: 'wrote in a blog post' },
      { text: 'It took two years,', speaker: 'Tom Reyes', cue: 'explained' },
      { text: 'Costs will rise,', speaker: 'Tom Reyes', cue: 'warned' },
      { text: 'Nobody expected that,', speaker: 'Jane Okafor', cue: 'noted' },
    ],
  },
  {
    name: 'an organization speaking "in a statement"',
    text: 'Lumio cut its forecast. "Demand slowed in the spring," Lumio said in a statement.',
    entities: [['organization', 'Lumio']],
    quotes: [{ text: 'Demand slowed in the spring,', speaker: 'Lumio', cue: 'said in a statement' }],
  },
  {
    name: 'a pronoun resolves to the latest person, across sentences',
    text: 'Jane Okafor founded Lumio in 2015. She sold it last year. "I wanted a rest," she said.',
    entities: [OKAFOR, ['organization', 'Lumio']],
    quotes: [{ text: 'I wanted a rest,', speaker: 'Jane Okafor', cue: 'said' }],
  },
  {
    name: 'a pronoun after a sentence naming two people is its subject, not a possessor or a later name',
    text:
      'Jane Okafor, head of research at Lumio, met Dana Whitfield in Paris. "We agreed on a price," she said.\n\n' +
      'Okafor\'s lawyer Tom Reyes called the ruling unfair. "We will appeal," he said.',
    entities: [OKAFOR, ['person', 'Dana Whitfield'], REYES, ['organization', 'Lumio']],
    quotes: [
      { text: 'We agreed on a price,', speaker: 'Jane Okafor', cue: 'said' },
      { text: 'We will appeal,', speaker: 'Tom Reyes', cue: 'said' },
    ],
  },
  {
    name: 'he and she pick the person of the matching gender',
    text: 'Maria Lopez met Tom Reyes on Monday. "It went well," she said. "We agreed on a price," he added.',
    entities: [['person', 'Maria Lopez', 'Lopez'], REYES],
    quotes: [
      { text: 'It went well,', speaker: 'Maria Lopez', cue: 'said' },
      { text: 'We agreed on a price,', speaker: 'Tom Reyes', cue: 'added' },
    ],
  },
  {
    name: 'a title resolves to the person introduced with it',
    text: "Lumio's chief executive, Dana Whitfield, opened the event. Sales rose. \"We are ready,\" the chief executive said.",
    entities: [['person', 'Dana Whitfield'], ['organization', 'Lumio']],
    quotes: [{ text: 'We are ready,', speaker: 'Dana Whitfield', cue: 'said' }],
  },
  {
    name: 'a definite description points back to the latest person',
    text: 'Tesla chief executive Elon Musk spoke on Monday. "We are going to Mars," the billionaire said.',
    quotes: [{ text: 'We are going to Mars,', speaker: 'Elon Musk', cue: 'said' }],
  },
  {
    name: '"Mr X" resolves to the full name, even when the entities list lacks it',
    text: 'Jonathan Pike founded the firm in 2001. "Costs are rising," Mr Pike said.',
    quotes: [{ text: 'Costs are rising,', speaker: 'Jonathan Pike', cue: 'said' }],
  },
  {
    name: 'an unnamed spokesperson speaks for the company',
    text: '"We are looking into the matter," a Microsoft spokesman said. "We take it seriously," said a Lumio spokesperson.',
    entities: [['organization', 'Microsoft']],
    quotes: [
      { text: 'We are looking into the matter,', speaker: 'Microsoft', cue: 'said' },
      { text: 'We take it seriously,', speaker: 'Lumio', cue: 'said' },
    ],
  },
  {
    name: 'unnamed sources leave the speaker null',
    text: '"Prices are too high," one analyst said. "It is a bubble," a source told the newspaper.',
    quotes: [
      { text: 'Prices are too high,', speaker: null, cue: 'said' },
      { text: 'It is a bubble,', speaker: null, cue: 'told' },
    ],
  },
  {
    name: 'an interrupted quotation is two quotations with one speaker',
    text: '"The market is tough," Okafor said, "but we will grow."',
    entities: [OKAFOR],
    quotes: [
      { text: 'The market is tough,', speaker: 'Jane Okafor', cue: 'said' },
      { text: 'but we will grow.', speaker: 'Jane Okafor', cue: 'said' },
    ],
  },
  {
    name: 'a quotation over several paragraphs is one quotation per paragraph',
    text: 'Okafor said: "The first part of the plan is cheaper chips.\n\n"The second part is a new factory.\n\n"The third part is hiring," she added.',
    entities: [OKAFOR],
    quotes: [
      { text: 'The first part of the plan is cheaper chips.', speaker: 'Jane Okafor', cue: 'said' },
      { text: 'The second part is a new factory.', speaker: 'Jane Okafor', cue: null },
      { text: 'The third part is hiring,', speaker: 'Jane Okafor', cue: 'added' },
    ],
  },
  {
    name: 'a paragraph of quotation with no cue continues the previous speaker',
    text: '"We doubled sales," said Jane Okafor.\n\n"Next year we will double them again."',
    entities: [OKAFOR],
    quotes: [
      { text: 'We doubled sales,', speaker: 'Jane Okafor', cue: 'said' },
      { text: 'Next year we will double them again.', speaker: 'Jane Okafor', cue: null },
    ],
  },
  {
    name: 'a paragraph that named somebody else after the last quotation does not continue it',
    text: '"We doubled sales," said Jane Okafor. Investors then heard from Tom Reyes.\n\n"The numbers are fine."',
    entities: [OKAFOR, REYES],
    quotes: [
      { text: 'We doubled sales,', speaker: 'Jane Okafor', cue: 'said' },
      { text: 'The numbers are fine.', speaker: null, cue: null },
    ],
  },
  {
    name: 'fragments in one sentence share its cue',
    text: 'The report said the sector was "in crisis" and that Lumio was "running out of cash".',
    entities: [['organization', 'Lumio']],
    quotes: [
      { text: 'in crisis', speaker: null, cue: 'said' },
      { text: 'running out of cash', speaker: null, cue: 'said' },
    ],
  },
  {
    name: 'a programme or a film before a full quoted sentence does not make it a title',
    text: 'Okafor told the Today programme: "We need more engineers." The film "The Long Road" opens on Friday.',
    entities: [OKAFOR],
    quotes: [{ text: 'We need more engineers.', speaker: 'Jane Okafor', cue: 'told the Today programme' }],
  },
  {
    name: 'a participle after the quotation shares the subject before it',
    text: 'Tom Reyes praised the team. Jane Okafor said: "We hit every target," adding that bonuses would rise.',
    entities: [OKAFOR, REYES],
    quotes: [{ text: 'We hit every target,', speaker: 'Jane Okafor', cue: 'said' }],
  },
  {
    name: 'a short partial quotation counts when the sentence attributes it',
    text: 'Okafor pledged to invest "very heavily" in research and called the old plan "a mistake".',
    entities: [OKAFOR],
    quotes: [
      { text: 'very heavily', speaker: 'Jane Okafor', cue: 'pledged' },
      { text: 'a mistake', speaker: 'Jane Okafor', cue: 'called' },
    ],
  },
  {
    name: 'single marks are told apart from apostrophes',
    text: "'It's the best year we've had,' said Tom Reyes, who loved rock 'n' roll in the '90s and drove Jones' car.",
    entities: [REYES],
    quotes: [{ text: "It's the best year we've had,", speaker: 'Tom Reyes', cue: 'said' }],
  },
  {
    name: 'curly marks, double and single',
    text: '\u201cWe\u2019re done,\u201d Okafor said. \u2018It\u2019s over,\u2019 Reyes said.',
    entities: [OKAFOR, REYES],
    quotes: [
      { text: 'We\u2019re done,', speaker: 'Jane Okafor', cue: 'said' },
      { text: 'It\u2019s over,', speaker: 'Tom Reyes', cue: 'said' },
    ],
  },
  {
    name: 'titles of works, names and scare quotes are not quotations',
    text:
      'The startup sells "smart glass" panels. Its new film "The Long Road" opens on Friday. ' +
      'Critics dubbed the phone the "Brick". Staff know the project as "Ghost Ship".',
    quotes: [],
  },
  {
    name: 'a single quoted word of a capitalised name needs a cue right next to it',
    text: 'He kept the rights to the word "Orbit." "Absolutely," Reyes said.',
    entities: [REYES],
    quotes: [{ text: 'Absolutely,', speaker: 'Tom Reyes', cue: 'said' }],
  },
  {
    name: '"he said" after an unnamed spokesman is the spokesman\'s organization, not the last person named',
    text: 'Jonas Berg, the chief executive, said sales were up. A Quarrel spokesman said the company would appeal. "We have done nothing wrong," he said.',
    entities: [['person', 'Jonas Berg', 'Berg'], ['organization', 'Quarrel']],
    quotes: [{ text: 'We have done nothing wrong,', speaker: 'Quarrel', cue: 'said' }],
  },
  {
    name: '"he said" after an analyst left unnamed is nobody',
    text: 'Jonas Berg said sales were up. But one banker, speaking privately, was doubtful. "The numbers do not add up," he said.',
    entities: [['person', 'Jonas Berg', 'Berg']],
    quotes: [{ text: 'The numbers do not add up,', speaker: null, cue: 'said' }],
  },
  {
    name: 'a named person after the unnamed source, or a spokeswoman who is named, keeps "she"',
    text:
      'A Quarrel spokesman declined to comment. Ana Ruiz said sales were up. "We are fine," she said. ' +
      '"We will appeal," said Lena Moss, a spokeswoman for Quarrel. "It is not over," she added.',
    entities: [['person', 'Ana Ruiz', 'Ruiz'], ['person', 'Lena Moss', 'Moss'], ['organization', 'Quarrel']],
    quotes: [
      { text: 'We are fine,', speaker: 'Ana Ruiz', cue: 'said' },
      { text: 'We will appeal,', speaker: 'Lena Moss', cue: 'said' },
      { text: 'It is not over,', speaker: 'Lena Moss', cue: 'added' },
    ],
  },
  {
    name: 'a person noun describing someone named is no unnamed source ("who joined as an engineer"); a former employee is nobody',
    text:
      'Tom Reyes, who joined Acme as an engineer in 2010, said the chip was late. "We missed the window," he said.\n\n' +
      'A former Acme engineer said the team was too small. "Nobody listened," he said.',
    entities: [REYES, ['organization', 'Acme']],
    quotes: [
      { text: 'We missed the window,', speaker: 'Tom Reyes', cue: 'said' },
      { text: 'Nobody listened,', speaker: null, cue: 'said' },
    ],
  },
  {
    name: '"she added" after \'"...," a Quarrel spokeswoman said\' is still the spokeswoman',
    text: '"We disagree with the ruling," a Quarrel spokeswoman said. "It will hurt our customers," she added.',
    entities: [['organization', 'Quarrel']],
    quotes: [
      { text: 'We disagree with the ruling,', speaker: 'Quarrel', cue: 'said' },
      { text: 'It will hurt our customers,', speaker: 'Quarrel', cue: 'added' },
    ],
  },
  {
    name: 'a quotation with no cue after an unnamed source is nobody\'s, even with a person named earlier in the paragraph',
    text: 'Jane Okafor spoke first. "Prices will fall," one trader said. "They always do in May."',
    entities: [OKAFOR],
    quotes: [
      { text: 'Prices will fall,', speaker: null, cue: 'said' },
      { text: 'They always do in May.', speaker: null, cue: null },
    ],
  },
  {
    name: 'a quotation with no cue in a paragraph that names nobody continues the source of the paragraph before',
    text: 'Dana Whitfield, director of Lumio, said the copies were ready.\n\nEach copy is encrypted. "Nobody will see a scratch."',
    entities: [['person', 'Dana Whitfield'], ['organization', 'Lumio']],
    quotes: [{ text: 'Nobody will see a scratch.', speaker: 'Dana Whitfield', cue: null }],
  },
  {
    name: '"the watchdog said" is the regulator introduced earlier, not the company named since',
    text: 'Energy regulator Finreg has ordered Corvex to cut prices. The watchdog said the firm had been "far too slow".',
    entities: [['organization', 'Finreg'], ['organization', 'Corvex']],
    quotes: [{ text: 'far too slow', speaker: 'Finreg', cue: 'said' }],
  },
  {
    name: 'a "-based" place before the source is not its name',
    text: '"The rally is over," said one Frankfurt-based trader. "Sell now," a London-based fund manager said.',
    entities: [['place', 'Frankfurt'], ['place', 'London']],
    quotes: [
      { text: 'The rally is over,', speaker: null, cue: 'said' },
      { text: 'Sell now,', speaker: null, cue: 'said' },
    ],
  },
  {
    name: 'an unbalanced mark stays within its paragraph',
    text: 'He said "this never ends and the rest\n\nA later paragraph has "a real quote," said Okafor.',
    entities: [OKAFOR],
    quotes: [{ text: 'a real quote,', speaker: 'Jane Okafor', cue: 'said' }],
  },
  {
    name: 'a transcript\'s speaker in capitals opening the quotation, found by surname when the article names them',
    text:
      'Mike Pence spoke to Chris Wallace on Sunday. Partial transcript:\n\n' +
      '"WALLACE: Will Gennifer Flowers be at the debate?\n\n"PENCE: She will not be attending the debate tomorrow night.\n\n"MR. ROSS: Nobody asked me."',
    entities: [['person', 'Mike Pence', 'Pence'], ['person', 'Chris Wallace', 'Wallace']],
    quotes: [
      { text: 'WALLACE: Will Gennifer Flowers be at the debate?', speaker: 'Chris Wallace', cue: null },
      { text: 'PENCE: She will not be attending the debate tomorrow night.', speaker: 'Mike Pence', cue: null },
      { text: 'MR. ROSS: Nobody asked me.', speaker: 'MR. ROSS', cue: null },
    ],
  },
  {
    name: 'a name signed after a dash right after the quotation, each line its own speaker',
    text:
      '\u201cHe represents our greatest shame.\u201d \u2015 Sonya Herridge\n' +
      '\u201cHe is ignorant of our culture.\u201d\u2015 Pamela Padilla\n' +
      '\u201cMaybe we can build a wall around him.\u201d -- Steve Quinlan, Denver',
    entities: [['person', 'Sonya Herridge'], ['place', 'Denver']],
    quotes: [
      { text: 'He represents our greatest shame.', speaker: 'Sonya Herridge', cue: null },
      { text: 'He is ignorant of our culture.', speaker: 'Pamela Padilla', cue: null },
      { text: 'Maybe we can build a wall around him.', speaker: 'Steve Quinlan', cue: null },
    ],
  },
  {
    name: 'a participle after a clause that a prepositional phrase opens has the clause\'s subject, not the object before it',
    text: 'During a speech earlier in the day, Trump attacked Clinton for her record, saying, "She is trigger-happy and very unstable."',
    entities: [['person', 'Donald Trump', 'Trump'], ['person', 'Hillary Clinton', 'Clinton']],
    quotes: [{ text: 'She is trigger-happy and very unstable.', speaker: 'Donald Trump', cue: 'saying' }],
  },
];

t.test('quotations: text, offsets, speaker and cue', async (t) => {
  for (const c of cases) {
    const quotes = quotesOf({ text: c.text }, c.entities ?? []);
    t.same(
      quotes.map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null, cue: q.cue })),
      c.quotes,
      c.name,
    );
    let from = 0;
    for (const q of quotes) {
      t.equal(c.text.slice(q.start, q.end), q.text, `${c.name}: offsets slice the text`);
      t.equal(q.start, c.text.indexOf(q.text, from), `${c.name}: "${q.text}" found where it stands`);
      from = q.end;
    }
  }
});

t.test('speakers reference existing entities, or none for people the entities stage missed', async (t) => {
  const text = '"Costs are rising," Jonathan Pike said. "We are hiring," Jane Okafor said.';
  const quotes = quotesOf({ text }, [OKAFOR]);
  t.same(
    quotes.map((q) => q.speaker),
    [
      { entityId: null, name: 'Jonathan Pike' },
      { entityId: 'e1', name: 'Jane Okafor' },
    ],
  );
});

