/**
 * The texts the evaluation runs: the team's gold articles in the repository, and, where the shared evaluation folder
 * sits beside the repository (../shared/eval), its dev articles and the peer suites.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentInput } from '../../src/extraction.js';
import type { ArticleCase, FigureCase, MentionDocument, PeerMoney, PeerPercentage, PolnearDocument, TimexDocument } from './gold.js';

export interface EvalCase {
  id: string;
  input: DocumentInput;
}

export interface Suite {
  name: SuiteName;
  /** The file or folder it was read from. */
  source: string;
  cases: EvalCase[];
}

/** Where a suite lives: a folder of JSON articles or a JSONL file, in the repository or in the shared evaluation folder. */
type Location = { repo: string } | { shared: string };

interface SuiteDefinition {
  location: Location;
  load(name: SuiteName, source: string): Suite;
}

export const SUITE_NAMES = ['articles', 'dev', 'conll-dev', 'crossner-ai', 'polnear', 'timex', 'currency', 'duckling', 'percent'] as const;
export type SuiteName = (typeof SUITE_NAMES)[number];

/** A suite whose files hold records of one shape, each of which becomes one case. */
function define<Item>(location: Location, caseOf: (record: Item) => EvalCase): SuiteDefinition {
  return {
    location,
    load: (name, source) => ({ name, source, cases: (readRecords(source) as Item[]).map(caseOf) }),
  };
}

const articleCase = (article: ArticleCase): EvalCase => ({
  id: article.id,
  input: withoutNulls({ text: article.text, title: article.title, publishedAt: article.publishedAt }),
});
const textCase = (document: { id: string; text: string }): EvalCase => ({ id: document.id, input: { text: document.text } });
const figureCase = (figures: FigureCase<unknown>): EvalCase => ({ id: figures.id, input: { text: figures.input } });

const DEFINITIONS: Record<SuiteName, SuiteDefinition> = {
  articles: define<ArticleCase>({ repo: 'test/eval/articles' }, articleCase),
  dev: define<ArticleCase>({ shared: 'dev' }, articleCase),
  'conll-dev': define<MentionDocument>({ shared: 'peer/conll2003-dev.jsonl' }, textCase),
  'crossner-ai': define<MentionDocument>({ shared: 'peer/crossner-ai-dev.jsonl' }, textCase),
  polnear: define<PolnearDocument>({ shared: 'peer/polnear-dev.jsonl' }, textCase),
  timex: define<TimexDocument>({ shared: 'peer/timebank-aquaint.jsonl' }, (document) => ({
    id: document.id,
    input: { text: document.text, publishedAt: document.publishedAt },
  })),
  currency: define<FigureCase<PeerMoney>>({ shared: 'peer/currency.jsonl' }, figureCase),
  duckling: define<FigureCase<PeerMoney>>({ shared: 'peer/duckling-money.jsonl' }, figureCase),
  percent: define<FigureCase<PeerPercentage>>({ shared: 'peer/percent.jsonl' }, figureCase),
};

export interface Corpus {
  suites: Suite[];
  /** Why a suite that was asked for is not here. */
  skipped: string[];
}

/** The suites asked for (all by default), read from `repo` and from `sharedDir` when that folder exists. */
export function loadCorpus(repo: string, sharedDir: string, names: readonly SuiteName[] = SUITE_NAMES): Corpus {
  const corpus: Corpus = { suites: [], skipped: [] };
  const sharedPresent = existsSync(sharedDir);
  for (const name of names) {
    const definition = DEFINITIONS[name];
    if ('shared' in definition.location && !sharedPresent) {
      corpus.skipped.push(`${name}: ${sharedDir} is absent`);
      continue;
    }
    const source = 'repo' in definition.location ? path.join(repo, definition.location.repo) : path.join(sharedDir, definition.location.shared);
    corpus.suites.push(definition.load(name, source));
  }
  return corpus;
}

/** A JSONL file's lines, or a folder's *.json files in name order (none when the folder does not exist yet). */
export function readRecords(source: string): unknown[] {
  if (source.endsWith('.jsonl')) {
    return readFileSync(source, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as unknown);
  }
  if (!existsSync(source)) return [];
  return readdirSync(source)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(source, file), 'utf8')) as unknown);
}

/** The request as a client sends it: a null title or date is left out. */
function withoutNulls(input: { text: string; title?: string | null | undefined; publishedAt?: string | null | undefined }): DocumentInput {
  return {
    text: input.text,
    ...(input.title != null && { title: input.title }),
    ...(input.publishedAt != null && { publishedAt: input.publishedAt }),
  };
}
