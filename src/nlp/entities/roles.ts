import { contentSentences, sentenceAt, type Doc } from '../doc/document.js';
import { isTitleWord } from '../lexicon/entity-words.js';
import { DEGREE_ABBREVIATION, isOfficeWord, isStaffTitle } from '../lexicon/titles.js';
import type { TypedMention } from './classify.js';
import { isProse } from './tagger/combine.js';

/**
 * Roles written in capitals are no entities (the guidelines' "generic roles"), though their words look like a
 * company's ("Technology", "Research"): "the Chief Financial Officer", "its Head of Research", "the Secretary of
 * State"; nor are degrees ("the Ph.D. Program"). A role before "of" or "at" and a name is not part of the name, which
 * is the organization the role is held in: "Chief Executive of Vantor Corp" names Vantor Corp. In prose only: a
 * results table's "Queen of South" is a team.
 *
 * Applied to the candidates after the tagger has read the rule stage's (entities.ts), so that the rule features the
 * tagger learned from stay those of its training; a change there would call for a retrain.
 */
export function withoutRoles(doc: Doc, candidates: readonly TypedMention[]): readonly TypedMention[] {
  let prose: ReadonlySet<number> | undefined;
  const inProse = (candidate: TypedMention) => {
    prose ??= new Set(contentSentences(doc).filter((sentence) => isProse(doc, sentence)).map((sentence) => sentence.index));
    return prose.has(doc.sentences[sentenceAt(doc, candidate.start)]!.index);
  };
  let changed = false;
  const kept = candidates.flatMap((candidate): TypedMention[] => {
    if (candidate.entry) return [candidate];
    const words = [...candidate.text.matchAll(WORD)];
    if (DEGREE.test(words[0]![0]) && inProse(candidate)) {
      changed = true;
      return [];
    }
    const role = roleLength(words.map((word) => word[0]));
    if (role === 0 || !inProse(candidate)) return [candidate];
    changed = true;
    if (role === words.length) return [];
    const start = candidate.start + words[role + 1]!.index;
    return [{ ...candidate, start, text: doc.text.slice(start, candidate.end), type: 'organization', strength: 2, rule: 'role-of' }];
  });
  return changed ? kept : candidates;
}

const WORD = /\S+/gu;
/** "Ph.D.", "Ph.D. Program", "MBA": a degree names no one. */
const DEGREE = new RegExp(`^(?:${DEGREE_ABBREVIATION})\\.?$`, 'u');
const JOINTS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&']);
const isTitle = (word: string) => isTitleWord(word) || isStaffTitle(word);
const isRoleWord = (word: string) => isTitle(word) || isOfficeWord(word) || JOINTS.has(word.toLowerCase());

/**
 * How many of the words are a role: all of them when they are titles, offices ("Technology", "State") and the words
 * joining them, one a title ("Head of Research"); else the titles and offices before "of" or "at" when a title ends
 * them and a name follows ("Chief Executive" of "Chief Executive of Vantor Corp"); else 0.
 */
function roleLength(words: readonly string[]): number {
  if (words.every(isRoleWord)) return words.some(isTitle) ? words.length : 0;
  const at = words.findIndex((word) => word === 'of' || word === 'at');
  const before = words.slice(0, at);
  return at > 0 && at < words.length - 1 && before.every((word) => isTitle(word) || isOfficeWord(word)) && isTitle(before[before.length - 1]!) ? at : 0;
}
