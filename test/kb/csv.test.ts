import t from 'tap';
import { parseCsv, parseTsv } from '../../scripts/kb/csv.js';

t.test('CSV: quoted fields, doubled quotes, CRLF, blank lines', async (t) => {
  t.same(parseCsv('name,note\r\n"Zorb, Inc.","a ""quoted"" word"\r\n\r\nQuonk,plain\r\n'), [
    { name: 'Zorb, Inc.', note: 'a "quoted" word' },
    { name: 'Quonk', note: 'plain' },
  ]);
});

t.test('TSV: tabs only, a missing field empty, blank lines skipped', async (t) => {
  t.same(parseTsv('topic\tdisplay_name\tshort_description\nzorb\tZorb\tZorb is a "toolkit", of sorts.\n\nquonk\tQuonk\n'), [
    { topic: 'zorb', display_name: 'Zorb', short_description: 'Zorb is a "toolkit", of sorts.' },
    { topic: 'quonk', display_name: 'Quonk', short_description: '' },
  ]);
});
