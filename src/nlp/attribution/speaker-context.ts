import type { DocWith } from '../doc/document.js';
import type { NameMention, Speaker } from '../doc/layers.js';
import type { MentionResolver } from './sieves.js';
import { endOf, firstAtOrAfter, startOf, type Span } from '../doc/spans.js';
import { HYPHENATED_GIVEN_NAME } from '../lexicon/titles.js';

// The document as speaker resolution sees it, and the lookups every resolver shares.

/** The document as speaker resolution reads it: its quotation spans, the people it names and its index of who may speak. */
export type SpeakerContext = DocWith<'quoteSpans' | 'personNames' | 'speakers'>;

export type { Gender, NameMention } from '../doc/layers.js';

/** A phrase that may be a cue's subject. People (names, he/she, "the chief executive") outrank organizations. */
export interface Candidate extends Span {
  /** Which resolver read the phrase. */
  readonly resolver: MentionResolver;
  readonly personal: boolean;
  readonly speaker: Speaker | null;
  /** The other sources the phrase stands for ("the two companies"). */
  readonly coSpeakers?: readonly Speaker[];
}

/** Whether `span` overlaps any of `sorted` (sorted by start, not overlapping one another). */
export function overlapsAny(sorted: readonly Span[], span: Span): boolean {
  const next = sorted[firstAtOrAfter(sorted, span.start + 1, endOf)];
  return next !== undefined && next.start < span.end;
}

/** Whether `offset` lies inside a quotation. */
export function isQuoted(ctx: SpeakerContext, offset: number): boolean {
  const span = ctx.quoteSpans[firstAtOrAfter(ctx.quoteSpans, offset + 1, endOf)];
  return span !== undefined && span.start <= offset;
}

/** How far back antecedents are looked for, in mentions. */
export const ANTECEDENT_REACH = 40;

/** The latest mention before `offset`, outside quotations, that passes `accepts`. */
export function latestMention(ctx: SpeakerContext, offset: number, accepts: (mention: NameMention) => boolean): NameMention | undefined {
  const last = firstAtOrAfter(ctx.speakers.names, offset, startOf) - 1;
  for (let i = last; i >= 0 && i > last - ANTECEDENT_REACH; i--) {
    const mention = ctx.speakers.names[i]!;
    if (!isQuoted(ctx, mention.start) && accepts(mention)) return mention;
  }
  return undefined;
}
/** A place or product the entities stage found, or the first half of a compound modifier ("London-based", not "Ji-woo"): nobody who speaks. */
export function speaksForNobody(ctx: SpeakerContext, index: number): boolean {
  const token = ctx.tokens[index]!;
  const next = ctx.tokens[index + 1];
  const compound = token.post === '-' && next !== undefined && /^\p{Ll}/u.test(next.text) && !HYPHENATED_GIVEN_NAME.test(`${token.text}-${next.text}`);
  return overlapsAny(ctx.personNames.things, token) || compound;
}

