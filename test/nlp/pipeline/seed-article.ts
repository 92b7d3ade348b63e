/**
 * The seed article's expectations (the extraction and claims issues) and the dev set's offsets, checked against the
 * evaluation data in ../shared/eval when this machine has it. Nothing of it is copied into the project: where the folder
 * is absent the test is skipped with the reason printed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import t from 'tap';
import { extractResponseSchema, type ExtractResponse } from '../../../schemas/extract.js';
import { extract, withMeta } from '../../../src/extraction.js';
import { danglingReferences, spansOf } from '../../helpers.js';

const devFolder = new URL('../../../../shared/eval/dev/', import.meta.url);
const absent = existsSync(devFolder) ? false : `${devFolder.pathname} is not on this machine`;

interface EvalCase {
  id: string;
  text: string;
  title: string | null;
  publishedAt: string | null;
}

function readCase(file: string): EvalCase {
  return JSON.parse(readFileSync(new URL(file, devFolder), 'utf8')) as EvalCase;
}

function run(c: EvalCase, withDate = true): ExtractResponse {
  const input = { text: c.text, title: c.title ?? undefined, publishedAt: withDate ? (c.publishedAt ?? undefined) : undefined };
  return extractResponseSchema.parse(withMeta(extract(input), 'test', 0));
}

t.test('every dev article: valid response, every span slices the input, every reference resolves', { skip: absent }, async (t) => {
  for (const file of readdirSync(devFolder).filter((name) => name.endsWith('.json'))) {
    const c = readCase(file);
    const result = run(c);
    const wrong = spansOf(result).filter((span) => c.text.slice(span.start, span.end) !== span.text);
    t.same(wrong, [], `${c.id}: offsets`);
    t.same(danglingReferences(result), [], `${c.id}: references`);
  }
});

t.test('the seed article', { skip: absent }, async (t) => {
  const seed = readCase('seed-meta-capex.json');
  const result = run(seed);
  const entity = (name: string) => result.entities.find((e) => e.name === name);

  for (const [type, names] of Object.entries({
    person: ['Mark Zuckerberg'],
    organization: ['Meta', 'DeepSeek', 'Nvidia', 'OpenAI', 'Anthropic'],
    product: ['Llama 4', 'Llama 3', 'ChatGPT'],
    place: ['U.S.'],
  })) {
    for (const name of names) t.equal(entity(name)?.type, type, `${name} is a ${type}`);
  }
  t.ok(entity('Mark Zuckerberg')?.aliases.includes('Zuckerberg'), 'Zuckerberg is an alias of Mark Zuckerberg');

  const boilerplateNames = ['Netflix', 'AT&T', 'NSA', 'Mark Klein', 'Uber', 'Waymo', 'Rivian', 'Travis Kalanick', 'The Electric State'];
  const reported = [...result.entities.flatMap((e) => [e.name, ...e.aliases]), ...result.quotes.map((q) => q.text)].join('\n');
  for (const name of boilerplateNames) t.notOk(reported.includes(name), `${name} (boilerplate only) is reported nowhere`);

  const money = (text: string) => result.money.find((m) => m.text === text);
  t.match(money('hundreds of billions of dollars'), { qualifier: 'vague', min: 1e11, max: 1e12, currency: 'USD' });
  t.match(money('more than $60 billion'), { amount: 60e9, currency: 'USD', qualifier: 'lower_bound' });
  t.match(result.percentages.find((p) => p.text === 'almost 20%'), { value: 20, qualifier: 'approximate' });

  t.equal(result.quotes.length, 7, 'seven quotations');
  for (const quote of result.quotes) t.equal(quote.speaker?.name, 'Mark Zuckerberg', `"${quote.text.slice(0, 30)}" is Zuckerberg's`);
  t.match(result.quotes.find((q) => q.text.startsWith('Our goal with Llama 3')), { cue: 'said' });

  const dates = Object.fromEntries(result.dates.map((d) => [d.text, d.value]));
  t.match(dates, { Monday: '2025-01-27', Wednesday: '2025-01-29', 'last week': '2025-W04', '2025': '2025' });
  const undated = run(seed, false);
  t.same(
    undated.dates.filter((d) => ['Monday', 'Wednesday', 'last week'].includes(d.text)).map((d) => [d.value, d.relative]),
    [[null, true], [null, true], [null, true]],
    'without publishedAt, relative dates keep value null',
  );
});

t.test('the seed article: its claims', { skip: absent }, async (t) => {
  const result = run(readCase('seed-meta-capex.json'));
  const textOf = new Map([...result.money, ...result.percentages, ...result.dates, ...result.quotes].map((item) => [item.id, item.text]));
  const claim = (words: string) => {
    const found = result.claims.find((c) => c.text.includes(words));
    t.ok(found, `a claim carries "${words}"`);
    return { ...found, figures: found?.figures.map((id) => textOf.get(id)), dates: found?.dates.map((id) => textOf.get(id)), quotes: found?.quotes.map((id) => textOf.get(id)) };
  };
  const zuckerberg = { name: 'Mark Zuckerberg' };

  t.match(claim('invest “very heavily”'), { speaker: zuckerberg, cue: 'pledging', subject: { name: 'Meta' }, figures: ['hundreds of billions of dollars'], modality: 'planned' });
  t.match(claim('more than $60 billion'), {
    speaker: zuckerberg,
    cue: 'announced',
    subject: { name: 'Meta' },
    predicate: 'spend',
    kind: 'investment',
    modality: 'planned',
    figures: ['more than $60 billion'],
    dates: ['last week', '2025'],
  });
  t.match(claim('dropping almost 20%'), { speaker: null, subject: { name: 'Nvidia' }, kind: 'stock_move', figures: ['almost 20%'] });
  t.match(claim('strategic advantage'), { speaker: zuckerberg, cue: 'said' });
  t.match(claim('new competitor'), { speaker: zuckerberg, quotes: ['way too early'] });
  t.match(claim('most competitive'), { speaker: zuckerberg, kind: 'goal_forecast', quotes: ['And our goal for Llama 4 is to lead.'] });
  t.match(claim('agentic capabilities'), { speaker: zuckerberg, cue: 'expects' });
});
