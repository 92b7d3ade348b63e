import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledSpan } from '../../src/nlp/entities/tagger/alignment.js';
import type { EntityLabel } from '../../src/nlp/entities/tagger/labels.js';

/**
 * The peer corpora (../shared/eval/peer, see its README) as texts with labelled names. They are read from the shared
 * folder at training and evaluation time only; nothing of them is copied into the repository.
 */
export const PEER_DIR = process.env.PEER_DIR ?? join(import.meta.dirname, '../../../shared/eval/peer');

export interface CorpusDocument {
  readonly id: string;
  readonly text: string;
  /** The names of a type the tagger learns, in text order. */
  readonly names: readonly LabelledSpan[];
  /** Names of a type no label stands for (CrossNER's `other` when it is not learned as misc): scorers ignore what lands on them. */
  readonly unlabelled: readonly { start: number; end: number }[];
}

interface PeerEntity {
  text: string;
  type: string;
  start: number;
  end: number;
}

const LABEL_OF: Readonly<Record<string, EntityLabel>> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
  MISC: 'misc',
  person: 'person',
  organization: 'organization',
  place: 'place',
  product: 'product',
};

/**
 * One peer file (`conll2003-train`, `crossner-ai-dev`...). CrossNER's `other` names (algorithms, fields, languages...)
 * become `misc` when `otherAsMisc`, else they stay unlabelled.
 */
export function readCorpus(name: string, otherAsMisc = true): CorpusDocument[] {
  const lines = readFileSync(join(PEER_DIR, `${name}.jsonl`), 'utf8').split('\n').filter(Boolean);
  return lines.map((line) => {
    const { id, text, entities } = JSON.parse(line) as { id: string; text: string; entities: PeerEntity[] };
    const sorted = [...entities].sort((a, b) => a.start - b.start);
    const label = (entity: PeerEntity) => LABEL_OF[entity.type] ?? (otherAsMisc ? 'misc' : undefined);
    return {
      id,
      text,
      names: sorted.flatMap((entity) => (label(entity) ? [{ start: entity.start, end: entity.end, label: label(entity)! }] : [])),
      unlabelled: sorted.filter((entity) => !label(entity)).map(({ start, end }) => ({ start, end })),
    };
  });
}

/** Tokens that attach to the word before them ("goal ." → "goal.", "Bitar 's" → "Bitar's", "do n't" → "don't"). */
const CLOSING = /^(?:[.,;:!?%)\]}]+|'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|'|\.\.\.)$/u;
/** Tokens the next word attaches to. */
const OPENING = /^[([{$]$/u;

/**
 * The corpus text as a writer would have typed it: the tokens joined without the spaces that tokenisation put before
 * punctuation, possessives and contractions and after opening brackets, quotes closed against their words; the
 * names' offsets moved with the characters. The service reads such text, while the peer scorers post the tokens.
 */
export function detokenise(document: CorpusDocument): CorpusDocument {
  const { text } = document;
  const moved = new Int32Array(text.length + 1);
  let out = '';
  for (const line of lineSpans(text)) {
    if (line.start > 0) {
      moved[line.start - 1] = out.length;
      out += '\n';
    }
    let quoteOpen = false;
    let glue = true;
    for (const token of tokenSpans(text, line)) {
      const word = text.slice(token.start, token.end);
      const quote = word === '"';
      const attaches = CLOSING.test(word) || (quote && quoteOpen);
      if (!glue && !attaches) out += ' ';
      for (let i = token.start; i < token.end; i++) moved[i] = out.length + i - token.start;
      out += word;
      moved[token.end] = out.length;
      glue = OPENING.test(word) || (quote && !quoteOpen);
      if (quote) quoteOpen = !quoteOpen;
    }
  }
  const move = <T extends { start: number; end: number }>(span: T): T => ({ ...span, start: moved[span.start]!, end: moved[span.end - 1]! + 1 });
  return { id: `${document.id}-detokenised`, text: out, names: document.names.map(move), unlabelled: document.unlabelled.map(move) };
}

function lineSpans(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
    lines.push({ start, end: end < 0 ? text.length : end });
    if (end < 0) return lines;
    start = end + 1;
  }
}

function tokenSpans(text: string, line: { start: number; end: number }): { start: number; end: number }[] {
  const tokens: { start: number; end: number }[] = [];
  for (const match of text.slice(line.start, line.end).matchAll(/\S+/gu)) {
    tokens.push({ start: line.start + match.index, end: line.start + match.index + match[0].length });
  }
  return tokens;
}
