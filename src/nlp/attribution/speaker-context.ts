import type { Entity, Speaker } from '../../../schemas/extract.js';
import type { ParsedDocument } from '../doc/document.js';
import type { QuotedSpan } from './quote-marks.js';
import { endOf, firstAtOrAfter, startOf, type Span } from '../doc/spans.js';

// The document as speaker resolution sees it, and the lookups every resolver shares.

/** What speaker resolution needs of one document, built once: names, quotations, genders. */
export interface SpeakerContext {
  readonly doc: ParsedDocument;
  /** Quotation interiors, sorted: names inside them neither speak nor stand behind a later "he". */
  readonly quoted: readonly QuotedSpan[];
  /** Mentions of people and organizations, sorted by offset. */
  readonly names: readonly NameMention[];
  /** People by surname, from full names ("Smith" → Jane Smith). */
  readonly bySurname: ReadonlyMap<string, Speaker>;
  /** The same for every capitalised run of two or more words, for a name a cue confirms ("Musk said" → Elon Musk). */
  readonly byLooseSurname: ReadonlyMap<string, Speaker>;
  readonly genders: ReadonlyMap<string, Gender>;
  readonly organizations: readonly Entity[];
  /** What kind each organization is, as the text calls it ("telecoms regulator Ofcom"), by entity id. */
  readonly kinds: ReadonlyMap<string, ReadonlySet<string>>;
  /** Mentions of places and products, sorted: they speak for nobody ("Italy", "London-based"). */
  readonly things: readonly Span[];
  /** Mentions of places, sorted ("India's second-largest company" describes an organization). */
  readonly places: readonly Span[];
}

/** A mention of a person or organization, with who it names. */
export interface NameMention extends Span {
  readonly kind: 'person' | 'organization';
  readonly speaker: Speaker;
}

export type Gender = 'male' | 'female';

/** A phrase that may be a cue's subject. People (names, he/she, "the chief executive") outrank organizations. */
export interface Candidate extends Span {
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
  const span = ctx.quoted[firstAtOrAfter(ctx.quoted, offset + 1, endOf)];
  return span !== undefined && span.start <= offset;
}

/** How far back antecedents are looked for, in mentions. */
export const ANTECEDENT_REACH = 40;

/** The latest mention before `offset`, outside quotations, that passes `accepts`. */
export function latestMention(ctx: SpeakerContext, offset: number, accepts: (mention: NameMention) => boolean): NameMention | undefined {
  const last = firstAtOrAfter(ctx.names, offset, startOf) - 1;
  for (let i = last; i >= 0 && i > last - ANTECEDENT_REACH; i--) {
    const mention = ctx.names[i]!;
    if (!isQuoted(ctx, mention.start) && accepts(mention)) return mention;
  }
  return undefined;
}
