import t from 'tap';
import { coreKey, formKey } from '../../../src/nlp/kb/keys.js';
import { entryWithId, KB_SIZE, knownAs, lookup } from '../../../src/nlp/kb/kb.js';

t.test('keys: case, accents, curly apostrophes, a leading "the" and a legal form do not count', async (t) => {
  t.equal(formKey('  The  Walt Disney Company '), 'walt disney company');
  t.equal(formKey('Zürich'), 'zurich');
  t.equal(formKey('Sainsbury’s'), "sainsbury's");
  t.equal(coreKey('Best Buy Co., Inc.'), 'best buy');
  t.equal(coreKey('Microsoft Corporation'), 'microsoft');
  t.equal(coreKey('Robert Bosch GmbH'), 'robert bosch');
  t.equal(coreKey('Inc'), 'inc', 'nothing left: the text itself');
});

t.test('lookup: the entries a form names, with their ids', async (t) => {
  t.ok(KB_SIZE > 10_000);
  const gb = lookup('Britain').map((m) => m.entry);
  t.same(gb.map((e) => e.ids.iso3166), ['GB'], 'the lexicon entry joined the country');
  t.equal(lookup('UK')[0]!.entry, gb[0], 'UK is the same entry');
  t.equal(gb[0]!.name, 'United Kingdom');
  t.match(lookup('Microsoft Corp.')[0]!.entry.ids, { ticker: 'NASDAQ:MSFT', cik: '0000789019' });
  t.same(lookup('Hollywood').map((m) => m.entry.region), ['US-CA', 'US-FL'], 'most prominent first');
  t.equal(lookup('Frankfurt')[0]!.entry.ids.geonames, '2925533', 'Frankfurt am Main by its first word');
  t.equal(lookup('New York').find((m) => m.entry.ids.geonames)?.entry.name, 'New York City');
  t.same(lookup('no such name anywhere'), []);
});

t.test('a one-word name of a listed company no index holds is weak', async (t) => {
  const [kingsway] = lookup('Kingsway').filter((m) => m.entry.type === 'organization');
  t.ok(kingsway?.weak, 'Kingsway alone does not link');
  t.equal(entryWithId('ticker', 'NYSE:KWY'), kingsway?.entry);
  t.notOk(lookup('Spotify')[0]!.weak, 'the lexicon knows Spotify: strong');
});

t.test('every entry has one kb id of its own and its name among its forms', async (t) => {
  const seen = new Set<string>();
  for (const form of ['Paris', 'Portland', 'Apple', 'Texas', 'Germany', 'GPT-4o']) {
    for (const { entry } of lookup(form)) {
      t.equal(entry.forms[0], entry.name);
      t.equal(entryWithId('kb', entry.ids.kb!), entry);
      seen.add(entry.ids.kb!);
    }
  }
  t.ok(seen.size >= 6);
});

t.test('knownAs: the types a name is known as and its prominence, a feature for a tagger', async (t) => {
  t.same(knownAs('Orange'), { types: ['organization', 'place'], weight: 0.8 });
  t.same(knownAs('Germany'), { types: ['place'], weight: 1 });
  t.same(knownAs('Zephyrine Quillfeather'), { types: [], weight: 0 });
});
