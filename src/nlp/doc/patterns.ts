/**
 * Word boundaries for patterns with the `i` and `u` flags. V8 runs `\b` under both flags many times slower than these
 * lookarounds; next to a letter or digit written in the pattern, "no word character before" and "no word character
 * after" mean exactly what `\b` means there. Regex literals write them out: `(?<!\w)` and `(?!\w)`.
 */
export const WORD_START = '(?<!\\w)';
export const WORD_END = '(?!\\w)';

/** The days of the week, capitalised as a writer spells them: one alternation for every pattern that reads a day. */
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/**
 * The text for a global pattern to scan over [start, end) with `exec`, starting at `lastIndex = start`: the text cut
 * `reach` characters past `end`, as far as a match starting before `end` can run. Offsets stay the text's. Left the
 * whole text, the scan of a stretch that holds no match runs on to the next match or the end of the text, so scanning a
 * document's sentences or paragraphs one by one would cost their number times the text's length.
 */
export function scanWindow(text: string, end: number, reach = 0): string {
  return end + reach >= text.length ? text : text.slice(0, end + reach);
}

/**
 * The matches of a global `pattern` in `text`, after a cheap test for `hint`, text that every match of the pattern
 * holds: most texts hold none, and scanning them with the full pattern costs far more.
 */
export function matchesWithHint(text: string, pattern: RegExp, hint: RegExp): Iterable<RegExpExecArray> {
  return hint.test(text) ? text.matchAll(pattern) : [];
}
