import type { Entity, Quote } from '../../schemas/extract.js';
import { contentSentences, sentenceAt, type ParsedDocument } from './document.js';
import { withIds } from './ids.js';

const QUOTED = /["“]([^"“”\n]+)["”]/g;
const CUE = /\b(said|says|told|added|according to)\b/i;

/** Direct quotations in double marks, attributed to the person named nearest a cue verb in the same sentence. */
export function extractQuotes(doc: ParsedDocument, entities: readonly Entity[]): Quote[] {
  const found: Omit<Quote, 'id'>[] = [];
  for (const sentence of contentSentences(doc)) {
    const body = doc.text.slice(sentence.start, sentence.end);
    for (const match of body.matchAll(QUOTED)) {
      const start = sentence.start + match.index + 1;
      const end = start + match[1]!.length;
      const cue = CUE.exec(body.slice(match.index + match[0].length))?.[1] ?? null;
      const speaker = cue ? personIn(entities, sentence.start, sentence.end) : null;
      found.push({ text: match[1]!, start, end, speaker, cue, sentence: sentenceAt(doc, start) });
    }
  }
  return withIds('q', found);
}

function personIn(entities: readonly Entity[], start: number, end: number) {
  const person = entities.find((e) => e.type === 'person' && e.mentions.some((m) => m.start >= start && m.end <= end));
  return person ? { entityId: person.id, name: person.name } : null;
}
