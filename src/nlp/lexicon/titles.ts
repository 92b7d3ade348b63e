import { WORD_END, WORD_START } from '../doc/patterns.js';

/** Words that introduce or describe a person, shared by the entities and speakers stages. */

/** Titles of courtesy, which a person's name goes without ("Dr Jane Smith" is Jane Smith); a knighthood or "Rev" stays. */
export const COURTESY_TITLE = 'Mr|Mrs|Ms|Miss|Mx|Dr|Prof';
export const HONORIFIC = new RegExp(`^(?:${COURTESY_TITLE}|Sir|Dame|Lord|Lady|Rev)\\.?$`, 'u');

/** Job titles and roles, as a regular-expression alternation ("chief executive Jane Smith", "Jane Smith, analyst"). */
export const TITLE_WORD =
  'analyst|director|editor|chief|executive|ceo|cfo|cto|coo|president|vp|chairman|chairwoman|chair|founder|co-?founder|head|manager|officer|partner|professor|researcher|economist|lawyer|attorney|prosecutor|minister|secretary|administrator|engineer|scientist|spokes(?:man|woman|person)|strategist|consultant|commissioner|senator|governor|mayor|boss|leader|owner|principal|fellow|lecturer|correspondent|author|designer|developer|producer|investor|advis[eo]r|expert|specialist|judge|inspector|official|billionaire|entrepreneur|businessman|businesswoman|tycoon|magnate|politician|lawmaker|activist';
export const TITLE_TOKEN = new RegExp(`^(?:${TITLE_WORD})$`, 'iu');
/** "Jane Smith, chief executive of Acme" / "Jane Smith, Acme's research director"; not a clause about something else ("Acme, whose Foo Designer ..."). */
export const TITLE_AFTER = new RegExp(`^(?:['’]s?)?,\\s+(?!(?:whose|which|where|when)${WORD_END})(?:(?:the|a|an)\\s+)?(?:[\\p{L}\\p{N}&.'’-]{1,30}\\s+){0,4}?(?:${TITLE_WORD})${WORD_END}`, 'iu');
/** "mobile analyst Jane Smith", "prosecutor John Doe". */
export const TITLE_BEFORE = new RegExp(`${WORD_START}(?:${TITLE_WORD})\\s+$`, 'iu');
/** "Acme's president, Jane Smith", "the company's finance chief, John Doe": a title, then the name it introduces. */
export const TITLE_BEFORE_APPOSITION = new RegExp(`${WORD_START}(?:${TITLE_WORD}),\\s*$`, 'iu');

/** A given name of two syllables joined by a hyphen, the second in lower case ("Sun-woo", "Jae-yong"). */
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,3}-\p{Ll}{2,5}$/u;

/** The surname among a full name's words: the last, or the first when a hyphenated given name ends the name ("Kim Sun-woo"). */
export function surnameAmong(words: readonly string[]): string {
  const last = words[words.length - 1]!;
  return words.length >= 2 && HYPHENATED_GIVEN_NAME.test(last) ? words[0]! : last;
}
