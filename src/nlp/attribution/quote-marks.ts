import { scanWindow } from '../doc/patterns.js';
import type { QuotedSpan } from '../doc/layers.js';
import type { Span } from '../doc/spans.js';

export type { QuotedSpan } from '../doc/layers.js';

type MarkRole = 'open' | 'close' | 'either' | 'none';

const SPACE = /\s/u;
const WORD = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/\u201c\u2018"'\u00ab]/u;
const CLOSING_CONTEXT = /[\s.,;:!?)\]}\u2014\u2013\-\u201d\u2019"'\u2026\u00bb]/u;
const TERMINAL = /[.!?\u2026]$/u;
/** A single mark that starts an elision rather than a quotation: '90s, rock 'n' roll, 'em, 'til. */
const ELISION = /^(?:\d0s|\d\ds|n['\u2019](?=\s)|em\b|til\b|cause\b|tis\b|twas\b|bout\b|round\b|s\b)/iu;
/** How far back an opening mark lost in transcription is looked for. */
const LOST_OPENING_REACH = 400;

/** Every quotation in the paragraphs, in text order: double marks first, then single marks outside them. */
export function findQuotedSpans(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const found: QuotedSpan[] = [];
  paragraphs.forEach((paragraph, index) => {
    const next = paragraphs[index + 1];
    const runsOn = next !== undefined && isOpeningDouble(text, next.start);
    const doubles = scanDoubles(text, paragraph, index, runsOn);
    found.push(...doubles, ...scanSingles(text, paragraph, index, doubles));
  });
  return found.sort((a, b) => a.start - b.start);
}

function isOpeningDouble(text: string, at: number): boolean {
  const mark = text[at];
  return mark === '\u201c' || mark === '\u201e' || (mark === '"' && roleOfDouble(text, at, { start: at, end: text.length }) !== 'close');
}

function charAt(text: string, at: number, within: Span): string | undefined {
  return at >= within.start && at < within.end ? text[at] : undefined;
}

/** Whether a mark can open (followed by a word, after a space) or close (after a word, followed by a space or punctuation). */
function flanks(text: string, at: number, within: Span) {
  const before = charAt(text, at - 1, within);
  const after = charAt(text, at + 1, within);
  const opens = after !== undefined && !SPACE.test(after) && (before === undefined || OPENING_CONTEXT.test(before));
  const closes = before !== undefined && !SPACE.test(before) && (after === undefined || CLOSING_CONTEXT.test(after));
  return { opens, closes, before, after };
}

function roleOfDouble(text: string, at: number, within: Span): MarkRole {
  const { opens, closes } = flanks(text, at, within);
  const mark = text[at];
  if (mark === '"') return opens === closes ? 'either' : opens ? 'open' : 'close';
  // Curly marks say which way they face, unless the spacing plainly says the opposite.
  if (mark === '\u201d') return opens && !closes ? 'open' : 'close';
  return closes && !opens ? 'close' : 'open';
}

function roleOfSingle(text: string, at: number, within: Span): MarkRole {
  const { opens, closes, before, after } = flanks(text, at, within);
  if (before !== undefined && after !== undefined && WORD.test(before) && WORD.test(after)) return 'none';
  const mark = text[at];
  if (opens && !closes && mark !== '\u2019') return ELISION.test(text.slice(at + 1, at + 6)) ? 'none' : 'open';
  if (closes && !opens && mark !== '\u2018') return 'close';
  return 'none';
}

/** Builds a span from the marks, trimming spaces inside them; null when nothing but spaces is quoted. */
function makeSpan(text: string, open: number, wordsEnd: number, close: number, paragraph: number, closed: boolean): QuotedSpan | null {
  let start = open + 1;
  let end = wordsEnd;
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  if (!WORD.test(text.slice(start, end))) return null;
  return { open, close, start, end, paragraph, closed };
}

function endsSentence(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && SPACE.test(text[end - 1]!)) end--;
  return TERMINAL.test(text.slice(Math.max(from, end - 1), end));
}

function scanDoubles(text: string, paragraph: Span, index: number, runsOn: boolean): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const push = (span: QuotedSpan | null) => span && spans.push(span);
  let open = -1;
  const marks = /["\u201c\u201d\u201e]/gu;
  const scanned = scanWindow(text, paragraph.end);
  marks.lastIndex = paragraph.start;
  for (let match = marks.exec(scanned); match; match = marks.exec(scanned)) {
    const at = match.index;
    const role = roleOfDouble(text, at, paragraph);
    if (open < 0) {
      if (role === 'close') push(lostOpening(text, at, paragraph, index, spans));
      else open = at;
    } else if (role !== 'open') {
      push(makeSpan(text, open, at, at + 1, index, true));
      open = -1;
    } else {
      // A repeated opening mark: the quotation ran on into a new (lost) paragraph when its words end a sentence.
      if (endsSentence(text, open + 1, at)) push(makeSpan(text, open, at, at, index, false));
      open = at;
    }
  }
  if (open >= 0 && (runsOn || looksLikeQuotedSentence(text, open + 1, paragraph.end))) {
    push(makeSpan(text, open, paragraph.end, paragraph.end, index, false));
  }
  return spans;
}

function looksLikeQuotedSentence(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).trim().split(/\s+/u);
  return words.length >= 4 && endsSentence(text, start, end);
}

/**
 * A closing mark after a full stop with no opening mark: the opening was lost (common in transcribed copy),
 * so the quotation is the sentence the mark closes. Only where the paragraph already quotes someone.
 */
function lostOpening(text: string, at: number, paragraph: Span, index: number, earlier: readonly QuotedSpan[]): QuotedSpan | null {
  const previous = earlier[earlier.length - 1];
  if (!previous || !TERMINAL.test(text[at - 1] ?? '')) return null;
  const floor = Math.max(previous.close, paragraph.start, at - LOST_OPENING_REACH);
  let start = at - 1;
  while (start > floor && !(TERMINAL.test(text[start - 1]!) && SPACE.test(text[start]!))) start--;
  if (start === floor && floor !== paragraph.start) return null;
  if (/["\u201c\u201d\u201e]/u.test(text.slice(start, at))) return null;
  if (!looksLikeQuotedSentence(text, start, at)) return null;
  // There is no opening mark: `open` is the position just before the sentence.
  return makeSpan(text, start - 1, at, at + 1, index, true);
}

function scanSingles(text: string, paragraph: Span, index: number, doubles: readonly QuotedSpan[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let open = -1;
  let inside = 0;
  const marks = /['\u2018\u2019]/gu;
  const scanned = scanWindow(text, paragraph.end);
  marks.lastIndex = paragraph.start;
  for (let match = marks.exec(scanned); match; match = marks.exec(scanned)) {
    const at = match.index;
    while (inside < doubles.length && doubles[inside]!.close <= at) inside++;
    const within = doubles[inside];
    if (within && within.open <= at) {
      open = -1; // A single mark inside a double quotation is nested; never pair across one.
      continue;
    }
    const role = roleOfSingle(text, at, paragraph);
    if (role === 'open') open = at;
    else if (role === 'close' && open >= 0) {
      const span = makeSpan(text, open, at, at + 1, index, true);
      if (span) spans.push(span);
      open = -1;
    }
  }
  return spans;
}
