import type { LabelledSpan } from './alignment.js';
import type { EntityLabel } from './labels.js';

/** What the tagger reads of the rule-based stage's output: each entity's type and where it is mentioned. */
export interface RuleEntity {
  readonly type: EntityLabel;
  readonly mentions: readonly { readonly start: number; readonly end: number }[];
}

/** Every mention of the rule-based stage's entities, labelled with its entity's type. */
export function ruleMentions(entities: readonly RuleEntity[]): LabelledSpan[] {
  return entities.flatMap((entity) => entity.mentions.map(({ start, end }) => ({ start, end, label: entity.type })));
}
