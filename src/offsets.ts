import type { ExtractResponse, OffsetUnit } from '../schemas/extract.js';

/**
 * For each UTF-16 offset into `text` (0 to text.length), the same position in `unit`. An offset inside a surrogate
 * pair (which no span has) maps to the position before the pair.
 */
function offsetTable(text: string, unit: Exclude<OffsetUnit, 'utf16'>): Uint32Array {
  const table = new Uint32Array(text.length + 1);
  let position = 0;
  for (let index = 0; index < text.length; ) {
    const code = text.codePointAt(index)!;
    const units = code > 0xffff ? 2 : 1;
    for (let k = 0; k < units; k++) table[index + k] = position;
    position += unit === 'codepoint' ? 1 : code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    index += units;
  }
  table[text.length] = position;
  return table;
}

/**
 * The response with every span's `start`/`end` (mentions, money, percentages, dates, quotes, claims, boilerplate)
 * counted in `unit` over `text`, the text as sent. UTF-16 (the pipeline's own) is returned unchanged.
 */
export function inOffsetUnit(response: ExtractResponse, text: string, unit: OffsetUnit = 'utf16'): ExtractResponse {
  // ASCII text has the same offsets in every unit.
  if (unit === 'utf16') return response;
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return { ...response, meta: { ...response.meta, offsets: unit } };
  const table = offsetTable(text, unit);
  const at = <T extends { start: number; end: number }>(span: T): T => ({ ...span, start: table[span.start]!, end: table[span.end]! });
  return {
    ...response,
    meta: { ...response.meta, offsets: unit, boilerplate: response.meta.boilerplate.map(at) },
    entities: response.entities.map((entity) => ({ ...entity, mentions: entity.mentions.map(at) })),
    money: response.money.map(at),
    percentages: response.percentages.map(at),
    dates: response.dates.map(at),
    quotes: response.quotes.map(at),
    claims: response.claims.map(at),
  };
}
