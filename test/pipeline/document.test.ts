import t from 'tap';
import { parseDocument, sentenceAt } from '../../src/pipeline/document.js';

t.test('sentences and paragraphs carry offsets into the original text', async (t) => {
  const text = 'First sentence here. Second one!\n\nA new paragraph\u2019s sentence.';
  const doc = parseDocument({ text });
  t.equal(doc.paragraphs.length, 2);
  t.same(
    doc.sentences.map((s) => text.slice(s.start, s.end)),
    ['First sentence here.', 'Second one!', 'A new paragraph\u2019s sentence.'],
  );
  for (const token of doc.tokens) t.equal(text.slice(token.start, token.end), token.text);
  t.equal(sentenceAt(doc, text.indexOf('new')), 2);
});
