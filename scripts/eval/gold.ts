/**
 * The shapes of the gold data the evaluation reads: team articles and dev cases (GUIDELINES.md of the shared
 * evaluation folder, plus optional dates and claims), and the peer suites as converted there (its peer/README.md).
 * Offsets are JavaScript string offsets, `end` exclusive.
 */
import type { ClaimKind, EntityType, Qualifier } from '../../schemas/extract.js';

export interface Span {
  start: number;
  end: number;
}

export interface GoldEntity {
  name: string;
  type: EntityType;
  aliases?: string[];
}

export interface GoldFigure {
  text: string;
  qualifier?: Qualifier;
  min?: number;
  max?: number;
}

export interface GoldMoney extends GoldFigure {
  amount: number | null;
  currency: string | null;
}

export interface GoldPercentage extends GoldFigure {
  value: number | null;
}

export interface GoldQuote {
  text: string;
  speaker: string | null;
}

export interface GoldAttribution {
  speaker: string;
  cue?: string;
  content: string;
}

export interface GoldDate {
  text: string;
  value: string | null;
}

export interface GoldClaim {
  text: string;
  kind: ClaimKind;
  speaker: string | null;
}

/** An article's gold; `dates` and `claims` are scored only where the annotator gave them (an empty list is a claim of none). */
export interface ArticleGold {
  entities: GoldEntity[];
  money: GoldMoney[];
  percentages: GoldPercentage[];
  quotes: GoldQuote[];
  attributions: GoldAttribution[];
  dates?: GoldDate[];
  claims?: GoldClaim[];
}

export interface ArticleCase {
  id: string;
  title?: string | null;
  text: string;
  publishedAt?: string | null;
  gold: ArticleGold;
}

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
