import type { Extraction } from '../../../src/extraction.js';
import type { ClaimKind } from '../../../schemas/extract.js';
import type { Expectation } from '../capability.js';
import { namesById, readableArguments, showClaim, showClaims } from '../views.js';

type Claim = Extraction['claims'][number];

/** What a reported claim must carry: its text exactly, its speaker's name (`null`: unnamed), and a word its cue contains. */
export interface ReportedClaim {
  readonly text: string;
  readonly speaker: string | null;
  readonly cue?: string;
}

const speakerName = (claim: Claim) => claim.speaker?.name ?? null;

function describe(expected: ReportedClaim): string {
  const cue = expected.cue ? `, cue with "${expected.cue}"` : '';
  return `a claim "${expected.text}" by ${expected.speaker ?? 'no named speaker (null)'}${cue}`;
}

function meets(claim: Claim, expected: ReportedClaim): boolean {
  return speakerName(claim) === expected.speaker && (expected.cue === undefined || (claim.cue ?? '').toLowerCase().includes(expected.cue));
}

/** A claim whose text is exactly the asserted clause, attributed to the expected speaker with the expected cue. */
export function reportedClaim(expected: ReportedClaim): Expectation {
  return {
    expected: describe(expected),
    check: (response) => {
      const withText = response.claims.filter((c) => c.text === expected.text);
      if (withText.length === 0) return `no claim "${expected.text}"; ${showClaims(response)}`;
      if (withText.some((c) => meets(c, expected))) return null;
      return withText.map((c) => showClaim(c, response)).join(', ');
    },
  };
}

const sameName = (a: string, b: string) => a.toLowerCase().replace(/^the /, '') === b.toLowerCase().replace(/^the /, '');

/** No claim's speaker or subject is any of these names (a dateline's place, an outlet the source spoke to). */
export function noClaimSpeakerOrSubject(names: readonly string[]): Expectation {
  return {
    expected: `no claim's speaker or subject is ${names.join(' or ')}`,
    check: (response) => {
      const wrong = response.claims.filter((c) =>
        names.some((name) => (c.speaker && sameName(c.speaker.name, name)) || (c.subject && sameName(c.subject.name, name))),
      );
      return wrong.length === 0 ? null : wrong.map((c) => showClaim(c, response)).join(', ');
    },
  };
}

/** The claim with this text lists the date written `dateText` among its dates. */
export function claimDated(text: string, dateText: string): Expectation {
  return {
    expected: `the claim "${text}" lists the date "${dateText}"`,
    check: (response) => {
      const claim = response.claims.find((c) => c.text === text);
      if (!claim) return `no claim "${text}"; ${showClaims(response)}`;
      const names = namesById(response);
      const dates = claim.dates.map((id) => names.get(id) ?? id);
      return dates.some((d) => d.includes(dateText)) ? null : `its dates: ${dates.join(', ') || 'none'}`;
    },
  };
}

/** What a claim of a kind must carry: its kind, the roles named (each by its entity's name or figure's text), and words its text contains. */
export interface KindedClaim {
  readonly kind: ClaimKind;
  readonly containing: string;
  readonly roles: Readonly<Record<string, string>>;
}

/** A claim of this kind whose text holds `containing` and whose arguments fill at least the given roles as given. */
export function claimOfKind(expected: KindedClaim): Expectation {
  const roles = Object.entries(expected.roles);
  return {
    expected: `a ${expected.kind} claim holding "${expected.containing}" with ${roles.map(([role, name]) => `${role}: ${name}`).join('; ')}`,
    check: (response) => {
      const holding = response.claims.filter((c) => c.text.includes(expected.containing));
      if (holding.length === 0) return `no claim holds "${expected.containing}"; ${showClaims(response)}`;
      const fits = holding.some((claim) => {
        const args = readableArguments(claim, response);
        return claim.kind === expected.kind && roles.every(([role, name]) => args[role] === name);
      });
      return fits ? null : holding.map((c) => showClaim(c, response)).join(', ');
    },
  };
}

/** A claim holding `containing`, of this modality. */
export function claimModality(containing: string, modality: Claim['modality']): Expectation {
  return {
    expected: `a ${modality} claim holding "${containing}"`,
    check: (response) => {
      const holding = response.claims.filter((c) => c.text.includes(containing));
      if (holding.some((c) => c.modality === modality)) return null;
      return holding.length === 0 ? `no claim holds "${containing}"; ${showClaims(response)}` : holding.map((c) => `${showClaim(c, response)} ${c.modality}`).join(', ');
    },
  };
}
