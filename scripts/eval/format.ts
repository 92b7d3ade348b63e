/** Writing figures and texts out for people. */

/** A text cut to `length` characters, an ellipsis marking the cut. */
export const shorten = (text: string, length = 60) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** A share as a percentage with one decimal ("98.2"). */
export const percent = (share: number) => (100 * share).toFixed(1);
