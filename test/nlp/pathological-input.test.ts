// Adversarial texts through each layer: exact offsets, no exception, no markup in a name. What they cost is measured by
// the adversarial bench (`BENCH_ONLY=adversarial npm run bench`), not here; `npm run test:quick` leaves this file out.
import t from 'tap';
import { quoteSpansComponent, quotesComponent } from '../../src/nlp/attribution/quotes.js';
import { personNamesComponent } from '../../src/nlp/attribution/person-names.js';
import { speakersComponent } from '../../src/nlp/attribution/speaker-index.js';
import { runComponents } from '../../src/nlp/doc/components.js';
import { createDoc } from '../../src/nlp/doc/document.js';
import { extractEntities } from '../../src/nlp/entities/entities.js';
import { analysedFixture } from '../fixtures/claims/index.js';
import { docWithEntities } from '../fixtures/entities.js';

const ODD_INPUTS = [
  '\u0000 Acme \ud800 Inc \u202e Mr \ud83d\ude00 (FTC',
  'Acme and '.repeat(3000),
  'Bank of '.repeat(3000),
  'Committee on Trade in the '.repeat(3000),
  'Zorb-3 (Zb) “The Big Red Fox '.repeat(1000),
  'APPLE GOOGLE '.repeat(3000),
  "' s 's ’s".repeat(500),
  '<p>Acme <b>Corp</b> rose on Monday.</p><script>alert("x")</script>',
];

t.test('entities: odd input gives fewer names, never an exception, markup in a name or a bad span', async (t) => {
  const found = ODD_INPUTS.flatMap((text) => extractEntities(createDoc({ text })).flatMap((entity) => entity.mentions.map((m) => ({ text, entity, m }))));
  for (const { text, entity, m } of found) {
    t.notMatch(entity.name, /[<>/]/u);
    t.equal(text.slice(m.start, m.end), m.text);
  }
});

t.test('quotations: pathological input keeps offsets exact', async (t) => {
  const inputs: [string, string][] = [
    ['10,000 quote marks', '"'.repeat(10_000)],
    ['alternating marks and words', 'a "b \u201cc\u201d \'d\' \u2018e '.repeat(4_000)],
    ['unbalanced quotations', 'He said "this never closes and Smith said: \u201cneither does this. '.repeat(3_000)],
    ['200,000 characters of quoted speech', '"We are growing," she said. '.repeat(7_200)],
    ['quotations running into each other with no cue', '"We grew again. '.repeat(12_500)],
    ['names, cues and pronouns', 'Jane Smith, chief executive of Acme, met Mr Pike. "Fine," she said, adding "yes". '.repeat(2_500)],
  ];
  for (const [name, text] of inputs) {
    const doc = docWithEntities({ text }, []);
    const quotes = runComponents(doc, [quoteSpansComponent, personNamesComponent, speakersComponent, quotesComponent]).quotes!;
    t.ok(quotes.every((q) => text.slice(q.start, q.end) === q.text), `${name}: offsets exact`);
  }
});

t.test('claims: pathological input keeps offsets exact', async (t) => {
  const inputs: [string, string][] = [
    ['a cue with nothing else', 'said '.repeat(20_000)],
    ['one endless word after a cue', `He said ${'x'.repeat(100_000)}`],
    ['reports of reports', 'Acme said that Acme said that '.repeat(3_000)],
    ['according to, over and over', 'according to X, '.repeat(6_000)],
    ['figures in every clause', 'Shares of Acme rose 5%, and '.repeat(3_000)],
    ['a participle chain', 'Jane Smith said, noting '.repeat(4_000)],
  ];
  for (const [name, text] of inputs) {
    const { claims } = analysedFixture({ text, entities: [] });
    t.ok(claims.every((claim) => text.slice(claim.start, claim.end) === claim.text), `${name}: offsets exact`);
  }
});
