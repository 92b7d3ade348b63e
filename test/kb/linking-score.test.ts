import t from 'tap';
import { agree, rates, scoreLinking, type GoldEntity, type ResponseEntity } from '../../scripts/kb/linking-score.js';

const gold = (name: string, type: string, ids: Record<string, string>, aliases: string[] = []): GoldEntity => ({ name, type, aliases, ids });
const resp = (name: string, type: string, ids: Record<string, string>, aliases: string[] = []): ResponseEntity => ({ name, type, aliases, ids });

t.test('ids agree on a namespace and contradict none; kb ids do not count', async (t) => {
  t.ok(agree({ kb: 'x', iso3166: 'GB', geonames: '1' }, { iso3166: 'GB' }));
  t.notOk(agree({ iso3166: 'GB', geonames: '1' }, { iso3166: 'GB', geonames: '2' }));
  t.notOk(agree({ kb: 'uk' }, { iso3166: 'GB' }));
  t.notOk(agree({ ticker: 'NYSE:X' }, {}));
});

t.test('precision of the ids given and recall on the gold ids the knowledge base knows, per type', async (t) => {
  const known = new Set(['iso3166:GB', 'geonames:2988507', 'ticker:NASDAQ:MSFT', 'ticker:NASDAQ:CDNS']);
  const score = scoreLinking(
    [
      {
        id: 'a',
        gold: [
          gold('Britain', 'place', { iso3166: 'GB' }, ['UK']),
          gold('Paris', 'place', { geonames: '2988507' }),
          gold('Microsoft', 'organization', { ticker: 'NASDAQ:MSFT' }),
          gold('Cadence', 'organization', {}),
          gold('Atlantis', 'place', { geonames: '99' }),
        ],
        response: [
          resp('UK', 'place', { kb: 'united-kingdom', iso3166: 'GB' }, ['Britain']),
          resp('Paris', 'place', {}),
          resp('Microsoft', 'organization', { kb: 'microsoft', ticker: 'NASDAQ:MSFT' }),
          resp('Cadence', 'organization', { kb: 'cadence', ticker: 'NASDAQ:CDNS' }),
        ],
      },
    ],
    (ns, id) => known.has(`${ns}:${id}`),
  );
  t.same(score.byType.place, { given: 1, correct: 1, known: 2, found: 1 }, 'Atlantis is not known: not in the recall');
  t.same(score.byType.organization, { given: 2, correct: 1, known: 1, found: 1 });
  t.same(rates(score.all), { precision: 2 / 3, recall: 2 / 3 });
  t.equal(score.errors.length, 1);
  t.match(score.errors[0], /Cadence/);
  t.match(score.misses[0], /Paris/);
});
