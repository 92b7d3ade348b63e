import { fundingRoundOf, jobCountOf } from './arguments.js';
import type { Claim, ClaimOrigin, FundingRound, Quote, Speaker } from '../doc/layers.js';
import { contentSentences, sentenceAt, type Doc, type Sentence, type Token } from '../doc/document.js';
import { withIds } from '../doc/ids.js';
import { triggerIn } from './kinds.js';
import { component } from '../doc/components.js';
import { propositionOf, type ClaimsContext } from './propositions.js';
import { datelineOf, withoutDateline } from '../attribution/dateline.js';
import { reportsIn, trimSpan, type Report } from '../attribution/reported-speech.js';
import { within, type Span } from '../doc/spans.js';
import { rememberingLemmaOf } from '../doc/compromise.js';

/** A claim before its proposition is read: where it is, who asserts it, and the quotations it rests on. */
interface Draft {
  readonly content: Span;
  readonly extent: Span;
  readonly sentence: Sentence;
  speaker: Speaker | null;
  cue: string | null;
  readonly takesNounPhrase: boolean;
  personal: boolean;
  readonly quotes: string[];
  readonly origin: ClaimOrigin;
  /** The sieve and resolver that found the speaker: a report's, or the quotation's it was taken from. */
  sieve: string | null;
  resolver: string | null;
}

/**
 * Claims: every report of what a named source asserts (direct or reported speech), every clause that states a figure
 * or an event of a known kind about an entity even when nobody is cited, and every attributed quotation that no
 * report covers. Each claim links the quotations it rests on, and their speaker is its speaker.
 */
export const claimsComponent = component({
  name: 'claims',
  requires: ['entities', 'mentions', 'money', 'percentages', 'dates', 'quotes', 'quoteSpans', 'personNames', 'speakers'],
  assigns: ['claims'],
  run: (doc) => ({ claims: claimsOf(doc) }),
});

function claimsOf(doc: ClaimsContext): Claim[] {
  // The cue detector reads each verb's lemma: remembered for the document.
  const ctx = { ...doc, lemmaOf: rememberingLemmaOf() };
  const drafts: Draft[] = [];
  const dateline = datelineOf(doc);
  for (const sentence of contentSentences(doc).map((s) => withoutDateline(doc, s, dateline))) {
    const reported = reportsIn(ctx, sentence).map((report) => draftOf(report, sentence));
    drafts.push(...reported);
    // The article's own words: what no report covers, outside quotations.
    const covered = [...reported.map((d) => d.extent), ...within(doc.quotes, sentence)];
    for (const region of uncovered(sentence, covered)) {
      for (const clause of clausesIn(doc, region)) {
        const content = withoutLeadingPhrase(doc, clause);
        if (statesSomething(doc, content, clause)) {
          drafts.push({ content, extent: clause, sentence, speaker: null, cue: null, takesNounPhrase: false, personal: false, quotes: [], origin: 'article', sieve: null, resolver: null });
        }
      }
    }
  }
  drafts.push(...linkQuotes(doc, drafts));
  drafts.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  return withIds(
    'c',
    drafts.map((draft) => {
      const { subject, predicate, object, kind, modality, figures, dates, arguments: roles, trigger } = propositionOf(ctx, draft);
      return {
        text: doc.text.slice(draft.content.start, draft.content.end),
        start: draft.content.start,
        end: draft.content.end,
        sentence: draft.sentence.index,
        speaker: draft.speaker,
        cue: draft.cue,
        subject,
        predicate,
        object,
        kind,
        modality,
        figures,
        dates,
        arguments: roles,
        ...countsOf(kind, doc.text.slice(draft.content.start, draft.content.end)),
        quotes: draft.quotes,
        origin: draft.origin,
        sieve: draft.sieve,
        resolver: draft.resolver,
        trigger,
      };
    }),
  );
}

/** A report as a claim: its words, and the frame beside them (whose dates and figures count: "announced last week that"). */
function draftOf(report: Report, sentence: Sentence): Draft {
  const { frame, content } = report;
  const extent = { start: Math.min(frame.start, content.start), end: Math.max(frame.end, content.end) };
  const { speaker, takesNounPhrase, personal, sieve, resolver } = report;
  return { content, extent, sentence, speaker, cue: report.cue.text, takesNounPhrase, personal, quotes: [], origin: 'reported-speech', sieve, resolver };
}

/** The parts of a sentence no report covers. */
function uncovered(sentence: Sentence, covered: readonly Span[]): Span[] {
  const parts: Span[] = [];
  let from = sentence.start;
  for (const span of [...covered].sort((a, b) => a.start - b.start)) {
    if (span.start > from) parts.push({ start: from, end: span.start });
    from = Math.max(from, span.end);
  }
  if (from < sentence.end) parts.push({ start: from, end: sentence.end });
  return parts;
}

/** Where a sentence divides into clauses that may each state something: semicolons, and ", and", ", but", ", while", ", with". */
const CLAUSE_BREAK = /;\s+|,\s+(?=(?:and|but|while|whereas|with)\s)/gu;
const LEADING_LINK = /^(?:and|but|while|whereas|with|so|yet)\s+/iu;

/** The clauses of a region, each holding a verb; a piece without one stays with the clause before it ("X, Y, and Z"). */
function clausesIn(doc: Doc, region: Span): Span[] {
  const text = doc.text.slice(region.start, region.end);
  const pieces: Span[] = [];
  let from = 0;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    pieces.push({ start: region.start + from, end: region.start + match.index });
    from = match.index + match[0].length;
  }
  pieces.push({ start: region.start + from, end: region.end });
  const clauses: Span[] = [];
  for (const piece of pieces) {
    const last = clauses[clauses.length - 1];
    if (last && !hasVerb(doc, piece)) clauses[clauses.length - 1] = { start: last.start, end: piece.end };
    else clauses.push(piece);
  }
  return clauses.map((clause) => withoutLink(doc.text, trimSpan(doc.text, clause))).filter((clause) => clause.end > clause.start);
}

/** Most words in a leading adverbial phrase ("In response to a question about its spending, ..."). */
const LEADING_PHRASE_WORDS = 12;

/** A clause without the prepositional phrase it opens with: "In May, Acme bought Lumio" asserts "Acme bought Lumio". */
function withoutLeadingPhrase(doc: Doc, clause: Span): Span {
  const tokens = within(doc.tokens, clause);
  if (!tokens[0]?.tags.has('Preposition')) return clause;
  const comma = tokens.slice(0, LEADING_PHRASE_WORDS).findIndex((token) => /,\s*$/u.test(token.post));
  const rest = tokens[comma + 1];
  return comma >= 0 && rest ? { start: rest.start, end: clause.end } : clause;
}

function withoutLink(text: string, span: Span): Span {
  const link = LEADING_LINK.exec(text.slice(span.start, span.end));
  const end = /[.!?]$/u.test(text.slice(span.end - 1, span.end)) ? span.end - 1 : span.end;
  return { start: span.start + (link?.[0].length ?? 0), end };
}

function hasVerb(doc: Doc, span: Span): boolean {
  return within(doc.tokens, span).some((t) => t.tags.has('Verb'));
}

/**
 * An unattributed clause is a claim when it states a figure, or an event of a known kind about a named entity with a
 * verb of its own: "Acme acquired Brightline", not "in response to a question about Acme's spending".
 */
function statesSomething(doc: ClaimsContext, clause: Span, extent: Span): boolean {
  if (within(doc.money, extent).length || within(doc.percentages, extent).length) return true;
  const mentions = within(doc.mentions, clause);
  const afterName = (token: Token | undefined) => token !== undefined && (token.tags.has('ProperNoun') || mentions.some((m) => m.end === token.end));
  if (!mentions.length || !within(doc.tokens, clause).some((token, i, tokens) => isFiniteVerb(token) || isVerbBeforeFigure(token, afterName(tokens[i - 1]) ? tokens[i - 1] : undefined, tokens[i + 1]))) return false;
  return triggerIn(doc.text.slice(clause.start, clause.end), mentions.some((m) => m.entity.type === 'product')) !== null;
}

/**
 * A word the tagger read as a noun that is a verb: after a name (`name`, the token before when it ends one) and before
 * a figure ("Uber cut 90 jobs", "Meta cut 1,200 jobs"); not after a determiner or a figure ("a cut of 5%", "a 5% cut").
 */
const isVerbBeforeFigure = (token: Token, name: Token | undefined, after: Token | undefined) =>
  token.tags.has('Noun') && !token.tags.has('ProperNoun') && /^\p{Ll}+$/u.test(token.text) && name !== undefined && !/[,;:]/u.test(name.post) && after?.tags.has('Value') === true;

const isFiniteVerb = (token: Token) =>
  token.tags.has('Verb') && !['Gerund', 'Infinitive', 'Pronoun'].some((tag) => token.tags.has(tag));

// ---------------------------------------------------------------------------------------------------------------
// Quotations

/** How many sentences back a quotation with no claim of its own looks for the claim it continues. */
const CONTINUATION_REACH = 3;

const sameName = (a: Speaker | null, b: Speaker | null) => a !== null && b !== null && a.name === b.name;
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Links each quotation to the claim it belongs to: the claim whose words hold it, or an earlier claim by the same
 * speaker about the same entity ("Our goal for Llama 4 is to lead" after a claim about Llama 4). A quotation that
 * belongs to none, and has a speaker, becomes a claim of its own. Returns those new claims.
 */
function linkQuotes(doc: ClaimsContext, drafts: readonly Draft[]): Draft[] {
  const bySentence = new Map<number, Draft[]>();
  for (const draft of drafts) {
    const list = bySentence.get(draft.sentence.index);
    if (list) list.push(draft);
    else bySentence.set(draft.sentence.index, [draft]);
  }
  const own: Draft[] = [];
  for (const quote of doc.quotes) {
    const claim = holderOf(doc, bySentence, quote) ?? continued(doc, bySentence, quote);
    if (claim) {
      claim.quotes.push(quote.id);
      if (!claim.speaker && quote.speaker) {
        claim.speaker = quote.speaker;
        claim.cue ??= quote.cue;
        claim.personal = speaksAsPerson(doc, quote.speaker);
        claim.sieve = quote.sieve;
        claim.resolver = quote.resolver;
      }
    } else if (quote.speaker) {
      const sentence = doc.sentences[quote.sentence]!;
      const personal = speaksAsPerson(doc, quote.speaker);
      const { speaker, cue, sieve, resolver } = quote;
      own.push({ content: quote, extent: quote, sentence, speaker, cue, takesNounPhrase: false, personal, quotes: [quote.id], origin: 'quotation', sieve, resolver });
    }
  }
  return own;
}

/** A speaker the entities stage does not list as an organization is taken for a person. */
const speaksAsPerson = (doc: ClaimsContext, speaker: Speaker) => doc.entities.find((e) => e.id === speaker.entityId)?.type !== 'organization';

/** The claim whose words hold most of the quotation, when its speaker is the quotation's (or either is unknown). */
function holderOf(doc: Doc, bySentence: ReadonlyMap<number, readonly Draft[]>, quote: Quote): Draft | undefined {
  let best: Draft | undefined;
  for (let index = quote.sentence; index <= sentenceAt(doc, quote.end - 1); index++) {
    for (const draft of bySentence.get(index) ?? []) {
      const shared = overlap(draft.extent, quote);
      const agrees = !draft.speaker || !quote.speaker || sameName(draft.speaker, quote.speaker);
      if (shared > 0 && agrees && (!best || shared > overlap(best.extent, quote))) best = draft;
    }
  }
  return best;
}

function continued(doc: ClaimsContext, bySentence: ReadonlyMap<number, readonly Draft[]>, quote: Quote): Draft | undefined {
  if (!quote.speaker) return undefined;
  const named = new Set(within(doc.mentions, quote).map((m) => m.entity.id));
  named.delete(quote.speaker.entityId ?? '');
  const paragraph = doc.sentences[quote.sentence]!.paragraph;
  const bySpeaker = (index: number) => (bySentence.get(index) ?? []).filter((d) => d.sentence.paragraph >= paragraph - 1 && sameName(d.speaker, quote.speaker));
  // The same speaker's claim about something the quotation names ...
  for (let index = quote.sentence - 1; named.size && index >= Math.max(0, quote.sentence - CONTINUATION_REACH); index--) {
    const found = bySpeaker(index).findLast((d) => within(doc.mentions, d.content).some((m) => named.has(m.entity.id)));
    if (found) return found;
  }
  // ... else the quotation it goes on from, just before it in its paragraph ('"We grew," she said. "And we will again."').
  return bySpeaker(quote.sentence - 1).findLast((d) => d.quotes.length > 0 && d.sentence.paragraph === paragraph);
}

/** What a claim's words give that is a value, not an id: a layoffs claim's job count, a funding claim's round. */
function countsOf(kind: string, text: string): { jobs?: number; round?: FundingRound } {
  const jobs = kind === 'layoffs' ? jobCountOf(text) : undefined;
  const round = kind === 'funding' ? fundingRoundOf(text) : undefined;
  return { ...(jobs === undefined ? {} : { jobs }), ...(round === undefined ? {} : { round }) };
}
