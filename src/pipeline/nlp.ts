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

/** Parses the whole text once; every stage reads this parse through the ParsedDocument. */
export function parse(text: string): View {
  return nlp(text);
}
