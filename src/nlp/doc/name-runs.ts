import { isAsciiUpperCase } from './chars.js';
import type { Token } from './document.js';
import { HYPHENATED_GIVEN_NAME, isAbbreviatedTitle } from '../lexicon/titles.js';

// Capitalised words that may name someone, and the runs of them: the one list of tags that mark a capitalised word
// as no name, and the one scanner of runs the speaker index and the source readers use (the entities stage groups its
// units, lexicon forms among them, itself, but takes its not-name tags from here).

/**
 * compromise's tags that mark a capitalised word as no name, by kind. Callers choose kinds where they legitimately
 * differ: a source read after a cue may be a title that opens with "The" or holds "of" ("The Verge"), so it keeps
 * function words; the words standing against a cue exclude figures and dates, the entities stage the calendar.
 */
const NOT_NAME_TAGS = {
  /** A word that stands for a name: "It", "He". */
  pronoun: ['Pronoun'],
  /** Function words, which a name holds inside at most ("Bank of America"): "The", "In", "And", "What". */
  function: ['Determiner', 'Preposition', 'Conjunction', 'QuestionWord'],
  calendar: ['WeekDay', 'Month', 'Holiday'],
  figure: ['Date', 'Value'],
} as const;

export type NotNameKind = keyof typeof NOT_NAME_TAGS;

/** The not-name tags of the kinds given, as one list. */
export const notNameTags = (...kinds: readonly NotNameKind[]): readonly string[] => kinds.flatMap((kind) => NOT_NAME_TAGS[kind]);

/** Whether `tags` hold any of `list`. */
export const hasAnyTag = (tags: ReadonlySet<string>, list: readonly string[]) => list.some((tag) => tags.has(tag));

/** Tags of a word of a person's name. */
export const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'Honorific'];

/** Whether a token opens with a capital: ASCII by its code, any other letter by the pattern. */
export const isCapitalised = (token: Token) => {
  const code = token.text.charCodeAt(0);
  return code < 0x80 ? isAsciiUpperCase(code) : CAPITAL.test(token.text);
};
const CAPITAL = /^\p{Lu}/u;

/** Length of the possessive that ends a word ("'s", "’s", a trailing "'"); 0 when none. */
export const possessiveLength = (word: string) => /['’]s?$/u.exec(word)?.[0].length ?? 0;

/**
 * What follows a token other than an abbreviation's full stop: "Mr. Burman", "John D. Podesta" and "Sen. Lindsey
 * Graham" are one name each, which a test of the token's `post` for punctuation would cut at the full stop.
 */
export function punctuationAfter(token: Token): string {
  if (!token.post.startsWith('.') || !(token.tags.has('Abbreviation') || token.tags.has('Honorific') || INITIAL.test(token.text) || isAbbreviatedTitle(token.text, token.post))) return token.post;
  return token.post.slice(1);
}
const INITIAL = /^\p{Lu}$/u;

/** How a caller reads a run of name words; the scanner and the breaks all share are in `nameRunsIn`. */
export interface NameRunRules {
  /** Whether the token at `index` may be a word of the name. */
  readonly isNameWord: (token: Token, index: number) => boolean;
  /** Punctuation after a word (an abbreviation's full stop left out) that ends its run. */
  readonly endsRun: RegExp;
  /** Small words a name may hold inside, never at either end ("Pew Internet and American Life Project"). */
  readonly connector?: RegExp;
  /** A possessive ends its run ("Acme's Jane Smith" is two names). */
  readonly possessiveEnds?: boolean;
  /** An opening bracket or quotation mark before a word starts another run ("Lindsey Graham (R-S.C.)"). */
  readonly markStarts?: boolean;
  /** The lower-case half of a hyphenated given name joins the run ("Ji-woo Park"). */
  readonly hyphenatedGivenNames?: boolean;
}

/** The runs of name words among tokens [from, to), each as its tokens in text order. */
export function nameRunsIn(tokens: readonly Token[], from: number, to: number, rules: NameRunRules): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    if (rules.connector) while (run.length && rules.connector.test(run[run.length - 1]!.text)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  const givenNameHalves = (first: Token | undefined, second: Token | undefined) =>
    rules.hyphenatedGivenNames === true && first !== undefined && second !== undefined && first.post === '-' && HYPHENATED_GIVEN_NAME.test(`${first.text}-${second.text}`);
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (givenNameHalves(run[run.length - 1], token)) run.push(token);
    else if (rules.isNameWord(token, i)) {
      if (rules.markStarts && /\S/u.test(token.pre)) close();
      run.push(token);
    } else if (run.length && rules.connector?.test(token.text)) run.push(token);
    else {
      close();
      continue;
    }
    // The hyphen inside a hyphenated given name ends nothing.
    const ends = rules.endsRun.test(punctuationAfter(token)) && !(i + 1 < to && givenNameHalves(token, tokens[i + 1]));
    if (ends || (rules.possessiveEnds && possessiveLength(token.text) > 0)) close();
  }
  close();
  return runs;
}
