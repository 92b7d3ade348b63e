import { z } from 'zod';
import { scanWindow } from '../doc/patterns.js';
import cueData from '../lexicon/data/cues.json' with { type: 'json' };
import type { Span } from '../doc/spans.js';

// The cue lexicon: the verbs and phrases that attribute words to someone, and where in a text they stand.

/** A reporting cue: the verb or phrase that attributes words to someone ("said", "told Reuters", "according to"). */
export interface Cue extends Span {
  readonly text: string;
  /** Where the speaker is: the verb's subject, the phrase after "according to", or X in "quoted X as saying". */
  readonly kind: 'verb' | 'according' | 'quoted';
  /** The speaker may come after the cue ("said Smith", "according to Smith"); "told Smith" names the listener instead. */
  readonly inverts: boolean;
  /** For `quoted`: where X is. */
  readonly named?: Span;
  /** Found by the learned detector (learned-cues.ts), not the lexicon: its words must make a proposition. */
  readonly learned?: true;
}

/** The cue lexicon (lexicon/data/cues.json): lists of words and phrases, each a phrase of lower-case words. */
const phrases = z.array(z.string().regex(/^\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*)*$/u)).min(1);
const CUE_WORDS = z
  .strictObject({
    /** Verbs of saying, whose subject may follow them ("said Smith"). */
    sayingVerbs: phrases,
    /** Cues whose subject always comes first: participles, and verbs that take an object ("described it as"). */
    subjectFirstVerbs: phrases,
    tellingVerbs: phrases,
    /** How words were given ("said in a statement"). */
    media: phrases,
    /** What a named listener may be ("told the Today programme"). */
    listenerOutlets: phrases,
    /** Verbs of reporting and finding that introduce reported speech, beyond the quotation cues ("revealed", "found"). */
    reportingVerbs: phrases,
    reportingSubjectFirstVerbs: phrases,
    /** Bare forms of reporting verbs, for a plural subject ("analysts at Acme believe"). */
    bareForms: phrases,
    /** People and documents that speak for whoever is named before them ("Acme lawyers", "the Trump campaign", "Smith's aides"). */
    speakingFor: phrases,
    /** Roles a person is introduced with and later called by, beyond the job titles ("the Republican nominee", "the first lady"). */
    roles: phrases,
    /** Named groups of people who may speak together, written capitalised ("Republicans said", "Senate Democrats"). */
    groups: phrases,
  })
  .parse(cueData);

/** The reporting verbs of reported speech: the saying verbs and verbs of finding, reporting, expecting and believing. */
export const REPORTING_VERBS = {
  inverting: [...CUE_WORDS.sayingVerbs, ...CUE_WORDS.reportingVerbs],
  subjectFirst: [...CUE_WORDS.subjectFirstVerbs, ...CUE_WORDS.reportingSubjectFirstVerbs, ...CUE_WORDS.bareForms],
};
export const BARE_FORMS: readonly string[] = CUE_WORDS.bareForms;
export const alternatives = (words: readonly string[]) => words.map((word) => word.replace(/ /g, '\\s+')).join('|');
/** Who speaks for the name before them, as a pattern's alternation. */
export const SPEAKING_FOR = alternatives(CUE_WORDS.speakingFor);
/** Named groups of people, as a pattern's alternation of lower-case words. */
export const GROUPS = alternatives(CUE_WORDS.groups);
/** Roles a source may be called by, as a pattern's alternation. */
export const ROLES = alternatives(CUE_WORDS.roles);
/** How words were given, after an article ("a statement", "an email"). */
export const MEDIUM = `(?:a|an)\\s+(?:${alternatives(CUE_WORDS.media)})`;
const OUTLET = `(?:${alternatives(CUE_WORDS.listenerOutlets)})`;
const TELLING_VERBS = CUE_WORDS.tellingVerbs;
/** A capitalised word; a full stop only inside it ("U.S", "Example.com"). */
export const CAPITALISED = "\\p{Lu}(?:[\\p{L}\\p{N}&'’-]|\\.(?=\\p{L})){0,40}";

/** Reporting verbs: those whose subject may follow them ("said Smith") and those whose subject always comes first. */
export interface CueVerbs {
  readonly inverting: readonly string[];
  readonly subjectFirst: readonly string[];
}

/**
 * The pattern `findCues` scans with, for a set of reporting verbs ("according to", "told X" and "quoted X as saying"
 * always). What may not stand before a cue is CUE_START's to check, at each match: as the pattern's own look-behind,
 * it would be tried at every position.
 */
export function cuePattern(verbs: CueVerbs): RegExp {
  return new RegExp(
    [
      `(?:`,
      // "X was quoted by Reuters as saying" is passive: its source is the subject, before "was" (report-sources.ts)
      `(?<quoted>quoted\\s+(?!by\\s)(?<named>[^.!?"“”\\n]{1,60}?)\\s+as\\s+saying)`,
      `|(?<according>[Aa]ccording\\s+to)`,
      `|(?<tell>(?:${alternatives(TELLING_VERBS)})(?:\\s+(?:the\\s+)?${CAPITALISED}(?:\\s+${CAPITALISED}){0,3}(?:\\s+${OUTLET})?)?)`,
      `|(?<inverting>(?:${alternatives(verbs.inverting)})(?:\\s+in\\s+${MEDIUM})?)`,
      `|(?<subjectFirst>${alternatives(verbs.subjectFirst)})`,
      `)(?![\\p{L}\\p{N}-])`,
    ].join(''),
    'gu',
  );
}

const CUE = cuePattern({ inverting: CUE_WORDS.sayingVerbs, subjectFirst: CUE_WORDS.subjectFirstVerbs });
/** Where a cue may start: not inside a word, nor after an article or possessive ("the claims", "its notes"). */
const CUE_START = /(?<![\p{L}\p{N}'’-])(?<!\b(?:the|a|an|its|his|her|their|our|these|those|such|of)\s)/uy;
/** "continued to grow", "added 500 jobs", "added to the pressure": these verbs are not reporting speech. */
const NOT_SPEECH = /^(?:add|continu)/iu;
const NOT_SPEECH_AFTER = /^\s+(?:to\b|\d)/u;

/** How far past its stretch a cue's pattern may read: the longest cue ("told" and a four-word outlet name) and more. */
export const CUE_REACH = 256;
/** How far before a cue its start is checked (CUE_START's lookbehinds: "these " and a word boundary), with room to spare. */
export const CUE_LOOKBEHIND = 16;

/** Every reporting cue in [start, end), in text order; `pattern` comes from `cuePattern`. */
export function findCues(text: string, start: number, end: number, pattern: RegExp = CUE): Cue[] {
  const cues: Cue[] = [];
  const scanned = scanWindow(text, end, CUE_REACH);
  pattern.lastIndex = start;
  for (let match = pattern.exec(scanned); match && match.index < end; match = pattern.exec(scanned)) {
    const at = match.index;
    CUE_START.lastIndex = at;
    if (!CUE_START.test(text)) {
      pattern.lastIndex = at + 1; // inside a word or after an article: a cue may still start at the next character
      continue;
    }
    const groups = match.groups!;
    const written = match[0].replace(/[\s.'’]+$/u, '');
    if (at + written.length > end) continue;
    if (NOT_SPEECH.test(written) && NOT_SPEECH_AFTER.test(text.slice(at + written.length, at + written.length + 4))) continue;
    const cueEnd = at + written.length;
    if (groups.quoted) {
      const namedAt = at + match[0].indexOf(groups.named!, 'quoted'.length);
      cues.push({ start: at, end: cueEnd, text: written, kind: 'quoted', inverts: false, named: { start: namedAt, end: namedAt + groups.named!.length } });
    } else if (groups.according) cues.push({ start: at, end: cueEnd, text: written, kind: 'according', inverts: true });
    else cues.push({ start: at, end: cueEnd, text: written, kind: 'verb', inverts: groups.inverting !== undefined });
  }
  return cues;
}


/** A cue whose subject may follow it, where nothing says it does not: "..., reported that ..." has its subject before it. */
export function invertsHere(text: string, cue: Cue): boolean {
  return cue.inverts && !/^\s+that\s/u.test(text.slice(cue.end, cue.end + 6));
}
