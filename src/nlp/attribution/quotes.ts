import { component } from '../doc/components.js';
import type { Quote, Speaker } from '../doc/layers.js';
import { isBoilerplate, sentenceAt, type Doc, type Paragraph as TextParagraph } from '../doc/document.js';
import { withIds } from '../doc/ids.js';
import { scanWindow } from '../doc/patterns.js';
import { findQuotedSpans, type QuotedSpan } from './quote-marks.js';
import { endOf, firstAtOrAfter, startOf, type Span } from '../doc/spans.js';
import { findCues, type Cue } from './cues.js';
import type { SpeakerContext } from './speaker-context.js';
import { lastPersonIn, sourceOfCue, speakerOfCue } from './subjects.js';
import { wordCount } from '../doc/words.js';

/** One paragraph's quotations, sentence boundaries and reporting cues (cues inside quotations left out). */
interface Paragraph extends Span {
  readonly quotes: readonly QuotedSpan[];
  readonly boundaries: readonly number[];
  readonly cues: readonly Cue[];
}

interface Attribution {
  readonly speaker: Speaker | null;
  readonly cue: Cue | null;
  /** The cue stands right against the quotation (`"..." he said`, `said: "..."`). */
  readonly direct: boolean;
}

interface Found {
  readonly span: QuotedSpan;
  readonly paragraph: Paragraph;
  attribution: Attribution;
}

const NO_ATTRIBUTION: Attribution = { speaker: null, cue: null, direct: false };

/** Quotation interiors of the article's content: every stage that attributes words reads them. */
export const quoteSpansComponent = component({
  name: 'quote-spans',
  requires: [],
  assigns: ['quoteSpans'],
  run: (doc) => ({ quoteSpans: findQuotedSpans(doc.text, contentParagraphs(doc)).filter((span) => !isBoilerplate(doc, span)) }),
});

/**
 * Direct quotations (double or single marks, curly or straight), each with its speaker and cue. Titles of
 * works, names and scare quotes are left out: a short or title-like phrase counts only when someone is reported saying it.
 */
export const quotesComponent = component({
  name: 'quotes',
  requires: ['quoteSpans', 'speakers'],
  assigns: ['quotes'],
  run: (doc) => ({ quotes: quotesOf(doc) }),
});

function quotesOf(ctx: SpeakerContext): Quote[] {
  const doc = ctx;
  const byParagraph = groupBy(ctx.quoteSpans, (span) => span.paragraph);
  const paragraphs = contentParagraphs(doc).map((p, index) => layOut(doc.text, p, byParagraph.get(index) ?? []));
  const found = paragraphs.flatMap((paragraph) =>
    paragraph.quotes.flatMap((span, i) => {
      const attribution = attributionOf(ctx, paragraph, i);
      return attribution ? [{ span, paragraph, attribution }] : [];
    }),
  );
  inheritSpeakers(ctx, found, paragraphs);
  return withIds(
    'q',
    found.map(({ span, attribution }) => ({
      text: doc.text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      speaker: attribution.speaker,
      cue: attribution.cue?.text ?? null,
      sentence: sentenceAt(doc, span.start),
    })),
  );
}

/** Paragraphs holding article content; a quotation's `paragraph` indexes this list. */
function contentParagraphs(doc: Doc): TextParagraph[] {
  const content = new Set(doc.sentences.filter((s) => !s.boilerplate).map((s) => s.paragraph));
  return doc.paragraphs.filter((p) => content.has(p.index));
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------------------------
// Sentences around quotations

/** A full stop, question or exclamation mark that ends a sentence, with what follows it up to the next word. */
const TERMINATOR = /[.!?\u2026]["\u201d\u2019')\]]*\s+/gu;
const SENTENCE_OPENING = /^[\p{Lu}\p{N}"\u201c\u2018'([]/u;
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Inc|Ltd|Co|Corp|Gen|Rep|Sen|Gov|Lt|Col|Sgt|Capt|vs|etc|No|Mt|[A-Z]|(?:[A-Z]\.)+[A-Z])$/u;
const ENDS_SENTENCE = /[.!?\u2026]$/u;

function layOut(text: string, paragraph: Span, quotes: readonly QuotedSpan[]): Paragraph {
  const boundaries: number[] = [];
  let q = 0;
  // A terminator's match past the paragraph's end opens nothing in it, and none can start inside another's.
  const scanned = scanWindow(text, paragraph.end);
  TERMINATOR.lastIndex = paragraph.start;
  for (let match = TERMINATOR.exec(scanned); match; match = TERMINATOR.exec(scanned)) {
    const at = match.index;
    while (q < quotes.length && quotes[q]!.close <= at) q++;
    const inside = q < quotes.length && quotes[q]!.open < at;
    const next = match.index + match[0].length;
    const opensSentence = next < paragraph.end && SENTENCE_OPENING.test(text[next]!);
    if (!inside && opensSentence && !ABBREVIATION.test(text.slice(Math.max(0, at - 8), at))) boundaries.push(next);
  }
  for (const quote of quotes) if (endsOnItsOwn(text, quote, paragraph)) boundaries.push(quote.close);
  boundaries.sort((a, b) => a - b);
  return { ...paragraph, quotes, boundaries, cues: outside(findCues(text, paragraph.start, paragraph.end), quotes) };
}

/** The cues that are not inside a quotation (both lists sorted). */
function outside(cues: readonly Cue[], quotes: readonly QuotedSpan[]): Cue[] {
  let q = 0;
  return cues.filter((cue) => {
    while (q < quotes.length && quotes[q]!.close <= cue.start) q++;
    const quote = quotes[q];
    return !quote || quote.open >= cue.end;
  });
}

/** A quotation that ends a sentence and is followed by a new one ("... lead." The company ...). */
function endsOnItsOwn(text: string, quote: QuotedSpan, paragraph: Span): boolean {
  if (!ENDS_SENTENCE.test(text.slice(quote.end - 1, quote.end))) return false;
  if (!quote.closed) return true;
  const after = text.slice(quote.close, Math.min(paragraph.end, quote.close + 8)).trimStart();
  return after === '' || SENTENCE_OPENING.test(after);
}

const identity = (offset: number) => offset;

function firstAfter(sorted: readonly number[], offset: number): number | undefined {
  return sorted[firstAtOrAfter(sorted, offset + 1, identity)];
}

function sentenceStart(paragraph: Paragraph, offset: number): number {
  const boundary = paragraph.boundaries[firstAtOrAfter(paragraph.boundaries, offset + 1, identity) - 1];
  return Math.max(paragraph.start, boundary ?? paragraph.start);
}

/** The first cue starting at or after `offset`. */
function cueAfter(paragraph: Paragraph, offset: number): Cue | undefined {
  return paragraph.cues[firstAtOrAfter(paragraph.cues, offset, startOf)];
}

/** Up to `count` cues ending by `offset`, nearest first. */
function cuesBefore(paragraph: Paragraph, offset: number, count: number): Cue[] {
  const end = firstAtOrAfter(paragraph.cues, offset + 1, endOf);
  return paragraph.cues.slice(Math.max(0, end - count), end).reverse();
}

// ---------------------------------------------------------------------------------------------------------------
// Which spans are quotations, and who is cued as saying them

// (?<!\w) and (?!\w) are word boundaries, as in patterns.ts.
/** Words that make the next quoted phrase a name or a term, not somebody's words ("dubbed", "so-called", "the word"). */
const NAMING =
  /(?<!\w)(?:called|calls|dubbed|named|nicknamed|titled|entitled|termed|labell?ed|branded|billed\s+as|known\s+as|so-called|(?:the|a)\s+(?:word|term|phrase|slogan|hashtag|tagline|motto|name|title|label|moniker|expression)s?)\s*[,:]?\s*(?:the\s+|a\s+|an\s+|its\s+)?$/iu;
/** "what she calls a": a phrase someone coins is that person's words, unless it is a name in title case ("Office Anywhere"). */
const COINED = /(?<!\w)what\s+(?:[\p{L}’'-]+\s+){1,3}(?:calls|called|terms|termed|dubs|dubbed)\s+(?:(?:the|a|an|its)\s+)?$/iu;
/** A kind of work before a short quoted phrase makes it the work's title ('the film "The Long Road"'). */
const WORK =
  /(?<!\w)(?:film|movie|book|novel|song|album|show|series|programme|program|musical|podcast|documentary|episode|column|poem|opera|sitcom|drama|comedy|thriller|exhibition|campaign)s?\s*,?\s*$/iu;
const SMALL_WORD = /^(?:a|an|the|of|in|on|at|to|for|and|or|with|from|by|vs|de|la|du|von|van)$/iu;
/** Most words between a quotation and the cue after it ("...," mobile analyst Jane Smith, of Acme, told). */
const SUBJECT_WORDS = 12;
/** A subject this short stands right against the quotation; it is all a quotation that ended its sentence allows. */
const SHORT_SUBJECT_WORDS = 4;

const wordsIn = (text: string) => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));

/** A capitalised phrase of a few words: a title or name unless someone is cued as saying it. */
function isTitleLike(text: string): boolean {
  const words = wordsIn(text.replace(/[^\p{L}\p{N}'’\s-]/gu, ' '));
  return words.length > 0 && words.length <= 8 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_WORD.test(w));
}

/** Words that make what follows a noun phrase of the reporter's sentence ("a "smart" phone", "the "Office" brand"). */
const DETERMINER_BEFORE = /(?<!\w)(?:a|an|the|its|their|his|her|our|this|that|these|those|of)\s*$/iu;

/** A quoted sentence, as opposed to a fragment woven into the reporter's own sentence. */
function isFullQuotation(text: string, before: string): boolean {
  const words = wordCount(text);
  const sentenceLike = words >= 6 || (words >= 2 && /[.!?,;:\u2026\u2014-]$/u.test(text));
  // A sentence may open with a brand written in lower case ("eBay is ...", "iPhone sales ...").
  return /^(?:[\p{Lu}\p{N}[(\u2026]|\.\.\.|\p{Ll}{1,2}\p{Lu})/u.test(text) && sentenceLike && !DETERMINER_BEFORE.test(before);
}

function attributionOf(ctx: SpeakerContext, paragraph: Paragraph, index: number): Attribution | null {
  const { text } = ctx;
  const span = paragraph.quotes[index]!;
  const quoted = text.slice(span.start, span.end);
  const before = text.slice(Math.max(paragraph.start, span.open - 40), span.open);
  const full = isFullQuotation(quoted, before);
  const coined = COINED.test(before) && !isTitleLike(quoted);
  if ((NAMING.test(before) && !coined) || (!full && WORK.test(before))) return null;
  const attribution = cuedAttribution(ctx, paragraph, index, full);
  if (isTitleLike(quoted) && !attribution.direct) return null;
  if (!full && !attribution.cue) return null;
  return attribution;
}

/** What may follow a cue that attributes the quotation before it: not a clause of its own ("... lead." Acme said it would). */
const CLAUSE_AFTER_CUE = /^\s+(?:that|it|he|she|they|we|I|you|there|this|these|those)\b/u;
/**
 * What cannot begin the words between a quotation and the cue after it, which are that cue's subject ("Smith",
 * "mobile analyst Jane Smith", "a Microsoft spokesman"): a phrase of the reporter's own sentence
 * ('"very heavily" in research and called') or a verb joined to an earlier one ('"outrageous" and said').
 */
const NOT_A_SUBJECT =
  /^[\s,]*(?:and|but|or|then|so|yet|in|on|at|for|to|with|from|by|of|into|over|after|before|while|when|because|as|than|about|under|through|during|without|within|if|though|although|since|until|which|who|that|where)\b/u;

function cuedAttribution(ctx: SpeakerContext, paragraph: Paragraph, index: number, full: boolean): Attribution {
  const { text } = ctx;
  const span = paragraph.quotes[index]!;
  const previous = paragraph.quotes[index - 1];
  const next = paragraph.quotes[index + 1];
  // A fragment may share a cue with an earlier quotation in its sentence ('said it was "a" and "b"').
  const windowStart = Math.max(sentenceStart(paragraph, span.open), (full && previous?.close) || paragraph.start);
  const windowEnd = Math.min(firstAfter(paragraph.boundaries, span.close) ?? paragraph.end, next?.open ?? paragraph.end);
  const following = cueAfter(paragraph, span.close);
  const after = following && following.end <= windowEnd ? following : undefined;
  const before = cuesBefore(paragraph, span.open, 1).find((cue) => cue.start >= windowStart);
  const stops = ENDS_SENTENCE.test(text.slice(span.end - 1, span.end));
  const between = after ? wordCount(text.slice(span.close, after.start)) : Infinity;
  // A participle right after the quotation ('"...," adding that') has the subject of an earlier verb.
  const follows =
    after !== undefined &&
    (between > 0 || after.inverts) &&
    between <= (stops ? SHORT_SUBJECT_WORDS : SUBJECT_WORDS) &&
    !NOT_A_SUBJECT.test(text.slice(span.close, after.start)) &&
    !(stops && CLAUSE_AFTER_CUE.test(text.slice(after.end, after.end + 8)));
  const leads = before !== undefined && /^[\s,:\u2014\u2013-]*$/u.test(text.slice(before.end, span.open));
  const fromAfter = (cue: Cue, direct: boolean) => ({ cue, speaker: speakerOfCue(ctx, cue, span.close), direct });
  // The subject may stand before an earlier quotation in the sentence ('X pledged "a" and called it "b"').
  const fromBefore = (cue: Cue) => ({ cue, speaker: speakerOfCue(ctx, cue, sentenceStart(paragraph, span.open)), direct: leads });
  // A cue right after the quotation wins, unless the quotation ended its sentence and a cue leads into it.
  if (follows && !(stops && leads)) return fromAfter(after, between <= SHORT_SUBJECT_WORDS);
  if (before) return fromBefore(before);
  if (after && !full) return fromAfter(after, false);
  return NO_ATTRIBUTION;
}

// ---------------------------------------------------------------------------------------------------------------
// Quotations with no cue of their own

/** Whether `b` carries straight on from `a`: nothing but space between, or `a` ran on without a closing mark. */
function runsInto(text: string, a: QuotedSpan, b: QuotedSpan): boolean {
  if (a.paragraph !== b.paragraph && a.closed) return false;
  return b.open >= a.close && text.slice(a.close, b.open).trim() === '';
}

/** How many earlier cues in the paragraph are tried for a quotation with no cue of its own. */
const EARLIER_CUE_REACH = 20;

/**
 * A quotation with no cue continues whoever was speaking: the quotation it runs on from (or into), the last
 * source cued in its paragraph (nobody, when that one is unnamed), the speaker who ends the previous paragraph, the
 * person the paragraph is about, or the last source cued in the paragraph before.
 */
function inheritSpeakers(ctx: SpeakerContext, found: Found[], paragraphs: readonly Paragraph[]): void {
  const { text } = ctx;
  for (let i = 0; i < found.length; i++) {
    const item = found[i]!;
    if (item.attribution.cue) continue;
    // null from either is an unnamed speaker, and final; undefined means neither knows.
    const runOn = runOnSpeaker(text, found, i);
    const known = runOn !== undefined ? runOn : lastCuedSpeaker(ctx, item.paragraph, item.span.open);
    const speaker =
      known !== undefined
        ? known
        : (previousParagraphSpeaker(ctx, found, i) ?? lastPersonIn(ctx, item.paragraph.start, item.span.open) ?? previousParagraphCueSpeaker(ctx, paragraphs, item));
    item.attribution = { ...item.attribution, speaker };
  }
}

/** How many quotations a run-on is followed through, either way. */
const RUN_ON_REACH = 20;

/** The speaker of the cued quotation a quotation runs on from or into: null when that one's speaker is unnamed, undefined when there is none. */
function runOnSpeaker(text: string, found: readonly Found[], index: number): Speaker | null | undefined {
  const first = Math.max(1, index - RUN_ON_REACH);
  for (let i = index; i >= first && runsInto(text, found[i - 1]!.span, found[i]!.span); i--) {
    const earlier = found[i - 1]!.attribution;
    if (earlier.speaker || earlier.cue) return earlier.speaker;
  }
  const last = Math.min(found.length - 1, index + RUN_ON_REACH);
  for (let i = index; i < last && runsInto(text, found[i]!.span, found[i + 1]!.span); i++) {
    const later = found[i + 1]!.attribution;
    if (later.cue) return later.speaker;
  }
  return undefined;
}

/**
 * Who the latest cue before `offset` in a paragraph that names a source attributes words to: null when the source is
 * unnamed ("one trader said"), undefined when no cue names one.
 */
function lastCuedSpeaker(ctx: SpeakerContext, paragraph: Paragraph, offset: number): Speaker | null | undefined {
  for (const cue of cuesBefore(paragraph, offset, EARLIER_CUE_REACH)) {
    const source = sourceOfCue(ctx, cue, sentenceStart(paragraph, cue.start));
    if (source) return source.speaker;
  }
  return undefined;
}

/**
 * A paragraph that opens with a quotation continues the previous paragraph's last quoted speaker, unless
 * that paragraph went on to name somebody else.
 */
function previousParagraphSpeaker(ctx: SpeakerContext, found: readonly Found[], index: number): Speaker | null {
  const { text } = ctx;
  const item = found[index]!;
  const previous = found[index - 1];
  if (!previous?.attribution.speaker || previous.span.paragraph !== item.span.paragraph - 1) return null;
  if (text.slice(item.paragraph.start, item.span.open).trim() !== '') return null;
  const named = lastPersonIn(ctx, previous.span.close, previous.paragraph.end);
  return !named || named.name === previous.attribution.speaker.name ? previous.attribution.speaker : null;
}

/**
 * A quotation in a paragraph with no cue and nobody named before it continues the last source cued in the paragraph
 * before, when that paragraph ends with them ("Jane Smith said the film was ready. | The copies are encrypted. "No
 * scratches."").
 */
function previousParagraphCueSpeaker(ctx: SpeakerContext, paragraphs: readonly Paragraph[], item: Found): Speaker | null {
  const previous = paragraphs[paragraphs.indexOf(item.paragraph) - 1];
  if (!previous || cuesBefore(item.paragraph, item.span.open, 1).length) return null;
  const speaker = lastCuedSpeaker(ctx, previous, previous.end);
  // Unless that paragraph went on to name somebody else.
  const named = speaker && lastPersonIn(ctx, previous.start, previous.end);
  return speaker && (!named || named.name === speaker.name) ? speaker : null;
}
