/**
 * The tagger's labels and its BILOU tag set. `misc` is what the training corpora mark as a name of no type the API
 * reports (CoNLL's MISC: nationalities, events; CrossNER's algorithms, fields, languages...): learning it keeps those
 * names from being taken for one of the four types, and the pipeline drops it.
 */
export const ENTITY_LABELS = ['person', 'organization', 'place', 'product', 'misc'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** The position of a token in a name: Begin, Inside, Last, Unit (a one-token name); Outside is tag 0. */
const POSITIONS = ['B', 'I', 'L', 'U'] as const;
export type Position = (typeof POSITIONS)[number];

export const OUTSIDE = 0;
export const TAG_COUNT = 1 + ENTITY_LABELS.length * POSITIONS.length;

export const tagOf = (label: EntityLabel, position: Position): number =>
  1 + ENTITY_LABELS.indexOf(label) * POSITIONS.length + POSITIONS.indexOf(position);

// Read for every token tagged, so looked up in tables rather than computed.
const LABEL_OF_TAG: readonly EntityLabel[] = Array.from({ length: TAG_COUNT }, (_, tag) => ENTITY_LABELS[Math.floor((Math.max(tag, 1) - 1) / POSITIONS.length)]!);
const POSITION_OF_TAG: readonly Position[] = Array.from({ length: TAG_COUNT }, (_, tag) => POSITIONS[(Math.max(tag, 1) - 1) % POSITIONS.length]!);

/** The label of a tag other than OUTSIDE. */
export const labelOfTag = (tag: number): EntityLabel => LABEL_OF_TAG[tag]!;
/** The position of a tag other than OUTSIDE. */
export const positionOfTag = (tag: number): Position => POSITION_OF_TAG[tag]!;

/** Tag names for the weights file and for reading a model: `O`, `B-person`, ... */
export const TAG_NAMES: readonly string[] = Array.from({ length: TAG_COUNT }, (_, tag) =>
  tag === OUTSIDE ? 'O' : `${positionOfTag(tag)}-${labelOfTag(tag)}`,
);

/** A name as a range of tokens, `last` included. */
export interface TokenRange {
  readonly first: number;
  readonly last: number;
  readonly label: EntityLabel;
}

/** Whether `next` may follow `previous` in a well-formed BILOU sequence (OUTSIDE stands for the edges of a sentence too). */
export function allowedTransition(previous: number, next: number): boolean {
  const open = previous !== OUTSIDE && (positionOfTag(previous) === 'B' || positionOfTag(previous) === 'I');
  if (open) return next !== OUTSIDE && (positionOfTag(next) === 'I' || positionOfTag(next) === 'L') && labelOfTag(next) === labelOfTag(previous);
  return next === OUTSIDE || positionOfTag(next) === 'B' || positionOfTag(next) === 'U';
}

/** The tags of `length` tokens holding the given names (which must not overlap). */
export function encodeTags(length: number, ranges: readonly TokenRange[]): number[] {
  const tags = new Array<number>(length).fill(OUTSIDE);
  for (const { first, last, label } of ranges) {
    if (first === last) tags[first] = tagOf(label, 'U');
    else {
      tags[first] = tagOf(label, 'B');
      for (let i = first + 1; i < last; i++) tags[i] = tagOf(label, 'I');
      tags[last] = tagOf(label, 'L');
    }
  }
  return tags;
}

/** The names a tag sequence holds; Viterbi only yields well-formed sequences, so a name is read from B to L or at U. */
export function decodeTags(tags: readonly number[], offset = 0): TokenRange[] {
  const ranges: TokenRange[] = [];
  let first = -1;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag === OUTSIDE) continue;
    const position = positionOfTag(tag);
    if (position === 'U') ranges.push({ first: offset + i, last: offset + i, label: labelOfTag(tag) });
    else if (position === 'B') first = i;
    else if (position === 'L' && first >= 0) {
      ranges.push({ first: offset + first, last: offset + i, label: labelOfTag(tag) });
      first = -1;
    }
  }
  return ranges;
}
