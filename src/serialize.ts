import type { ExtractResponse } from '../schemas/extract.js';
import type { Analysis } from './nlp/pipeline.js';

/** The API's response less what only the service knows (its version, the time taken). */
export type Extraction = Omit<ExtractResponse, 'meta'> & { meta: Omit<ExtractResponse['meta'], 'version' | 'tookMs' | 'offsets'> };

const speakerOf = (speaker: { entityId: string | null; name: string } | null) => (speaker ? { entityId: speaker.entityId, name: speaker.name } : null);
const bounds = (figure: { min?: number; max?: number }) => ({
  ...(figure.min !== undefined ? { min: figure.min } : {}),
  ...(figure.max !== undefined ? { max: figure.max } : {}),
});

/**
 * The edge of the NLP code: a document's layers as the API's types, field by field, each entity, quote and claim with
 * its explanation (`withMeta` drops them unless the caller asked for them).
 */
export function serialize(doc: Analysis): Extraction {
  return {
    meta: {
      language: 'en',
      characters: doc.text.length,
      words: doc.words,
      sentences: doc.sentences.length,
      paragraphs: doc.paragraphs.length,
      boilerplate: doc.boilerplate.map(({ start, end, reason }) => ({ start, end, reason })),
    },
    entities: doc.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: [...e.aliases],
      mentions: e.mentions.map(({ start, end, text }) => ({ start, end, text })),
      salience: e.salience,
      explain: { typedBy: e.typedBy },
    })),
    money: doc.money.map((m) => ({
      id: m.id,
      text: m.text,
      start: m.start,
      end: m.end,
      amount: m.amount,
      currency: m.currency,
      qualifier: m.qualifier,
      ...bounds(m),
      sentence: m.sentence,
    })),
    percentages: doc.percentages.map((p) => ({
      id: p.id,
      text: p.text,
      start: p.start,
      end: p.end,
      value: p.value,
      unit: p.unit,
      qualifier: p.qualifier,
      ...bounds(p),
      sentence: p.sentence,
    })),
    dates: doc.dates.map((d) => ({
      id: d.id,
      text: d.text,
      start: d.start,
      end: d.end,
      value: d.value,
      granularity: d.granularity,
      relative: d.relative,
      sentence: d.sentence,
    })),
    quotes: doc.quotes.map((q) => ({
      id: q.id,
      text: q.text,
      start: q.start,
      end: q.end,
      speaker: speakerOf(q.speaker),
      cue: q.cue,
      sentence: q.sentence,
      explain: { sieve: q.sieve, resolver: q.resolver },
    })),
    claims: doc.claims.map((c) => ({
      id: c.id,
      text: c.text,
      start: c.start,
      end: c.end,
      sentence: c.sentence,
      speaker: speakerOf(c.speaker),
      cue: c.cue,
      subject: speakerOf(c.subject),
      predicate: c.predicate,
      object: c.object,
      kind: c.kind,
      modality: c.modality,
      figures: [...c.figures],
      dates: [...c.dates],
      quotes: [...c.quotes],
      arguments: { ...c.arguments, ...(c.jobs !== undefined ? { jobs: c.jobs } : {}) },
      explain: { origin: c.origin, sieve: c.sieve, resolver: c.resolver, trigger: c.trigger },
    })),
  };
}
