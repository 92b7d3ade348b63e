import { TAG_NAMES } from './labels.js';
import { byKind, TRANSITION_SIDE, type Model } from './model.js';

/**
 * The weights file: a text file, one line per feature and offset, features in code-unit order, so that the same model
 * always gives the same bytes. Weights are stored as integer multiples of a step; rows whose every weight rounds to
 * zero are left out, and so are features left with no row.
 *
 *     ner-tagger 1
 *     tags O B-person I-person ...
 *     step 0.01
 *     transitions 12 -40 ...            (previous × next, the sentence edge last)
 *     l=apple<TAB>-1<TAB>5:130 8:-44    (feature, offset, tag:weight for the tags whose weight is not zero)
 */
const FORMAT = 'ner-tagger 1';

export function writeWeights(model: Model, step: number): string {
  const quantised = (weight: number) => Math.round(weight / step);
  const ids = [...model.features].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = [FORMAT, `tags ${TAG_NAMES.join(' ')}`, `step ${step}`, `transitions ${Array.from(model.transitions, quantised).join(' ')}`];
  for (const [feature, id] of ids) {
    for (let row = model.firstRow[id]!; row < model.firstRow[id + 1]!; row++) {
      const cells: string[] = [];
      for (let cell = model.firstCell[row]!; cell < model.firstCell[row + 1]!; cell++) {
        const weight = quantised(model.cellWeight[cell]!);
        if (weight !== 0) cells.push(`${model.cellTag[cell]}:${weight}`);
      }
      if (cells.length) lines.push(`${escape(feature)}\t${model.rowOffset[row]}\t${cells.join(' ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The weights file as the service imports it: a JSON array of the lines of `writeWeights` (a module import, read once
 * per process, no file read at request time), one line of the array per line of the text, so that changes diff line
 * by line.
 */
export function writeWeightsJson(model: Model, step: number): string {
  const lines = writeWeights(model, step).slice(0, -1).split('\n');
  return `[\n${lines.map((line) => JSON.stringify(line)).join(',\n')}\n]\n`;
}

/** A model from the lines of its weights file (`writeWeightsJson`). */
export function readWeightLines(lines: readonly string[]): Model {
  return readWeights(`${lines.join('\n')}\n`);
}

export function readWeights(file: string): Model {
  const lines = file.split('\n', 4);
  if (lines[0] !== FORMAT) throw new Error(`not a weights file of format "${FORMAT}"`);
  if (lines[1] !== `tags ${TAG_NAMES.join(' ')}`) throw new Error('the weights file was trained for other tags');
  const step = Number(valueOf(lines[2]!, 'step'));
  const transitions = Float32Array.from(valueOf(lines[3]!, 'transitions').split(' '), (cell) => Number(cell) * step);
  if (transitions.length !== TRANSITION_SIDE * TRANSITION_SIDE) throw new Error('the weights file has a malformed transition table');
  const body = lines.reduce((offset, line) => offset + line.length + 1, 0);
  // Read by hand, character by character: splitting 150,000 lines into cells and numbers takes several times longer.
  let rowCount = 0;
  for (let at = file.indexOf('\n', body); at >= 0; at = file.indexOf('\n', at + 1)) rowCount++;
  const features = new Map<string, number>();
  const firstRow: number[] = [];
  const rowOffset = new Int8Array(rowCount);
  const firstCell = new Int32Array(rowCount + 1);
  const cellTag: number[] = [];
  const cellWeight: number[] = [];
  let at = body;
  /** The integer written at `at` (digits, maybe a minus); `at` moves past it. */
  const readInteger = () => {
    const negative = file.charCodeAt(at) === MINUS;
    if (negative) at++;
    let value = 0;
    for (let code = file.charCodeAt(at); code >= ZERO && code <= ZERO + 9; code = file.charCodeAt(++at)) value = value * 10 + code - ZERO;
    return negative ? -value : value;
  };
  let feature = '';
  for (let row = 0; row < rowCount; row++) {
    // Lines come feature by feature, so a feature's rows are consecutive and its name is read once.
    if (!(row > 0 && file.startsWith(feature, at) && file.charCodeAt(at + feature.length) === TAB)) {
      feature = file.slice(at, file.indexOf('\t', at));
      features.set(unescape(feature), features.size);
      firstRow.push(row);
    }
    at += feature.length + 1;
    rowOffset[row] = readInteger();
    firstCell[row] = cellTag.length;
    while (file.charCodeAt(at) !== NEWLINE) {
      at++;
      cellTag.push(readInteger());
      at++;
      cellWeight.push(readInteger() * step);
    }
    at++;
  }
  firstRow.push(rowCount);
  firstCell[rowCount] = cellTag.length;
  return {
    features,
    featuresByKind: byKind(features),
    firstRow: Int32Array.from(firstRow),
    rowOffset,
    firstCell,
    cellTag: Uint8Array.from(cellTag),
    cellWeight: Float32Array.from(cellWeight),
    transitions,
  };
}

const NEWLINE = 10;
const TAB = 9;
const MINUS = 45;
const ZERO = 48;

function valueOf(line: string, key: string): string {
  if (!line.startsWith(`${key} `)) throw new Error(`the weights file has no "${key}" line`);
  return line.slice(key.length + 1);
}

/** Features are words as written, so the few characters the format uses are written as escapes. */
const escape = (feature: string) => feature.replace(/[\\\t\n\r]/gu, (char) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[char]!);
const unescape = (written: string) => (!written.includes('\\') ? written : written.replace(/\\([\\tnr])/gu, (_, char: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[char]!));
