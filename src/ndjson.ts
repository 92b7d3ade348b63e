/** One line of an NDJSON body: its text, or why it could not be read. */
export type NdjsonLine = { number: number; text: string } | { number: number; error: 'too-long' | 'invalid-utf8' };

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines without ever holding more than one line (at most `maxLineBytes`) in memory:
 * a longer line is skipped up to its newline and reported as too long. Blank lines are skipped.
 */
export async function* ndjsonLines(source: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<NdjsonLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let size = 0;
  let oversized = false;
  let number = 0;

  const finishLine = (): NdjsonLine | null => {
    number++;
    const bytes = Buffer.concat(parts, size);
    const wasOversized = oversized;
    parts = [];
    size = 0;
    oversized = false;
    if (wasOversized) return { number, error: 'too-long' };
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      return { number, error: 'invalid-utf8' };
    }
    return text.trim() === '' ? null : { number, text };
  };

  const append = (piece: Buffer) => {
    if (oversized) return;
    if (size + piece.length > maxLineBytes) {
      oversized = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(piece);
    size += piece.length;
  };

  for await (const chunk of source) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let newline = buffer.indexOf(NEWLINE, from); newline >= 0; newline = buffer.indexOf(NEWLINE, from)) {
      append(buffer.subarray(from, newline));
      const line = finishLine();
      if (line) yield line;
      from = newline + 1;
    }
    if (from < buffer.length) append(buffer.subarray(from));
  }
  if (size > 0 || oversized) {
    const line = finishLine();
    if (line) yield line;
  }
}

/** Serialises items as NDJSON, one line each. */
export async function* ndjsonOf(items: AsyncIterable<unknown>): AsyncGenerator<string> {
  for await (const item of items) yield `${JSON.stringify(item)}\n`;
}
