/** Character tests that read ASCII by its codes, as most text is, and leave the rest to the Unicode patterns. */

export const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;
export const isAsciiUpperCase = (code: number) => code >= 0x41 && code <= 0x5a;
export const isAsciiLowerCase = (code: number) => code >= 0x61 && code <= 0x7a;
export const isAsciiLetter = (code: number) => isAsciiUpperCase(code) || isAsciiLowerCase(code);
export const isAsciiLetterOrDigit = (code: number) => isAsciiDigit(code) || isAsciiLetter(code);
export const asciiLowerCase = (code: number) => (isAsciiUpperCase(code) ? code + 0x20 : code);

const SPACE = /\s/u;

/** Whether the unit at `i` is white space as `\s` means it (no white space is outside the basic plane). */
export function isSpace(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : SPACE.test(text[i]!);
}

const isAsciiDigitAt = (text: string, i: number) => isAsciiDigit(text.charCodeAt(i));

/** The last comma at or before `at` that separates words, not the groups of a number ("28,000"); -1 when none. */
export function lastSeparatingComma(text: string, at: number): number {
  let i = text.lastIndexOf(',', at);
  while (i > 0 && isAsciiDigitAt(text, i - 1) && isAsciiDigitAt(text, i + 1)) i = text.lastIndexOf(',', i - 1);
  return i;
}

/**
 * The comma that closes an aside or a phrase, inside the closing quotation mark American style puts after it
 * ('Nexon, whose hits include "MapleStory," said'), as a pattern's source.
 */
export const CLOSING_COMMA = ',["”’]?';
const CLOSING_COMMA_AT_END = new RegExp(`${CLOSING_COMMA}$`, 'u');

/** Where the closing comma that ends text[0, end) stands (inside a closing quotation mark or not); -1 when none. */
export function closingCommaBefore(text: string, end: number): number {
  const found = CLOSING_COMMA_AT_END.exec(text.slice(Math.max(0, end - CLOSING_COMMA_LENGTH), end));
  return found ? end - found[0].length : -1;
}
const CLOSING_COMMA_LENGTH = 2;
