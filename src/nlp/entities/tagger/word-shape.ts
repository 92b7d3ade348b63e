import { isAsciiDigit, isAsciiLowerCase, isAsciiUpperCase } from '../../doc/chars.js';

/**
 * What a word looks like, without what it says: each upper-case letter X, lower-case x, digit d, other characters
 * as they are, runs of one class written once ("McDonald" → "XxXx", "U.S." → "X.X.", "1996-08-22" → "d-d-d").
 */
export function wordShape(word: string): string {
  let shape = '';
  let previous = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let kind: string;
    if (code < 0x80) kind = isAsciiUpperCase(code) ? 'X' : isAsciiLowerCase(code) ? 'x' : isAsciiDigit(code) ? 'd' : word[i]!;
    else {
      const char = String.fromCodePoint(word.codePointAt(i)!);
      i += char.length - 1;
      kind = /\p{Lu}/u.test(char) ? 'X' : /\p{Ll}/u.test(char) ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
    }
    if (kind !== previous || (kind !== 'X' && kind !== 'x' && kind !== 'd')) shape += kind;
    previous = kind;
  }
  return shape;
}

/** Whether the word starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 0x80 ? isAsciiUpperCase(code) : /^\p{Lu}/u.test(word);
}
