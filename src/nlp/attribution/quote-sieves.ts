import type { QuotedSpan, Speaker } from '../doc/layers.js';
import type { Cue } from './cues.js';
import { cuesBefore, sentenceStart, type QuoteParagraph } from './quote-paragraphs.js';
import type { MentionResolver, QuoteSieve } from './sieves.js';
import type { Candidate, SpeakerContext } from './speaker-context.js';
import { sentenceAt } from '../doc/document.js';
import { participleSubject } from './report-sources.js';
import { personNamed } from './person-names.js';
import { lastPersonMention, signatureAt, sourceOfCue } from './subjects.js';
import { candidatesIn } from './mention-resolvers.js';
import { adjacentName } from './adjacent-names.js';

// The quote → mention sieves (their order and meaning: sieves.ts), applied to one article's quotations.

/** Who said a quotation, and why: the sieve that chose the mention, and the resolver that read it (null when none did). */
export interface Attribution {
  readonly speaker: Speaker | null;
  readonly cue: Cue | null;
  /** The cue stands right against the quotation (`"..." he said`, `said: "..."`). */
  readonly direct: boolean;
  /** Null when no sieve applied: the speaker is unknown. */
  readonly sieve: QuoteSieve | null;
  readonly resolver: MentionResolver | null;
}

/** A quotation and its paragraph, with who said it once the sieves have run. */
export interface QuoteFinding {
  readonly span: QuotedSpan;
  readonly paragraph: QuoteParagraph;
  attribution: Attribution;
}

/** What the cue sieves read of one quotation: the cues around it, and how it stands in its sentence. */
export interface CueSituation {
  readonly ctx: SpeakerContext;
  readonly span: QuotedSpan;
  readonly paragraph: QuoteParagraph;
  /** A quoted sentence, not a fragment of the reporter's own. */
  readonly full: boolean;
  /** The cue after the quotation within its sentence, and the nearest cue before it. */
  readonly after: Cue | undefined;
  readonly before: Cue | undefined;
  /** The cue after it can attribute it (few words between, no clause of its own), and how many words stand between. */
  readonly follows: boolean;
  readonly between: number;
  /** The quotation ends its sentence; the cue before leads right into it. */
  readonly stops: boolean;
  readonly leads: boolean;
}

/** A subject this short stands right against the quotation; it is all a quotation that ended its sentence allows. */
export const SHORT_SUBJECT_WORDS = 4;

const attribution = (sieve: QuoteSieve, cue: Cue | null, direct: boolean, source: Candidate | undefined): Attribution => ({
  speaker: source?.speaker ?? null,
  cue,
  direct,
  sieve,
  resolver: source?.resolver ?? null,
});

/** The cue sieves: the attribution the first applicable one gives, or none. */
export function attributionByCue(s: CueSituation): Attribution | undefined {
  const fromAfter = (sieve: QuoteSieve, cue: Cue, direct: boolean) => attribution(sieve, cue, direct, sourceOfCue(s.ctx, cue, s.span.close));
  if (s.follows && s.after && !(s.stops && s.leads)) return fromAfter('cue-after-quote', s.after, s.between <= SHORT_SUBJECT_WORDS);
  // The subject may stand before an earlier quotation in the sentence ('X pledged "a" and called it "b"').
  // A participle after a clause ('Trump attacked Clinton ..., saying, "..."') has that clause's subject.
  if (s.before) {
    const participle = participleSubject(s.ctx, s.ctx.sentences[sentenceAt(s.ctx, s.before.start)]!, s.before);
    return attribution('cue-before-quote', s.before, s.leads, participle ?? sourceOfCue(s.ctx, s.before, sentenceStart(s.paragraph, s.span.open)));
  }
  if (s.after && !s.full) return fromAfter('cue-after-fragment', s.after, false);
  return undefined;
}

/** A transcript's speaker in capitals opening a quotation ("PENCE: ...", "MR. TRUMP: ..."), its colon right after. */
const TRANSCRIPT_SPEAKER = /^(?:\p{Lu}{1,4}\.\s)?\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+){0,2}(?=:\s)/u;
/** A dash after the closing mark, then the name it signs ('..." ― Sonya Herridge', '..." -- Jane Smith, Acme'). */
const SIGNATURE_DASH = /^[^\S\n]*(?:[―—–]|--?)[^\S\n]*(?=\p{Lu})/u;

/**
 * The marks that name a quotation's speaker outright, tried before any cue: a transcript's speaker opening it, or a
 * name signed after a dash right after it.
 */
export function attributionByMarker(ctx: SpeakerContext, span: QuotedSpan): Attribution | undefined {
  const { text } = ctx;
  const transcript = TRANSCRIPT_SPEAKER.exec(text.slice(span.start, span.start + TRANSCRIPT_NAME_REACH));
  if (transcript) {
    const speaker = personNamed(ctx.personNames.bySurname, titleCase(transcript[0]));
    return { speaker, cue: null, direct: true, sieve: 'transcript-speaker', resolver: 'name' };
  }
  const dash = SIGNATURE_DASH.exec(text.slice(span.close, span.close + SIGNATURE_REACH));
  const signed = dash && signatureAt(ctx, span.close + dash[0].length);
  if (signed) return attribution('signature-after-quote', null, true, signed);
  // '"Feature-studded and secure, ..." CNet': a name alone after the quotation, ending the line, signs it (a blurb).
  const window = text.slice(span.close, span.close + LINE_SIGNATURE_REACH);
  const line = LINE_SIGNATURE.exec(window);
  // The window's end is the line's only where it is the text's.
  if (!line || (line[0].length === window.length && span.close + window.length < text.length)) return undefined;
  const start = span.close + line[0].length - line[1]!.length - line[2]!.length;
  const end = start + line[1]!.length;
  const known = candidatesIn(ctx, start, end).find((c) => c.start === start && c.end === end && c.speaker);
  return attribution('signature-ends-line', null, true, known ?? adjacentName(ctx, { start, end }));
}

/** One to four capitalised words alone after a quotation, to the end of the line (group 1), and the spaces after them (group 2). */
const LINE_SIGNATURE = /^[^\S\n]+(\p{Lu}[\p{L}\p{N}&.'’-]*(?:[^\S\n]\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})([^\S\n]*)(?=\n|$)/u;
const LINE_SIGNATURE_REACH = 80;

/** Most characters of a transcript's speaker, and of the dash before a signature. */
const TRANSCRIPT_NAME_REACH = 40;
const SIGNATURE_REACH = 8;

/** "PENCE" → "Pence", "MR. TRUMP" → "Mr. Trump": the form a surname index and a reader know. */
const titleCase = (name: string) => name.toLowerCase().replace(/(?<![\p{L}'’])\p{Ll}/gu, (letter) => letter.toUpperCase());

/** No sieve applied. */
export const UNATTRIBUTED: Attribution = { speaker: null, cue: null, direct: false, sieve: null, resolver: null };

/** Who the context sieves make the speaker: null an unnamed source (final), undefined when the sieve does not apply. */
type Inherited = { readonly speaker: Speaker | null; readonly resolver: MentionResolver | null } | undefined;

/** How many earlier cues in the paragraph are tried for a quotation with no cue of its own. */
const EARLIER_CUE_REACH = 20;
/** How many quotations a run-on is followed through, either way. */
const RUN_ON_REACH = 20;

/**
 * The context sieves, for each quotation no cue attributes, in text order (a run-on reads the quotations before it as
 * the sieves left them).
 */
export function attributeByContext(ctx: SpeakerContext, found: QuoteFinding[], paragraphs: readonly QuoteParagraph[]): void {
  for (let i = 0; i < found.length; i++) {
    const item = found[i]!;
    if (item.attribution.cue || item.attribution.sieve) continue;
    const sieves: [QuoteSieve, () => Inherited][] = [
      ['run-on', () => runOnSpeaker(ctx, found, i)],
      ['paragraph-cue', () => lastCuedSource(ctx, item.paragraph, item.span.open)],
      ['previous-paragraph-quote', () => previousParagraphSpeaker(ctx, found, i)],
      ['paragraph-person', () => named(lastPersonMention(ctx, item.paragraph.start, item.span.open))],
      ['previous-paragraph-cue', () => previousParagraphCueSpeaker(ctx, paragraphs, item)],
    ];
    for (const [sieve, apply] of sieves) {
      const inherited = apply();
      if (inherited === undefined) continue;
      item.attribution = { ...item.attribution, speaker: inherited.speaker, resolver: inherited.resolver, sieve };
      break;
    }
  }
}

/** A candidate that names somebody, as a context sieve's finding. */
const named = (source: Candidate | undefined): Inherited => (source?.speaker ? { speaker: source.speaker, resolver: source.resolver } : undefined);

/** Whether `b` carries straight on from `a`: nothing but space between, or `a` ran on without a closing mark. */
function runsInto(text: string, a: QuotedSpan, b: QuotedSpan): boolean {
  if (a.paragraph !== b.paragraph && a.closed) return false;
  return b.open >= a.close && text.slice(a.close, b.open).trim() === '';
}

/** The speaker of the cued quotation a quotation runs on from or into. */
function runOnSpeaker(ctx: SpeakerContext, found: readonly QuoteFinding[], index: number): Inherited {
  const first = Math.max(1, index - RUN_ON_REACH);
  for (let i = index; i >= first && runsInto(ctx.text, found[i - 1]!.span, found[i]!.span); i--) {
    const earlier = found[i - 1]!.attribution;
    if (earlier.speaker || earlier.cue) return earlier;
  }
  const last = Math.min(found.length - 1, index + RUN_ON_REACH);
  for (let i = index; i < last && runsInto(ctx.text, found[i]!.span, found[i + 1]!.span); i++) {
    const later = found[i + 1]!.attribution;
    if (later.cue) return later;
  }
  return undefined;
}

/** The source the latest cue before `offset` in a paragraph attributes words to, named or not; undefined when no cue has one. */
function lastCuedSource(ctx: SpeakerContext, paragraph: QuoteParagraph, offset: number): Inherited {
  for (const cue of cuesBefore(paragraph, offset, EARLIER_CUE_REACH)) {
    const source = sourceOfCue(ctx, cue, sentenceStart(paragraph, cue.start));
    if (source) return source;
  }
  return undefined;
}

/**
 * A paragraph that opens with a quotation continues the previous paragraph's last quoted speaker, unless
 * that paragraph went on to name somebody else.
 */
function previousParagraphSpeaker(ctx: SpeakerContext, found: readonly QuoteFinding[], index: number): Inherited {
  const item = found[index]!;
  const previous = found[index - 1];
  if (!previous?.attribution.speaker || previous.span.paragraph !== item.span.paragraph - 1) return undefined;
  if (ctx.text.slice(item.paragraph.start, item.span.open).trim() !== '') return undefined;
  const person = lastPersonMention(ctx, previous.span.close, previous.paragraph.end)?.speaker;
  return !person || person.name === previous.attribution.speaker.name ? previous.attribution : undefined;
}

/**
 * A quotation in a paragraph with no cue and nobody named before it continues the last source cued in the paragraph
 * before, when that paragraph ends with them ("Jane Smith said the film was ready. | The copies are encrypted. "No
 * scratches."").
 */
function previousParagraphCueSpeaker(ctx: SpeakerContext, paragraphs: readonly QuoteParagraph[], item: QuoteFinding): Inherited {
  const previous = paragraphs[paragraphs.indexOf(item.paragraph) - 1];
  if (!previous || cuesBefore(item.paragraph, item.span.open, 1).length) return undefined;
  const source = lastCuedSource(ctx, previous, previous.end);
  if (!source?.speaker) return undefined;
  // Unless that paragraph went on to name somebody else.
  const person = lastPersonMention(ctx, previous.start, previous.end)?.speaker;
  return !person || person.name === source.speaker.name ? source : undefined;
}
