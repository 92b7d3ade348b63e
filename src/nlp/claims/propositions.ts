import type { Claim, ClaimKind, Entity, Speaker } from '../doc/layers.js';
import type { Doc, DocWith, Token } from '../doc/document.js';
import { argumentsOf } from './arguments.js';
import { triggerIn } from './kinds.js';
import { modalityOf } from './modality.js';
import { lemmaOf } from '../doc/compromise.js';
import { organizationForIt } from '../attribution/organization-references.js';
import { firstAtOrAfter, startOf, within, type Span } from '../doc/spans.js';
import { candidatesIn } from '../attribution/mention-resolvers.js';
import { isQuoted, type SpeakerContext } from '../attribution/speaker-context.js';
import { isVerb, tokenAt } from '../doc/words.js';

/** What claims are read from: the document with every other layer, whose ids claims refer to. */
export type ClaimsContext = DocWith<'entities' | 'mentions' | 'money' | 'percentages' | 'dates' | 'quotes' | 'quoteSpans' | 'personNames' | 'speakers'>;

/** What a proposition is read from. */
export interface PropositionSource {
  /** The asserted words. */
  readonly content: Span;
  /** The content with its attributing frame: figures and dates are taken from all of it ("announced last week that"). */
  readonly extent: Span;
  readonly cue: string | null;
  readonly speaker: Speaker | null;
  /** The cue may take a noun phrase ("announced a new phone"). */
  readonly takesNounPhrase: boolean;
  /** The speaker is a person; an organization speaking is what "it" and "the company" in its words stand for. */
  readonly personal: boolean;
}

export type Proposition = Pick<Claim, 'subject' | 'predicate' | 'object' | 'kind' | 'modality' | 'figures' | 'dates' | 'arguments' | 'trigger'>;

/** Reads who does what from a span: its subject, verb (normalised), the rest, its kind, modality, figures and roles. */
export function propositionOf(ctx: ClaimsContext, source: PropositionSource): Proposition {
  const doc = ctx;
  const { content } = source;
  const text = doc.text.slice(content.start, content.end);
  const mentions = within(ctx.mentions, content);
  const act = actOf(doc, source, mentions.some((m) => m.entity.type === 'product'));
  // Without a verb of their own the words are all subject ("the Austin-based firm's expected savings").
  const subjectEnd = act.verbless ? content.end : act.start;
  const subjectEntity = subjectMention(ctx, content, subjectEnd);
  const subject = subjectEntity
    ? { entityId: subjectEntity.id, name: subjectEntity.name }
    : (referenceBefore(ctx, content.start, subjectEnd, source.personal ? null : source.speaker) ??
      (source.speaker && (act.nounPhrase || /^to\s/iu.test(text)) ? source.speaker : null));
  const money = within(ctx.money, source.extent);
  const percentages = within(ctx.percentages, source.extent);
  // "now", "recently" place nothing on the calendar: a claim's dates are the ones that do
  const dates = within(ctx.dates, source.extent).filter((date) => date.granularity !== 'reference');
  const modality = modalityOf(text, source.cue);
  // With no word of a kind, a forecast or a plan is still a goal or forecast ("agents will join the workforce, he predicted").
  const kind = act.kind ?? (modality === 'forecast' || modality === 'planned' ? 'goal_forecast' : 'statement');
  const object = act.nounPhrase ? text : withoutEdges(doc.text.slice(act.end, content.end));
  return {
    subject,
    predicate: act.predicate,
    object: object || null,
    kind,
    modality,
    trigger: act.trigger,
    figures: [...money, ...percentages].sort((a, b) => a.start - b.start).map((f) => f.id),
    dates: dates.map((d) => d.id),
    arguments: argumentsOf({
      text,
      start: content.start,
      kind,
      predicate: act.predicate,
      subject: subjectEntity ?? ctx.entities.find((e) => e.id === subject?.entityId) ?? null,
      verbAt: act.start,
      mentions,
      // Roles come from the asserted words only: "announced on Thursday" dates the announcement, not the investment.
      money: within(money, content),
      percentages: within(percentages, content),
      dates: within(dates, content),
    }),
  };
}

const EDGE_START = /^[\s,;:]+/u;
const EDGE_END = /[\s,;:.!?"”’']/u;

/** An object without the separators before it and the punctuation after it (looked at from the end, not tried at every position). */
function withoutEdges(text: string): string {
  const start = EDGE_START.exec(text)?.[0].length ?? 0;
  let end = text.length;
  while (end > start && EDGE_END.test(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** What a span says is done: the normalised verb, where it stands, and the kind of claim its words make. */
interface Act extends Span {
  readonly predicate: string;
  readonly kind: ClaimKind | null;
  /** The words that made the kind. */
  readonly trigger: string | null;
  /** The words are a noun phrase a cue takes ("announced a new phone"): the cue is the verb, the speaker the subject. */
  readonly nounPhrase: boolean;
  /** The words have no verb of their own; the predicate comes from the cue. */
  readonly verbless: boolean;
}

/**
 * The act: a verb that is also a word of a kind names it ("dropping" → drop, stock move); a noun of a kind ("revenue",
 * "job cuts") leaves the verb to the clause ("Revenue grew" → grow); a noun phrase after "announced" takes the cue's.
 */
function actOf(doc: Doc, source: PropositionSource, namesProduct: boolean): Act {
  const { content, cue } = source;
  const text = doc.text.slice(content.start, content.end);
  const verb = mainVerb(doc, content);
  const nounPhrase = source.takesNounPhrase && cue !== null && (!verb || verb.afterRelative);
  const read = nounPhrase ? `${cue} ${text}` : text;
  const trigger = triggerIn(read, namesProduct);
  const kind = trigger?.kind ?? null;
  const found = { kind, trigger: trigger ? read.slice(trigger.start, trigger.end) : null, nounPhrase };
  if (nounPhrase) return { start: content.start, end: content.start, ...found, predicate: cueLemma(cue!), verbless: false };
  const shift = (offset: number) => content.start + Math.max(0, offset);
  const triggerToken = trigger ? tokenAt(doc, shift(trigger.start)) : undefined;
  if (trigger?.lemma && ((triggerToken && isVerbal(doc, triggerToken)) || !verb)) {
    const end = triggerToken ? verbPhraseEnd(doc, triggerToken) : shift(trigger.end);
    return { start: shift(trigger.start), end, predicate: trigger.lemma, ...found, verbless: false };
  }
  if (verb) return { start: verb.token.start, end: verb.token.end, predicate: lemmaOf(verb.token.text, verb.token.tags), ...found, verbless: false };
  return { start: content.start, end: content.start, ...found, predicate: cue ? cueLemma(cue) : 'be', verbless: true };
}

/** The verb of a cue ("told Reuters" → tell); "according to" reports what someone says. */
function cueLemma(cue: string): string {
  return /^according/iu.test(cue) ? 'say' : lemmaOf(cue.split(/\s+/u)[0]!);
}

/** The first entity named before the verb, outside quotations ("Nvidia's stock dropping", "Shares of Acme rose"). */
function subjectMention(ctx: ClaimsContext, content: Span, verbAt: number): Entity | undefined {
  const { text } = ctx;
  // "the Austin-based firm", "a Google-backed start-up": a name in a compound modifier is not the subject.
  return within(ctx.mentions, { start: content.start, end: verbAt }).find((m) => !isQuoted(ctx, m.start) && text[m.end] !== '-')?.entity;
}

// (?<!\w) and (?!\w) are word boundaries, as in patterns.ts.
const IT = /(?<!\w)(?:it|its)(?!\w)/iu;

/**
 * A pronoun or description before the verb, resolved: "he" → the person, "the company" or "it" → the organization
 * speaking when one is ("Acme said it would ..."), else the organization the text is about.
 */
function referenceBefore(ctx: SpeakerContext, start: number, verbAt: number, organization: Speaker | null): Speaker | null {
  if (verbAt <= start) return null;
  const named = candidatesIn(ctx, start, verbAt).find((c) => c.speaker && ctx.text[c.end] !== '-');
  if (named) return !named.personal && organization ? organization : named.speaker;
  const it = IT.exec(ctx.text.slice(start, verbAt));
  return it ? (organization ?? organizationForIt(ctx, start + it.index)) : null;
}

interface MainVerb {
  readonly token: Token;
  /** A relative pronoun comes first: the span is a noun phrase with a clause inside ("a phone, which will"). */
  readonly afterRelative: boolean;
}

const RELATIVE = /^(?:which|who|that|whose|whom)$/iu;

const AUXILIARY = ['Modal', 'Auxiliary', 'Copula'];

/** A verb, or a word the tagger took for something else right after "will", "is", "to" ("will partner", "is cutting"). */
function isVerbal(doc: Doc, token: Token): boolean {
  const before = doc.tokens[token.index - 1];
  return isVerb(token) || (before !== undefined && (AUXILIARY.some((tag) => before.tags.has(tag)) || before.normal === 'to'));
}

/** The end of a verb and its particle ("lay off", "rolled out"): the object begins after it. */
function verbPhraseEnd(doc: Doc, verb: Token): number {
  const next = doc.tokens[verb.index + 1];
  return next?.tags.has('Particle') ? next.end : verb.end;
}

const MODIFIER_TAGS = ['Determiner', 'Adjective', 'Possessive', 'Value'];

/** A participle used as an adjective: in a compound, or between a modifier and a noun ("the recommended term"). */
function isAdjectival(doc: Doc, index: number): boolean {
  const before = doc.tokens[index - 1];
  const after = doc.tokens[index + 1];
  if (before?.post.endsWith('-')) return true; // "Austin-based", "AI-powered"
  return before !== undefined && after !== undefined && MODIFIER_TAGS.some((tag) => before.tags.has(tag)) && (after.tags.has('Noun') || after.tags.has('Adjective') || after.tags.has('Particle'));
}

/**
 * The verb that carries the span: the first verb, past auxiliaries and modals that another verb follows, through
 * "is to make" to "make", and not a gerund that opens the span as its subject ("Spending will rise").
 */
function mainVerb(doc: Doc, span: Span): MainVerb | undefined {
  const first = firstAtOrAfter(doc.tokens, span.start, startOf);
  let afterRelative = false;
  for (let i = first; i < doc.tokens.length && doc.tokens[i]!.end <= span.end; i++) {
    const token = doc.tokens[i]!;
    if (RELATIVE.test(token.text)) afterRelative = true;
    if (!isVerb(token) || token.tags.has('Modal') || isAdjectival(doc, i) || (i === first && token.tags.has('Gerund'))) continue;
    const next = doc.tokens[i + 1];
    const afterNext = doc.tokens[i + 2];
    if (token.tags.has('Auxiliary') && [next, afterNext].some((t) => t && t.end <= span.end && isVerb(t))) continue;
    // "the App Store rules broke": a word tagged as a verb right before a verb is a noun.
    if (!AUXILIARY.some((tag) => token.tags.has(tag)) && next && next.end <= span.end && isVerb(next) && !next.tags.has('Gerund') && !AUXILIARY.some((tag) => next.tags.has(tag))) continue;
    if (token.tags.has('Copula') && next?.normal === 'to' && afterNext && afterNext.end <= span.end && isVerb(afterNext)) return { token: afterNext, afterRelative };
    return { token, afterRelative };
  }
  return undefined;
}
