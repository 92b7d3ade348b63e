/**
 * The shapes of the gold data the evaluation reads: team articles and dev cases (GUIDELINES.md of the shared
 * evaluation folder, plus optional dates and claims), and the peer suites as converted there (its peer/README.md).
 * Offsets are JavaScript string offsets, `end` exclusive.
 */
import { z } from 'zod';
import { claimKindSchema, entityTypeSchema, qualifierSchema } from '../../schemas/extract.js';

export interface Span {
  start: number;
  end: number;
}

const figure = { text: z.string().min(1), qualifier: qualifierSchema.optional(), min: z.number().optional(), max: z.number().optional() };

/** An article and its gold, checked when read so that an annotation slip names its file instead of skewing a figure. */
export const articleCaseSchema = z.object({
  id: z.string().min(1),
  title: z.string().nullish(),
  text: z.string().min(1),
  publishedAt: z.string().nullish(),
  gold: z.object({
    /** `ids`: the entity's public ids (knowledge-base linking), `{}` for a fictional or unknown one; scored where given. */
    entities: z.array(z.object({ name: z.string().min(1), type: entityTypeSchema, aliases: z.array(z.string()).optional(), ids: z.record(z.string(), z.string()).optional() })),
    money: z.array(z.object({ ...figure, amount: z.number().nullable(), currency: z.string().nullable() })),
    percentages: z.array(z.object({ ...figure, value: z.number().nullable() })),
    quotes: z.array(z.object({ text: z.string().min(1), speaker: z.string().nullable() })),
    attributions: z.array(z.object({ speaker: z.string(), cue: z.string().optional(), content: z.string().min(1) })),
    /** Scored only where the annotator gave them; an empty list says the article has none. */
    dates: z.array(z.object({ text: z.string().min(1), value: z.string().nullable() })).optional(),
    claims: z.array(z.object({ text: z.string().min(1), kind: claimKindSchema, speaker: z.string().nullable() })).optional(),
  }),
});

export type ArticleCase = z.infer<typeof articleCaseSchema>;
type ArticleGold = ArticleCase['gold'];
export type GoldEntity = ArticleGold['entities'][number];

/** Currency and Duckling money: a bare `amount`, or Duckling's interval with `min`/`max` (either may be null). */
export interface PeerMoney extends Span {
  text: string;
  amount: number | null;
  currency: string | null;
  unit?: string;
  min?: number | null;
  max?: number | null;
  interval?: 'between' | 'under' | 'above';
}

export interface PeerPercentage extends Span {
  text: string;
  value: number;
}

export interface FigureCase<Item> {
  id: string;
  input: string;
  expected: Item[];
}

/** CoNLL-2003 (PER, ORG, LOC, MISC) and CrossNER (person, organization, place, product, other) mentions. */
export interface PeerMention extends Span {
  text: string;
  type: string;
}

export interface MentionDocument {
  id: string;
  text: string;
  entities: PeerMention[];
}

export interface TextSpan extends Span {
  text: string;
}

export interface PolnearAttribution {
  source: TextSpan | null;
  cue: TextSpan | null;
  content: TextSpan[];
}

export interface PolnearDocument {
  id: string;
  text: string;
  attributions: PolnearAttribution[];
}

export interface Timex extends Span {
  text: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string | null;
}

export interface TimexDocument {
  id: string;
  publishedAt: string;
  text: string;
  timexes: Timex[];
}
