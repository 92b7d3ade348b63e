/** One compromise term, located in the original text. */
export interface Token {
  readonly index: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Punctuation and whitespace compromise split off before and after the word. */
  readonly pre: string;
  readonly post: string;
  readonly normal: string;
  readonly tags: ReadonlySet<string>;
  readonly sentence: number;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  /** Tokens [tokenStart, tokenEnd) of the document's token array. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly boilerplate: boolean;
}

export interface Paragraph {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}
