// Who said what, as ordered sieves, after CoreNLP's QuoteAttributionAnnotator: for a quotation, quote → mention sieves
// are tried in order until one finds the phrase that names its speaker; for reported speech, the report sieves find the
// phrase that names its source; that phrase's mention → speaker resolver says who it stands for. Every quotation and
// claim records the sieve and the resolver that decided its speaker (`?explain=true` shows them). This module is the
// one list of them, in order.

/** The quote → mention sieves, in the order they are tried: first the marks that name a speaker outright, then the cues, then what the context says. */
export const QUOTE_SIEVES = [
  // A transcript's speaker opening the quotation ('"PENCE: Gennifer Flowers will not be attending ..."').
  'transcript-speaker',
  // A name signed after a dash right after the quotation ('"... our greatest shame." ― Sonya Herridge').
  'signature-after-quote',
  // A name alone after the quotation, ending its line: a review's blurb ('"... a safer, better choice." CNet').
  'signature-ends-line',
  // A cue right after the quotation ('"...," Smith said'), unless the quotation ended its sentence and a cue leads into it.
  'cue-after-quote',
  // A cue leading into it in its sentence ('Smith said: "..."', 'X pledged "a" and called it "b"').
  'cue-before-quote',
  // A fragment woven into the reporter's sentence, cued after it ('the "best yet", she said').
  'cue-after-fragment',
  // No cue: the quotation it runs on from or into, across spaces or an unclosed paragraph.
  'run-on',
  // The last source cued in its paragraph (nobody, when that source is unnamed).
  'paragraph-cue',
  // A paragraph opening with a quotation continues the previous paragraph's quoted speaker.
  'previous-paragraph-quote',
  // The person the paragraph names before it.
  'paragraph-person',
  // The last source cued in the paragraph before, when that paragraph ends with them.
  'previous-paragraph-cue',
] as const;
export type QuoteSieve = (typeof QUOTE_SIEVES)[number];

/** How a report's source is found, in the order the report sieves try them. */
export const REPORT_SIEVES = [
  // A participle after an earlier report shares its subject (", noting that ...").
  'shared-subject',
  // A participle after a clause, or a verb "and" joins to the clause's first, has that clause's subject ("Epic sued
  // Apple, arguing that ...", "Smith met the board and said ...").
  'clause-subject',
  // A source after an inverting cue or "according to" ("..., said Smith", "according to Gartner").
  'source-after-cue',
  // The cue's own subject before it, across an aside or a coordination ("Smith, Acme's chief, said").
  'subject-before-cue',
  // A second source joined to the first ("Motorola and Apple announced"): the report is theirs too.
  'joined-source',
  // No sieve found one: the learned linker's likeliest phrase before the cue (learned-sources.ts).
  'learned-source',
] as const;
export type ReportSieve = (typeof REPORT_SIEVES)[number];

/**
 * The mention → speaker resolvers, one per kind of phrase that may name or stand for a source: a name the document
 * knows, a person's name nobody listed, he/she, a role ("the chief executive"), a spokesperson, an unnamed source ("one
 * analyst"), a description of an organization ("the watchdog", "the two companies"), a publication ("the survey"), "it",
 * a capitalised name standing against the cue, the last capitalised name after a cue ("data from MarketAxess"), a place
 * that is the cue's own subject ("Russia insisted": its government), a named group ("Senate Republicans"; "they" after one).
 */
export const MENTION_RESOLVERS = [
  'name',
  'unlisted-name',
  'pronoun',
  'role',
  'spokesperson',
  'unnamed-source',
  'organization-description',
  'two-organizations',
  'publication',
  'it',
  'adjacent-name',
  'name-after-cue',
  'place',
  'named-group',
] as const;
export type MentionResolver = (typeof MENTION_RESOLVERS)[number];
