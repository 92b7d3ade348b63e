/**
 * The texts the evaluation runs: the team's gold articles in the repository, and, where the shared evaluation folder
 * sits beside the repository (../shared/eval), its dev articles and the peer suites.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentInput } from '../../src/extraction.js';
import { articleCaseSchema, type ArticleCase, type FigureCase, type MentionDocument, type PeerMoney, type PeerPercentage, type PolnearDocument, type TimexDocument } from './gold.js';
import type { SuiteScore } from './measures.js';
import type { ExtractOutput } from './pipeline-runs.js';
import { scoreArticles } from './score-articles.js';
import { scoreMoneyCases, scorePercentCases } from './score-figures.js';
import { scoreConll, scoreCrossner } from './score-mentions.js';
import { scorePolnear } from './score-polnear.js';
import { scoreTimex } from './score-timex.js';

export interface EvalCase {
  id: string;
  input: DocumentInput;
}

export interface Suite {
  name: SuiteName;
  /** The file or folder it was read from. */
  source: string;
  cases: EvalCase[];
  /** The suite's measures, from the outputs of its cases in order. */
  score(outputs: readonly ExtractOutput[]): SuiteScore;
}

/** Where a suite lives: a folder of JSON articles or a JSONL file, in the repository or in the shared evaluation folder. */
type Location = { repo: string } | { shared: string };

interface SuiteDefinition {
  location: Location;
  load(name: SuiteName, source: string): Suite;
}

export const SUITE_NAMES = ['articles', 'wikinews', 'dev', 'conll-dev', 'crossner-ai', 'polnear', 'timex', 'currency', 'duckling', 'percent'] as const;
export type SuiteName = (typeof SUITE_NAMES)[number];

interface RecordSuite<Item> {
  location: Location;
  /** Checks a record's shape where it comes from people rather than from a conversion script. */
  parse?: (record: unknown) => Item;
  caseOf(item: Item): EvalCase;
  score(suite: string, items: readonly Item[], outputs: readonly ExtractOutput[]): SuiteScore;
}

/** A suite whose files hold records of one shape, each of which becomes one case. */
function define<Item>({ location, parse = (record) => record as Item, caseOf, score }: RecordSuite<Item>): SuiteDefinition {
  return {
    location,
    load(name, source) {
      const items = readRecords(source, parse);
      return { name, source, cases: items.map((item) => caseOf(item)), score: (outputs) => score(name, items, outputs) };
    },
  };
}

const articleSuite = (location: Location) =>
  define<ArticleCase>({
    location,
    parse: (record) => articleCaseSchema.parse(record),
    caseOf: (article) => ({ id: article.id, input: withoutNulls({ text: article.text, title: article.title, publishedAt: article.publishedAt }) }),
    score: scoreArticles,
  });
const mentionSuite = (file: string, score: RecordSuite<MentionDocument>['score']) =>
  define<MentionDocument>({ location: { shared: file }, caseOf: textCase, score });
const textCase = (document: { id: string; text: string }): EvalCase => ({ id: document.id, input: { text: document.text } });
const figureCase = (figures: FigureCase<unknown>): EvalCase => ({ id: figures.id, input: { text: figures.input } });

const DEFINITIONS: Record<SuiteName, SuiteDefinition> = {
  articles: articleSuite({ repo: 'test/eval/articles' }),
  wikinews: articleSuite({ repo: 'test/eval/wikinews' }),
  dev: articleSuite({ shared: 'dev' }),
  'conll-dev': mentionSuite('peer/conll2003-dev.jsonl', scoreConll),
  'crossner-ai': mentionSuite('peer/crossner-ai-dev.jsonl', scoreCrossner),
  polnear: define<PolnearDocument>({ location: { shared: 'peer/polnear-dev.jsonl' }, caseOf: textCase, score: scorePolnear }),
  timex: define<TimexDocument>({
    location: { shared: 'peer/timebank-aquaint.jsonl' },
    caseOf: (document) => ({ id: document.id, input: { text: document.text, publishedAt: document.publishedAt } }),
    score: scoreTimex,
  }),
  currency: define<FigureCase<PeerMoney>>({ location: { shared: 'peer/currency.jsonl' }, caseOf: figureCase, score: scoreMoneyCases }),
  duckling: define<FigureCase<PeerMoney>>({ location: { shared: 'peer/duckling-money.jsonl' }, caseOf: figureCase, score: scoreMoneyCases }),
  percent: define<FigureCase<PeerPercentage>>({ location: { shared: 'peer/percent.jsonl' }, caseOf: figureCase, score: scorePercentCases }),
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

/**
 * A JSONL file's lines, or a folder's *.json files in name order (none when the folder does not exist yet), each
 * through `parse`; a record that fails names its file and line.
 */
export function readRecords<Item>(source: string, parse: (record: unknown) => Item): Item[] {
  const read = (where: string, json: string) => {
    try {
      return parse(JSON.parse(json));
    } catch (error) {
      throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  };
  if (source.endsWith('.jsonl')) {
    return readFileSync(source, 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.trim() ? [read(`${source}:${i + 1}`, line)] : []));
  }
  if (!existsSync(source)) return [];
  return readdirSync(source)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => read(path.join(source, file), readFileSync(path.join(source, file), 'utf8')));
}

/** The request as a client sends it: a null title or date is left out. */
function withoutNulls(input: { text: string; title?: string | null | undefined; publishedAt?: string | null | undefined }): DocumentInput {
  return {
    text: input.text,
    ...(input.title != null && { title: input.title }),
    ...(input.publishedAt != null && { publishedAt: input.publishedAt }),
  };
}
