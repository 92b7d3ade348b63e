import { z } from 'zod';

// The file format of the attribution models trained by scripts/train/logistic.ts (the reporting-cue detector, the
// source linker): a description, what it was trained on, the feature version it was trained with, and its weights as
// "feature<TAB>weight" lines.

/**
 * The weights of a model file, as [feature, weight] pairs in the file's order; a file of another feature version, or a
 * line that is no "feature<TAB>weight", is refused with the file's name.
 */
export function logisticWeights(file: unknown, fileName: string, featuresVersion: number): [string, number][] {
  const model = z
    .strictObject({
      description: z.string(),
      trainedOn: z.string(),
      featuresVersion: z.literal(featuresVersion),
      epochs: z.number().int().positive(),
      /** Checked line by line as they are read: a pattern over the whole would cost more than reading it. */
      weights: z.string().min(1),
    })
    .parse(file);
  return model.weights.split('\n').map((line) => {
    const tab = line.indexOf('\t');
    const weight = Number(line.slice(tab + 1));
    if (tab < 1 || !Number.isFinite(weight)) throw new Error(`${fileName}: not a "feature<TAB>weight" line: ${line}`);
    return [line.slice(0, tab), weight];
  });
}
