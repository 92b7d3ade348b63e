import type { Doc } from '../doc/document.js';
import { within } from '../doc/spans.js';
import type { Chunk } from './chunks.js';
import { textAfter, textBefore } from './context.js';
import { OWNED_BY_PERSON, PERSON_ROLES, PERSON_VERBS } from '../lexicon/entity-words.js';
import { DEGREE_ABBREVIATION } from '../lexicon/titles.js';

/**
 * What the sentence says of a one-word name that only a person is said to be or do (encyclopaedic and news text
 * name people by surname alone): a citation's author ("Nürnberger, A.", "Banerjee et al."), a person's belongings
 * ("Posner's contributions"), a verb only people are the subject of ("Scheinman invented"), or the first pronoun
 * after it when it is the sentence's subject, owns nothing and no other person stands between ("Terzopoulos was
 * awarded ... for his paper", not "Baltimore's Eddie Murray cracked his 20th homer").
 */
export function saysPerson(doc: Doc, chunk: Chunk): boolean {
  if (chunk.units.length !== 1 || chunk.units[0]!.form || !/^\p{Lu}\p{Ll}/u.test(chunk.text)) return false;
  const after = textAfter(doc, chunk, 120);
  if (CITED_AUTHOR.test(after)) return true;
  const owned = OWNED_PHRASE.exec(after)?.[1]?.split(/\s+/u) ?? [];
  if (owned.some((word) => OWNED_BY_PERSON.has(word))) return true;
  const verb = SUBJECT_VERB.exec(after)?.[1];
  if (verb !== undefined && PERSON_VERBS.has(verb)) return true;
  if (BY_ONESELF.test(after) || EARNED_DEGREE.test(after)) return true;
  // "Sycara is a Fellow of", "Okafor served as the program chair of": a role only people hold, which the sentence gives its subject.
  const role = HOLDS_ROLE.exec(after)?.[1]?.toLowerCase();
  if (role !== undefined && PERSON_ROLES.has(role)) return true;
  if (/^['’]/u.test(after) || !isSubject(textBefore(doc, chunk, 200))) return false;
  const pronoun = FIRST_PRONOUN.exec(after);
  return pronoun !== null && PERSONAL_PRONOUN.test(pronoun[1]!) && !personBetween(doc, chunk.end, chunk.end + pronoun.index);
}

/** Whether compromise reads a person's name between two offsets (the pronoun may be theirs). */
function personBetween(doc: Doc, from: number, to: number): boolean {
  return within(doc.tokens, { start: from, end: to }).some((token) => token.tags.has('Person'));
}

// (?<!\w) and (?!\w) are word boundaries, as in patterns.ts.
/** ", A." or ", G. E." after a surname, or "et al.": a reference's author. */
const CITED_AUTHOR = /^(?:,\s+\p{Lu}\.(?:\s?\p{Lu}\.)*(?=[\s,;]|$)|\s+et\s+al\.)/u;
/** Up to four words a possessive owns ("'s theoretical and empirical contributions"). */
const OWNED_PHRASE = /^['’]s?\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/u;
/** The verb right after a subject, past an auxiliary or an adverb ("was born", "personally invented"). */
const SUBJECT_VERB = /^\s+(?:(?:was|were|had|has|is|also|later|personally|himself|herself)\s+){0,2}([\p{Ll}-]+)(?!\w)/u;
/** "Devol personally sold", "Ames herself wrote": what a person does themself. */
const BY_ONESELF = /^\s+(?:personally|himself|herself)(?!\w)/u;
/** "Sowa received a BS in mathematics", "Okafor earned her PhD": only a person takes a degree. */
const EARNED_DEGREE = new RegExp(
  String.raw`^\s+(?:(?:has|had|later|also)\s+)?(?:received|earned|obtained|completed|holds|took)\s+(?:a|an|his|her|the)\s+(?:(?:[\p{Ll}-]+|[A-Z]\.?)\s+)?(?:${DEGREE_ABBREVIATION}|B\.?A|B\.?S|M\.?A|M\.?S|doctorate|degree|bachelor['’]?s|master['’]?s|diploma)(?![\p{L}])`,
  'u',
);
/** "is a Fellow of", "became the president of", "served as program chair of": the last word of a role (group 1) the subject holds in something. */
const HOLDS_ROLE = /^\s+(?:(?:is|was|became|has\s+been|had\s+been)\s+(?:a|an|the)|(?:has\s+|had\s+)?served\s+as(?:\s+(?:a|an|the))?)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:of|at|for|in|on)(?!\w)/u;
/** The first third-person pronoun after the name. */
const FIRST_PRONOUN = /(?<!\w)(he|him|his|himself|she|her|hers|herself|it|its|itself|they|them|their)(?!\w)/iu;
const PERSONAL_PRONOUN = /^(?:he|him|his|himself|she|her|hers|herself)$/iu;
/** The name opens its sentence, or follows an opening phrase set off by a comma ("In 2007, at the conference, X"). */
const isSubject = (before: string) => /^\s*$|,\s*$/u.test(before) && !/(?<!\w)(?:and|or|with|of|by|for)\s*,?\s*$/iu.test(before);
