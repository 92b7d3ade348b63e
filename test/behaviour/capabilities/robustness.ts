import type { Capability } from '../capability.js';
import { capability, pick, type Random } from '../generate.js';
import { invariantCase } from '../invariant-case.js';
import { PEOPLE } from '../lists/people.js';
import { article, articleSlots } from './articles.js';

/** Some of the spaces between words doubled, and space before and after the text. */
function withExtraSpaces(random: Random, text: string): string {
  const spaced = text.replace(/ /g, () => (random() < 0.3 ? pick(random, ['  ', '   ']) : ' '));
  return `${pick(random, [' ', '  ', '\t'])}${spaced}${pick(random, [' ', '  \n', '\n'])}`;
}

/** Straight quotation marks turned into curly ones, opening and closing, and apostrophes into ’. */
function withCurlyQuotes(text: string): string {
  let open = true;
  return text
    .replace(/"/g, () => {
      const mark = open ? '“' : '”';
      open = !open;
      return mark;
    })
    .replace(/'/g, '’');
}

const sameWhitespace = (text: string) => text.replace(/\s+/g, ' ').trim();
const straightQuotes = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

export const robustnessCapabilities: readonly Capability[] = [
  capability('robustness/extra-whitespace', 'doubled spaces, tabs, leading and trailing whitespace: the same extraction', (random) => {
    const slots = articleSlots(random, pick(random, PEOPLE));
    const text = article(random, slots);
    return invariantCase({ text, publishedAt: slots.publishedAt }, { text: withExtraSpaces(random, text), publishedAt: slots.publishedAt }, [], 'extra whitespace', {
      normalize: sameWhitespace,
    });
  }),

  capability('robustness/curly-quotes', 'curly “quotes” and ’ for straight ones: the same extraction', (random) => {
    const slots = articleSlots(random, pick(random, PEOPLE));
    const text = article(random, slots);
    return invariantCase({ text, publishedAt: slots.publishedAt }, { text: withCurlyQuotes(text), publishedAt: slots.publishedAt }, [], 'curly quotation marks', {
      normalize: straightQuotes,
    });
  }),
];
