import { endOf, firstAtOrAfter, startOf, type Span } from '../doc/spans.js';
import { hasAnyTag, nameRunsIn, notNameTags, possessiveLength, punctuationAfter, type NameRunRules } from '../doc/name-runs.js';
import { isStaffTitle, TITLE_BEFORE, TITLE_TOKEN } from '../lexicon/titles.js';
import type { Cue } from './cues.js';
import { nameStartingAt, withAdjacentName } from './adjacent-names.js';
import { candidatesIn } from './mention-resolvers.js';
import { speaksForNobody, type Candidate, type SpeakerContext } from './speaker-context.js';

// The source named after its cue ('"...," said Jane Smith', "according to Acme", "said analysts at Gartner"): where
// its phrase ends, one reading for quotations and reported speech, then who in it speaks. A quotation takes the
// first person near the cue (subjectAfter); reported speech the last person or name in the phrase (sourceAfter).

/**
 * Where the source named after an inverted cue or "according to" (of `kind`, from `from`) ends: at punctuation, or a
 * preposition after a name; not past `limit`.
 */
export function phraseEnd(ctx: SpeakerContext, from: number, kind: Cue['kind'] | undefined, limit: number): number {
  const { tokens } = ctx;
  let end = from;
  let named = false;
  const first = firstAtOrAfter(tokens, from, startOf);
  for (let i = first; i < tokens.length && i < first + PHRASE_WORDS && tokens[i]!.end <= limit; i++) {
    const token = tokens[i]!;
    // Right after a verb, such a word names nobody ("said on Twitter", "said last week").
    if (((named || (i === first && kind === 'verb')) && AFTER_NAME.test(token.text)) || (kind === 'according' && /^that$/iu.test(token.text))) break;
    end = token.end - (/['’]s?$/u.exec(token.text)?.[0].length ?? 0);
    named ||= /^\p{Lu}/u.test(token.text);
    if (/[,;:.!?()"“”—–]/u.test(punctuationAfter(token))) break;
  }
  // A name the phrase would cut ("according to the Roper Center| for Public Opinion Research") is read whole.
  const names = ctx.speakers.names;
  const cut = names[firstAtOrAfter(names, end + 1, endOf)];
  return cut && cut.start < end && cut.end <= limit ? cut.end : end;
}

/** Most words in a source phrase after its cue ("according to research from technology analysts Gartner"). */
const PHRASE_WORDS = 12;

/** How many words after a verb its inverted subject may start ("said market analyst Jane Smith"). */
const INVERTED_REACH = 3;

/**
 * Words that end a source named after its cue once a name has been given ("said Jane Smith in a statement"); right
 * after the verb, they say that no name follows it ("said on Twitter", "said last week").
 */
const AFTER_NAME = /^(?:in|on|at|during|when|who|which|that|to|after|before|while|as|for|about|via|last|this|earlier|later)$/iu;

/** The subject after a cue ("said Smith", "according to Acme", "said 9/11 widow Terry Strada"): the first person near it. */
export function subjectAfter(ctx: SpeakerContext, cue: Cue): Candidate | undefined {
  if (cue.kind === 'verb' && AFTER_NAME.test(ctx.tokens[firstAtOrAfter(ctx.tokens, cue.end, startOf)]?.text ?? '')) return undefined;
  return subjectAt(ctx, cue.end, cue.kind);
}

/** The subject that begins at `from`, in the phrase that names it. */
function subjectAt(ctx: SpeakerContext, from: number, kind?: Cue['kind']): Candidate | undefined {
  const doc = ctx;
  if (!/^\s*[\p{L}\p{N}]/u.test(doc.text.slice(from, from + 8))) return undefined;
  const first = firstAtOrAfter(doc.tokens, from, startOf);
  // Not bounded by the sentence: the document's sentences may end at an abbreviated title ('," said Del. Stacey Plaskett').
  const end = phraseEnd(ctx, from, kind, ctx.text.length);
  const lastIndex = firstAtOrAfter(doc.tokens, end, endOf);
  const reach = doc.tokens[Math.min(first + INVERTED_REACH - 1, lastIndex)]?.end;
  if (reach === undefined) return undefined;
  // "said market analyst Jane Smith" is near enough; so is a person after a longer title ("said Acme Research analyst Jane Smith").
  const titled = (c: Candidate) => c.personal && TITLE_BEFORE.test(doc.text.slice(from, c.start));
  const candidates = withAdjacentName(ctx, candidatesIn(ctx, from, end), nameStartingAt(ctx, from)).filter((c) => c.start < reach || titled(c));
  return candidates.find((c) => c.personal) ?? personAfterOwnedTitle(ctx, candidates[0], end) ?? candidates[0];
}

/** "said Acme's head of research, Dr Jane Smith": a title the company owns introduces the person after the comma. */
export function personAfterOwnedTitle(ctx: SpeakerContext, owner: Candidate | undefined, end: number): Candidate | undefined {
  if (!owner || owner.end > end) return undefined;
  const owned = OWNED_TITLE.exec(ctx.text.slice(owner.end, end + 1));
  if (!owned || !owned[1]!.split(/\s+/u).some((word) => TITLE_TOKEN.test(word) || isStaffTitle(word))) return undefined;
  const person = subjectAt(ctx, end + 1);
  return person?.personal ? person : undefined;
}
const OWNED_TITLE = /^['’]s?\s+((?:[\p{L}-]+\s+){0,5}[\p{L}-]+),$/u;

/** What marks a source as unnamed whatever follows it. */
const ANONYMOUS = /(?<!\w)(?:close\s+to|familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|aware\s+of|inside)(?!\w)/iu;

const CONNECTOR = /^(?:of|and|&|for|the|de|du|von|van)$/iu;
/** Tags of words that take no part in a name read after a cue: pronouns, dates and figures; not function words ("The Verge"). */
const NOT_IN_SOURCE_NAME = notNameTags('pronoun', 'calendar', 'figure');

/**
 * The source named after a cue: a person or organization the document knows, else the last capitalised name in the
 * phrase ("market analysts Chart-Track", "data from MarketAxess"). None when no name is given ("said analysts").
 */
export function sourceAfter(ctx: SpeakerContext, from: number, end: number): Candidate | undefined {
  // "sources close to the company", "people familiar with Acme's plans": unnamed sources, whatever they are near.
  const anonymous = ANONYMOUS.exec(ctx.text.slice(from, end));
  if (anonymous) end = from + anonymous.index;
  const candidates = candidatesIn(ctx, from, end);
  // "according to its filings with the Registrar of Companies": whose document it is, not whom it went to.
  const opening = candidates[0];
  if (opening?.resolver === 'publication' && opening.speaker && /^\s*$/u.test(ctx.text.slice(from, opening.start)) && /^[Ii]ts\s/u.test(ctx.text.slice(opening.start, opening.end))) return opening;
  const known = candidates.findLast((c) => c.personal) ?? candidates[candidates.length - 1];
  if (known?.speaker) return (!known.personal && personAfterOwnedTitle(ctx, known, end)) || known;
  const name = lastName(ctx, from, end);
  if (!name) return known;
  const written = ctx.text.slice(name.start, name.end);
  const entity = ctx.speakers.organizations.find((e) => [e.name, ...e.aliases].some((form) => form.toLowerCase() === written.toLowerCase()));
  return { start: name.start, end: name.end, resolver: 'name-after-cue', personal: false, speaker: entity ? { entityId: entity.id, name: entity.name } : { entityId: null, name: written } };
}

/** The last run of capitalised words in [from, end), small connecting words inside it allowed ("Pew Internet and American Life Project"). */
function lastName(ctx: SpeakerContext, from: number, end: number): Span | undefined {
  const { tokens } = ctx;
  const rules: NameRunRules = {
    // "US$3.07" is money, not a name.
    isNameWord: (token, i) => /^\p{Lu}/u.test(token.text) && !/[$€£¥]/u.test(token.text) && !hasAnyTag(token.tags, NOT_IN_SOURCE_NAME) && !speaksForNobody(ctx, i),
    endsRun: /[^\s-]/u,
    connector: CONNECTOR,
    hyphenatedGivenNames: true,
  };
  const run = nameRunsIn(tokens, firstAtOrAfter(tokens, from, startOf), firstAtOrAfter(tokens, end + 1, endOf), rules).at(-1);
  return run && { start: run[0]!.start, end: run[run.length - 1]!.end - possessiveLength(run[run.length - 1]!.text) };
}
