import type { Entity, EntityType, Mention } from '../../schemas/extract.js';
import { contentSentences, tokensOf, type ParsedDocument, type Token } from './document.js';
import { withIds } from './ids.js';
import { LEXICON, lookupLexicon, normalizeForm } from './lexicon.js';

interface Candidate extends Mention {
  type: EntityType;
  canonical?: string;
}

const TYPE_BY_TAG: [string, EntityType][] = [
  ['Product', 'product'],
  ['Person', 'person'],
  ['Place', 'place'],
  ['Organization', 'organization'],
];

/** Named entities: lexicon matches first, then runs of compromise's person/place/organization tags; mentions merged per entity. */
export function extractEntities(doc: ParsedDocument): Entity[] {
  const candidates: Candidate[] = [];
  for (const sentence of contentSentences(doc)) {
    const tokens = tokensOf(doc, sentence);
    candidates.push(...lexiconMentions(doc.text, sentence.start, sentence.end));
    candidates.push(...taggedRuns(doc.text, tokens));
  }
  return mergeMentions(dropOverlaps(candidates), doc.text.length);
}

const lexiconPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${LEXICON.flatMap((e) => [e.name, ...(e.forms ?? [])])
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

function lexiconMentions(text: string, start: number, end: number): Candidate[] {
  const found: Candidate[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(lexiconPattern)) {
    const entry = lookupLexicon(match[0]);
    if (!entry) continue;
    const at = start + match.index;
    found.push({ start: at, end: at + match[0].length, text: match[0], type: entry.type, canonical: entry.name });
  }
  return found;
}

function typeOf(token: Token): EntityType | null {
  for (const [tag, type] of TYPE_BY_TAG) if (token.tags.has(tag)) return type;
  return null;
}

function taggedRuns(text: string, tokens: readonly Token[]): Candidate[] {
  const runs: Candidate[] = [];
  let run: Token[] = [];
  let runType: EntityType | null = null;
  const flush = () => {
    if (run.length && runType) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      const end = last.end - (/['’]s?$/u.exec(last.text)?.[0].length ?? 0);
      const mention = text.slice(first.start, end);
      if (/^\p{Lu}/u.test(mention)) runs.push({ start: first.start, end, text: mention, type: runType });
    }
    run = [];
    runType = null;
  };
  for (const token of tokens) {
    const type = typeOf(token);
    const joins = type && type === runType && run.length && !/[,;:.!?)\]"”]/.test(run[run.length - 1]!.post);
    if (!joins) flush();
    if (type && !token.tags.has('Pronoun') && /^\p{Lu}/u.test(token.text)) {
      run.push(token);
      runType = type;
    }
  }
  flush();
  return runs;
}

function dropOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    const last = kept[kept.length - 1];
    if (last && candidate.start < last.end) continue;
    kept.push(candidate);
  }
  return kept;
}

function mergeMentions(candidates: Candidate[], length: number): Entity[] {
  const groups = new Map<string, { type: EntityType; name: string; forms: Set<string>; mentions: Mention[] }>();
  const keyOf = (c: Candidate) => normalizeForm(c.canonical ?? c.text);
  for (const candidate of candidates) {
    // A surname alone joins the full name already seen ("Zuckerberg" after "Mark Zuckerberg").
    let key = keyOf(candidate);
    if (!groups.has(key) && candidate.type === 'person') {
      for (const [other, group] of groups) if (group.type === 'person' && other.endsWith(` ${key}`)) key = other;
    }
    const group = groups.get(key) ?? { type: candidate.type, name: candidate.canonical ?? candidate.text, forms: new Set(), mentions: [] };
    if (!candidate.canonical && candidate.text.length > group.name.length) group.name = candidate.text;
    group.forms.add(candidate.text);
    group.mentions.push({ start: candidate.start, end: candidate.end, text: candidate.text });
    groups.set(key, group);
  }
  const scored = [...groups.values()].map((group) => {
    const first = group.mentions[0]!.start;
    const score = group.mentions.length + (1 - first / Math.max(1, length));
    return { group, score };
  });
  const top = Math.max(1, ...scored.map((s) => s.score));
  const entities = scored
    .sort((a, b) => b.score - a.score)
    .map(({ group, score }) => ({
      name: group.name,
      type: group.type,
      aliases: [...group.forms].filter((form) => form !== group.name),
      mentions: group.mentions,
      salience: Math.round((score / top) * 1000) / 1000,
    }));
  return withIds('e', entities);
}
