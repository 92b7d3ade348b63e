/**
 * What compromise parses: a copy of the article of the same length (so every offset into it is an offset into the
 * text as sent) in which no stretch compromise would treat as one sentence, and no token, is long enough to cost
 * more than linear time. Pure: text in, text out.
 *
 * Why: compromise's cost grows with the square of a sentence's length (its sentence splitter re-tests the whole
 * merged chunk at every full stop it decides is not a sentence end, and several taggers look across the sentence),
 * and its tokenizer strips a token's leading punctuation one `Array.shift()` at a time, so a token of n non-letters
 * costs n². Abbreviations ("Mr. Mr. ..."), initials ("J. J. ...") and numbers ("1. 1. ...") are full stops it
 * never splits at; a long run of lone surrogates, NULs or punctuation is one token.
 */

export interface GuardLimits {
  /** Tokens after the last `.`, `!` or `?` before a line break is put in (a run-on without sentence punctuation). */
  readonly sentenceTokens: number;
  /**
   * Tokens after the last `.`, `!` or `?` that compromise surely ends a sentence at (not after an initial, a number, a
   * short capitalised word, in an acronym or an ellipsis: "J.", "1.", "Mr.", "Inc.", "U.S.", "wait..."), before a line
   * break is put in at the latest full stop: compromise re-tests the whole run of chunks it does not end a sentence at
   * at each of them, a cost that grows with the square of the run.
   */
  readonly doubtfulTokens: number;
  /**
   * Tokens after the last line break, whatever the punctuation (full stops compromise does not split at). Here and
   * above, the pieces of a hyphenated or slashed token count one each, as compromise makes a term of each.
   */
  readonly lineTokens: number;
  /** Code units of one whitespace-free token. */
  readonly tokenUnits: number;
  /** Code units in a row that are neither letters nor numbers (nor currency signs), within one token. */
  readonly nonLetterUnits: number;
  /** Code units in a row, spaces included, with no letter, number or symbol: beyond, the stretch is blanked. */
  readonly letterlessUnits: number;
  /** Code units of text compromise parses at once, at least (pieceStarts). */
  readonly pieceUnits: number;
}

/**
 * A run of non-letters is cut at 128 units, not fewer: compromise glues a stretch without letters to the sentence
 * before it whatever the line breaks, so text that is all punctuation is one sentence however it is cut, and its cost
 * grows with the square of its token count (200,000 units: 691 ms cut every 32, 227 ms every 128), while stripping a
 * token's leading punctuation costs the square of the token's length (128 units: about 16,000 steps).
 */
export const GUARD_LIMITS: GuardLimits = { sentenceTokens: 200, doubtfulTokens: 100, lineTokens: 400, tokenUnits: 128, nonLetterUnits: 128, letterlessUnits: 256, pieceUnits: 10_000 };

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const WHITESPACE = /\s/u;
/** What compromise's tokenizer keeps as the start or end of a word: anything else is punctuation it strips. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{Sc}]/u;
/** What compromise's sentence splitter counts as content: a chunk without one is glued to its neighbours. */
const NOT_SENTENCE_CONTENT = '[^\\p{L}\\p{N}\\p{So}]';
/** The most units of punctuation a stretch without letters keeps against the word on either side. */
const ATTACHED = 8;
/** What may follow a sentence's closing punctuation before the space: closing quotes and brackets. */
const CLOSER = /[\p{Pe}\p{Pf}"']/u;

function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return WHITESPACE.test(String.fromCharCode(code));
}

function isWordCharacter(text: string, index: number, units: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code === 0x24;
  return WORD_CHARACTER.test(text.slice(index, index + units));
}

function isStop(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

/**
 * A token ending in a full stop compromise may not split at: an initial, a number, a capitalised word of up to four
 * letters or an acronym before it ("J.", "1.", "Mr.", "Inc.", "U.S."), or an ellipsis ("wait..."), closing quotes or
 * brackets after it.
 */
const DOUBTFUL_STOP = /(?:(?:^|[^\p{L}\p{N}])(?:\p{L}|\p{Lu}\p{L}{1,3}|\p{N}+)\.|\.{2,})[\p{Pe}\p{Pf}"']*$/u;

function isPieceBreak(code: number): boolean {
  return code === 0x2d || code === 0x2f || code === 0x2013 || code === 0x2014;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** 2 at a valid surrogate pair (one character), else 1. */
function unitsAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff || index + 1 >= text.length) return 1;
  return isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1;
}

/**
 * `text` with every stretch of more than `limit` code units that has no letter, number or symbol turned into spaces
 * (line breaks kept). compromise glues a chunk without such a character to its neighbours, so a long one ("... ... ",
 * ". . . ", "!? -- **") ends as one sentence of thousands of terms, and one that opens the text is re-glued and
 * re-tested at every full stop, a cost that grows with its square and, at 200,000 characters, exhausts the heap.
 * Such a stretch holds nothing the pipeline reports. The punctuation written against the words on either side (a
 * sentence's full stop, an opening quotation mark; up to ATTACHED units) is kept.
 */
function blankLetterless(text: string, limit: number): string {
  const pieces: string[] = [];
  let copied = 0;
  /** Units from `from` in direction `step` before whitespace, at most ATTACHED. */
  const attached = (from: number, step: 1 | -1) => {
    let count = 0;
    while (count < ATTACHED && !isWhitespace(text.charCodeAt(from + step * count))) count++;
    return count;
  };
  const blank = (from: number, to: number) => {
    if (to - from <= limit) return;
    // Whole characters only: a surrogate pair is kept or blanked as one.
    let first = from > 0 ? from + attached(from, 1) : from;
    if (isLowSurrogate(text.charCodeAt(first))) first++;
    let end = to < text.length ? to - attached(to - 1, -1) : to;
    if (isLowSurrogate(text.charCodeAt(end))) end++;
    if (end <= first) return;
    pieces.push(text.slice(copied, first));
    pushSpacesFor(pieces, text, first, end);
    copied = end;
  };
  // Only the stretches of more than `limit / 2` characters may be more than `limit` units long: one scan finds them all,
  // without stopping at every letter of the prose in between. Such a stretch holds no ASCII letter or digit, so a text
  // without as many units in a row that are neither (most prose) has none, which a scan without Unicode classes tells.
  const shortest = Math.floor(limit / 2) + 1;
  if (!new RegExp(`[^A-Za-z0-9]{${shortest},}`).test(text)) return text;
  for (const match of text.matchAll(new RegExp(`${NOT_SENTENCE_CONTENT}{${shortest},}`, 'gu'))) blank(match.index, match.index + match[0].length);
  if (!pieces.length) return text;
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** Spaces for the code units from `from` to `to`, but the line breaks among them, pushed onto `pieces`. */
function pushSpacesFor(pieces: string[], text: string, from: number, to: number): void {
  let start = from;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== LINE_FEED && code !== CARRIAGE_RETURN) continue;
    pieces.push(spaces(i - start), text[i]!);
    start = i + 1;
  }
  pieces.push(spaces(to - start));
}

/**
 * Spaces to slice runs from, made once when the module loads: a string of more than 128 KiB is allocated in V8's
 * large-object space, which costs a thousand times more (' '.repeat(200_000): 0.85 ms, 100,000: 0.006 ms), and a text
 * blanked whole made two (the spaces, then the text joined from them). Slices of it are not copied. Longer than
 * the longest text the service accepts by default (MAX_TEXT_CHARS, 200,000); a longer run is made when it is needed.
 */
const SPACES = ' '.repeat(262_144);

/** `count` spaces, a slice of SPACES when it is long enough. */
function spaces(count: number): string {
  return count <= SPACES.length ? SPACES.slice(0, count) : ' '.repeat(count);
}

/**
 * `text` with the code unit at each index of `replacements` replaced, built from slices: splitting the text into one
 * string per unit cost more than linear time on a text of two-byte units (200,000 lone surrogates: 7 ms at half the
 * length, 18 ms at the full, from the collector moving 200,000 strings a long array points to).
 */
function replaced(text: string, replacements: ReadonlyMap<number, string>): string {
  if (!replacements.size) return text;
  const pieces: string[] = [];
  let copied = 0;
  for (const index of [...replacements.keys()].sort((a, b) => a - b)) {
    pieces.push(text.slice(copied, index), replacements.get(index)!);
    copied = index + 1;
  }
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/**
 * The text compromise should parse: `text` with some whitespace turned into line breaks and some characters of
 * over-long tokens and of long stretches without letters turned into spaces. Same length, every other code unit
 * unchanged. Prose (sentences and paragraphs of ordinary length) comes back as it is.
 */
export function guardInput(input: string, limits: GuardLimits = GUARD_LIMITS): string {
  const text = blankLetterless(input, limits.letterlessUnits);
  /** Code unit index → its one-unit replacement, so offsets stay the same; applied once at the end. */
  const replacements = new Map<number, string>();
  const put = (index: number, replacement: string) => replacements.set(index, replacement);

  let tokensSinceStop = 0;
  /** Tokens since the last stop that is not doubtful (DOUBTFUL_STOP). */
  let tokensSinceSure = 0;
  let tokenStart = 0;
  let tokensSinceLine = 0;
  /** The latest whitespace right after a sentence's closing punctuation, and the tokens before it since the line began. */
  let stopAt = -1;
  let tokensBeforeStop = 0;
  let inToken = false;
  let tokenUnits = 0;
  let nonLetterUnits = 0;
  let tokenEndsSentence = false;

  const newLine = () => {
    tokensSinceStop = 0;
    tokensSinceSure = 0;
    tokensSinceLine = 0;
    stopAt = -1;
  };

  /** A token ends at `i` (whitespace, or a character about to become a space): a line break goes there or earlier when due. */
  const endToken = (i: number, replacement: string | null) => {
    inToken = false;
    if (tokenEndsSentence) {
      tokensSinceStop = 0;
      stopAt = i;
      tokensBeforeStop = tokensSinceLine;
      if (!DOUBTFUL_STOP.test(text.slice(tokenStart, i))) tokensSinceSure = 0;
    }
    if (tokensSinceStop >= limits.sentenceTokens) {
      put(i, '\n');
      newLine();
      return;
    }
    if (tokensSinceSure >= limits.doubtfulTokens && stopAt >= 0) {
      // A run of full stops compromise does not split at ("Mr. Mr. ...", "J. R. R. Tolkien H. G. Wells ..."): a break at the latest.
      put(stopAt, '\n');
      tokensSinceLine -= tokensBeforeStop;
      tokensSinceSure = tokensSinceLine;
      tokensSinceStop = Math.min(tokensSinceStop, tokensSinceLine);
      stopAt = -1;
    }
    if (tokensSinceLine >= limits.lineTokens) {
      if (stopAt >= 0 && tokensBeforeStop >= limits.lineTokens / 2) {
        // The latest sentence end in the second half of the line, where compromise would most likely split anyway.
        put(stopAt, '\n');
        tokensSinceLine -= tokensBeforeStop;
        tokensSinceStop = Math.min(tokensSinceStop, tokensSinceLine);
        stopAt = -1;
      } else {
        put(i, '\n');
        newLine();
        return;
      }
    }
    if (replacement !== null) put(i, replacement);
  };

  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code === LINE_FEED || code === CARRIAGE_RETURN) {
      inToken = false;
      newLine();
      i++;
      continue;
    }
    if (isWhitespace(code)) {
      if (inToken) endToken(i, null);
      i++;
      continue;
    }
    const width = unitsAt(text, i);
    if (!inToken) {
      inToken = true;
      tokenStart = i;
      tokensSinceStop++;
      tokensSinceSure++;
      tokensSinceLine++;
      tokenUnits = 0;
      nonLetterUnits = 0;
      tokenEndsSentence = false;
    }
    const word = isWordCharacter(text, i, width);
    nonLetterUnits = word ? 0 : nonLetterUnits + width;
    tokenUnits += width;
    if (tokenUnits > limits.tokenUnits || nonLetterUnits > limits.nonLetterUnits) {
      // An over-long token: this character becomes a space (both units of a pair), and a new token starts after it.
      tokenEndsSentence = false;
      endToken(i, ' ');
      if (width === 2) put(i + 1, ' ');
      i += width;
      continue;
    }
    if (tokenUnits > width && isPieceBreak(code)) {
      // compromise splits "state-of-the-art" and "a/b" into terms: each piece counts towards the line's length.
      tokensSinceStop++;
      tokensSinceSure++;
      tokensSinceLine++;
    }
    if (isStop(code)) tokenEndsSentence = true;
    else if (!(tokenEndsSentence && CLOSER.test(text[i]!))) tokenEndsSentence = false;
    i += width;
  }
  return replaced(text, replacements);
}

/** Opening quotation marks and brackets: compromise may merge a sentence holding one with the next one or two. */
const OPENER = /["\u201C\u201F\u201E\u2E42\u201A\u00AB\u2039\u2035\u2036\u2037\u301D\u301F\u300C\u300E\uFF02(\uFF08]/u;
/** What compromise's sentence splitter counts as content: a line without it is glued to the line before. */
const SENTENCE_CONTENT = /[\p{L}\p{N}\p{So}]/u;

/**
 * Where to cut the (guarded) text into pieces of at least `units` code units that compromise can parse one at a time with
 * the same terms and tags as the whole. compromise ends a sentence at every line break and merges sentences across one
 * in two cases only: a line without a letter, number or symbol is glued to the sentence before it, and a sentence with
 * an opening quotation mark or bracket may take in the next one or two. So a cut goes after a line break and the
 * spaces after it, where the line after opens with a letter, number or symbol, the line before holds one, and neither
 * the line before nor the one before that holds an opening mark. A text shorter than two pieces is not cut.
 *
 * Why: compromise keeps what it builds for each tag it adds in a parse (a match object and a view, about 1.5 KB a term
 * of "Mr. Mr. ...") until the parse ends, so one parse of 200,000 characters of "Mr. " held 70 MB at once and, in a
 * worker's 200 MiB heap, the garbage collector ran at its limit (2n / n 2.45); parsed in pieces, that is bounded by a
 * piece's size.
 */
export function pieceStarts(text: string, units: number): number[] {
  const starts = [0];
  /** Where the line before the current one starts, and the current one (after the spaces and blank lines before it). */
  let earlierLine = 0;
  let lineStart = 0;
  for (let lineEnd = text.indexOf('\n'); lineEnd >= 0 && lineEnd < text.length - units; ) {
    let next = lineEnd + 1;
    while (next < text.length && isWhitespace(text.charCodeAt(next))) next++;
    if (
      next - starts[starts.length - 1]! >= units &&
      SENTENCE_CONTENT.test(text.slice(next, next + unitsAt(text, next))) &&
      SENTENCE_CONTENT.test(text.slice(lineStart, lineEnd)) &&
      !OPENER.test(text.slice(earlierLine, lineEnd))
    ) {
      starts.push(next);
    }
    earlierLine = lineStart;
    lineStart = next;
    lineEnd = text.indexOf('\n', next);
  }
  return starts;
}
