import { runComponents, type AnyComponent } from './doc/components.js';
import type { Deadline } from './doc/deadline-check.js';
import { createDoc, type DocWith, type DocumentInput } from './doc/document.js';
import type { LayerName } from './doc/layers.js';
import { quoteSpansComponent, quotesComponent } from './attribution/quotes.js';
import { personNamesComponent } from './attribution/person-names.js';
import { speakersComponent } from './attribution/speaker-index.js';
import { claimsComponent } from './claims/claims.js';
import { datesComponent } from './dates/dates.js';
import { entitiesComponent } from './entities/entities.js';
import { linkingComponent } from './linking/linking.js';
import { moneyComponent } from './figures/money.js';
import { percentagesComponent } from './figures/percentages.js';

/** The pipeline, in order: each component reads layers that earlier ones assigned (a test checks the order). */
export const PIPELINE: readonly AnyComponent[] = [
  entitiesComponent,
  linkingComponent,
  moneyComponent,
  percentagesComponent,
  datesComponent,
  quoteSpansComponent,
  personNamesComponent,
  speakersComponent,
  quotesComponent,
  claimsComponent,
];

/** A document with every layer. */
export type Analysis = DocWith<LayerName>;

/**
 * Runs every component over one parse of the text. Pure: the same input always gives the same layers. With a deadline,
 * it is checked before each component (DeadlineExceeded names the one that would have run).
 */
export function analyze(input: DocumentInput, deadline?: Deadline): Analysis {
  const doc = createDoc(input);
  return runComponents(doc, PIPELINE, deadline) as Analysis;
}
