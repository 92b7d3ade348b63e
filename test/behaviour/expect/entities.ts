import type { EntityType } from '../../../schemas/extract.js';
import type { Expectation } from '../capability.js';
import { showEntities } from '../views.js';

/** An entity named exactly `name`, of this type. */
export function entityTyped(name: string, type: EntityType): Expectation {
  return {
    expected: `entity "${name}" of type ${type}`,
    check: (response) => {
      const entity = response.entities.find((e) => e.name === name);
      return entity?.type === type ? null : showEntities(response);
    },
  };
}

/**
 * One entity for a name and its shorter form: named by the full form, the short form among its aliases, of this type,
 * and no other entity named by either form.
 */
export function mergedEntity(name: string, alias: string, type: EntityType): Expectation {
  return {
    expected: `one ${type} entity "${name}" with alias "${alias}", none other named "${alias}"`,
    check: (response) => {
      const holding = response.entities.filter((e) => [e.name, ...e.aliases].some((form) => form === name || form === alias));
      const [entity] = holding;
      const ok = holding.length === 1 && entity?.name === name && entity.type === type && entity.aliases.includes(alias);
      return ok ? null : showEntities(response);
    },
  };
}

/** No entity's name holds any of these words (a title's words are none of a name). */
export function noEntityWith(words: readonly string[]): Expectation {
  return {
    expected: `no entity holding ${words.map((word) => `"${word}"`).join(', ')}`,
    check: (response) => (response.entities.some((e) => words.some((word) => e.name.split(' ').includes(word))) ? showEntities(response) : null),
  };
}

/** No entity's name or alias ends in a possessive. */
export const noPossessiveNames: Expectation = {
  expected: "no entity name or alias with a possessive 's",
  check: (response) => {
    const possessive = /['’]s?$/;
    const wrong = response.entities.some((e) => [e.name, ...e.aliases].some((form) => possessive.test(form)));
    return wrong ? showEntities(response) : null;
  },
};
