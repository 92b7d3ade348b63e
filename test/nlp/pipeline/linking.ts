import t from 'tap';
import { createDoc } from '../../../src/nlp/doc/document.js';
import type { Entity, EntityType, Link } from '../../../src/nlp/doc/layers.js';
import { linkEntities } from '../../../src/nlp/linking/linking.js';
import { extract } from '../../../src/extraction.js';

/** Entities by hand: [type, name, ...aliases], each mentioned where its name first occurs in the text. */
function link(text: string, rows: [EntityType, string, ...string[]][]): Link[] {
  const entities: Entity[] = rows.map(([type, name, ...aliases], i) => {
    const start = text.indexOf(name);
    return { id: `e${i + 1}`, name, type, aliases, mentions: [{ start, end: start + name.length, text: name }], salience: 1 - i / 10, typedBy: 'test' };
  });
  return linkEntities(createDoc({ text }), entities);
}

t.test('one candidate of the type: linked; another type, or none: not', async (t) => {
  const [paris, hilton, france] = link('Paris Hilton flew to Paris. France was cold.', [['person', 'Paris Hilton'], ['place', 'Paris'], ['place', 'France']]);
  t.match(hilton, { entityId: 'e2', rule: 'only-candidate', ids: { geonames: '2988507' }, canonicalName: 'Paris' });
  t.match(paris, { entityId: 'e1', rule: 'not-in-kb', ids: {} });
  t.match(france, { ids: { iso3166: 'FR', wikidata: 'Q142' } });
  const [apple] = link('Apple shares fell.', [['place', 'Apple']]);
  t.match(apple, { rule: 'other-type', ids: {} });
});

t.test('several candidates: the article decides, then prominence by a margin', async (t) => {
  t.match(link('Orrery, the Portland company, has an office in Maine.', [['place', 'Portland'], ['place', 'Maine']])[0], { rule: 'context', ids: { geonames: '4975802' } });
  t.match(link('It opened an office in Portland.', [['place', 'Portland']])[0], { rule: 'prominence', ids: { geonames: '5746545' } });
  t.match(link('Its app is licensed in New York under the state\'s rules.', [['place', 'New York']])[0], { rule: 'context', ids: { iso3166: 'US-NY' } });
  t.match(link('Shares rose in New York.', [['place', 'New York']])[0], { rule: 'prominence', ids: { geonames: '5128581' } });
  t.match(link('Offices in Hong Kong.', [['place', 'Hong Kong']])[0], { rule: 'prominence', ids: { iso3166: 'HK' } }, 'a city-state is the state');
  t.match(link('Washington said so.', [['place', 'Washington']])[0], { rule: 'ambiguous', ids: {} }, 'the capital and the state: no margin');
});

t.test('a listed company\'s one-word name links only with its ticker', async (t) => {
  t.match(link('Kingsway said profits rose.', [['organization', 'Kingsway']])[0], { rule: 'short-name', ids: {} });
  t.match(link('Kingsway (NYSE: KWY) said profits rose.', [['organization', 'Kingsway']])[0], { rule: 'ticker', ids: { ticker: 'NYSE:KWY' } });
});

t.test('an unknown name is tried by an alias the name does not contain', async (t) => {
  t.match(link('Reserve Bank of India (RBI) rules.', [['organization', 'Reserve Bank of India', 'RBI']])[0], { rule: 'only-candidate', form: 'Reserve Bank of India' });
  t.match(link('Kestrel Mobile said. Kestrel', [['organization', 'Kestrel Mobile', 'Kestrel']])[0], { rule: 'not-in-kb', ids: {} }, 'not "Kestrel"');
});

t.test('entities that link to one entry are one entity', async (t) => {
  const links = link('Britain and the UK.', [['place', 'Britain'], ['place', 'UK']]);
  t.same(links.map((l) => l.sameAs), [null, 'e1']);
  t.equal(links[1]!.ids.iso3166, 'GB');
});

t.test('the response: ids on every entity, canonicalName when it differs, one entity per entry', async (t) => {
  const text = 'Microsoft Corp opened an office in Britain on Monday, a year after it opened one in the UK city of Leeds. Acme Widgets said nothing.';
  const response = extract({ text });
  const byName = new Map(response.entities.map((e) => [e.name, e]));
  t.match(byName.get('Microsoft Corp')?.ids, { ticker: 'NASDAQ:MSFT' });
  t.equal(byName.get('Microsoft Corp')?.canonicalName, 'Microsoft');
  const britain = response.entities.filter((e) => e.ids.iso3166 === 'GB');
  t.equal(britain.length, 1, 'Britain and the UK are one entity');
  t.same(britain[0]!.mentions.map((m) => m.text).sort(), ['Britain', 'UK']);
  for (const e of response.entities) {
    t.type(e.ids, 'object');
    t.ok(e.explain?.link, 'explain says how it was linked');
    if (!e.ids.kb) t.same(e.ids, {}, `${e.name}: no kb id, no ids`);
  }
});
