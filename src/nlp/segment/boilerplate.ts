import type { Boilerplate } from '../doc/layers.js';
import type { Span } from '../doc/spans.js';
import type { Paragraph } from '../doc/tokens.js';
import { trim } from './paragraphs.js';

// Boilerplate: promotions, teasers, share prompts, copyright lines and bylines, judged line by line.

type Reason = Boilerplate['reason'];

const SHORT_LINE = 300;
const NEWSLETTER = /\bnewsletters?\b/i;
const SIGN_UP = /\b(sign(?:ing)? up|subscribe|inbox|delivered|get it)\b/i;
/** A promotion speaks to the reader; a news sentence about newsletters does not. */
const READER_ADDRESS = /\b(?:you|your|our|here|now|today)\b|^(?:sign up|subscribe|get)\b/i;
const RELATED_HEADING =
  /^(?:you (?:might|may) also like|related(?: (?:stories|articles|coverage|content|reading|news|topics|links))?|read more(?: on this story)?|more (?:from|on|in|about) [^.!?]{1,40}|recommended(?: for you| stories| reading)?|most (?:read|popular|viewed)|also read|see also|trending(?: now| stories)?|what to read next|further reading|more stories|top stories)\s*:?$/i;
const INLINE_TEASER = /^(?:read more|read next|related|see also|also read|watch|listen)\s*[:|]\s*\S/i;
const SHARE = /^(?:share (?:this|on|via|the story)|share$|follow (?:us|@)|click here to|tweet this|email this|print this|subscribe (?:to|now|today|for)|join us on)/i;
const COPYRIGHT = /^(?:©|copyright\b|\(c\)\s*\d{4})|\ball rights reserved\b/i;
const BYLINE = /^(?:[Bb]y|[Ww]ritten by|[Ww]ords by)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*(?:,|and|&|\||[-–—])\s*[^.!?]{0,80})?$/u;
const REPORTING_CREDIT = /^\(?(?:reporting|additional reporting|editing|writing|compiled) by\b/i;
const IMAGE_CREDIT = /^(?:main |top |header |lead |featured )?(?:image|photo|picture|photograph|illustration)(?: credit)?s?\s*:/i;

function lineReason(line: string): Reason | null {
  if (line.length > SHORT_LINE) return null;
  if (NEWSLETTER.test(line) && SIGN_UP.test(line) && READER_ADDRESS.test(line)) return 'newsletter';
  if (/^sign up\b/i.test(line)) return 'newsletter';
  if (RELATED_HEADING.test(line) || INLINE_TEASER.test(line)) return 'related';
  if (SHARE.test(line)) return 'share';
  if (COPYRIGHT.test(line)) return 'copyright';
  if (BYLINE.test(line) || REPORTING_CREDIT.test(line)) return 'byline';
  if (IMAGE_CREDIT.test(line)) return 'credit';
  return null;
}

/** A teaser under a "related" heading: a headline (no closing full stop) or a summary cut off with an ellipsis. */
function looksLikeTeaser(line: string): boolean {
  if (/(?:\.\.\.|…)$/.test(line)) return true;
  return line.length <= 200 && !/[.!?]["”’)]?$/.test(line);
}

export function detectBoilerplate(text: string, paragraphs: Paragraph[]): Boilerplate[] {
  const lines: Span[] = [];
  for (const paragraph of paragraphs) {
    let from = paragraph.start;
    const body = text.slice(paragraph.start, paragraph.end);
    for (const part of body.split('\n')) {
      const span = trim(text, from, from + part.length);
      if (span.end > span.start) lines.push(span);
      from += part.length + 1;
    }
  }
  const found: Boilerplate[] = [];
  let inTeasers = false;
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    const reason = lineReason(content);
    if (reason) {
      found.push({ ...line, reason });
      inTeasers = reason === 'related' && RELATED_HEADING.test(content);
    } else if (inTeasers && looksLikeTeaser(content)) {
      found.push({ ...line, reason: 'related' });
    } else inTeasers = false;
  }
  return mergeAdjacent(text, found);
}

/** Joins consecutive boilerplate lines with the same reason into one span. */
function mergeAdjacent(text: string, spans: Boilerplate[]): Boilerplate[] {
  const merged: { start: number; end: number; reason: Reason }[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous && previous.reason === span.reason && text.slice(previous.end, span.start).trim() === '') previous.end = span.end;
    else merged.push({ ...span });
  }
  return merged;
}
