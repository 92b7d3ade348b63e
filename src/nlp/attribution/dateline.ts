import type { Doc, Sentence } from '../doc/document.js';
import { firstAtOrAfter, startOf, type Span } from '../doc/spans.js';

// A wire story's dateline ("LONDON, March 12 (Reuters) -", "SAN FRANCISCO (AP) —", "BENGALURU:") says where and when
// it was filed and which outlet ran it. Nobody in it speaks, and the outlet is not "the company" of later sentences,
// nor the subject of the sentence it opens.

/** A place in capitals, then an optional date and outlet: "NEW YORK/LONDON, Nov 7 (Reuters) -". */
const CAPITALS_DATELINE =
  /^\p{Lu}[\p{Lu}.'’/-]*(?: \p{Lu}[\p{Lu}.'’/-]*){0,3}(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?(?:,? \p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:, \d{4})?)?(?: \((?<outlet>[^()\n]{1,30})\))? ?(?:--|[-—–:])[^\S\n]+/u;
/** A place in title case needs the outlet to be a dateline: "Washington (CNN) —", "Seoul, May 2 (Yonhap) -". */
const OUTLET_DATELINE =
  /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}(?:, \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})?(?:,? \p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:, \d{4})?)? \((?<outlet>[^()\n]{1,30})\) ?(?:--|[-—–:])[^\S\n]+/u;
/** A place in capitals has three letters or more, so that "A -", "I:" or "AI:" opening a paragraph is no dateline. */
const PLACE_IN_CAPITALS = /^\p{Lu}{3}/u;

/** How many paragraphs from the top a dateline may open: the body's first, after a title the text may carry. */
const DATELINE_PARAGRAPHS = 2;

/** The dateline opening the story, if there is one: at the start of its first or second paragraph. */
export function datelineOf(doc: Doc): Span | undefined {
  for (const [index, paragraph] of doc.paragraphs.slice(0, DATELINE_PARAGRAPHS).entries()) {
    const head = doc.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + DATELINE_REACH));
    const capitals = CAPITALS_DATELINE.exec(head);
    const match = capitals && PLACE_IN_CAPITALS.test(capitals[0]) ? capitals : OUTLET_DATELINE.exec(head);
    // "BENGALURU:" opens the text; further down, a name and a colon is a transcript's speaker ("PENCE: ...").
    if (match && (index === 0 || !match[0].trimEnd().endsWith(':'))) return { start: paragraph.start, end: paragraph.start + match[0].length };
  }
  return undefined;
}

/** More than the longest dateline, in characters. */
const DATELINE_REACH = 120;

/** A sentence without the dateline that opens it: the words a report or claim may be read from. */
export function withoutDateline(doc: Doc, sentence: Sentence, dateline: Span | undefined): Sentence {
  if (!dateline || sentence.start >= dateline.end || sentence.end <= dateline.end) return sentence;
  const tokenStart = firstAtOrAfter(doc.tokens, dateline.end, startOf);
  return { ...sentence, start: dateline.end, tokenStart: Math.min(tokenStart, sentence.tokenEnd) };
}
