import t from 'tap';
import { generateArticle } from '../../../../bench/articles.js';
import { contentSentences, createDoc } from '../../../../src/nlp/doc/document.js';
import { ruleEntities } from '../../../../src/nlp/entities/entities.js';
import { documentFeatures, FEATURE_STRINGS, sentenceFeatures } from '../../../../src/nlp/entities/tagger/features.js';
import { featureIds } from '../../../../src/nlp/entities/tagger/model.js';
import WEIGHTS from '../../../../src/nlp/entities/tagger/ner-weights.json' with { type: 'json' };
import { ruleMentions } from '../../../../src/nlp/entities/tagger/rule-mentions.js';
import { readWeightLines } from '../../../../src/nlp/entities/tagger/weights-file.js';

t.test('the model reads features kind by kind as the same ids, in the same order, as it gives their strings', (t) => {
  const model = readWeightLines(WEIGHTS);
  const text = [
    'APPLE BEATS ESTIMATES',
    '“We will keep building,” Tim Cook told reporters in Cupertino: Apple’s revenue rose 5%.',
    'The a=b parser (from Zentrik) said x=y, and apple growers said Apple did not call.',
    generateArticle(400, 7),
  ].join('\n\n');
  const doc = createDoc({ text });
  const input = { doc, sentences: contentSentences(doc), rules: ruleMentions(ruleEntities(doc)) };
  const fast = documentFeatures(input, featureIds(model));
  const strings = documentFeatures(input, FEATURE_STRINGS);
  t.ok(input.rules.length >= 5, `${input.rules.length} rule mentions read`);
  t.same(fast, strings.map((features) => features.map((feature) => model.features.get(feature)).filter((id) => id !== undefined)));
  t.ok(strings.flat().some((feature) => feature === 'ps'), 'a feature of no value read');
  t.ok(strings.flat().some((feature) => feature.startsWith('dc=') && model.features.has(feature)), 'document case read');
  t.end();
});

t.test('read a sentence at a time, as the tagger reads them, the features are those of the whole document', (t) => {
  const text = ['APPLE BEATS ESTIMATES', 'Apple said on Monday that Tim Cook met apple growers.', generateArticle(300, 3)].join('\n\n');
  const doc = createDoc({ text });
  const input = { doc, sentences: contentSentences(doc), rules: ruleMentions(ruleEntities(doc)) };
  const whole = documentFeatures(input, FEATURE_STRINGS);
  const featuresOf = sentenceFeatures(input, FEATURE_STRINGS);
  t.ok(input.sentences.length >= 5, `${input.sentences.length} sentences`);
  for (const sentence of input.sentences) t.same(featuresOf(sentence), whole.slice(sentence.tokenStart, sentence.tokenEnd));
  t.end();
});
