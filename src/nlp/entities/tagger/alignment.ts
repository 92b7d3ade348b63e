import type { EntityLabel, TokenRange } from './labels.js';

/** A name in the text, by character offsets (`end` exclusive). */
export interface LabelledSpan {
  readonly start: number;
  readonly end: number;
  readonly label: EntityLabel;
}

/** The offsets of a token, all the alignment needs of it. */
export interface Located {
  readonly start: number;
  readonly end: number;
}

/** compromise keeps a possessive on its word ("Germany's", "Apple’s"); a name never includes it. */
const POSSESSIVE = /['’]s$/u;

/**
 * The characters a range of tokens names: from the first token's start to the last one's end, without a lower-case
 * word hyphenated to it or a possessive ending, and with the closing parenthesis of a bracket opened inside the name, which compromise leaves in the
 * token's trailing punctuation ("Mladost ( L )").
 */
export function spanOfRange(text: string, tokens: readonly Located[], first: number, last: number): { start: number; end: number } {
  const start = tokens[first]!.start;
  // "Linux-based", "Toronto-listed": compromise splits the compound, and the name is what comes before the hyphen.
  if (last > first && text[tokens[last]!.start - 1] === '-' && tokens[last - 1]!.end === tokens[last]!.start - 1 && /^\p{Ll}/u.test(text[tokens[last]!.start]!)) last--;
  let end = tokens[last]!.end;
  const written = text.slice(start, end);
  if (POSSESSIVE.test(written) && end - start > 2) end -= 2;
  else if (unclosedParentheses(written) > 0) {
    const closing = /^\s*\)/u.exec(text.slice(end, end + 4));
    if (closing) end += closing[0].length;
  }
  return { start, end };
}

function unclosedParentheses(written: string): number {
  let open = 0;
  for (const char of written) {
    if (char === '(') open++;
    else if (char === ')') open--;
  }
  return open;
}

/**
 * Whether two spans name the same characters as the peer scorers compare them: same start, and the same extent once a
 * trailing full stop (and the space before it) is dropped ("Corp" = "Corp.", "Wisc" = "Wisc .").
 */
export function sameExtent(text: string, a: Located, b: Located): boolean {
  const withoutStop = (span: Located) => text.slice(span.start, span.end).replace(/\s*\.$/u, '').length;
  return a.start === b.start && withoutStop(a) === withoutStop(b);
}

export interface Alignment {
  /** The token range of each name aligned, with the index of its span. */
  readonly ranges: (TokenRange & { readonly span: number })[];
  /** Names whose tokens give back exactly their characters (up to a trailing full stop). */
  readonly exact: number;
  /** Names whose tokens cover more or less than their characters (a token straddles an edge); learned from those tokens. */
  readonly approximate: number;
  /** Names no token overlaps, or whose tokens another name already took; not learned. */
  readonly lost: number;
}

/** The token ranges of names given by character offsets (sorted by start, not nested), for training and for scoring. */
export function alignSpans(text: string, tokens: readonly Located[], spans: readonly LabelledSpan[]): Alignment {
  const ranges: Alignment['ranges'] = [];
  let exact = 0;
  let approximate = 0;
  let lost = 0;
  let next = 0;
  for (const [index, span] of spans.entries()) {
    while (next < tokens.length && tokens[next]!.end <= span.start) next++;
    let last = next - 1;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < span.end) last++;
    const previous = ranges[ranges.length - 1];
    if (last < next || (previous && previous.last >= next)) {
      lost++;
      continue;
    }
    ranges.push({ first: next, last, label: span.label, span: index });
    if (sameExtent(text, spanOfRange(text, tokens, next, last), span)) exact++;
    else approximate++;
  }
  return { ranges, exact, approximate, lost };
}
