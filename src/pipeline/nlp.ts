import nlp from 'compromise';
import { lexiconWords } from './lexicon.js';

/**
 * The one compromise instance the pipeline parses with: the stock English model plus our lexicon of
 * real-world tech organizations, products and places. Extended once, when this module loads; nothing
 * changes it afterwards, so every parse sees the same model.
 */
nlp.plugin({
  tags: {
    Product: { isA: 'ProperNoun' },
  },
  words: lexiconWords(),
});

export type View = ReturnType<typeof nlp>;

const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;

/** The tags compromise's lexicon gives a word out of context ("but" → Conjunction, "jerry" → MaleName); none for a word it does not know. */
export function lexiconTags(word: string): readonly string[] {
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : typeof tags === 'string' ? [tags] : tags;
}

/** compromise's cost grows much faster than linearly within one sentence (16,000 words: 1 s; 32,000: 55 s). */
const LONGEST_RUN = 1000;

/**
 * Parses the whole text once; every stage reads this parse through the ParsedDocument. compromise sees a copy of
 * the text of the same length in which any run of more than LONGEST_RUN characters without a sentence end has a
 * space turned into a line break, so no sentence it parses is pathologically long. Offsets are unchanged.
 */
export function parse(text: string): View {
  return nlp(breakRunOns(text));
}

function breakRunOns(text: string): string {
  let result: string[] | null = null;
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '.' || char === '!' || char === '?' || char === '\n') runStart = i + 1;
    else if (i - runStart >= LONGEST_RUN && (char === ' ' || char === '\t')) {
      result ??= text.split(''); // UTF-16 units, so indices stay offsets
      result[i] = '\n';
      runStart = i + 1;
    }
  }
  return result ? result.join('') : text;
}
