/**
 * The keys names are looked up by in the knowledge base, the same when it is built (scripts/kb) and when an article's
 * entities are linked: case, accents, curly apostrophes, spacing and a leading "the" do not count (`formKey`), and
 * neither does a company's legal form (`coreKey`: "Microsoft Corporation" and "Microsoft Corp." are "microsoft").
 */
export function formKey(text: string): string {
  // most names are printable ASCII with single spaces: lower case and a leading "the" are all there is to do
  if (PLAIN.test(text)) {
    const lower = text.toLowerCase();
    return lower.startsWith('the ') ? lower.slice(4) : lower;
  }
  // accents are folded only where there are any, normalising being the costly step
  const folded = ASCII.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return folded
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

const ASCII = /^[\x20-\x7e]*$/;
/** Printable ASCII but the backtick, words one space apart, no space at either end. */
const PLAIN = /^[!-_a-~]+(?: [!-_a-~]+)*$/;
const LEGAL_FORM = /(?:,?\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|l\.p|lp|s\.a|sa|n\.v|nv|se|ag|gmbh|s\.p\.a|spa|ab|asa|oyj|kk|k\.k))\.?$/;

/** `formKey` less the legal forms it ends with ("Best Buy Co., Inc." is "best buy"); the text's key when nothing is left. */
export function coreKey(text: string): string {
  return coreOfKey(formKey(text));
}

/** `coreKey` of a text whose `formKey` is `key`. */
export function coreOfKey(key: string): string {
  for (;;) {
    const shorter = key.replace(LEGAL_FORM, '').replace(/,$/, '').trim();
    if (shorter === key || !shorter) return key;
    key = shorter;
  }
}
