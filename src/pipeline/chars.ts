/** Character tests that read ASCII by its codes, as most text is, and leave the rest to the Unicode patterns. */

export const isAsciiLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
export const isAsciiLetterOrDigit = (code: number) => (code >= 0x30 && code <= 0x39) || isAsciiLetter(code);
export const asciiLowerCase = (code: number) => (code >= 0x41 && code <= 0x5a ? code + 0x20 : code);

const SPACE = /\s/u;

/** Whether the unit at `i` is white space as `\s` means it (no white space is outside the basic plane). */
export function isSpace(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : SPACE.test(text[i]!);
}

const isAsciiDigitAt = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  return code >= 0x30 && code <= 0x39;
};

/** The last comma at or before `at` that separates words, not the groups of a number ("28,000"); -1 when none. */
export function lastSeparatingComma(text: string, at: number): number {
  let i = text.lastIndexOf(',', at);
  while (i > 0 && isAsciiDigitAt(text, i - 1) && isAsciiDigitAt(text, i + 1)) i = text.lastIndexOf(',', i - 1);
  return i;
}
