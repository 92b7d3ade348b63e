import t from 'tap';
import { alignSpans, sameExtent, spanOfRange } from '../../../../src/nlp/entities/tagger/alignment.js';
import { allowedTransition, decodeTags, encodeTags, OUTSIDE, TAG_NAMES, tagOf } from '../../../../src/nlp/entities/tagger/labels.js';
import { bestTags, TRANSITION_SIDE } from '../../../../src/nlp/entities/tagger/model.js';
import { createDoc } from '../../../../src/nlp/doc/document.js';

t.test('BILOU tags encode names and decode back to them', (t) => {
  const ranges = [
    { first: 0, last: 1, label: 'person' as const },
    { first: 3, last: 3, label: 'place' as const },
    { first: 5, last: 7, label: 'organization' as const },
  ];
  const tags = encodeTags(9, ranges);
  t.same(
    tags.map((tag) => TAG_NAMES[tag]),
    ['B-person', 'L-person', 'O', 'U-place', 'O', 'B-organization', 'I-organization', 'L-organization', 'O'],
  );
  t.same(decodeTags(tags), ranges);
  t.same(decodeTags(tags, 10)[1], { first: 13, last: 13, label: 'place' }, 'ranges are offset into the document');
  t.end();
});

t.test('only well-formed sequences are allowed, and Viterbi keeps to them', (t) => {
  t.ok(allowedTransition(OUTSIDE, tagOf('person', 'B')));
  t.ok(allowedTransition(tagOf('person', 'B'), tagOf('person', 'L')));
  t.notOk(allowedTransition(tagOf('person', 'B'), tagOf('place', 'L')), 'a name keeps its label');
  t.notOk(allowedTransition(OUTSIDE, tagOf('person', 'I')), 'a name opens with B or U');
  t.notOk(allowedTransition(tagOf('person', 'B'), OUTSIDE), 'a name opened is closed');
  // Scores that favour I-person everywhere: the best well-formed reading is still a whole name.
  const scores = new Float32Array(3 * TAG_NAMES.length);
  for (let i = 0; i < 3; i++) scores[i * TAG_NAMES.length + tagOf('person', 'I')] = 5;
  const tags = bestTags(scores, 3, new Float32Array(TRANSITION_SIDE * TRANSITION_SIDE));
  t.same(tags.map((tag) => TAG_NAMES[tag]), ['B-person', 'I-person', 'L-person']);
  t.end();
});

t.test('a range of tokens gives back the characters of the name', (t) => {
  const spanText = (text: string, first: number, last: number) => {
    const doc = createDoc({ text });
    const { start, end } = spanOfRange(text, doc.tokens, first, last);
    return text.slice(start, end);
  };
  t.equal(spanText("Germany's farmers protested.", 0, 0), 'Germany', 'a possessive is not part of the name');
  t.equal(spanText('Acme’s boss spoke.', 0, 0), 'Acme', 'nor a curly one');
  t.equal(spanText('Mladost ( L ) won 2-1 .', 0, 1), 'Mladost ( L )', 'a bracket opened in the name is closed');
  t.equal(spanText('a Linux-based phone', 1, 2), 'Linux', 'a lower-case word hyphenated to the name is not part of it');
  t.equal(spanText('Hewlett-Packard rose', 0, 1), 'Hewlett-Packard', 'a hyphenated name stays whole');
  t.end();
});

t.test('names by character offsets align to tokens', (t) => {
  const text = "Bitar 's goal gave Germany's Schalke the lead .";
  const doc = createDoc({ text });
  const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });
  const alignment = alignSpans(text, doc.tokens, [
    { ...at('Bitar'), label: 'person' },
    { ...at('Germany'), label: 'place' },
    { ...at('Schalke'), label: 'organization' },
  ]);
  t.equal(alignment.exact, 3, 'the possessive is trimmed, so "Germany" is exact');
  t.equal(alignment.lost, 0);
  t.same(alignment.ranges.map(({ first, last, label }) => [doc.tokens[first]!.text, doc.tokens[last]!.text, label]), [
    ['Bitar', 'Bitar', 'person'],
    ["Germany's", "Germany's", 'place'],
    ['Schalke', 'Schalke', 'organization'],
  ]);
  t.ok(sameExtent('Wisc . is', { start: 0, end: 6 }, { start: 0, end: 4 }), 'a trailing full stop does not count');
  t.end();
});
