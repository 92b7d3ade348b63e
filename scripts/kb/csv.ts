/** A CSV parser for the knowledge base's sources (RFC 4180: quoted fields, doubled quotes, CRLF or LF), header row first. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return records(rows);
}

/** Tab-separated values (no quoting: a field holds no tab or line break), header row first. */
export function parseTsv(text: string): Record<string, string>[] {
  return records(text.split(/\r?\n/u).map((line) => line.split('\t')));
}

/** Rows as records keyed by the header row's names; blank rows are skipped. */
function records(rows: readonly string[][]): Record<string, string>[] {
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  if (!header) return [];
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}
