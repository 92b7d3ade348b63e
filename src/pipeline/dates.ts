import type { DateMention } from '../../schemas/extract.js';
import { contentSentences, type ParsedDocument } from './document.js';
import { withIds } from './ids.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = new RegExp(`\\b(?:(${MONTHS.join('|')})\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)|((?:19|20)\\d\\d))\\b`, 'gi');

/** Explicit dates: "January 29, 2025" and bare years. */
export function extractDates(doc: ParsedDocument): DateMention[] {
  const found: Omit<DateMention, 'id'>[] = [];
  for (const sentence of contentSentences(doc)) {
    const body = doc.text.slice(sentence.start, sentence.end);
    for (const match of body.matchAll(DATE)) {
      const start = sentence.start + match.index;
      const base = { text: match[0], start, end: start + match[0].length, relative: false, sentence: sentence.index };
      if (match[4]) found.push({ ...base, value: match[4], granularity: 'year' });
      else {
        const month = String(MONTHS.indexOf(match[1]!.toLowerCase()) + 1).padStart(2, '0');
        found.push({ ...base, value: `${match[3]}-${month}-${match[2]!.padStart(2, '0')}`, granularity: 'day' });
      }
    }
  }
  return withIds('d', found);
}
