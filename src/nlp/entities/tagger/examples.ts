import { alignSpans, type Alignment, type LabelledSpan } from './alignment.js';
import { documentFeatures, FEATURE_STRINGS } from './features.js';
import { encodeTags } from './labels.js';
import { contentSentences, type Doc } from '../../doc/document.js';
import type { TrainingSentence } from './train.js';

/**
 * A parsed document with its gold names as training sentences: each content sentence's features and gold tags, the
 * names aligned to the tokens (Alignment says how well).
 */
export function trainingSentences(
  doc: Doc,
  names: readonly LabelledSpan[],
  rules: readonly LabelledSpan[],
): { sentences: TrainingSentence[]; alignment: Alignment } {
  const sentences = contentSentences(doc);
  const features = documentFeatures({ doc, sentences, rules }, FEATURE_STRINGS);
  const alignment = alignSpans(doc.text, doc.tokens, names);
  const tags = encodeTags(doc.tokens.length, alignment.ranges);
  return {
    alignment,
    sentences: sentences.map((sentence) => ({
      features: features.slice(sentence.tokenStart, sentence.tokenEnd),
      tags: tags.slice(sentence.tokenStart, sentence.tokenEnd),
    })),
  };
}
