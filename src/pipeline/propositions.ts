import type { Claim, Entity, Speaker } from '../../schemas/extract.js';
import type { ClaimInputs } from './claims.js';
import type { ParsedDocument, Token } from './document.js';
import { argumentsOf, type MentionOf } from './claim-arguments.js';
import { triggerIn } from './claim-kinds.js';
import { modalityOf } from './modality.js';
import { lemmaOf } from './nlp.js';
import { firstAtOrAfter, startOf, type Span } from './spans.js';
import { candidatesIn, isQuoted, latestOrganization, type SpeakerContext } from './speakers.js';

/** The other stages' findings, sorted by offset, with every entity mention, for looking up what a span holds. */
export interface Findings extends Omit<ClaimInputs, 'quotes'> {
  readonly mentions: readonly MentionOf[];
}

export function findingsOf(stages: Omit<ClaimInputs, 'quotes'>): Findings {
  const mentions = stages.entities
    .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
    .sort((a, b) => a.start - b.start);
  return { ...stages, mentions };
}

/** The items of a sorted list that lie inside `span`. */
export function within<T extends Span>(items: readonly T[], span: Span): T[] {
  const found: T[] = [];
  for (let i = firstAtOrAfter(items, span.start, startOf); i < items.length && items[i]!.start < span.end; i++) {
    if (items[i]!.end <= span.end) found.push(items[i]!);
  }
  return found;
}

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
}

export type Proposition = Pick<Claim, 'subject' | 'predicate' | 'object' | 'kind' | 'modality' | 'figures' | 'dates' | 'arguments'>;

/** Reads who does what from a span: its subject, verb (normalised), the rest, its kind, modality, figures and roles. */
export function propositionOf(ctx: SpeakerContext, findings: Findings, source: PropositionSource): Proposition {
  const { doc } = ctx;
  const { content } = source;
  const text = doc.text.slice(content.start, content.end);
  const verb = mainVerb(doc, content);
  const nounPhrase = source.takesNounPhrase && source.cue !== null && (!verb || verb.afterRelative);
  const trigger = triggerIn(nounPhrase ? `${source.cue} ${text}` : text);
  const shift = nounPhrase ? source.cue!.length + 1 : 0;
  const triggerAt = trigger ? content.start + Math.max(0, trigger.start - shift) : undefined;
  const triggerEnd = trigger ? content.start + Math.max(0, trigger.end - shift) : undefined;
  const triggerIsVerb = triggerAt !== undefined && isVerbAt(doc, triggerAt);
  // A verb trigger names the act ("dropping" → drop); a noun trigger ("revenue", "job cuts") leaves it to the clause's verb.
  const [predicate, verbAt, verbEnd] = nounPhrase
    ? [cueLemma(source.cue!), content.start, content.start]
    : trigger?.lemma && (triggerIsVerb || !verb)
      ? [trigger.lemma, triggerAt!, triggerEnd!]
      : verb
        ? [lemmaOf(verb.token.text, verb.token.tags), verb.token.start, verb.token.end]
        : [source.cue ? cueLemma(source.cue) : 'be', content.start, content.start];
  const subjectEntity = subjectMention(ctx, findings, content, verbAt);
  const subject = subjectEntity
    ? { entityId: subjectEntity.id, name: subjectEntity.name }
    : (referenceBefore(ctx, content.start, verbAt) ?? (source.speaker && (nounPhrase || /^to\s/iu.test(text)) ? source.speaker : null));
  const money = within(findings.money, source.extent);
  const percentages = within(findings.percentages, source.extent);
  const dates = within(findings.dates, source.extent);
  const kind = trigger?.kind ?? 'statement';
  const objectText = nounPhrase ? text : doc.text.slice(verbEnd, content.end).replace(/^[\s,;:]+|[\s,;:.]+$/gu, '');
  return {
    subject,
    predicate,
    object: objectText || null,
    kind,
    modality: modalityOf(text, source.cue),
    figures: [...money, ...percentages].sort((a, b) => a.start - b.start).map((f) => f.id),
    dates: dates.map((d) => d.id),
    arguments: argumentsOf({
      text,
      start: content.start,
      kind,
      predicate,
      subject: subjectEntity ?? findings.entities.find((e) => e.id === subject?.entityId) ?? null,
      verbAt,
      mentions: within(findings.mentions, content),
      money,
      percentages,
      dates,
    }),
  };
}

/** The verb of a cue ("told Reuters" → tell); "according to" reports what someone says. */
function cueLemma(cue: string): string {
  return /^according/iu.test(cue) ? 'say' : lemmaOf(cue.split(/\s+/u)[0]!);
}

/** The first entity named before the verb, outside quotations ("Nvidia's stock dropping", "Shares of Acme rose"). */
function subjectMention(ctx: SpeakerContext, findings: Findings, content: Span, verbAt: number): Entity | undefined {
  return within(findings.mentions, { start: content.start, end: verbAt }).find((m) => !isQuoted(ctx, m.start))?.entity;
}

const IT = /\b(?:it|its)\b/iu;

/** A pronoun or description before the verb, resolved: "he" → the person, "the company" or "it" → the organization. */
function referenceBefore(ctx: SpeakerContext, start: number, verbAt: number): Speaker | null {
  if (verbAt <= start) return null;
  const named = candidatesIn(ctx, start, verbAt).find((c) => c.speaker)?.speaker;
  if (named) return named;
  const it = IT.exec(ctx.doc.text.slice(start, verbAt));
  return it ? latestOrganization(ctx, start + it.index) : null;
}

interface MainVerb {
  readonly token: Token;
  /** A relative pronoun comes first: the span is a noun phrase with a clause inside ("a phone, which will"). */
  readonly afterRelative: boolean;
}

const RELATIVE = /^(?:which|who|that|whose|whom)$/iu;
const isVerb = (token: Token) => token.tags.has('Verb') && !token.tags.has('Pronoun');

function isVerbAt(doc: ParsedDocument, offset: number): boolean {
  const token = doc.tokens[firstAtOrAfter(doc.tokens, offset, startOf)];
  return token !== undefined && token.start === offset && isVerb(token);
}

const MODIFIER_TAGS = ['Determiner', 'Adjective', 'Possessive', 'Value'];

/** A participle used as an adjective: between a modifier and a noun ("the recommended term", "a stripped down laptop"). */
function isAdjectival(doc: ParsedDocument, index: number): boolean {
  const before = doc.tokens[index - 1];
  const after = doc.tokens[index + 1];
  return before !== undefined && after !== undefined && MODIFIER_TAGS.some((tag) => before.tags.has(tag)) && (after.tags.has('Noun') || after.tags.has('Adjective') || after.tags.has('Particle'));
}

/**
 * The verb that carries the span: the first verb, past auxiliaries and modals that another verb follows, through
 * "is to make" to "make", and not a gerund that opens the span as its subject ("Spending will rise").
 */
function mainVerb(doc: ParsedDocument, span: Span): MainVerb | undefined {
  const first = firstAtOrAfter(doc.tokens, span.start, startOf);
  let afterRelative = false;
  for (let i = first; i < doc.tokens.length && doc.tokens[i]!.end <= span.end; i++) {
    const token = doc.tokens[i]!;
    if (RELATIVE.test(token.text)) afterRelative = true;
    if (!isVerb(token) || isAdjectival(doc, i) || (i === first && token.tags.has('Gerund'))) continue;
    const next = doc.tokens[i + 1];
    const afterNext = doc.tokens[i + 2];
    if ((token.tags.has('Auxiliary') || token.tags.has('Modal')) && [next, afterNext].some((t) => t && t.end <= span.end && isVerb(t))) continue;
    if (token.tags.has('Copula') && next?.normal === 'to' && afterNext && afterNext.end <= span.end && isVerb(afterNext)) return { token: afterNext, afterRelative };
    return { token, afterRelative };
  }
  return undefined;
}
