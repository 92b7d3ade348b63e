/**
 * Scores entity linking against gold ids (test/eval/articles: each gold entity's `ids`, `{}` for a fictional or
 * unknown one). A response entity answers for the gold entity that shares its name, else one of its forms. Per gold
 * type: precision of the public ids given (an answer is right when it agrees with the gold ids in a namespace and
 * contradicts none; ids given for a gold `{}` are wrong), and recall on the gold entities that have an id the knowledge
 * base knows (`known`). The knowledge base's own `kb` ids are not scored: no gold has them.
 */
export interface GoldEntity {
  readonly name: string;
  readonly type: string;
  readonly aliases: readonly string[];
  readonly ids: Readonly<Record<string, string>>;
}

export interface ResponseEntity {
  readonly name: string;
  readonly type: string;
  readonly aliases: readonly string[];
  readonly ids: Readonly<Record<string, string>>;
}

export interface LinkingCase {
  readonly id: string;
  readonly gold: readonly GoldEntity[];
  readonly response: readonly ResponseEntity[];
}

export interface TypeScore {
  /** Response entities with public ids that answer for a gold entity. */
  given: number;
  correct: number;
  /** Gold entities with an id the knowledge base knows. */
  known: number;
  found: number;
}

export interface LinkingScore {
  readonly byType: Record<string, TypeScore>;
  readonly all: TypeScore;
  /** What went wrong, one line each: `case: gold name: gave {...}, gold {...}`. */
  readonly errors: string[];
  readonly misses: string[];
}

const publicIds = (ids: Readonly<Record<string, string>>) => Object.entries(ids).filter(([ns]) => ns !== 'kb');

/** Whether ids agree: some namespace with the same id, none with another. */
export function agree(given: Readonly<Record<string, string>>, gold: Readonly<Record<string, string>>): boolean {
  let same = false;
  for (const [ns, id] of publicIds(given)) {
    if (gold[ns] === undefined) continue;
    if (gold[ns] !== id) return false;
    same = true;
  }
  return same;
}

/** The response entity that answers for a gold entity: the one with its name, else the first sharing one of its forms. */
export function answerFor(gold: GoldEntity, response: readonly ResponseEntity[]): ResponseEntity | undefined {
  const forms = new Set([gold.name, ...gold.aliases]);
  return response.find((r) => r.name === gold.name) ?? response.find((r) => [r.name, ...r.aliases].some((f) => forms.has(f)));
}

const empty = (): TypeScore => ({ given: 0, correct: 0, known: 0, found: 0 });

/** `isKnown(namespace, id)`: whether the knowledge base has an entry with that id. */
export function scoreLinking(cases: readonly LinkingCase[], isKnown: (namespace: string, id: string) => boolean): LinkingScore {
  const byType: Record<string, TypeScore> = {};
  const all = empty();
  const errors: string[] = [];
  const misses: string[] = [];
  for (const c of cases) {
    const answered = new Set<ResponseEntity>();
    for (const gold of c.gold) {
      const score = (byType[gold.type] ??= empty());
      const answer = answerFor(gold, c.response);
      const gave = answer && !answered.has(answer) && publicIds(answer.ids).length > 0;
      if (answer) answered.add(answer);
      const right = !!gave && agree(answer.ids, gold.ids);
      if (gave) {
        score.given++;
        all.given++;
        if (right) {
          score.correct++;
          all.correct++;
        } else errors.push(`${c.id}: ${gold.name} (${gold.type}): gave ${JSON.stringify(answer.ids)}, gold ${JSON.stringify(gold.ids)}`);
      }
      if (publicIds(gold.ids).some(([ns, id]) => isKnown(ns, id))) {
        score.known++;
        all.known++;
        if (right) {
          score.found++;
          all.found++;
        } else if (!gave) misses.push(`${c.id}: ${gold.name} (${gold.type}): ${answer ? `response ${answer.name} (${answer.type}) has ${JSON.stringify(answer.ids)}` : 'no response entity'}, gold ${JSON.stringify(gold.ids)}`);
      }
    }
  }
  return { byType, all, errors, misses };
}

/** Precision and recall of a type's score, as fractions (1 when there is nothing to score). */
export function rates(score: TypeScore): { precision: number; recall: number } {
  return { precision: score.given ? score.correct / score.given : 1, recall: score.known ? score.found / score.known : 1 };
}
