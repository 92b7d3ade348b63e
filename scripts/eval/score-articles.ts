/**
 * Articles annotated to the shared GUIDELINES.md (dev, and the team's test/eval/articles): entities once per
 * document, matched on any shared form; figures, dates, quotes and claims per occurrence, paired by overlapping span
 * (each gold item with the free prediction that overlaps it most); reported speech as claims with a speaker that
 * cover at least half of the gold content. The same rules as the shared score.mjs, so the figures agree with it.
 */
import type { Entity, Quote } from '../../schemas/extract.js';
import type { Extraction } from '../../src/extraction.js';
import type { ArticleCase, GoldEntity, Span } from './gold.js';
import { locate, near, nameForm, overlap, pairByLargestOverlap, pairInTurn } from './matching.js';
import { shorten } from './format.js';
import { Tally, type SuiteScore } from './measures.js';
import { extractionsOf, offsetMismatches } from './outputs.js';
import type { ExtractOutput } from './pipeline-runs.js';
import { entryWithId } from '../../src/nlp/kb/kb.js';
import { scoreLinking, type LinkingCase } from '../kb/linking-score.js';

const ENTITY_TYPES = ['person', 'organization', 'place', 'product'] as const;

const MEASURES = [
  'entities (typed)',
  'entities (any type)',
  ...ENTITY_TYPES.map((type) => `  ${type}`),
  'money (span)',
  'money (value+currency)',
  'money (qualifier)',
  'percentages (span)',
  'percentages (value)',
  'dates (span)',
  'dates (value)',
  'quotes (span)',
  'quotes (span+speaker)',
  'attributions (span+speaker)',
  'claims (span)',
  'claims (span+kind)',
  'claims (span+kind+speaker)',
  'linking (public ids)',
  ...ENTITY_TYPES.map((type) => `  linking: ${type}`),
];

/** The headline: the mean F1 of these (the first four alone are the extraction score). */
const HEADLINE = ['entities (typed)', 'money (value+currency)', 'percentages (value)', 'quotes (span+speaker)', 'attributions (span+speaker)'];

export function scoreArticles(suite: string, articles: readonly ArticleCase[], outputs: readonly ExtractOutput[]): SuiteScore {
  const tally = new Tally(MEASURES);
  const details: string[] = [];
  const { extractions, failures } = extractionsOf(outputs);
  let mismatches = 0;
  const linking: LinkingCase[] = [];
  articles.forEach((article, i) => {
    const output = extractions[i]!;
    mismatches += offsetMismatches(article.text, output);
    const note = (line: string) => details.push(`${article.id} ${line}`);
    const entities = scoreEntities(article.gold.entities, output.entities, tally, note);
    scoreFigures(article, output, tally, note);
    scoreSpeech(article, output, entities, tally, note);
    const gold = article.gold.entities;
    if (gold.some((e) => e.ids)) linking.push({ id: article.id, gold: gold.map((e) => ({ ...e, aliases: e.aliases ?? [], ids: e.ids ?? {} })), response: output.entities });
  });
  if (linking.length) scoreLinkingOf(linking, tally, (line) => details.push(line));
  const measures = tally.measures();
  const find = (name: string) => measures.find((m) => m.name === name);
  const mean = (names: readonly string[]) => names.reduce((sum, name) => sum + (find(name)?.f1 ?? 0), 0) / names.length;
  /** Of the items found by span, the share also right in what `name` checks. */
  const accuracy = (label: string, name: string, found: string) => {
    const right = find(name);
    const all = find(found);
    return right && all?.tp ? [{ name: label, value: right.tp / all.tp }] : [];
  };
  const notes = [`${mismatches} offsets that do not slice the text to the item's text`];
  if (find('linking (public ids)'))
    notes.push('linking: precision of the public ids given (kb ids aside), recall on the gold entities whose id the knowledge base holds; per gold type');
  if (find('claims (span)')) notes.push('claim gold lists the clear, checkable claims only: a further claim counts against precision though it may be fine');
  return {
    suite,
    documents: articles.length,
    failures,
    measures,
    scores: articles.length
      ? [
          { name: 'extraction score (mean F1 of typed entities, money, percentages, quotes+speaker)', value: mean(HEADLINE.slice(0, 4)) },
          { name: 'headline score (the same and attributions+speaker)', value: mean(HEADLINE) },
          ...accuracy('date value accuracy on dates found', 'dates (value)', 'dates (span)'),
          ...accuracy('claim kind accuracy on claims found', 'claims (span+kind)', 'claims (span)'),
        ]
      : [],
    notes,
    details,
  };
}

/** Entity linking where the gold has ids (scripts/kb/linking-score.ts): right ids, ids given, gold ids the knowledge base holds. */
function scoreLinkingOf(cases: readonly LinkingCase[], tally: Tally, note: (line: string) => void): void {
  const linking = scoreLinking(cases, (namespace, id) => entryWithId(namespace, id) !== undefined);
  tally.add('linking (public ids)', linking.all.correct, linking.all.given, linking.all.known);
  // a type with no ids given and none to find (people, products: no source has their ids) has no row
  for (const [type, s] of Object.entries(linking.byType)) if (s.given || s.known) tally.add(`  linking: ${type}`, s.correct, s.given, s.known);
  for (const line of linking.errors) note(`wrong ids ${line}`);
  for (const line of linking.misses) note(`missed ids ${line}`);
}

/** Gold and predicted entities with the normalised forms they match on: a prediction's mentions count as forms. */
interface Forms {
  forms: Set<string>;
}
type GoldEntityForms = GoldEntity & Forms;

function scoreEntities(gold: readonly GoldEntity[], predicted: readonly Entity[], tally: Tally, note: (line: string) => void): GoldEntityForms[] {
  const goldForms = gold.map((e) => ({ ...e, forms: new Set([e.name, ...(e.aliases ?? [])].map(nameForm)) }));
  const predictedForms = predicted.map((e) => ({ ...e, forms: new Set([e.name, ...e.aliases, ...e.mentions.map((m) => m.text)].map(nameForm)) }));
  const shareAForm = (g: Forms, p: Forms) => [...g.forms].some((form) => p.forms.has(form));
  const pairs = (typed: boolean, golds = goldForms, predictions = predictedForms) =>
    pairInTurn(golds, predictions, (g, p) => (!typed || g.type === p.type) && shareAForm(g, p));
  const typed = pairs(true);
  tally.add('entities (typed)', typed.length, predicted.length, gold.length);
  tally.add('entities (any type)', pairs(false).length, predicted.length, gold.length);
  for (const type of ENTITY_TYPES) {
    const golds = goldForms.filter((e) => e.type === type);
    const predictions = predictedForms.filter((e) => e.type === type);
    tally.add(`  ${type}`, pairs(true, golds, predictions).length, predictions.length, golds.length);
  }
  for (const g of goldForms) if (!typed.some(([x]) => x === g)) note(`missed entity ${g.type} ${g.name}`);
  for (const p of predictedForms) if (!typed.some(([, x]) => x === p)) note(`spurious entity ${p.type} ${p.name}`);
  return goldForms;
}

/** A range's or vague figure's value is its lower bound: the prediction's `min`, or its amount standing for it. */
function valueAgrees(gold: { qualifier?: string; min?: number }, goldValue: number | null, predicted: { min?: number | undefined }, predictedValue: number | null): boolean {
  if (gold.qualifier === 'range' || gold.qualifier === 'vague') return near(predicted.min ?? predictedValue, gold.min) || near(predictedValue, gold.min);
  return near(predictedValue, goldValue);
}

function scoreFigures(article: ArticleCase, output: Extraction, tally: Tally, note: (line: string) => void): void {
  const { text, gold } = article;
  const money = locate(text, gold.money, (m) => m.text);
  const moneyPairs = pairByLargestOverlap(money, output.money);
  const moneyRight = moneyPairs.filter(([g, p]) => valueAgrees(g, g.amount, p, p.amount) && (g.currency ?? null) === (p.currency ?? null));
  tally.add('money (span)', moneyPairs.length, output.money.length, money.length);
  tally.add('money (value+currency)', moneyRight.length, output.money.length, money.length);
  tally.add('money (qualifier)', moneyPairs.filter(([g, p]) => g.qualifier === p.qualifier).length, output.money.length, money.length);
  for (const pair of moneyPairs) {
    const [g, p] = pair;
    if (!moneyRight.includes(pair)) note(`wrong money "${g.text}": got ${p.amount} ${p.currency} (min ${p.min}), gold ${g.amount} ${g.currency} (min ${g.min})`);
  }
  reportUnpaired('money', money, output.money, moneyPairs, note);

  const percentages = locate(text, gold.percentages, (p) => p.text);
  const percentagePairs = pairByLargestOverlap(percentages, output.percentages);
  tally.add('percentages (span)', percentagePairs.length, output.percentages.length, percentages.length);
  tally.add('percentages (value)', percentagePairs.filter(([g, p]) => valueAgrees(g, g.value, p, p.value)).length, output.percentages.length, percentages.length);
  reportUnpaired('percentage', percentages, output.percentages, percentagePairs, note);

  if (gold.dates) {
    const dates = locate(text, gold.dates, (d) => d.text);
    // the team's gold holds calendar dates only: a reference ("now", "recently") is outside it, neither right nor wrong
    const predicted = output.dates.filter((d) => d.granularity !== 'reference');
    const datePairs = pairByLargestOverlap(dates, predicted);
    const dateRight = datePairs.filter(([g, p]) => g.value === p.value);
    tally.add('dates (span)', datePairs.length, predicted.length, dates.length);
    tally.add('dates (value)', dateRight.length, predicted.length, dates.length);
    for (const pair of datePairs) if (!dateRight.includes(pair)) note(`wrong date "${pair[0].text}": got ${pair[1].value}, gold ${pair[0].value}`);
    reportUnpaired('date', dates, predicted, datePairs, note);
  }
}

function scoreSpeech(article: ArticleCase, output: Extraction, entities: readonly GoldEntityForms[], tally: Tally, note: (line: string) => void): void {
  const { text, gold } = article;
  /** A predicted speaker names the gold one when its name is one of the gold entity's forms; a null gold wants none. */
  const formsOf = (name: string) => entities.find((e) => e.name === name)?.forms ?? new Set([nameForm(name)]);
  const speaks = (goldSpeaker: string | null, predicted: Quote['speaker']) =>
    goldSpeaker === null ? predicted === null : predicted !== null && formsOf(goldSpeaker).has(nameForm(predicted.name));

  const quotes = locate(text, gold.quotes, (q) => q.text);
  const quotePairs = pairByLargestOverlap(quotes, output.quotes);
  const quoteRight = quotePairs.filter(([g, p]) => speaks(g.speaker, p.speaker));
  tally.add('quotes (span)', quotePairs.length, output.quotes.length, quotes.length);
  tally.add('quotes (span+speaker)', quoteRight.length, output.quotes.length, quotes.length);
  for (const pair of quotePairs) {
    if (!quoteRight.includes(pair)) note(`wrong speaker for "${shorten(pair[0].text)}": got ${pair[1].speaker?.name ?? null}, gold ${pair[0].speaker}`);
  }
  reportUnpaired('quote', quotes, output.quotes, quotePairs, note);

  // Reported speech: claims with a speaker. One that covers no gold reported speech but overlaps a gold quotation is
  // a claim resting on that quotation, neither right nor wrong.
  const attributions = locate(text, gold.attributions, (a) => a.content);
  const reported = output.claims.filter((claim) => claim.speaker !== null);
  const attributionPairs = pairByLargestOverlap(
    attributions,
    reported,
    (g, p) => overlap(g, p) >= 0.5 * (g.end - g.start) && speaks(g.speaker, p.speaker),
  );
  const neutral = reported.filter((p) => !attributionPairs.some(([, x]) => x === p) && quotes.some((q) => overlap(q, p) > 0));
  tally.add('attributions (span+speaker)', attributionPairs.length, reported.length - neutral.length, attributions.length);
  for (const g of attributions) if (!attributionPairs.some(([x]) => x === g)) note(`missed attribution ${g.speaker}: "${shorten(g.content)}"`);
  for (const p of reported) {
    if (!attributionPairs.some(([, x]) => x === p) && !neutral.includes(p)) note(`spurious attribution ${p.speaker!.name}: "${shorten(p.text)}"`);
  }

  if (gold.claims) {
    const claims = locate(text, gold.claims, (c) => c.text);
    const claimPairs = pairByLargestOverlap(claims, output.claims);
    const kindRight = claimPairs.filter(([g, p]) => g.kind === p.kind);
    const allRight = kindRight.filter(([g, p]) => speaks(g.speaker, p.speaker));
    tally.add('claims (span)', claimPairs.length, output.claims.length, claims.length);
    tally.add('claims (span+kind)', kindRight.length, output.claims.length, claims.length);
    tally.add('claims (span+kind+speaker)', allRight.length, output.claims.length, claims.length);
    for (const pair of claimPairs) {
      const [g, p] = pair;
      if (!allRight.includes(pair)) note(`wrong claim "${shorten(g.text)}": got ${p.kind} by ${p.speaker?.name ?? null}, gold ${g.kind} by ${g.speaker}`);
    }
    reportUnpaired('claim', claims, output.claims, claimPairs, note);
  }
}

function reportUnpaired<G extends Span & { text: string }, P extends Span & { text: string }>(
  what: string,
  gold: readonly G[],
  predicted: readonly P[],
  pairs: readonly [G, P][],
  note: (line: string) => void,
): void {
  for (const g of gold) {
    if (!pairs.some(([x]) => x === g)) note(g.start < 0 ? `gold ${what} not in the text: "${shorten(g.text)}"` : `missed ${what} "${shorten(g.text)}"`);
  }
  for (const p of predicted) if (!pairs.some(([, x]) => x === p)) note(`spurious ${what} "${shorten(p.text)}"`);
}
