import t from 'tap';
import { analyze } from '../../../src/nlp/pipeline.js';
import { reportingCues } from '../../../src/nlp/attribution/reporting-cues.js';
import { sourceCandidates, sourceFeatures } from '../../../src/nlp/attribution/source-features.js';
import { linkedSource, LEARNED_SOURCE_THRESHOLD, sourceProbabilities } from '../../../src/nlp/attribution/learned-sources.js';
import { DEFAULT_OPTIONS, trainSourceModel, type AnalysedArticle } from '../../../scripts/train/source-linker.js';

/**
 * A fixture of our own: the source opens its sentence, an aside or a clause with another name stands between it and
 * the cue ("Acme, whose rival Globex ..., said"). Each text gives its source and its cue by their words.
 */
const FIXTURE: readonly [text: string, source: string, cue: string][] = [
  ['Acme, whose rival Globex cut prices in May, said its own prices would stay.', 'Acme', 'said'],
  ['Jane Smith, who met Tom Reyes last week, said the deal was close.', 'Jane Smith', 'said'],
  ['Globex, which sued Initech in March, says the case will be heard soon.', 'Globex', 'says'],
  ['Tom Reyes, whose company Acme lost the bid, said the process was unfair.', 'Tom Reyes', 'said'],
  ['Initech, whose founder Ana Ruiz left in June, said revenue rose.', 'Initech', 'said'],
  ['Ana Ruiz, who worked with Jane Smith for years, said the plan was sound.', 'Ana Ruiz', 'said'],
];

function article([text, source, cue]: (typeof FIXTURE)[number]): AnalysedArticle {
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  return { doc: analyze({ text }), attributions: [{ source: at(source), cue: at(cue) }] };
}

t.test('the linker learns a small fixture: the name opening the sentence, not the one in the aside', async (t) => {
  const articles = FIXTURE.map(article);
  const { json, examples } = trainSourceModel(articles, 'fixture', { ...DEFAULT_OPTIONS, minCount: 1, epochs: 20 });
  t.ok(examples.cues === FIXTURE.length && examples.reachable === FIXTURE.length, `every cue found with a candidate on its source: ${examples.cues}, ${examples.reachable}`);
  const weights = new Map<string, number>(
    (JSON.parse(json) as { weights: string }).weights.split('\n').map((line) => [line.split('\t')[0]!, Number(line.split('\t')[1])]),
  );
  for (const [i, { doc }] of articles.entries()) {
    const sentence = doc.sentences[0]!;
    const cue = reportingCues(doc, sentence).find((c) => c.text === FIXTURE[i]![2])!;
    const scored = sourceCandidates(doc, sentence, cue, sentence.start).map((candidate, rank) => ({
      text: doc.text.slice(candidate.start, candidate.end),
      z: sourceFeatures(doc, sentence, cue, candidate, rank).reduce((sum, feature) => sum + (weights.get(feature) ?? 0), 0),
    }));
    const best = scored.reduce((a, b) => (b.z > a.z ? b : a));
    t.equal(best.text, FIXTURE[i]![1], `${FIXTURE[i]![0]}: ${JSON.stringify(scored)}`);
  }
  t.equal(trainSourceModel(articles, 'fixture', { ...DEFAULT_OPTIONS, minCount: 1, epochs: 20 }).json, json, 'training twice writes the same file');
});

t.test('the shipped model: probabilities in range, and a phrase only when one is likely enough', async (t) => {
  const doc = analyze({ text: 'Acme, whose rival Globex cut prices in May, said its own prices would stay.' });
  const sentence = doc.sentences[0]!;
  const cue = reportingCues(doc, sentence).find((c) => c.text === 'said')!;
  const scored = sourceProbabilities(doc, sentence, cue, sentence.start);
  t.ok(scored.length >= 2 && scored.every(({ probability }) => probability > 0 && probability < 1));
  const linked = linkedSource(doc, sentence, cue, sentence.start);
  const best = Math.max(...scored.map(({ probability }) => probability));
  t.equal(linked !== undefined, best >= LEARNED_SOURCE_THRESHOLD);
});
