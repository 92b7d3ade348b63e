import { component } from '../doc/components.js';
import type { Entity, EntityMention, EntityType, Mention } from '../doc/layers.js';
import { contentSentences, type Doc, type Sentence } from '../doc/document.js';
import { ACTS_AFTER, chunksOf, documentWords, isShouting, opensSentence } from './chunks.js';
import { fullestForm, groupMentions, typeOfGroup, type Group } from './merge.js';
import { classify, type TypedMention } from './classify.js';
import { COMMON_ACRONYMS, isCompanyEnding, looksCommon } from '../lexicon/entity-words.js';
import { withIds } from '../doc/ids.js';
import { leadingKey } from '../lexicon/lexicon.js';
import { COURTESY_TITLE, surnameAmong } from '../lexicon/titles.js';
import { POLICY, retyped, withTaggerCandidates, type CombinationPolicy } from './tagger/combine.js';
import { withoutRoles } from './roles.js';
import type { TaggerReading } from './tagger/tag.js';
import { readWithTagger } from './tagger/tagger.js';

/** The article's named entities, and their mentions in text order. */
export const entitiesComponent = component({
  name: 'entities',
  requires: [],
  assigns: ['entities', 'mentions'],
  run: (doc) => {
    const entities = extractEntities(doc);
    return { entities, mentions: mentionsOf(entities) };
  },
});

/** Every mention of the entities, with its entity, in text order. */
export function mentionsOf(entities: readonly Entity[]): EntityMention[] {
  return entities.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity }))).sort((a, b) => a.start - b.start);
}

/**
 * Named entities (people, organizations, places, products) of the article's content: the rule-based stage's
 * (ruleStage), read again by the learned tagger (tagger/), the two combined by `policy` (tagger/combine.ts).
 */
export function extractEntities(doc: Doc, policy: CombinationPolicy = POLICY): Entity[] {
  const stage = ruleStage(doc);
  const rules = stage.entities(stage.candidates);
  return combinedEntities(doc, stage, rules, readWithTagger(doc, rules), policy);
}

/** The rule-based stage's entities alone: what the tagger reads beside the words (and learned to read in training). */
export function ruleEntities(doc: Doc): Entity[] {
  const stage = ruleStage(doc);
  return stage.entities(stage.candidates);
}

/**
 * The rules' entities and the tagger's reading combined: the tagger's confident names added to the rules'
 * candidates (or, outside prose, in place of weak ones), roles taken out (roles.ts), grouped again, and weakly typed
 * entities retyped.
 */
export function combinedEntities(doc: Doc, stage: RuleStage, rules: readonly Entity[], reading: TaggerReading, policy: CombinationPolicy): Entity[] {
  const candidates = withoutRoles(doc, withTaggerCandidates(doc, stage.candidates, rules, reading, policy));
  const base = candidates === stage.candidates ? rules : stage.entities(candidates);
  const typed = retyped(doc.text, base, reading, policy);
  if (typed.length === base.length) return typed;
  return withIds('e', typed.map(({ id: _id, ...entity }) => entity));
}

/** The rule-based stage: its typed candidates, and the entities any list of candidates makes (grouped, repeats found). */
export interface RuleStage {
  readonly candidates: readonly TypedMention[];
  entities(candidates: readonly TypedMention[]): Entity[];
}

/**
 * Candidate names from capitalised runs and the lexicon, typed by their words, context and compromise's tags; their
 * entities are the candidates merged per entity, and then found again wherever the article repeats a form the
 * tagger passed over.
 */
export function ruleStage(doc: Doc): RuleStage {
  const sentences = contentSentences(doc);
  // Read once for both passes over the words: each sentence's case, each token's leading key and text.
  const shouting = sentences.map((sentence) => isShouting(doc, sentence));
  const words = documentWords(doc);
  const candidates = sentences.flatMap((sentence, i) => typedLike(doc.text, chunksOf(doc, sentence, shouting[i]!, words).flatMap((chunk) => classify(doc, chunk))));
  return {
    candidates,
    entities(list) {
      const groups = groupMentions(doc.text, list);
      findRepeats(doc, sentences, groups, shouting, words.keys);
      return toEntities(groups, doc.text.length);
    },
  };
}

/** What stands between the names of a list ("A, B and C", "A or B", "MATLAB / Octave"). */
const LIST_JOINT = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*\/\s*)$/u;

/**
 * Names listed together are of one kind: a name whose type is only a guess takes the type of a known name
 * in its list ("networks like BitTorrent, eDonkey and DirectConnect").
 */
function typedLike(text: string, candidates: readonly TypedMention[]): TypedMention[] {
  const result = [...candidates];
  let from = 0;
  for (let i = 1; i <= result.length; i++) {
    if (i < result.length && LIST_JOINT.test(text.slice(result[i - 1]!.end, result[i]!.start))) continue;
    const list = result.slice(from, i);
    const known = knownInList(list);
    const type = known[0]?.type;
    if (list.length > 1 && type && known.every((c) => c.type === type)) {
      for (let j = from; j < i; j++) if (result[j]!.strength === 0) result[j] = { ...result[j]!, type, strength: 1, rule: 'listed-with' };
    }
    from = i;
  }
  return result;
}

/**
 * The names of a list whose type is known: those typed by a list or a telling word, or else two or more typed by a
 * strong cue ("Geoffrey Hinton and Yann LeCun, Bengio"), since one such name may close a phrase the list only follows.
 */
function knownInList(list: readonly TypedMention[]): readonly TypedMention[] {
  const sure = list.filter((c) => c.strength >= 3);
  if (sure.length) return sure;
  const cued = list.filter((c) => c.strength === 2);
  return cued.length >= 2 ? cued : [];
}

/** Tags of a common word: a known name in this position is more likely the word ("Early results", "Cook the books"). */
const COMMON_WORD_TAGS = ['Adverb', 'Adjective', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Modal', 'Auxiliary'];

/** How many forms are tried at one word: the longest, when a pathological text has many names starting alike. */
const FORMS_PER_KEY = 32;

/** Adds the occurrences of each entity's forms (and a person's surname, a company's first word) that no candidate covered. */
function findRepeats(doc: Doc, sentences: readonly Sentence[], groups: Group[], shouting: readonly boolean[], keys: readonly string[]): void {
  const { text, tokens } = doc;
  const forms = new Map<string, { form: string; group: Group }[]>();
  for (const group of groups) {
    const written = new Set(group.mentions.map((m) => m.text));
    const name = fullestForm(group).split(/\s+/u);
    const type = typeOfGroup(group);
    if (type === 'person' && name.length >= 2) written.add(surnameAmong(name));
    // "Sharman" for "Sharman Networks": a company's own first word, when it is no common word ("AI" of "AI Office").
    if (type === 'organization' && !group.entry && name.length >= 2 && isCompanyEnding(name[name.length - 1]!)) {
      if (!looksCommon(name[0]!) && !COMMON_ACRONYMS.has(name[0]!.toLowerCase()) && /^\p{Lu}/u.test(name[0]!)) written.add(name[0]!);
    }
    for (const form of written) {
      if (form.length < 2) continue;
      const list = forms.get(leadingKey(form)) ?? [];
      list.push({ form, group });
      forms.set(leadingKey(form), list);
    }
  }
  for (const [key, list] of forms) forms.set(key, list.sort((a, b) => b.form.length - a.form.length).slice(0, FORMS_PER_KEY));
  const covered = groups.flatMap((group) => group.mentions).sort((a, b) => a.start - b.start);
  let c = 0;
  for (const [s, sentence] of sentences.entries()) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const token = tokens[i]!;
      while (c < covered.length && covered[c]!.end <= token.start) c++;
      if (c < covered.length && covered[c]!.start < token.end) continue;
      for (const { form, group } of forms.get(keys[i]!) ?? []) {
        const end = token.start + form.length;
        const written = text.slice(token.start, end);
        if (/[\p{L}\p{N}]/u.test(text[end] ?? '') || (c < covered.length && covered[c]!.start < end)) continue;
        if (written !== form && !(shouting[s] && form.length >= 3 && written === form.toUpperCase())) continue;
        // "Early results" is no name; "Humane said" is the company that a first mention introduced.
        const common = !form.includes(' ') && opensSentence(doc, sentence, i) && COMMON_WORD_TAGS.some((tag) => token.tags.has(tag));
        if (common && !ACTS_AFTER.test(text.slice(end, end + 24))) continue;
        group.mentions.push({ start: token.start, end, text: written });
        break;
      }
    }
  }
}

/** "Dr Tom Hadley" is Tom Hadley, as "Mr Smith" is an alias of John Smith; "Sir Tim Berners-Lee" keeps his title. */
const LEADING_COURTESY_TITLE = new RegExp(`^(?:${COURTESY_TITLE})\\.?\\s+(?=\\p{Lu}\\S*\\s+\\p{Lu})`, 'u');
const withoutCourtesyTitle = (name: string) => name.replace(LEADING_COURTESY_TITLE, '');

function toEntities(groups: readonly Group[], length: number): Entity[] {
  const scored = groups.map((group) => {
    const mentions: Mention[] = [...group.mentions].sort((a, b) => a.start - b.start);
    const type: EntityType = typeOfGroup(group);
    const name = type === 'person' ? withoutCourtesyTitle(fullestForm(group)) : fullestForm(group);
    const aliases = [...new Set(mentions.map((m) => m.text))].filter((form) => form !== name);
    const score = mentions.length + (1 - mentions[0]!.start / Math.max(1, length));
    return { name, type, aliases, mentions, score, typedBy: group.votes.get(type)!.rule };
  });
  const top = Math.max(1, ...scored.map((s) => s.score));
  const entities = scored
    .sort((a, b) => b.score - a.score)
    .map(({ name, type, aliases, mentions, score, typedBy }) => ({ name, type, aliases, mentions, salience: Math.round((score / top) * 1000) / 1000, typedBy }));
  return withIds('e', entities);
}
