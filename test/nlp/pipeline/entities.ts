import t, { type Test } from 'tap';
import type { EntityType } from '../../../src/nlp/doc/layers.js';
import { createDoc } from '../../../src/nlp/doc/document.js';
import { extractEntities } from '../../../src/nlp/entities/entities.js';

/** [type, name, ...aliases]: every entity the text should give, in any order. */
type Expected = [EntityType, string, ...string[]];

interface Case {
  rule: string;
  text: string;
  entities: Expected[];
  /** How many mentions the entity named first has, when the row is about finding them all. */
  mentions?: number;
}

function check(t: Test, c: Case) {
  const entities = extractEntities(createDoc({ text: c.text }));
  const got = entities.map((e) => [e.type, e.name, ...[...e.aliases].sort()].join(' | ')).sort();
  const want = c.entities.map(([type, name, ...aliases]) => [type, name, ...aliases.sort()].join(' | ')).sort();
  t.same(got, want, c.text);
  for (const entity of entities) {
    for (const mention of entity.mentions) t.equal(c.text.slice(mention.start, mention.end), mention.text, `${entity.name}: mention slices the text`);
    t.same(entity.mentions, [...entity.mentions].sort((a, b) => a.start - b.start), 'mentions in text order');
    t.notMatch(entity.name, /['’]s?$/u, 'no possessive in a name');
  }
  if (c.mentions !== undefined) t.equal(entities.find((e) => e.name === c.entities[0]![1])?.mentions.length, c.mentions, 'every mention found');
}

const cases: Case[] = [
  // The lexicon, and words that are also common words.
  { rule: 'lexicon hit', text: 'Shares of Nvidia rose after the chipmaker beat forecasts.', entities: [['organization', 'Nvidia']] },
  {
    rule: 'lexicon products and model numbers',
    text: "Microsoft's Xbox 360 outsold the PlayStation 2 in Europe last winter.",
    entities: [['organization', 'Microsoft'], ['product', 'Xbox 360'], ['product', 'PlayStation 2'], ['place', 'Europe']],
  },
  { rule: 'a version number ends a product and its sentence', text: 'Microsoft unveiled Kodiak 3.', entities: [['organization', 'Microsoft'], ['product', 'Kodiak 3']] },
  {
    rule: 'a release number, or a version before a clause in lower case, is part of a model',
    text: 'Orrin 4.1 is out. Microsoft released Tavik 5, its newest model, and said Marlin 2.5 was faster.',
    entities: [['organization', 'Microsoft'], ['product', 'Orrin 4.1'], ['product', 'Tavik 5'], ['product', 'Marlin 2.5']],
  },
  {
    rule: "a sentence's first word opens the name that acts, is described or owns",
    text: 'Kinetic Harvest raised $5 million. Point Nine, a startup, hired staff. Hollow Oak Games, the developer, was sold.',
    entities: [['organization', 'Kinetic Harvest'], ['organization', 'Point Nine'], ['organization', 'Hollow Oak Games']],
  },
  { rule: 'a word that describes the name opens no name', text: 'Rival Zorbix said it would cut prices.', entities: [['organization', 'Zorbix']] },
  {
    rule: 'a middle initial stays inside the name, "A." and "I." too, and the given name before it opens it',
    text: 'Herbert A. Simon won the prize. Yuki A. Tanaka, head of research at Tencent, left. Acme raised $5m in a Series A. The round was led by Accel.',
    entities: [['person', 'Herbert A. Simon'], ['person', 'Yuki A. Tanaka'], ['organization', 'Tencent'], ['organization', 'Acme'], ['organization', 'Accel']],
  },
  {
    rule: 'a company names its officers; a start-up ending in Health or Freight is a company',
    text: 'Redwood Atlas named Fatima Haddad its chief operating officer. The deal with Lumio Health closed in May. Customers of Nimbus Freight were told.',
    entities: [['organization', 'Redwood Atlas'], ['person', 'Fatima Haddad'], ['organization', 'Lumio Health'], ['organization', 'Nimbus Freight']],
  },
  {
    rule: 'a name with a place\'s ending that issues a statement is a company',
    text: 'In a statement, Cobalt Harbor said it would appeal. Silver Creek said in an emailed statement that sales fell. Tarn Valley is cold.',
    entities: [['organization', 'Cobalt Harbor'], ['organization', 'Silver Creek'], ['place', 'Tarn Valley']],
  },
  {
    rule: "a sentence's first word opens a name that acts after a word setting it against another",
    text: 'Farid Rahimi, however, said the plan would fail.',
    entities: [['person', 'Farid Rahimi']],
  },
  {
    rule: "a company's name less its endings is the company",
    text: 'Tarvel Crane Studios was bought on Monday. The deal values Tarvel Crane at $90m.',
    entities: [['organization', 'Tarvel Crane Studios', 'Tarvel Crane']],
  },
  {
    rule: "a company's staff, money and shares type an unknown name, over a person's shape or a place's ending",
    text: "Vantor Loop raised $3 million. Cobalt Harbor shares fell. Pell Freight's senior engineer, Emeka Obi, left. Index Ventures has invested $2 million in Halvor Grid.",
    entities: [['organization', 'Vantor Loop'], ['organization', 'Cobalt Harbor'], ['organization', 'Pell Freight'], ['person', 'Emeka Obi'], ['organization', 'Index Ventures'], ['organization', 'Halvor Grid']],
  },
  {
    rule: 'hiring someone as an officer, over a place ending',
    text: 'Cobalt Harbor has hired Kwame Asante as senior engineer.',
    entities: [['organization', 'Cobalt Harbor'], ['person', 'Kwame Asante']],
  },
  {
    rule: 'whose staff a person is',
    text: 'Kofi Boateng, chief operating officer at Second Harbor, spoke. Brennet Atlas general counsel Nikhil Kapoor agreed.',
    entities: [['person', 'Kofi Boateng'], ['organization', 'Second Harbor'], ['organization', 'Brennet Atlas'], ['person', 'Nikhil Kapoor']],
  },
  { rule: "a department is not whose staff one is", text: 'Pete Lang, head of Distribution at the agency, spoke.', entities: [['person', 'Pete Lang']] },
  {
    rule: 'a town that a known region after it places',
    text: 'Infosys opened an office in Milton Keynes, England, and one near Ann Arbor, Michigan.',
    entities: [['organization', 'Infosys'], ['place', 'Milton Keynes'], ['place', 'England'], ['place', 'Ann Arbor'], ['place', 'Michigan']],
  },
  { rule: 'a day after an article opens a name', text: 'Users of the Sunday Chef app can now pay in shops.', entities: [['product', 'Sunday Chef']] },
  {
    rule: 'a hyphenated given name before the surname, and a name described by a title',
    text: 'Ji-woo Park met Farid Rahimi. Farid Rahimi, president of Copper Sky, spoke. Ms Park agreed.',
    entities: [['person', 'Ji-woo Park', 'Ms Park'], ['person', 'Farid Rahimi'], ['organization', 'Copper Sky']],
  },
  { rule: 'a currency written with letters and a dollar sign names no place', text: 'The deal is worth US$2bn; Oracle was fined HK$19.9m.', entities: [['organization', 'Oracle']] },
  { rule: 'a maker and its product are the product', text: 'Fans queued for the Sony PlayStation 5 on launch day.', entities: [['product', 'Sony PlayStation 5']] },
  { rule: 'a product plural is the product', text: 'Retailers sold more iPods than expected.', entities: [['product', 'iPods']] },
  { rule: 'ambiguous word as a company', text: 'Apple said its new iPhone would ship in March.', entities: [['organization', 'Apple'], ['product', 'iPhone']] },
  { rule: 'ambiguous word as a common word', text: 'Apple pie is popular in the autumn, and she opened the windows.', entities: [] },
  { rule: 'ambiguous word inside a sentence', text: 'The update for Windows arrives today.', entities: [['product', 'Windows']] },
  { rule: 'a lexicon form recased at a sentence start', text: 'IPods and Blackberry handsets sold well.', entities: [['product', 'IPods'], ['organization', 'Blackberry']] },
  {
    rule: 'a country before an agency is part of its name',
    text: 'The U.S. Securities and Exchange Commission opened an inquiry. The SEC declined to comment.',
    entities: [['organization', 'U.S. Securities and Exchange Commission', 'SEC']],
  },
  {
    rule: '"and" joins the fields an institution is of, not two names',
    text: 'She joined the Vexland Academy of Arts and Sciences, then the University of Quorbia and Zentrix.',
    entities: [['organization', 'Vexland Academy of Arts and Sciences'], ['organization', 'University of Quorbia'], ['organization', 'Zentrix']],
  },
  { rule: 'two known names joined by a hyphen stay two', text: 'The Uber-Waymo partnership was announced.', entities: [['organization', 'Uber'], ['organization', 'Waymo']] },

  // Words of the name itself.
  { rule: 'company suffix', text: 'Brightwave Labs hired 40 engineers, and Orvane Corp raised $10 million.', entities: [['organization', 'Brightwave Labs'], ['organization', 'Orvane Corp']] },
  {
    rule: 'legal ending dropped when merging',
    text: 'Korvel Robotics Inc makes warehouse robots. Korvel Robotics has 200 staff, and Korvel expects growth.',
    entities: [['organization', 'Korvel Robotics Inc', 'Korvel Robotics', 'Korvel']],
  },
  { rule: '"of" inside an institution', text: 'She studied at the University of Lagos before joining Bank of America.', entities: [['organization', 'University of Lagos'], ['organization', 'Bank of America']] },
  {
    rule: "a company's first word, even opening a sentence",
    text: 'Users sued Tarvex Networks in March. Tarvex chief executive Lena Moor said it would appeal.',
    entities: [['organization', 'Tarvex Networks', 'Tarvex'], ['person', 'Lena Moor']],
  },
  { rule: 'a company joined with an abbreviation', text: 'The deal created Sony BMG, a music company.', entities: [['organization', 'Sony BMG']] },
  {
    rule: 'the aim an institution is "for", and what that aim is "of", are its name',
    text: 'The grant came from the Society for the Study of Coastal Erosion last spring.',
    entities: [['organization', 'Society for the Study of Coastal Erosion']],
  },
  {
    rule: 'a fellowship "of the" names the institution, not who holds it',
    text: 'Marguerite Obanye was elected a Fellow of the Corvell Academy in 2011.',
    entities: [['person', 'Marguerite Obanye'], ['organization', 'Corvell Academy']],
  },
  {
    rule: 'the fields an institution is "of", listed with commas, are its name',
    text: 'The Ministry of Trade, Industry and Energy and the Department of Health, Education, and Welfare met Quorvex Labs, the Ministry of Defence, Zentrix and Halvane.',
    entities: [
      ['organization', 'Ministry of Trade, Industry and Energy'],
      ['organization', 'Department of Health, Education, and Welfare'],
      ['organization', 'Quorvex Labs'],
      ['organization', 'Ministry of Defence'],
      ['organization', 'Zentrix'],
      ['organization', 'Halvane'],
    ],
  },
  { rule: '"and" inside an institution', text: 'A survey by the Riverside Centre for Energy and Climate Research found the opposite.', entities: [['organization', 'Riverside Centre for Energy and Climate Research']] },
  { rule: '"and" between two names', text: 'Both OpenAI and Anthropic have released new models.', entities: [['organization', 'OpenAI'], ['organization', 'Anthropic']] },
  { rule: 'place ending', text: 'Rents rose across Silicon Valley and in the Velmora Valley.', entities: [['place', 'Silicon Valley'], ['place', 'Velmora Valley']] },
  { rule: 'a known product with more words is a version of it', text: 'The PC runs Windows Media Center and ships with the Galaxy Watch 7.', entities: [['product', 'Windows Media Center'], ['product', 'Galaxy Watch 7']] },
  { rule: 'a known outlet with more words', text: 'He told BBC News Online that sales were strong.', entities: [['organization', 'BBC News Online']] },
  { rule: 'product ending', text: 'The Lumio Pro costs more than the standard model.', entities: [['product', 'Lumio Pro']] },
  {
    rule: 'software the knowledge base holds, as written there',
    text: 'Students measured the cells in ImageJ and rebuilt the site with CodeIgniter on Arch Linux.',
    entities: [['product', 'ImageJ'], ['product', 'CodeIgniter'], ['product', 'Arch Linux']],
  },
  { rule: 'names listed with software the knowledge base holds', text: 'The course covers NumPy, Quorbit and Vexlab in its first week.', entities: [['product', 'NumPy'], ['product', 'Quorbit'], ['product', 'Vexlab']] },
  { rule: 'a description says the name is a made thing', text: 'Researchers said Zorblax was a handheld console sold in Japan.', entities: [['product', 'Zorblax'], ['place', 'Japan']] },
  { rule: 'a hyphenated given name makes a person, whatever the surname also means', text: "Officials said Min-seo Park's plan for Quorbit was approved.", entities: [['person', 'Min-seo Park'], ['organization', 'Quorbit']] },
  { rule: 'an unknown word opening a sentence is a name when said to be a made thing', text: 'Blorpix was the first handheld console, and Quonkle is a toolkit.', entities: [['product', 'Blorpix'], ['product', 'Quonkle']] },
  { rule: 'names listed after a kind of made thing', text: 'Retailers stocked devices like Quonkle and Blarpix before Christmas.', entities: [['product', 'Quonkle'], ['product', 'Blarpix']] },
  { rule: 'a model designation', text: 'The handset replaces the Zentra X200 and the Orbix III.', entities: [['product', 'Zentra X200'], ['product', 'Orbix III']] },
  { rule: 'a name and a number', text: 'Fans queued for Starfold 2 on Friday, but Section 230 and Phase 3 were debated.', entities: [['product', 'Starfold 2']] },

  // People.
  { rule: 'honorific', text: 'Mr Halvorsen declined to comment on the results.', entities: [['person', 'Mr Halvorsen']] },
  {
    rule: 'surname and honorific merge into the full name',
    text: 'Jane Okafor founded the company in 2019. Okafor said sales doubled, and Ms Okafor expects more.',
    entities: [['person', 'Jane Okafor', 'Okafor', 'Ms Okafor']],
  },
  { rule: 'a surname joins "Mr X" when no full name is given', text: 'Mr Halvorsen spoke first. Later, Halvorsen said the plan was sound.', entities: [['person', 'Halvorsen', 'Mr Halvorsen']] },
  { rule: 'an honorific tells that a full name is a person', text: 'Teodor Vask built the engine. Mr Vask said it was fast.', entities: [['person', 'Teodor Vask', 'Mr Vask']] },
  { rule: 'a role only people hold in an institution', text: 'Tembadze is a Fellow of the Corvell Academy.', entities: [['person', 'Tembadze'], ['organization', 'Corvell Academy']] },
  { rule: 'only a person takes a degree', text: 'Tembadze received a PhD in physics from the Corvell Academy.', entities: [['person', 'Tembadze'], ['organization', 'Corvell Academy']] },
  { rule: 'what a person does themself', text: 'In 1961, Ruvalli personally sold the first machine.', entities: [['person', 'Ruvalli']] },
  { rule: 'a role companies hold too says nothing', text: 'Zentrix is a leader in chips.', entities: [['organization', 'Zentrix']] },
  {
    rule: 'an unknown word that opens a sentence as its subject is a name; software is written in a language',
    text: 'Quorvane is written in Java and runs on small boards.',
    entities: [['product', 'Quorvane'], ['product', 'Java']],
  },
  { rule: 'a name coined for a thing', text: 'One of them, dubbed Vexmoth by its discoverers, spreads over Bluetooth.', entities: [['product', 'Vexmoth']] },
  { rule: 'where one publishes is a platform', text: 'The scripts are published on Quilbase, a code archive.', entities: [['product', 'Quilbase']] },
  { rule: 'person introduced by a title', text: 'The plan was approved, said chief executive Dana Whitfield.', entities: [['person', 'Dana Whitfield']] },
  { rule: 'person followed by a title', text: 'Priyam Oduya, an analyst at the bank, disagreed.', entities: [['person', 'Priyam Oduya']] },
  { rule: 'a capitalised title before a name is not part of it', text: 'Chinese President Xi Jinping met the delegation.', entities: [['person', 'Xi Jinping']] },
  { rule: 'a title and a company', text: 'The deal was signed by the CEO of Zentrix.', entities: [['organization', 'Zentrix']] },
  {
    rule: 'a capitalised title before "of" and a company: the company alone',
    text: 'Dana Whitfield, Chief Executive of Vantor Corp, signed the deal.',
    entities: [['person', 'Dana Whitfield'], ['organization', 'Vantor Corp']],
  },
  {
    rule: 'a role in capitals with no name after it is no entity',
    text: 'Priyam Oduya, the Chief Financial Officer, left in May. Zentrix named Tom Reyes its Head of Research and General Counsel.',
    entities: [['person', 'Priyam Oduya'], ['organization', 'Zentrix'], ['person', 'Tom Reyes']],
  },
  { rule: 'a degree names no one', text: 'Jane Okafor joined the Ph.D. Program after her MBA.', entities: [['person', 'Jane Okafor']] },
  { rule: 'a portfolio and a title are a role', text: 'The Technology Secretary met Zentrix executives.', entities: [['organization', 'Zentrix']] },
  {
    rule: 'a known company and a place: its arm there',
    text: 'Lycos Europe ended the campaign, and Sony Europe cut prices.',
    entities: [['organization', 'Lycos Europe'], ['organization', 'Sony Europe']],
  },
  {
    rule: 'a campus of a state university, then another university',
    text: 'Students from the University of Colorado at Boulder and Arizona State University built it.',
    entities: [['organization', 'University of Colorado at Boulder'], ['organization', 'Arizona State University']],
  },
  {
    rule: 'a named facility is a place',
    text: 'The rocket lifted off from Cape Canaveral Air Force Station after its tank left the Michoud Assembly Facility.',
    entities: [['place', 'Cape Canaveral Air Force Station'], ['place', 'Michoud Assembly Facility']],
  },
  { rule: 'a holiday is a day, not a name the tagger adds', text: 'The run-up to Christmas is a huge time for games makers, and sales rise before Thanksgiving.', entities: [] },
  { rule: 'a German publisher', text: 'Joerg Heidrich of Heise Zeitschriften Verlag disagreed.', entities: [['person', 'Joerg Heidrich'], ['organization', 'Heise Zeitschriften Verlag']] },
  { rule: 'a name of unknown words is a person', text: 'The goal came from Takuya Morimoto in the second half.', entities: [['person', 'Takuya Morimoto']] },
  { rule: 'initials join a name', text: 'The wicket fell to J. Halloran late in the day.', entities: [['person', 'J. Halloran']] },

  // Context.
  { rule: '"X\'s chief executive" is a company', text: "The board said Zentrix's chief executive would stay.", entities: [['organization', 'Zentrix']] },
  { rule: 'a company noun before the name', text: 'The report came from research firm Quorvia.', entities: [['organization', 'Quorvia']] },
  {
    rule: 'a company noun described by a "-based" modifier, then a comma, before a name',
    text: 'The Ravensmoor-based developer, Quintalor, which is behind the hit title, has seen sales fall.',
    entities: [['place', 'Ravensmoor'], ['organization', 'Quintalor']],
  },
  { rule: '"X-based"', text: 'The Velmora-based start-up raised money.', entities: [['place', 'Velmora']] },
  { rule: '"the X administration"', text: 'The rule was drafted under the Halvorsen administration.', entities: [['person', 'Halvorsen']] },
  { rule: 'a product a company owns', text: "Reviewers praised Motorola's MPx for its keyboard.", entities: [['organization', 'Motorola'], ['product', 'MPx']] },
  { rule: '"in X" is a place, "a stake in X" a company', text: 'Quorvia opened a lab in Tarnby and bought a stake in Zelkor.', entities: [['organization', 'Quorvia'], ['place', 'Tarnby'], ['organization', 'Zelkor']] },
  { rule: 'place vs organization', text: 'The firm opened an office in Lisbon, Portugal, with help from the European Union.', entities: [['place', 'Lisbon'], ['place', 'Portugal'], ['organization', 'European Union']] },
  { rule: 'names listed with a known one are of its kind', text: 'Users turned to networks like BitTorrent, Quonk and Zaply.', entities: [['product', 'BitTorrent'], ['product', 'Quonk'], ['product', 'Zaply']] },
  { rule: 'a dateline', text: 'HELSINKI, Finland - Nokia said it would cut jobs.', entities: [['place', 'HELSINKI'], ['place', 'Finland'], ['organization', 'Nokia']] },
  { rule: 'teams in a results line', text: 'Results on Saturday:\nVelmora 2 Tarnby 1\nOrsk 0 Kelden 3', entities: [['organization', 'Velmora'], ['organization', 'Tarnby'], ['organization', 'Orsk'], ['organization', 'Kelden']] },

  // Products and companies told apart by the words around them.
  { rule: 'a price before a name, a launch after it', text: 'The $349 Nimbus Band launched in May to poor reviews.', entities: [['product', 'Nimbus Band']] },
  { rule: 'an operating system by its shape and its apposition', text: 'Its software platform, TerraOS, runs on every tablet.', entities: [['product', 'TerraOS']] },
  { rule: 'a product noun before a name', text: 'Owners can use a messaging app called Quibbly.', entities: [['product', 'Quibbly']] },
  { rule: 'a product noun, a comma and "called"', text: 'The service, called Tunebox, lets users buy songs.', entities: [['product', 'Tunebox']] },
  {
    rule: "a known maker's model number, not a count",
    text: 'The Nokia 7610 and a Boeing 747 jet were shown, and Nokia 300 staff watched.',
    entities: [['product', 'Nokia 7610'], ['product', 'Boeing 747'], ['organization', 'Nokia']],
  },
  { rule: 'what happens to products', text: 'The Lumo Dial was discontinued after a year.', entities: [['product', 'Lumo Dial']] },
  {
    rule: 'a product named with a title word, and its maker',
    text: 'Investors like Vantor, whose Vantor Composer software draws chips. Vantor shares rose.',
    entities: [['organization', 'Vantor'], ['product', 'Vantor Composer']],
  },
  { rule: 'a code-like name described as a company', text: 'Most orders came from K77, a Dubai-based conglomerate. K77 paid on time.', entities: [['organization', 'K77'], ['place', 'Dubai']] },
  {
    rule: 'a company with staff and shares',
    text: 'Velorix chief executive Ana Lund said orders rose. Velorix shares fell.',
    entities: [['organization', 'Velorix'], ['person', 'Ana Lund']],
  },
  { rule: 'a company that reports results', text: 'This year Quellin reported record quarterly revenue.', entities: [['organization', 'Quellin']] },
  { rule: 'a company ending after a word the tagger misreads', text: 'Brisly Holdings, the parent company, reported a loss.', entities: [['organization', 'Brisly Holdings']] },
  { rule: 'bought or invested in is a company', text: 'Intel agreed to buy Orwenna for $2bn.', entities: [['organization', 'Intel'], ['organization', 'Orwenna']] },
  {
    rule: 'a maker of things described by its role is a company, a person so described stays a person',
    text: 'Voxa, a Seoul-based chip designer, grew. Mira Holt, a software developer, left.',
    entities: [['organization', 'Voxa'], ['place', 'Seoul'], ['person', 'Mira Holt']],
  },
  { rule: 'a foreign agency', text: 'Funding came from the Agence Nationale du Climat.', entities: [['organization', 'Agence Nationale du Climat']] },
  {
    rule: 'a company named with "AI" at a sentence start; an office does not take every "AI"',
    text: 'Tessaly AI has released a model. Tessaly said AI rules were near, and the AI Office agreed.',
    entities: [['organization', 'Tessaly AI', 'Tessaly'], ['organization', 'AI Office']],
  },
  { rule: 'foreign school and bank names', text: 'She studied at Escuela Marisol and worked at Banca Ardente.', entities: [['organization', 'Escuela Marisol'], ['organization', 'Banca Ardente']] },

  // Names kept whole.
  { rule: 'an adjective-title before a plain word names a company', text: 'The round was led by General Lattice, with help from others.', entities: [['organization', 'General Lattice']] },
  { rule: 'a title before a full name is still a title', text: 'The plan was backed by General Mark Halvorsen.', entities: [['person', 'Mark Halvorsen']] },
  {
    rule: 'model codes after a name',
    text: 'Developers prefer Zephyr 8x7B, Zephyr 70B and Orca v2 to Mixtral 8x22B.',
    entities: [['product', 'Zephyr 8x7B'], ['product', 'Zephyr 70B'], ['product', 'Orca v2'], ['product', 'Mixtral 8x22B']],
  },
  { rule: 'a number and a product ending', text: 'Critics praised the Opticore Vista 2 Pro for its screen.', entities: [['product', 'Opticore Vista 2 Pro']] },
  { rule: 'a hyphenated model code', text: 'The firm shipped its VX-9 processor and its QT-12 systems.', entities: [['product', 'VX-9'], ['product', 'QT-12']] },
  {
    rule: 'an institution with "on" and "in the" in its name, not a ministry in a city',
    text: 'The Council on Digital Trade in the European Union warned. The Ministry of Defence in London said nothing.',
    entities: [['organization', 'Council on Digital Trade in the European Union'], ['organization', 'Ministry of Defence'], ['place', 'London']],
  },

  // Names that look like words.
  {
    rule: 'a company named like an adjective',
    text: 'Intel bought the assets of Brave, the browser startup. Brave said it would close.',
    entities: [['organization', 'Brave'], ['organization', 'Intel']],
    mentions: 2,
  },
  { rule: 'a common word with a common article stays common', text: "The Board's chairman quit, and Digital's founders left.", entities: [] },
  { rule: 'a name that holds its mark', text: 'The campaign group Why? said fares were too high.', entities: [['organization', 'Why?']] },
  { rule: 'a letter named as a platform', text: 'She posted on X that the deal was off, and Plan B failed.', entities: [['product', 'X']] },
  { rule: 'a letter named as a platform by its old name', text: 'In a statement, X, formerly Twitter, said nothing.', entities: [['product', 'X'], ['organization', 'Twitter']] },
  { rule: 'an unknown word that ends like a common noun, named as a company', text: 'Funding came from the development bank Caissance.', entities: [['organization', 'Caissance']] },
  {
    rule: 'a continent and its lower-case compass word, not a city',
    text: 'Gangs were active in southern Africa and in north London.',
    entities: [['place', 'southern Africa'], ['place', 'London']],
  },

  // Capitalised words that name nothing.
  { rule: 'a title in title case inside quotes', text: 'She titled her review “The Slowest Laptop I Have Ever Tested” in June.', entities: [] },
  { rule: 'a brand and a generic abbreviation', text: 'Every Lenovo PC ships with it, unlike Chinese AI models.', entities: [['organization', 'Lenovo']] },
  { rule: 'an unknown name keeps an abbreviation that ends it', text: 'The Zorb OS runs on the tablet.', entities: [['product', 'Zorb OS']] },
  { rule: 'an event named after a company', text: "Users met Quorvia staff at the firm's Cloud Futures event.", entities: [['organization', 'Quorvia']] },
  { rule: 'a rule book after its kind', text: 'The EU directive, SCRAP, takes effect in May.', entities: [['organization', 'EU']] },

  // Abbreviations.
  {
    rule: 'acronym in parentheses is an alias',
    text: 'The Northern Rail Safety Board (NRSB) opened an inquiry. The NRSB said it would report in May.',
    entities: [['organization', 'Northern Rail Safety Board', 'NRSB']],
  },
  { rule: 'a known acronym after its name', text: 'The Federal Trade Commission (FTC) sued the company.', entities: [['organization', 'Federal Trade Commission', 'FTC']] },
  { rule: 'an unknown acronym is an organization', text: 'Officials at the ORTA approved the plan.', entities: [['organization', 'ORTA']] },
  {
    rule: 'an abbreviation in mixed case in parentheses is an alias',
    text: 'The Federation of Small Software Vendors (Fossv) said costs rose. Fossv wants relief.',
    entities: [['organization', 'Federation of Small Software Vendors', 'Fossv']],
  },
  {
    rule: 'a listed company and its name with a corporate suffix',
    text: 'Toshiba Electronics said sales rose, and Nokia Holding agreed. Toshiba and Nokia shares rose.',
    entities: [['organization', 'Toshiba Electronics', 'Toshiba'], ['organization', 'Nokia Holding', 'Nokia']],
  },
  { rule: 'a company and its name with a corporate suffix', text: 'Kellner Semiconductor reported revenue of $2bn. Kellner said demand was strong.', entities: [['organization', 'Kellner Semiconductor', 'Kellner']] },

  {
    rule: 'a hyphenated given name after a surname is part of the name; a compound after a name is not',
    text: 'Choi Min-jun, an analyst at Hanbit Securities, said demand was rising at the Busan-based plant. Choi expects a rebound, as does Yoon Sun-hee.',
    entities: [['person', 'Choi Min-jun', 'Choi'], ['organization', 'Hanbit Securities'], ['place', 'Busan'], ['person', 'Yoon Sun-hee']],
  },

  {
    rule: 'a company named as the service it runs is a product: a post on it, a service noun before it, a list of services',
    text: 'In a post on LinkedIn, the founder praised the messaging app WhatsApp and apps such as Snapchat, Pinterest and TikTok.',
    entities: [['product', 'LinkedIn'], ['product', 'WhatsApp'], ['product', 'Snapchat'], ['product', 'Pinterest'], ['product', 'TikTok']],
  },
  {
    rule: 'the same company speaking is an organization; a product noun describing a company\'s part leaves it a company',
    text: 'Pinterest said its profit rose. Zentrix shares rose, and later the Zentrix software division was sold.',
    entities: [['organization', 'Pinterest'], ['organization', 'Zentrix']],
  },
  {
    rule: 'a name a company owns, or one with a service noun after it, is a product',
    text: 'Buyers reach Orvane through its Talkline service. Shoppers like Vextra’s ZX Nomad more than the rest.',
    entities: [['organization', 'Orvane'], ['product', 'Talkline'], ['organization', 'Vextra'], ['product', 'ZX Nomad']],
  },
  { rule: 'a portfolio before a title is part of the title', text: 'Culture Secretary Lisa Nandy met Energy Minister Tom Reyes.', entities: [['person', 'Lisa Nandy'], ['person', 'Tom Reyes']] },

  {
    rule: 'a given name after Sir or Dame, a product\'s last word alone: aliases of the full name',
    text: 'Dame Ada Fenwick chairs the board. Dame Ada said the plan was sound. Valve sold many Steam Decks, and owners love the Deck.',
    entities: [['person', 'Dame Ada Fenwick', 'Dame Ada'], ['organization', 'Valve'], ['product', 'Steam Decks', 'Deck']],
  },

  {
    rule: 'a listed name with a version after a hyphen is a model of its own; common abbreviations side by side are none',
    text: 'Grok-1.5 beat Grok-1, and Grok itself ships with an HDR OLED screen.',
    entities: [['product', 'Grok-1.5'], ['product', 'Grok-1'], ['product', 'Grok']],
  },

  {
    rule: 'a listed word that is also a common word, opening a sentence before a title, is the name; legislatures and channels are organizations',
    text: 'Bernstein analyst Rowan Pike spoke to BBC Radio 4 after the bill passed in Parliament.',
    entities: [['organization', 'Bernstein'], ['person', 'Rowan Pike'], ['organization', 'BBC Radio 4'], ['organization', 'Parliament']],
  },

  // Possessives and repeated mentions.
  { rule: 'possessive stripped', text: "Google's search unit grew, Reuters' report said.", entities: [['organization', 'Google'], ['organization', 'Reuters']] },
  { rule: 'possessive written apart', text: 'Kevin Halloran scored early .\nHalloran \'s second goal came late .', entities: [['person', 'Kevin Halloran', 'Halloran']] },
  { rule: 'an unknown name opening a sentence, then acting', text: 'Quorvia said revenue doubled. Zentrix, a start-up, disagreed. Revenue rose.', entities: [['organization', 'Quorvia'], ['organization', 'Zentrix']] },
  { rule: 'every mention of a known form is found', text: 'Investors backed Quorvia this year. Quorvia said revenue doubled.', entities: [['organization', 'Quorvia']], mentions: 2 },

  // What is not an entity.
  { rule: 'nationality adjectives', text: 'Chinese and American firms compete for British customers.', entities: [] },
  { rule: 'nationals and common plurals of listed words', text: 'A Briton and two Scots said Operators were slow.', entities: [] },
  { rule: 'sentence-initial common words', text: 'However, the deal collapsed. Shares fell. Analysts were surprised.', entities: [] },
  { rule: 'days and months', text: 'On Monday, in January, the firm met on Friday.', entities: [] },
  { rule: 'generic roles and common abbreviations', text: 'The chief executive said AI chips, GPUs and the IPO mattered to the CEO.', entities: [] },
  { rule: 'events and trade shows', text: 'Samsung showed the phone at CES in Las Vegas before the World Cup.', entities: [['organization', 'Samsung'], ['place', 'Las Vegas']] },
  { rule: 'laws and treaties', text: 'Regulators cited the Digital Services Act and the Paris Agreement.', entities: [] },
  { rule: 'titles of works', text: 'Her novel Quiet Waters sold well, unlike Winter Tales And The Quiet Sea.', entities: [] },
  { rule: 'a quoted title after a kind of work', text: 'The film "The Long Road" opened in May.', entities: [] },
  {
    rule: 'a legal ending in two abbreviations stays in the name',
    text: 'Quorvia Electronics Co. Ltd. and Zentrix Technology Co., Ltd. said sales rose.',
    entities: [['organization', 'Quorvia Electronics Co. Ltd'], ['organization', 'Zentrix Technology Co., Ltd']],
  },
  {
    rule: 'a company\'s final word types an unknown name, and an "and" after it starts another',
    text: 'Tarnow Data and Belcourt Instruments grew, Ilkari Electric said, citing Verlane Equities.',
    entities: [['organization', 'Tarnow Data'], ['organization', 'Belcourt Instruments'], ['organization', 'Ilkari Electric'], ['organization', 'Verlane Equities']],
  },
  {
    rule: 'a person\'s name drops a courtesy title, which stays in the aliases; a knighthood stays in the name',
    text: 'Dr Tom Varga, a researcher, spoke. Dr Varga left. Sir Alan Pryce stayed.',
    entities: [['person', 'Tom Varga', 'Dr Tom Varga', 'Dr Varga'], ['person', 'Sir Alan Pryce']],
  },
  {
    rule: 'a longer listed name that starts inside a listed name is the name',
    text: "The Information Commissioner's Office opened an inquiry. The Information reported it first.",
    entities: [['organization', "Information Commissioner's Office"], ['organization', 'The Information']],
  },
  {
    rule: 'a listed name with commas inside is one name',
    text: 'The Department for Science, Innovation and Technology said it agreed.',
    entities: [['organization', 'Department for Science, Innovation and Technology']],
  },
  {
    rule: 'a sentence\'s first word before a kind of organization describes it; a listed name may end in a mark',
    text: "Consumer group Which? called it a con. Telecoms regulator Ofcom agreed.",
    entities: [['organization', 'Which?'], ['organization', 'Ofcom']],
  },
  { rule: 'an abbreviation run into its figure', text: 'Infosys made Rs.500 crore and ranked No.1 in Pune.', entities: [['organization', 'Infosys'], ['place', 'Pune']] },
  // Tokenised text: punctuation set apart by spaces reads as written prose.
  { rule: 'an apposition after a spaced comma', text: 'Our lab uses Quorvex , a lexical database of verbs .', entities: [['product', 'Quorvex']] },
  // A one-word name the rules only guessed: what the sentence says of it.
  { rule: 'a surname that invented something', text: 'In 1971, Valtorsk invented the folding arm.', entities: [['person', 'Valtorsk']] },
  { rule: "a surname's belongings", text: "The impact of Brennick's theoretical contributions is wide.", entities: [['person', 'Brennick']] },
  { rule: 'a cited author', text: 'See Quillmore, A. and others for the proof.', entities: [['person', 'Quillmore']] },
  {
    rule: 'the first pronoun after a subject',
    text: 'In 2009, Ostrevik was awarded a medal for his work on lenses.',
    entities: [['person', 'Ostrevik']],
  },
  {
    rule: 'a list of two named people and a surname',
    text: 'Along with Maria Keller and John Abbot, Truvelli won the prize.',
    entities: [['person', 'Maria Keller'], ['person', 'John Abbot'], ['person', 'Truvelli']],
  },
  { rule: 'an opening phrase says what the subject is', text: 'As a platform, Zentrolix provides many plugins.', entities: [['product', 'Zentrolix']] },
  { rule: 'a made thing called a name', text: 'It ships an extraction system called Bramble with it.', entities: [['product', 'Bramble']] },
  { rule: 'an opening phrase is no apposition', text: 'In the second game, Tom Hanley scored twice.', entities: [['person', 'Tom Hanley']] },
  { rule: 'a title after a place phrase starts the next one', text: 'After talks in Veltra, Defence Minister Tom Hanley flew home.', entities: [['place', 'Veltra'], ['person', 'Tom Hanley']] },
  { rule: 'a person apposed as a speaker', text: 'Maria Keller, a speaker at earlier meetings, agreed.', entities: [['person', 'Maria Keller']] },
  { rule: 'a currency before its amount is money, a fiscal period no name', text: 'Last year Nvidia earned Rs 410 crore and RM85 million in FY25.', entities: [['organization', 'Nvidia']] },
  { rule: 'an apposition with no article, then what it does', text: 'Nvidia sells Quorvex, software that watches networks.', entities: [['organization', 'Nvidia'], ['product', 'Quorvex']] },
  { rule: 'a town before its region-based compound', text: 'The Veltrane, Virginia-based company sells chips.', entities: [['place', 'Veltrane'], ['place', 'Virginia']] },
  { rule: 'a unit set off by a comma', text: 'Nvidia will sell its simulation unit, Brosk Tessel, to a fund.', entities: [['organization', 'Nvidia'], ['organization', 'Brosk Tessel']] },
  { rule: 'analysts at a firm', text: 'Analysts at Brosk Tessel cut their price target.', entities: [['organization', 'Brosk Tessel']] },
  {
    rule: 'what a company does outweighs what it sells',
    text: 'Online grocery platform Brosk Tessel has raised $85 million.',
    entities: [['organization', 'Brosk Tessel']],
  },
  { rule: 'a brand is a product', text: "Nvidia's Quorvex brand remains the leader.", entities: [['organization', 'Nvidia'], ['product', 'Quorvex']] },
  { rule: 'whom a company partners is a company', text: 'Spotify signed a partnership with Brosk Tessel on Monday.', entities: [['organization', 'Spotify'], ['organization', 'Brosk Tessel']] },
  { rule: 'names either side of a slash are of one kind', text: 'The code runs in MATLAB / Quorvex today.', entities: [['product', 'MATLAB'], ['product', 'Quorvex']] },
  { rule: 'a made thing ends the name', text: 'The Brosk Tessel Arm was built in 1963.', entities: [['product', 'Brosk Tessel Arm']] },
  { rule: 'a web address names a site and who runs it', text: 'Jane Keller, editor of Brosktessel.com, told reporters.', entities: [['person', 'Jane Keller'], ['organization', 'Brosktessel.com']] },
  { rule: 'headings in capitals name only known names', text: 'SHARES SLIDE AS MARKETS PANIC OVER CHIP DEMAND', entities: [] },
];

t.test('entities, one row per rule', async (t) => {
  for (const c of cases) t.test(c.rule, async (t) => check(t, c));
});

t.test('names only in boilerplate or in the headline are not reported', async (t) => {
  const text = 'Acme Robotics raised money.\n\nSign up for our newsletter! Get it in your inbox every day with news from Netflix.';
  const entities = extractEntities(createDoc({ text, title: 'Zentrix buys Acme' }));
  t.same(entities.map((e) => e.name), ['Acme Robotics']);
});

t.test('salience: the most mentioned entity first, every salience within [0, 1]', async (t) => {
  const text = 'Nvidia beat forecasts. Nvidia shares rose, and Nvidia said demand from Meta stayed strong.';
  const entities = extractEntities(createDoc({ text }));
  t.same(entities.map((e) => [e.id, e.name, e.salience]), [['e1', 'Nvidia', 1], ['e2', 'Meta', entities[1]!.salience]]);
  t.ok(entities[1]!.salience > 0 && entities[1]!.salience < 1);
});

t.test('scores in a list and rates in a table are no versions', (t) => {
  const names = (text: string) => extractEntities(createDoc({ text })).map((e) => e.name).sort();
  t.same(names('Leeds 2, Everton 1.'), ['Everton', 'Leeds']);
  t.notOk(names('The rates were fixed.\n1-mth Helibor 3.27 pct 3.29 pct').some((name) => /\d/u.test(name)));
  t.end();
});

t.test("a place's name is no alias of an institution named after it", (t) => {
  const entities = extractEntities(createDoc({ text: 'A New Zealand motorist flew to Tonga, the New Zealand Press Association reported.' }));
  t.same(entities.find((e) => e.name === 'New Zealand')?.type, 'place');
  t.end();
});

t.test("a pronoun after a name's possessive is its owner's, not the name's", (t) => {
  const entities = extractEntities(createDoc({ text: "Dorvale's Tom Hanley scored his 20th goal." }));
  t.not(entities.find((e) => e.name === 'Dorvale')?.type, 'person');
  t.end();
});
