import type { Extraction } from '../../src/extraction.js';

/** Short, readable accounts of the parts of a response, for the report of a failing case. */

type Claim = Extraction['claims'][number];

const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : 'none');

/** What an id in a response stands for: an entity's name, a figure's, date's or quotation's text. */
export function namesById(response: Extraction): Map<string, string> {
  return new Map<string, string>([
    ...response.entities.map((e) => [e.id, e.name] as const),
    ...[...response.money, ...response.percentages, ...response.dates, ...response.quotes].map((item) => [item.id, item.text] as const),
  ]);
}

/** A claim's arguments with every id replaced by what it stands for. */
export function readableArguments(claim: Claim, response: Extraction): Record<string, string | number> {
  const names = namesById(response);
  return Object.fromEntries(Object.entries(claim.arguments).map(([role, id]) => [role, typeof id === 'string' ? (names.get(id) ?? `dangling ${id}`) : id]));
}

export function showClaim(claim: Claim, response: Extraction): string {
  const args = Object.entries(readableArguments(claim, response)).map(([role, name]) => `${role}: ${name}`);
  const parts = [
    `"${claim.text}"`,
    `speaker ${claim.speaker?.name ?? 'null'}`,
    `cue ${claim.cue ?? 'null'}`,
    `subject ${claim.subject?.name ?? 'null'}`,
    claim.kind,
    ...(args.length > 0 ? [`{${args.join('; ')}}`] : []),
  ];
  return `[${parts.join(' | ')}]`;
}

export function showClaims(response: Extraction): string {
  return `claims: ${list(response.claims.map((c) => showClaim(c, response)))}`;
}

export function showEntities(response: Extraction): string {
  const shown = response.entities.map((e) => {
    const aliases = e.aliases.length > 0 ? `, aliases ${e.aliases.join('/')}` : '';
    const rule = e.explain ? ` by ${e.explain.typedBy}` : '';
    return `${e.name} (${e.type}${rule}${aliases})`;
  });
  return `entities: ${list(shown)}`;
}

type Figure = { text: string; qualifier: string; min?: number; max?: number };

function bounds(figure: Figure): string {
  return figure.min !== undefined || figure.max !== undefined ? ` ${figure.min ?? '?'}..${figure.max ?? '?'}` : '';
}

export function showMoney(response: Extraction): string {
  return `money: ${list(response.money.map((m) => `"${m.text}" ${m.amount} ${m.currency} ${m.qualifier}${bounds(m)}`))}`;
}

export function showPercentages(response: Extraction): string {
  return `percentages: ${list(response.percentages.map((p) => `"${p.text}" ${p.value} ${p.qualifier}${bounds(p)}`))}`;
}

export function showDates(response: Extraction): string {
  return `dates: ${list(response.dates.map((d) => `"${d.text}" ${d.value} ${d.granularity}`))}`;
}

export function showQuotes(response: Extraction): string {
  return `quotes: ${list(response.quotes.map((q) => `"${q.text}" by ${q.speaker?.name ?? 'null'}`))}`;
}
