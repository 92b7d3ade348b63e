import t, { type Test } from 'tap';
import { contentSentences, createDoc, sentenceAt, type Doc } from '../../../src/nlp/doc/document.js';

const slices = (doc: Doc, spans: readonly { start: number; end: number }[]) => spans.map((s) => doc.text.slice(s.start, s.end));

/** Invariants every parse must keep, whatever the text. */
function checkOffsets(t: Test, doc: Doc) {
  // One assertion per invariant, naming what breaks it: thousands of passing asserts make tap slow on a busy machine.
  t.same(doc.tokens.filter((token) => doc.text.slice(token.start, token.end) !== token.text).map((token) => token.text), [], 'tokens at their offsets');
  const outside = doc.sentences.filter((sentence) => {
    const paragraph = doc.paragraphs[sentence.paragraph]!;
    return !(paragraph.start <= sentence.start && sentence.end <= paragraph.end);
  });
  t.same(outside.map((sentence) => sentence.index), [], 'sentences inside their paragraphs');
  t.same(doc.sentences.filter((sentence) => doc.tokens[sentence.tokenStart]!.sentence !== sentence.index).map((s) => s.index), [], 'sentences start with their own tokens');
}

t.test('sentences and paragraphs carry offsets into the original text', async (t) => {
  const text = 'First sentence here. Second one!\n\nA new paragraph\u2019s sentence.';
  const doc = createDoc({ text });
  t.equal(doc.paragraphs.length, 2);
  t.same(slices(doc, doc.sentences), ['First sentence here.', 'Second one!', 'A new paragraph\u2019s sentence.']);
  checkOffsets(t, doc);
  t.equal(sentenceAt(doc, text.indexOf('new')), 2);
});

const splitting: { name: string; text: string; sentences: string[]; paragraphs: number }[] = [
  {
    name: 'CRLF line endings separate paragraphs and lines',
    text: 'Shares rose on Friday.\r\nThe index closed higher.\r\n\r\nAnalysts were surprised.',
    sentences: ['Shares rose on Friday.', 'The index closed higher.', 'Analysts were surprised.'],
    paragraphs: 2,
  },
  {
    name: 'a blank line holding spaces still separates paragraphs',
    text: '  Chipmakers rallied.\n \t \nMemory prices climbed.  ',
    sentences: ['Chipmakers rallied.', 'Memory prices climbed.'],
    paragraphs: 2,
  },
  {
    name: 'a heading without punctuation on its own line is its own sentence',
    text: 'Quarterly results\nThe company reported record sales.',
    sentences: ['Quarterly results', 'The company reported record sales.'],
    paragraphs: 1,
  },
  {
    name: 'a heading with a comma is still a heading',
    text: 'Chips, clouds and cash\nThe three firms reported on the same day.',
    sentences: ['Chips, clouds and cash', 'The three firms reported on the same day.'],
    paragraphs: 1,
  },
  {
    name: 'a heading in its own paragraph',
    text: 'What happens next\n\nRegulators will decide in the spring.',
    sentences: ['What happens next', 'Regulators will decide in the spring.'],
    paragraphs: 2,
  },
  {
    name: 'hard-wrapped lines are not split mid-sentence',
    text: 'The company said on Monday that it would\ncut 500 jobs across its offices in\nEurope and Asia by the end of\nthe year.',
    sentences: ['The company said on Monday that it would\ncut 500 jobs across its offices in\nEurope and Asia by the end of\nthe year.'],
    paragraphs: 1,
  },
  {
    name: 'titles and company suffixes do not end sentences',
    text: 'Mr. Patel of Orbital Inc. met Dr. Chen at Vanta Corp. on Jan. 12. They agreed terms.',
    sentences: ['Mr. Patel of Orbital Inc. met Dr. Chen at Vanta Corp. on Jan. 12.', 'They agreed terms.'],
    paragraphs: 1,
  },
  {
    name: 'dotted country abbreviations do not end sentences',
    text: 'U.S. and U.K. regulators opened a joint inquiry. It could take a year.',
    sentences: ['U.S. and U.K. regulators opened a joint inquiry.', 'It could take a year.'],
    paragraphs: 1,
  },
  {
    name: 'an abbreviation followed by a capitalised function word does end a sentence',
    text: 'The startup moved its headquarters to the U.S. The move cut its tax bill.',
    sentences: ['The startup moved its headquarters to the U.S.', 'The move cut its tax bill.'],
    paragraphs: 1,
  },
  {
    name: '"No." before a number and "vs." do not end sentences',
    text: 'The app ranked No. 3 in the store. It was a contest of Apple vs. Google for years.',
    sentences: ['The app ranked No. 3 in the store.', 'It was a contest of Apple vs. Google for years.'],
    paragraphs: 1,
  },
  {
    name: 'a quotation ending in a full stop closes the sentence before a capitalised word',
    text: '"We will ship it in the autumn." The company gave no date.',
    sentences: ['"We will ship it in the autumn."', 'The company gave no date.'],
    paragraphs: 1,
  },
  {
    name: 'curly quotes and exclamation marks close sentences too',
    text: 'He said: \u201cIt is finished!\u201d Later, he changed his mind.',
    sentences: ['He said: \u201cIt is finished!\u201d', 'Later, he changed his mind.'],
    paragraphs: 1,
  },
  {
    name: 'a quotation followed by a lowercase attribution stays one sentence',
    text: '\u201cIs this the end?\u201d she asked. \u201cNo,\u201d he replied.',
    sentences: ['\u201cIs this the end?\u201d she asked.', '\u201cNo,\u201d he replied.'],
    paragraphs: 1,
  },
  {
    name: 'decimals and money do not end sentences',
    text: 'Revenue rose 3.5% to $1.2 billion. Margins held.',
    sentences: ['Revenue rose 3.5% to $1.2 billion.', 'Margins held.'],
    paragraphs: 1,
  },
];

t.test('paragraph and sentence splitting', async (t) => {
  for (const c of splitting) {
    t.test(c.name, async (t) => {
      const doc = createDoc({ text: c.text });
      t.same(slices(doc, doc.sentences), c.sentences);
      t.equal(doc.paragraphs.length, c.paragraphs);
      checkOffsets(t, doc);
    });
  }
});

type Reason = Doc['boilerplate'][number]['reason'];

const boilerplate: { name: string; text: string; spans: [Reason, string][]; content: string[] }[] = [
  {
    name: 'a newsletter promotion with a sign-up prompt',
    text: 'Chip sales grew.\n\nGadgetWire has a hardware newsletter! Sign up here to get it in your inbox every Friday.\n\nThe rally continued.',
    spans: [['newsletter', 'GadgetWire has a hardware newsletter! Sign up here to get it in your inbox every Friday.']],
    content: ['Chip sales grew.', 'The rally continued.'],
  },
  {
    name: 'a subscribe line for a newsletter',
    text: 'Subscribe to our daily newsletter for the latest deals.\n\nPrices fell.',
    spans: [['newsletter', 'Subscribe to our daily newsletter for the latest deals.']],
    content: ['Prices fell.'],
  },
  {
    name: 'ordinary sentences about newsletters are content',
    text:
      'Substack said its newsletters are delivered to 40 million inboxes.\n\n' +
      'Writers can ask readers to subscribe to a newsletter for a monthly fee.\n\n' +
      'The newsletter business has grown quickly.',
    spans: [],
    content: [
      'Substack said its newsletters are delivered to 40 million inboxes.',
      'Writers can ask readers to subscribe to a newsletter for a monthly fee.',
      'The newsletter business has grown quickly.',
    ],
  },
  {
    name: 'a "You Might Also Like" heading swallows headlines and truncated summaries, not the content after them',
    text:
      'Orders slowed.\n\nYou Might Also Like\n\nRobot vacuums get smarter about socks\n\n' +
      'The latest models can tell a sock from a cable, which means...\n\n' +
      'Why satellite phones are back\n\nA new wave of handsets promises coverage anywhere, but the...\n\n' +
      'The company will report results in April. Its shares were flat.',
    spans: [
      [
        'related',
        'You Might Also Like\n\nRobot vacuums get smarter about socks\n\n' +
          'The latest models can tell a sock from a cable, which means...\n\n' +
          'Why satellite phones are back\n\nA new wave of handsets promises coverage anywhere, but the...',
      ],
    ],
    content: ['Orders slowed.', 'The company will report results in April.', 'Its shares were flat.'],
  },
  {
    name: 'a "Related" heading with teasers on single lines',
    text: 'Related stories:\nStreaming prices climb again\nThe battery startup that wants to\u2026\n\nBack to the story, the deal closed.',
    spans: [['related', 'Related stories:\nStreaming prices climb again\nThe battery startup that wants to\u2026']],
    content: ['Back to the story, the deal closed.'],
  },
  {
    name: '"Read more" as a heading and inline',
    text: 'The sale was approved.\n\nRead more: Inside the fight over the merger\n\nRead more\n\nThe quiet rise of e-bikes\n\nApproval came late.',
    spans: [['related', 'Read more: Inside the fight over the merger\n\nRead more\n\nThe quiet rise of e-bikes']],
    content: ['The sale was approved.', 'Approval came late.'],
  },
  {
    name: 'share and follow prompts',
    text: 'Share this article\nFollow us on Mastodon\n\nThe outage lasted four hours.\n\nClick here to share on LinkedIn',
    spans: [
      ['share', 'Share this article\nFollow us on Mastodon'],
      ['share', 'Click here to share on LinkedIn'],
    ],
    content: ['The outage lasted four hours.'],
  },
  {
    name: 'copyright lines',
    text: 'The app was pulled.\n\n\u00a9 2024 Example Media Group. All rights reserved.\n\nCopyright 2023 Newswire',
    spans: [['copyright', '\u00a9 2024 Example Media Group. All rights reserved.\n\nCopyright 2023 Newswire']],
    content: ['The app was pulled.'],
  },
  {
    name: 'bylines and reporting credits',
    text: 'By Jane Okafor\n\nThe chipmaker cut prices.\n\nWritten by Tom Reyes, Technology reporter\n\n(Reporting by Ana Silva; Editing by Mark Heller)',
    spans: [
      ['byline', 'By Jane Okafor'],
      ['byline', 'Written by Tom Reyes, Technology reporter\n\n(Reporting by Ana Silva; Editing by Mark Heller)'],
    ],
    content: ['The chipmaker cut prices.'],
  },
  {
    name: 'sentences starting with "By" are content',
    text: 'By 2025, the firm expects to double its staff.\n\nBy Tuesday, Orbital had sold every unit.\n\nBy contrast, rivals struggled.',
    spans: [],
    content: ['By 2025, the firm expects to double its staff.', 'By Tuesday, Orbital had sold every unit.', 'By contrast, rivals struggled.'],
  },
  {
    name: 'image credits',
    text: 'Main image credit: Getty\n\nThe launch was delayed.\n\nPhoto: Reuters/Jo Lin\n\nImage credit: Orbital',
    spans: [
      ['credit', 'Main image credit: Getty'],
      ['credit', 'Photo: Reuters/Jo Lin\n\nImage credit: Orbital'],
    ],
    content: ['The launch was delayed.'],
  },
];

t.test('boilerplate detection', async (t) => {
  for (const c of boilerplate) {
    t.test(c.name, async (t) => {
      const doc = createDoc({ text: c.text });
      t.same(
        doc.boilerplate.map((b) => [b.reason, doc.text.slice(b.start, b.end)]),
        c.spans,
      );
      t.same(slices(doc, contentSentences(doc)), c.content);
      checkOffsets(t, doc);
    });
  }
});

t.test('odd input parses without throwing and keeps offsets exact', async (t) => {
  const texts = [
    '\u0000Nul here. \ud800 lone surrogate. Emoji \ud83d\ude80 rocket.',
    '\u202eRTL override\u202c text.\r\n\r\n\u05e9\u05dc\u05d5\u05dd.',
    '"'.repeat(10_000),
    'No. No. vs. vs. U.S. U.S. "." "." ',
    '\n\n\n   \n',
    'Heading\nHeading\nHeading\n'.repeat(500),
  ];
  for (const text of texts) {
    const doc = createDoc({ text });
    checkOffsets(t, doc);
    for (const b of doc.boilerplate) t.ok(b.start < b.end && b.end <= text.length);
  }
});

t.test('a run-on sentence is parsed in pieces of bounded length, with offsets intact', async (t) => {
  const text = `\u{1F680} ${'Acme said revenue rose in May and in March '.repeat(400)}end`;
  const doc = createDoc({ text });
  t.ok(doc.sentences.length > 10, `split into ${doc.sentences.length} sentences`);
  t.ok(doc.sentences.every((s) => s.end - s.start <= 1100), 'none much longer than the bound');
  t.same(doc.tokens.filter((token) => text.slice(token.start, token.end) !== token.text), [], 'tokens at their offsets');
});
