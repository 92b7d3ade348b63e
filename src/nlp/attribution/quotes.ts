import { component } from '../doc/components.js';
import type { Quote } from '../doc/layers.js';
import { isBoilerplate, sentenceAt } from '../doc/document.js';
import { withIds } from '../doc/ids.js';
import { wordCount } from '../doc/words.js';
import { findQuotedSpans } from './quote-marks.js';
import { contentParagraphs, cueAfter, cuesBefore, ENDS_SENTENCE, firstAfter, groupBy, layOut, sentenceStart, type QuoteParagraph } from './quote-paragraphs.js';
import { attributeByContext, attributionByCue, attributionByMarker, SHORT_SUBJECT_WORDS, UNATTRIBUTED, type Attribution, type CueSituation } from './quote-sieves.js';
import type { SpeakerContext } from './speaker-context.js';

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
  requires: ['quoteSpans', 'personNames', 'speakers'],
  assigns: ['quotes'],
  run: (doc) => ({ quotes: quotesOf(doc) }),
});

function quotesOf(ctx: SpeakerContext): Quote[] {
  const doc = ctx;
  const byParagraph = groupBy(ctx.quoteSpans, (span) => span.paragraph);
  const paragraphs = contentParagraphs(doc).map((p, index) => layOut(doc, p, byParagraph.get(index) ?? []));
  const found = paragraphs.flatMap((paragraph) =>
    paragraph.quotes.flatMap((span, i) => {
      const attribution = attributionOf(ctx, paragraph, i);
      return attribution ? [{ span, paragraph, attribution }] : [];
    }),
  );
  attributeByContext(ctx, found, paragraphs);
  return withIds(
    'q',
    found.map(({ span, attribution }) => ({
      text: doc.text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      speaker: attribution.speaker,
      cue: attribution.cue?.text ?? null,
      sentence: sentenceAt(doc, span.start),
      sieve: attribution.sieve,
      resolver: attribution.resolver,
    })),
  );
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
/** A list a title-like quoted phrase stands in ('hits include "MapleStory" and "The First Descendant," said'): titles, not words. */
const LISTED_BEFORE = /(?:(?<!\w)(?:include[sd]?|including|such\s+as)|["”’]\s*,?\s*(?:and|or))\s*$/iu;
const SMALL_WORD = /^(?:a|an|the|of|in|on|at|to|for|and|or|with|from|by|vs|de|la|du|von|van)$/iu;
/** Most words between a quotation and the cue after it ("...," mobile analyst Jane Smith, of Acme, told). */
const SUBJECT_WORDS = 12;

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

function attributionOf(ctx: SpeakerContext, paragraph: QuoteParagraph, index: number): Attribution | null {
  const { text } = ctx;
  const span = paragraph.quotes[index]!;
  const quoted = text.slice(span.start, span.end);
  const before = text.slice(Math.max(paragraph.start, span.open - 40), span.open);
  const full = isFullQuotation(quoted, before);
  const coined = COINED.test(before) && !isTitleLike(quoted);
  if ((NAMING.test(before) && !coined) || (!full && WORK.test(before))) return null;
  const attribution = attributionByMarker(ctx, span) ?? attributionByCue(cueSituation(ctx, paragraph, index, full)) ?? UNATTRIBUTED;
  if (isTitleLike(quoted) && (!attribution.direct || LISTED_BEFORE.test(before))) return null;
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

/** An aside set off by commas right before a cue. */
const ASIDE_BEFORE_CUE = /,[^,;"“”‘’]{1,200},\s*$/u;

/** How the quotation at `index` stands among the cues of its paragraph: what the cue sieves read. */
function cueSituation(ctx: SpeakerContext, paragraph: QuoteParagraph, index: number, full: boolean): CueSituation {
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
  // '"...," Jane Smith, director of ... and a professor at ..., said': the aside after the name is no part of the subject.
  const subjectWords = after ? wordCount(text.slice(span.close, after.start).replace(ASIDE_BEFORE_CUE, ' ')) : Infinity;
  // A participle right after the quotation ('"...," adding that') has the subject of an earlier verb.
  const follows =
    after !== undefined &&
    (between > 0 || after.inverts) &&
    subjectWords <= (stops ? SHORT_SUBJECT_WORDS : SUBJECT_WORDS) &&
    !NOT_A_SUBJECT.test(text.slice(span.close, after.start)) &&
    !(stops && CLAUSE_AFTER_CUE.test(text.slice(after.end, after.end + 8)));
  const leads = before !== undefined && /^[\s,:\u2014\u2013-]*$/u.test(text.slice(before.end, span.open));
  return { ctx, span, paragraph, full, after, before, follows, between, stops, leads };
}
