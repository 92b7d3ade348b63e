/**
 * Deterministic news-like articles of a given length, for benchmarks: reported speech, quotes, money,
 * percentages and dates in proportions like those of real tech news. Written for this project.
 */

import { seededRandom } from '../src/nlp/seeded-random.js';

const companies = ['Acme Robotics', 'Northwind AI', 'Globex', 'Initech', 'Umbrella Networks', 'Hooli', 'Vandelay Chips', 'Stark Cloud', 'Wayne Devices', 'Tyrell Systems'];
const people = ['Dana Whitfield', 'Priya Raman', 'Marcus Obi', 'Elena Petrova', 'Tomás Reyes', 'Aiko Tanaka', 'Grace Mbeki', 'Liam Byrne'];
const roles = ['chief executive', 'chief financial officer', 'an analyst at Bernstein', 'head of research', 'the company\u2019s president'];
const places = ['San Francisco', 'London', 'Berlin', 'Singapore', 'Toronto', 'Bangalore'];
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const months = ['January', 'March', 'May', 'July', 'September', 'November'];

type Random = () => number;


const templates: ((r: Random, pick: <T>(items: T[]) => T) => string)[] = [
  (r, pick) => `${pick(companies)} said on ${pick(weekdays)} that it had raised $${1 + Math.floor(r() * 900)} million in a funding round led by ${pick(companies)}.`,
  (r, pick) => `Revenue rose ${(r() * 40).toFixed(1)}% to \u00a3${(r() * 9 + 1).toFixed(1)}bn in the quarter, ${pick(people)}, ${pick(roles)}, told reporters.`,
  (_r, pick) => `\u201cWe are investing heavily in infrastructure because our customers keep asking for more,\u201d ${pick(people)} said.`,
  (r, pick) => `Shares of ${pick(companies)} fell almost ${Math.floor(r() * 20) + 1}% in early trading in ${pick(places)} after the announcement.`,
  (r, pick) => `The company expects to spend more than $${Math.floor(r() * 50) + 1} billion on data centres in ${2025 + Math.floor(r() * 3)}, according to ${pick(people)}.`,
  (_r, pick) => `${pick(companies)}, which is based in ${pick(places)}, plans to hire hundreds of engineers over the next two years.`,
  (r, pick) => `In ${pick(months)} ${2019 + Math.floor(r() * 6)}, the firm agreed to buy ${pick(companies)} for about \u20ac${Math.floor(r() * 800) + 50} million.`,
  (_r, pick) => `Analysts said the move could put pressure on rivals such as ${pick(companies)} and ${pick(companies)}, which have been slower to respond.`,
  (_r, pick) => `${pick(people)} added that the market for such chips was still growing quickly, but that supply remained tight.`,
  () => 'Regulators have not yet said whether they will review the deal, and neither company would comment on the timing.',
];

/** An article of about `words` words, in paragraphs of three to five sentences. */
export function generateArticle(words: number, seed = 1): string {
  const random = seededRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const paragraphs: string[] = [];
  let sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const sentence = pick(templates)(random, pick);
    sentences.push(sentence);
    count += sentence.split(/\s+/).length;
    if (sentences.length >= 3 + Math.floor(random() * 3)) {
      paragraphs.push(sentences.join(' '));
      sentences = [];
    }
  }
  if (sentences.length) paragraphs.push(sentences.join(' '));
  return paragraphs.join('\n\n');
}
