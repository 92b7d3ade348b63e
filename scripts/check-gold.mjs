#!/usr/bin/env node
// Checks the team's gold articles (test/eval/articles/team-*.json, written for the project, and test/eval/wikinews, real
// articles annotated blind) against the annotation guidelines
// (the shared GUIDELINES.md) and the extra `dates`, `claims` and entity `ids` fields (values as in schemas/extract.ts;
// ids only in the public namespaces below, `{}` for an entity that is fictional or has no id in the sources).
// It checks the format only; it never calls the API.
// Usage: node scripts/check-gold.mjs [DIR_OR_FILE...]   (default: both folders); a test runs it on every commit.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const inputs = args.length ? args : ['articles', 'wikinews'].map((folder) => path.join(here, '..', 'test', 'eval', folder));
const files = inputs.flatMap((p) => (fs.statSync(p).isDirectory()
  ? fs.readdirSync(p).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(p, f))
  : [p]));

const TYPES = new Set(['person', 'organization', 'place', 'product']);
const QUALIFIERS = new Set(['exact', 'approximate', 'lower_bound', 'upper_bound', 'range', 'vague']);
const KINDS = new Set(['funding', 'acquisition', 'investment', 'revenue', 'valuation', 'stock_move', 'layoffs',
  'product_launch', 'partnership', 'legal_regulatory', 'goal_forecast', 'statement']);
const CURRENCY = /^[A-Z]{3}$/;
const DATE_VALUE = /^\d{4}(-Q[1-4]|-W(0[1-9]|[1-4]\d|5[0-3])|-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
// public id namespaces and the shape of their ids (the knowledge base's own `kb` ids are not gold)
const ID_FORMATS = {
  wikidata: /^Q[1-9]\d*$/,
  geonames: /^[1-9]\d*$/,
  iso3166: /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/,
  ticker: /^[A-Z]+:[A-Z0-9][A-Z0-9.-]*$/,
  cik: /^\d{10}$/,
  lei: /^[A-Z0-9]{18}\d{2}$/,
};
const GOLD_KEYS = ['entities', 'money', 'percentages', 'quotes', 'attributions', 'dates', 'claims'];
// An article may leave these out (they are then not scored on it); an empty list says it has none.
const OPTIONAL_KEYS = new Set(['dates', 'claims']);

let problems = 0;
const totals = Object.fromEntries(GOLD_KEYS.map((k) => [k, 0]));
const say = (f, msg) => { problems++; console.log(`${path.basename(f)}: ${msg}`); };
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const asWord = (text, form) => new RegExp(`(?<![\\p{L}\\p{N}_])${escape(form)}(?![\\p{L}\\p{N}_])`, 'u').test(text);

// items must appear in text order; `strict` forbids two items at the same offset (money, quotes...)
function inOrder(f, text, items, key, label, strict = true) {
  let from = 0;
  for (const it of items) {
    const s = it[key];
    if (typeof s !== 'string' || !s) { say(f, `${label}: empty ${key}`); continue; }
    const at = text.indexOf(s, from);
    if (at < 0) say(f, `${label} not found ${text.includes(s) ? 'in order' : 'in text'}: ${JSON.stringify(s.slice(0, 70))}`);
    else from = at + (strict ? 1 : 0);
  }
}

for (const f of files) {
  let c;
  try { c = JSON.parse(fs.readFileSync(f, 'utf8')); } catch (e) { say(f, `not JSON: ${e.message}`); continue; }
  const id = path.basename(f, '.json');
  if (c.id !== id) say(f, `id ${c.id} does not match the file name`);
  for (const k of ['id', 'source', 'title', 'text', 'publishedAt', 'gold']) if (!(k in c)) say(f, `missing ${k}`);
  for (const k of ['publisher', 'url', 'license', 'note']) if (!(k in (c.source ?? {}))) say(f, `source.${k} missing`);
  if (c.publishedAt !== null && !/^\d{4}-\d{2}-\d{2}$/.test(c.publishedAt ?? '')) say(f, `publishedAt ${c.publishedAt} is not YYYY-MM-DD or null`);
  const text = c.text;
  if (typeof text !== 'string') { say(f, 'text is not a string'); continue; }
  if (/\n(?!\n)/.test(text.replace(/\n\n/g, ''))) say(f, 'a single line break inside a paragraph');
  if (/\n\n\n/.test(text) || text !== text.trim()) say(f, 'paragraphs must be separated by exactly one blank line, no outer whitespace');
  const words = text.split(/\s+/).filter(Boolean).length;
  // The team's own articles were written to a length; a real article is as long as it is.
  if (id.startsWith('team-') && (words < 250 || words > 600)) say(f, `${words} words (expected 250-600)`);
  const g = c.gold ?? {};
  for (const k of GOLD_KEYS) {
    if (!(k in g) && OPTIONAL_KEYS.has(k)) { g[k] = []; continue; }
    if (!Array.isArray(g[k])) { say(f, `gold.${k} is not an array`); g[k] = []; }
    totals[k] += g[k].length;
  }

  // entities: each once, every form in the text as a whole word, no possessive
  const names = new Set(); const forms = new Map();
  for (const e of g.entities) {
    if (!TYPES.has(e.type)) say(f, `entity ${e.name}: bad type ${e.type}`);
    if (!Array.isArray(e.aliases)) say(f, `entity ${e.name}: aliases is not an array`);
    if (names.has(e.name)) say(f, `entity ${e.name} listed twice`);
    // Every team article's entities carry ids; another set may leave them out (its linking is then not scored).
    if (!('ids' in e) && !id.startsWith('team-')) { /* no ids */ }
    else if (!e.ids || typeof e.ids !== 'object' || Array.isArray(e.ids)) say(f, `entity ${e.name}: ids is not an object`);
    else for (const [ns, id] of Object.entries(e.ids)) {
      if (!(ns in ID_FORMATS)) say(f, `entity ${e.name}: unknown id namespace ${ns}`);
      else if (typeof id !== 'string' || !ID_FORMATS[ns].test(id)) say(f, `entity ${e.name}: bad ${ns} id ${id}`);
    }
    names.add(e.name);
    for (const form of [e.name, ...(e.aliases ?? [])]) {
      if (forms.has(form)) say(f, `form ${form} belongs to two entities`);
      forms.set(form, e.name);
      if (!asWord(text, form)) say(f, `entity form not in text: ${form}`);
      if (/['’]s$/.test(form)) say(f, `possessive in entity form: ${form}`);
    }
  }

  inOrder(f, text, g.money, 'text', 'money');
  for (const m of g.money) {
    if (!QUALIFIERS.has(m.qualifier)) say(f, `money ${m.text}: bad qualifier ${m.qualifier}`);
    if (typeof m.amount !== 'number') say(f, `money ${m.text}: amount is not a number`);
    if (m.currency !== null && !CURRENCY.test(m.currency ?? '')) say(f, `money ${m.text}: bad currency ${m.currency}`);
    if (['range', 'vague'].includes(m.qualifier)) {
      if (typeof m.min !== 'number' || typeof m.max !== 'number' || m.min > m.max) say(f, `money ${m.text}: ${m.qualifier} needs min <= max`);
      else if (m.amount !== m.min) say(f, `money ${m.text}: amount must be min for ${m.qualifier}`);
    } else if ('min' in m || 'max' in m) say(f, `money ${m.text}: min/max only for range and vague`);
  }

  inOrder(f, text, g.percentages, 'text', 'percentage');
  for (const p of g.percentages) {
    if (!QUALIFIERS.has(p.qualifier)) say(f, `percentage ${p.text}: bad qualifier ${p.qualifier}`);
    if (typeof p.value !== 'number') say(f, `percentage ${p.text}: value is not a number`);
    if (['range', 'vague'].includes(p.qualifier) && (typeof p.min !== 'number' || typeof p.max !== 'number' || p.value !== p.min)) say(f, `percentage ${p.text}: ${p.qualifier} needs min (= value) and max`);
  }

  inOrder(f, text, g.quotes, 'text', 'quote');
  for (const q of g.quotes) {
    if (q.speaker !== null && !names.has(q.speaker)) say(f, `quote speaker is no entity name: ${q.speaker}`);
    const at = text.indexOf(q.text);
    if (at >= 0) {
      const before = text[at - 1] ?? ''; const after = text[at + q.text.length] ?? '';
      if (!`"“‘'`.includes(before) || !(`"”’'\n`.includes(after) || after === '')) say(f, `quote not delimited by quotation marks: ${JSON.stringify(q.text.slice(0, 50))}`);
    }
  }

  inOrder(f, text, g.attributions, 'content', 'attribution', false);
  for (const a of g.attributions) {
    if (!names.has(a.speaker)) say(f, `attribution speaker is no entity name: ${a.speaker}`);
    if (typeof a.cue !== 'string' || !text.includes(a.cue)) say(f, `attribution cue not in text: ${a.cue}`);
  }

  inOrder(f, text, g.dates, 'text', 'date');
  for (const d of g.dates) {
    if (d.value === null) { if (c.publishedAt !== null) say(f, `date ${d.text}: null value although publishedAt is set`); }
    else if (!DATE_VALUE.test(d.value)) say(f, `date ${d.text}: bad value ${d.value}`);
  }

  inOrder(f, text, g.claims, 'text', 'claim', false);
  for (const cl of g.claims) {
    if (!KINDS.has(cl.kind)) say(f, `claim kind ${cl.kind} unknown`);
    if (cl.speaker !== null && !names.has(cl.speaker)) say(f, `claim speaker is no entity name: ${cl.speaker}`);
  }
}

console.log(`${files.length} files, ${problems} problems`);
console.log(`totals: ${GOLD_KEYS.map((k) => `${k} ${totals[k]}`).join(', ')}`);
process.exit(problems ? 1 : 0);
