import type { ExtractResponse } from '../schemas/extract.js';
import type { Analysis } from './nlp/pipeline.js';

/** The API's response less what only the service knows (its version, the time taken). */
export type Extraction = Omit<ExtractResponse, 'meta'> & { meta: Omit<ExtractResponse['meta'], 'version' | 'tookMs' | 'offsets'> };

type Entities = Analysis['entities'];

/**
 * Entities that link to one knowledge-base entry are one entity (the most salient, which `sameAs` names): its mentions
 * and forms gather theirs, and ids elsewhere in the response that named them name it.
 */
function mergeLinked(doc: Analysis): { entities: Entities; idOf: (id: string) => string } {
  const into = new Map(doc.links.flatMap((l) => (l.sameAs ? [[l.entityId, l.sameAs] as const] : [])));
  if (!into.size) return { entities: doc.entities, idOf: (id) => id };
  const entities = doc.entities
    .filter((e) => !into.has(e.id))
    .map((e) => {
      const parts = doc.entities.filter((o) => into.get(o.id) === e.id);
      if (!parts.length) return e;
      const forms = [...e.aliases, ...parts.flatMap((p) => [p.name, ...p.aliases])].filter((f, i, all) => f !== e.name && all.indexOf(f) === i);
      const mentions = [...e.mentions, ...parts.flatMap((p) => p.mentions)].sort((a, b) => a.start - b.start);
      return { ...e, aliases: forms, mentions };
    });
  return { entities, idOf: (id) => into.get(id) ?? id };
}
const bounds = (figure: { min?: number; max?: number }) => ({
  ...(figure.min !== undefined ? { min: figure.min } : {}),
  ...(figure.max !== undefined ? { max: figure.max } : {}),
});

/**
 * The edge of the NLP code: a document's layers as the API's types, field by field, each entity, quote and claim with
 * its explanation (`withMeta` drops them unless the caller asked for them).
 */
export function serialize(doc: Analysis): Extraction {
  const links = new Map(doc.links.map((l) => [l.entityId, l]));
  const { entities, idOf } = mergeLinked(doc);
  const speakerOf = (speaker: { entityId: string | null; name: string } | null) =>
    speaker ? { entityId: speaker.entityId === null ? null : idOf(speaker.entityId), name: speaker.name } : null;
  return {
    meta: {
      language: 'en',
      characters: doc.text.length,
      words: doc.words,
      sentences: doc.sentences.length,
      paragraphs: doc.paragraphs.length,
      boilerplate: doc.boilerplate.map(({ start, end, reason }) => ({ start, end, reason })),
    },
    entities: entities.map((e) => {
      const link = links.get(e.id);
      return {
        id: e.id,
        name: e.name,
        type: e.type,
        aliases: [...e.aliases],
        mentions: e.mentions.map(({ start, end, text }) => ({ start, end, text })),
        salience: e.salience,
        ids: { ...link?.ids },
        ...(link?.canonicalName && link.canonicalName !== e.name ? { canonicalName: link.canonicalName } : {}),
        explain: { typedBy: e.typedBy, link: link ? { rule: link.rule, form: link.form, candidates: link.candidates } : null },
      };
    }),
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
      arguments: { ...Object.fromEntries(Object.entries(c.arguments).map(([role, id]) => [role, idOf(id)])), ...(c.jobs !== undefined ? { jobs: c.jobs } : {}), ...(c.round !== undefined ? { round: c.round } : {}) },
      explain: { origin: c.origin, sieve: c.sieve, resolver: c.resolver, trigger: c.trigger },
    })),
  };
}
