import nlp from 'compromise/two';
import { lexiconWords } from '../lexicon/lexicon.js';
import { bulkMatch, withIndex, type SweepMethods } from './compromise-sweep.js';
import { GUARD_LIMITS, guardInput, pieceStarts } from './input-guard.js';

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
  // The same matches as compromise's own bulk matcher, found in about a quarter less of a parse's time (compromise-sweep.ts).
  methods: { one: { bulkMatch, buildNet: withIndex((nlp.methods() as SweepMethods).one.buildNet) } },
});

const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;

/** The tags compromise's lexicon gives a word out of context ("but" → Conjunction, "jerry" → MaleName); none for a word it does not know. */
export function lexiconTags(word: string): readonly string[] {
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : typeof tags === 'string' ? [tags] : tags;
}

/** One compromise term, its offset into the text as sent. */
export interface Term {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/**
 * Parses the whole text once; every stage reads this parse through the Doc: compromise's sentences, each a list of
 * terms whose offsets are into `text`. compromise sees the input guard's copy of the text (same length, offsets
 * unchanged), in which no sentence or token is long enough to cost more than linear time, in pieces of at least
 * GUARD_LIMITS.pieceUnits code units cut where compromise cannot merge sentences (pieceStarts), so that what a parse
 * holds at once is bounded by a piece's size; an article shorter than two pieces is parsed whole.
 */
export function parse(text: string, pieceUnits = GUARD_LIMITS.pieceUnits): Term[][] {
  const guarded = guardInput(text);
  const starts = pieceStarts(guarded, pieceUnits);
  const sentences: Term[][] = [];
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    const view = nlp(guarded.slice(from, starts[i + 1] ?? guarded.length));
    view.compute('offset');
    for (const terms of view.document as Term[][]) {
      if (from) for (const term of terms) if (term.offset) term.offset.start += from;
      sentences.push(terms);
    }
  }
  return sentences;
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

/**
 * lemmaOf for one document's verbs, remembering the forms it has read: a document repeats its verbs ("said", "rose"),
 * and each conjugation-table lookup costs more than a map's. Made per document, never shared.
 */
export function rememberingLemmaOf(): (word: string, tags: ReadonlySet<string>) => string {
  const known = new Map<string, string>();
  return (word, tags) => {
    const key = `${tenseOf(tags) ?? ''} ${word}`;
    let lemma = known.get(key);
    if (lemma === undefined) known.set(key, (lemma = lemmaOf(word, tags)));
    return lemma;
  };
}

function tenseOf(tags: ReadonlySet<string>): VerbTense | null {
  if (tags.has('Gerund')) return 'Gerund';
  if (tags.has('Participle')) return 'Participle';
  if (tags.has('PastTense')) return 'PastTense';
  if (tags.has('PresentTense') && !tags.has('Infinitive')) return 'PresentTense';
  return null;
}
