import type { Term } from '../doc/compromise.js';
import type { Boilerplate } from '../doc/layers.js';
import type { Span } from '../doc/spans.js';
import type { Paragraph, Sentence, Token } from '../doc/tokens.js';
import { paragraphOf } from './paragraphs.js';

// Tokens and sentences, from compromise's parse. parse() gives term offsets into the text as sent; each is checked
// against the text, so no span can ever point at the wrong characters.

export function locateTokensAndSentences(text: string, parsed: readonly Term[][], paragraphs: Paragraph[], boilerplate: Boilerplate[]) {
  const lines = lineBreaks(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let current: Token[] = [];
  const flush = () => {
    if (current.length) sentences.push(makeSentence(text, sentences.length, current, tokens, paragraphs, boilerplate));
    current = [];
  };
  for (const termList of parsed) {
    let compromiseBoundary = true;
    for (const term of termList) {
      const located = locateTerm(text, term, cursor);
      if (!located) continue;
      cursor = located.end;
      const previous = current[current.length - 1];
      if (previous && endsSentence(text, previous, { start: located.start, end: located.end, text: term.text, tags: term.tags }, compromiseBoundary, paragraphs, lines)) {
        flush();
      }
      compromiseBoundary = false;
      current.push({
        index: -1,
        text: term.text,
        start: located.start,
        end: located.end,
        pre: term.pre,
        post: term.post,
        normal: term.normal,
        tags: term.tags,
        sentence: -1,
      });
    }
  }
  flush();
  return { tokens, sentences };
}

function locateTerm(text: string, term: Term, cursor: number): Span | null {
  if (!term.text) return null;
  const claimed = term.offset?.start;
  if (claimed !== undefined && claimed >= cursor && text.startsWith(term.text, claimed)) {
    return { start: claimed, end: claimed + term.text.length };
  }
  const found = text.indexOf(term.text, cursor);
  return found < 0 ? null : { start: found, end: found + term.text.length };
}

/** Offsets of single line breaks that also end a sentence: the line before ends a sentence or is a short heading. */
function lineBreaks(text: string): Set<number> {
  const breaks = new Set<number>();
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const line = text.slice(lineStart, i).trim();
    if (line && (/[.!?:"”’)\]]$/.test(line) || (looksLikeHeading(line) && startsCapitalised(text, i + 1)))) breaks.add(i);
    lineStart = i + 1;
  }
  return breaks;
}

/** A short capitalised line that does not stop on a connecting word, unlike a hard-wrapped line of running text. */
function looksLikeHeading(line: string): boolean {
  return (
    /^[\p{Lu}\p{N}"“‘'(]/u.test(line) &&
    !/(?:[,;\-–—]|\b(?:a|an|the|and|or|but|of|in|on|at|to|for|with|by|from|as|that|which|who|its|their|his|her))$/.test(line) &&
    line.split(/\s+/).length <= 12
  );
}

const CAPITALISED_LINE = /[ \t\r\f\v\u00a0]*[\p{Lu}\p{N}"“‘'(]/uy;

function startsCapitalised(text: string, offset: number): boolean {
  CAPITALISED_LINE.lastIndex = offset;
  return CAPITALISED_LINE.test(text);
}

interface NextTerm extends Span {
  text: string;
  tags: ReadonlySet<string>;
}

/**
 * Whether a sentence ends between `previous` and `next`. Across a newline the line rules decide; then compromise's
 * own sentence boundaries, except after "vs." and "No. 3"; then two boundaries compromise misses: a quotation closed
 * by terminal punctuation ('"We won." The firm...') and an abbreviation ending a sentence ("the U.S. The firm").
 */
function endsSentence(
  text: string,
  previous: Token,
  next: NextTerm,
  compromiseBoundary: boolean,
  paragraphs: Paragraph[],
  lines: Set<number>,
): boolean {
  if (text.slice(previous.end, next.start).includes('\n')) return breaksAtNewline(text, previous, next.start, paragraphs, lines);
  if (compromiseBoundary) return !continuesAfterAbbreviation(previous, next);
  if (!/^\p{Lu}/u.test(next.text)) return false;
  if (/^[.!?]+["”’']/.test(previous.post)) return true;
  const abbreviation = previous.text.endsWith('.') || (previous.post.startsWith('.') && previous.tags.has('Abbreviation'));
  return abbreviation && (next.tags.has('Determiner') || next.tags.has('Pronoun'));
}

function continuesAfterAbbreviation(previous: Token, next: NextTerm): boolean {
  if (!previous.post.startsWith('.')) return false;
  return /^vs?$/i.test(previous.text) || (previous.text === 'No' && /^\d/.test(next.text));
}

/** compromise ends a sentence at every newline; only paragraph breaks and the line breaks in `lines` do. */
function breaksAtNewline(text: string, previous: Token, nextStart: number, paragraphs: Paragraph[], lines: Set<number>): boolean {
  const between = text.slice(previous.end, nextStart);
  if (paragraphOf(paragraphs, previous.start) !== paragraphOf(paragraphs, nextStart)) return true;
  const newline = previous.end + between.indexOf('\n');
  return lines.has(newline);
}

const OPENING_PUNCTUATION = /[\p{Ps}\p{Pi}"'¡¿]+$/u;
const CLOSING_PUNCTUATION = /^[\p{Pe}\p{Pf}\p{Po}"']+/u;

function makeSentence(
  text: string,
  index: number,
  members: Token[],
  tokens: Token[],
  paragraphs: Paragraph[],
  boilerplate: Boilerplate[],
): Sentence {
  const first = members[0]!;
  const last = members[members.length - 1]!;
  const start = first.start - (OPENING_PUNCTUATION.exec(text.slice(Math.max(0, first.start - 8), first.start))?.[0].length ?? 0);
  const end = last.end + (CLOSING_PUNCTUATION.exec(text.slice(last.end, last.end + 8))?.[0].length ?? 0);
  const tokenStart = tokens.length;
  for (const member of members) tokens.push({ ...member, index: tokens.length, sentence: index });
  const middle = (start + end) >> 1;
  return {
    index,
    start,
    end,
    paragraph: paragraphOf(paragraphs, first.start),
    tokenStart,
    tokenEnd: tokens.length,
    boilerplate: boilerplate.some((b) => b.start <= middle && middle < b.end),
  };
}

