import t from 'tap';
import type { Qualifier } from '../../../src/nlp/doc/layers.js';
import { createDoc, type Doc } from '../../../src/nlp/doc/document.js';

interface Extracted {
  id: string;
  text: string;
  start: number;
  end: number;
  qualifier: Qualifier;
  sentence: number;
}

export interface FigureCase<Row> {
  text: string;
  /** One row per figure, in text order; offsets are checked as the next occurrence of the row's text (its first cell). */
  expected: Row[];
}

/**
 * Table-driven checks shared by the money and percentage tests: each case's figures, as rows, equal the expected
 * rows; every span is the slice of the input at the next occurrence of its text, inside its sentence; ids run in order.
 */
export function figureTables<F extends Extracted, Row extends [string, ...unknown[]]>(
  extract: (doc: Doc) => F[],
  row: (figure: F) => Row,
  prefix: string,
) {
  return (name: string, cases: FigureCase<Row>[]) =>
    t.test(name, async (t) => {
      for (const c of cases) {
        t.test(c.text.slice(0, 70), async (t) => {
          const doc = createDoc({ text: c.text });
          const found = extract(doc);
          t.same(found.map(row), c.expected, c.text);
          let from = 0;
          for (const [i, figure] of found.entries()) {
            t.equal(c.text.slice(figure.start, figure.end), figure.text, 'text is the slice');
            const expectedText = c.expected[i]?.[0];
            if (expectedText === undefined) continue;
            const start = c.text.indexOf(expectedText, from);
            t.same([figure.start, figure.end], [start, start + expectedText.length], `offsets of ${expectedText}`);
            const sentence = doc.sentences[figure.sentence]!;
            t.ok(sentence.start <= figure.start && figure.end <= sentence.end, 'in its sentence');
            t.equal(figure.id, `${prefix}${i + 1}`);
            from = figure.end;
          }
        });
      }
    });
}
