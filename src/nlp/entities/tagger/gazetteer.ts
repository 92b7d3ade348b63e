import type { Position } from './labels.js';
import type { Token } from '../../doc/document.js';
import { formsWithKey, leadingKey } from '../../lexicon/lexicon.js';

/**
 * Where the lexicon of known tech names matches the tokens, as written (case included) and ending at a token's end:
 * per token, its place in the longest match starting there and the entry's type (`B-organization`), with `~` before
 * forms that are also common words ("Apple", "Windows"), which the lexicon only trusts in some positions. Tokens
 * `from` to `to` (one sentence) are marked, in `marks` when given (one array for a whole document).
 */
export function gazetteerMarks(text: string, tokens: readonly Token[], from: number, to: number, marks = new Array<string | undefined>(tokens.length)): (string | undefined)[] {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    for (const form of formsWithKey(leadingKey(token.text))) {
      if (!text.startsWith(form.text, token.start)) continue;
      const end = token.start + form.text.length;
      let last = i;
      while (last + 1 < to && tokens[last + 1]!.end <= end) last++;
      if (tokens[last]!.end !== end) continue;
      const type = `${form.ambiguous ? '~' : ''}${form.entry.type}`;
      const position = (k: number): Position => (i === last ? 'U' : k === i ? 'B' : k === last ? 'L' : 'I');
      for (let k = i; k <= last; k++) marks[k] = `${position(k)}-${type}`;
      i = last;
      break;
    }
  }
  return marks;
}
