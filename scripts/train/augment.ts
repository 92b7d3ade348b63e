import type { EntityLabel } from '../../src/nlp/entities/tagger/labels.js';
import type { LabelledSpan } from '../../src/nlp/entities/tagger/alignment.js';
import type { CorpusDocument } from './corpus.js';

/**
 * Mention replacement (Dai & Adel 2020): the same sentence with each name swapped for another name of its label. The
 * CrossNER training split holds a few dozen names per type; swapping in names from the other corpora and the lexicon
 * makes the tagger learn what the context says about a type, not which few names it saw.
 */
export function withReplacedNames(
  document: CorpusDocument,
  pools: ReadonlyMap<EntityLabel, readonly string[]>,
  random: () => number,
  scrambleShare = 0,
): CorpusDocument {
  let text = '';
  let from = 0;
  const names: LabelledSpan[] = [];
  const shift: { at: number; by: number }[] = [];
  for (const name of document.names) {
    const pool = pools.get(name.label);
    const chosen = pool?.length ? pool[Math.floor(random() * pool.length)]! : document.text.slice(name.start, name.end);
    const replacement = pool?.length && random() < scrambleShare ? scrambled(chosen, random) : chosen;
    text += document.text.slice(from, name.start);
    names.push({ ...name, start: text.length, end: text.length + replacement.length });
    text += replacement;
    shift.push({ at: name.end, by: text.length - name.end });
    from = name.end;
  }
  text += document.text.slice(from);
  const moved = (offset: number) => offset + (shift.filter((s) => s.at <= offset).at(-1)?.by ?? 0);
  const unlabelled = document.unlabelled
    .filter((span) => !document.names.some((name) => name.start < span.end && span.start < name.end))
    .map((span) => ({ start: moved(span.start), end: moved(span.end) }));
  return { id: `${document.id}-replaced`, text, names, unlabelled };
}

/**
 * A name no list knows but that looks like one: within each word, the letters after the first are shuffled among the
 * positions of their own case ("Simulink" → "Sluimink", "VHDL" → "VDLH"), so the shape stays and only the context
 * can tell the type. Without such names the tagger learns that a known name's type is its lexicon entry's, and has
 * little to go on for the names it meets for the first time.
 */
export function scrambled(name: string, random: () => number): string {
  return name.replace(/\p{L}{4,}/gu, (word) => {
    const letters = [...word];
    for (const isCase of [(c: string) => c !== c.toUpperCase(), (c: string) => c !== c.toLowerCase()]) {
      const positions = letters.map((c, i) => (i > 0 && isCase(c) ? i : -1)).filter((i) => i >= 0);
      const shuffled = positions.map((i) => letters[i]!);
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      positions.forEach((position, k) => (letters[position] = shuffled[k]!));
    }
    return letters.join('');
  });
}
