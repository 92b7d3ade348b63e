import type { Money } from '../../schemas/extract.js';
import { contentSentences, type ParsedDocument } from './document.js';
import { withIds } from './ids.js';

const SYMBOL_CURRENCY: Record<string, string> = { $: 'USD', 'US$': 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR' };
const MAGNITUDE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };
const MONEY = /(US\$|[$£€¥₹])\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|bn|mn|tn|[kmb])\b)?/gi;

/** Monetary expressions: a currency symbol, a number and an optional magnitude. */
export function extractMoney(doc: ParsedDocument): Money[] {
  const found: Omit<Money, 'id'>[] = [];
  for (const sentence of contentSentences(doc)) {
    const body = doc.text.slice(sentence.start, sentence.end);
    for (const match of body.matchAll(MONEY)) {
      const start = sentence.start + match.index;
      const magnitude = match[3] ? MAGNITUDE[match[3].toLowerCase()] ?? 1 : 1;
      found.push({
        text: match[0],
        start,
        end: start + match[0].length,
        amount: Number(match[2]!.replace(/,/g, '')) * magnitude,
        currency: SYMBOL_CURRENCY[match[1]!.toUpperCase()] ?? null,
        qualifier: 'exact',
        sentence: sentence.index,
      });
    }
  }
  return withIds('m', found);
}
