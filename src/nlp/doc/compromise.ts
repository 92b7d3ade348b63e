import nlp from 'compromise';
import { lexiconWords } from '../lexicon/lexicon.js';

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
  // Full stops that do not end a sentence, beyond compromise's own list: "Rs. 2,000 crore" (rupees).
  model: { one: { abbreviations: { rs: true } } },
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
 * Parses the whole text once; every stage reads this parse through the Doc. compromise sees a copy of
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

type VerbTense = 'PastTense' | 'PresentTense' | 'Gerund' | 'Participle';
interface VerbMethods {
  two: { transform: { verb: { toInfinitive(word: string, model: object, tense: VerbTense): string } } };
}
const verbMethods = nlp.methods() as VerbMethods;
const model = nlp.model();

/**
 * The infinitive of one verb form ("dropping" → "drop", "fell" → "fall", "spent" → "spend"), from compromise's
 * conjugation tables (no parse). The tense comes from the token's tags when there are any, else from the ending;
 * a bare form is then taken for a past tense, which irregular pasts ("rose") need.
 */
export function lemmaOf(word: string, tags?: ReadonlySet<string>): string {
  const lower = word.toLowerCase();
  const tense = tags ? tenseOf(tags) : lower.endsWith('ing') ? 'Gerund' : /(?<!s)s$/u.test(lower) ? 'PresentTense' : 'PastTense';
  return tense ? verbMethods.two.transform.verb.toInfinitive(lower, model, tense) : lower;
}

function tenseOf(tags: ReadonlySet<string>): VerbTense | null {
  if (tags.has('Gerund')) return 'Gerund';
  if (tags.has('Participle')) return 'Participle';
  if (tags.has('PastTense')) return 'PastTense';
  if (tags.has('PresentTense') && !tags.has('Infinitive')) return 'PresentTense';
  return null;
}
