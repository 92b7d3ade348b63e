/**
 * Adversarial shapes of text: short, valid articles built to cost more than prose of the same length. Each `make(n)`
 * gives exactly n UTF-16 code units, so a shape can be measured at n and 2n up to MAX_TEXT_CHARS. Used by the
 * bench (cost at n and 2n, peak heap) and by the input guard's table-driven test (small n).
 */

/** `unit` repeated until the text is `n` code units long (the last copy cut short). */
const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Like `repeat`, cycling through `units`. */
const cycle = (units: readonly string[], n: number) => {
  let text = '';
  for (let i = 0; text.length < n; i++) text += units[i % units.length]!;
  return text.slice(0, n);
};

const controlCharacters = Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)).filter((c) => c !== '\n' && c !== '\r');

export interface Shape {
  name: string;
  make: (n: number) => string;
}

export const PROSE: Shape = {
  name: 'prose (reference)',
  make: (n) =>
    repeat(
      'Acme Robotics said on Tuesday that it had raised $45 million in a round led by Globex, and shares rose 4% in early trading. ' +
        '"We will double the team," chief executive Dana Whitfield told Reuters. ',
      n,
    ),
};

export const ADVERSARIAL: Shape[] = [
  { name: '"J. " (initials)', make: (n) => repeat('J. ', n) },
  { name: '"1. " (numbered full stops)', make: (n) => repeat('1. ', n) },
  { name: '"Mr. " (title abbreviation)', make: (n) => repeat('Mr. ', n) },
  { name: '"Inc. " (company abbreviation)', make: (n) => repeat('Inc. ', n) },
  { name: 'mixed abbreviations', make: (n) => cycle(['Dr. ', 'St. ', 'Jan. ', 'e.g. ', 'U.S. ', 'No. ', 'Corp. ', 'vs. '], n) },
  { name: 'initials and surnames', make: (n) => cycle(['J. R. R. Tolkien ', 'H. G. Wells ', 'T. S. Eliot '], n) },
  { name: 'inline numbered list', make: (n) => cycle(['1. Acme ', '2. Globex ', '3. Initech ', '4. Hooli '], n) },
  { name: 'ellipses', make: (n) => repeat('wait... ', n) },
  { name: 'U+D800 (lone surrogates)', make: (n) => repeat('\ud800', n) },
  { name: 'NUL characters', make: (n) => repeat('\u0000', n) },
  { name: 'control characters', make: (n) => cycle(controlCharacters, n) },
  { name: 'punctuation without spaces', make: (n) => repeat('!?.,;:-()[]{}"\'*&^%', n) },
  { name: 'full stops and spaces', make: (n) => repeat('. ', n) },
  { name: 'punctuation with spaces', make: (n) => repeat('!? -- ... ** ', n) },
  { name: 'emoji without spaces', make: (n) => repeat('\u{1F600}', n) },
  { name: 'plus signs without spaces', make: (n) => repeat('+', n) },
  { name: 'apostrophes after a letter', make: (n) => 's' + repeat("'", n - 1) },
  { name: 'URLs', make: (n) => repeat('https://www.example.com/news/2025/acme-raises-45m?utm_source=feed&id=1234 ', n) },
  { name: 'e-mail addresses', make: (n) => repeat('dana.whitfield@acme-robotics.example.com ', n) },
  { name: 'one long hyphenated chain', make: (n) => repeat('state-of-the-art-', n) },
  { name: 'hyphenated words', make: (n) => repeat('well-known ', n) },
  { name: 'mixed scripts', make: (n) => repeat('Acme \u6771\u4eac \u041c\u043e\u0441\u043a\u0432\u0430 \u0627\u0644\u0642\u0627\u0647\u0631\u0629 ', n) },
  { name: 'open parentheses', make: (n) => repeat('(Acme rose. ', n) },
  { name: 'unbalanced quote marks', make: (n) => repeat('"He said \u201cno, ', n) },
  { name: 'one capitalised run', make: (n) => repeat('Acme ', n) },
  { name: '"more than" repeated', make: (n) => repeat('more than ', n) },
  { name: 'numbers and figures', make: (n) => cycle(['$1m ', '2 ', '3 ', '$4bn ', '5% '], n) },
  { name: 'short paragraphs, no quotation', make: (n) => repeat('Acme grew 5% on Monday.\n\n', n) },
  { name: 'characters without spaces or punctuation', make: (n) => repeat('x', n) },
];
