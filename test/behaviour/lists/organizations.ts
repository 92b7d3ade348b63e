/**
 * Two-word company names of the kind a start-up picks, invented for these tests so that no lexicon knows them: half
 * end in a word that says "company" (Labs, Health, Robotics), half do not (Point Nine, Cobalt Harbor).
 */
export const UNKNOWN_COMPANIES: readonly string[] = [
  'Veridian Silicon', 'Point Nine', 'Lumio Health', 'Northbeam Labs', 'Quillstone Robotics', 'Tessera Bio', 'Halcyon Grid',
  'Brightpath Analytics', 'Kestrel Dynamics', 'Arbor Metrics', 'Nimbus Freight', 'Solace Therapeutics', 'Fernway Energy',
  'Ostara Foods', 'Pillar Finance', 'Cobalt Harbor', 'Redwood Atlas', 'Blue Meridian', 'Juniper Row', 'Copper Sky',
  'Second Harbor', 'Lattice Works', 'Tidewater Systems', 'Marlow Security', 'Vantage Loop', 'Orchid Payments',
  'Sablewood Networks', 'Kinetic Harvest', 'Greyfield Motors', 'Larkspur Software',
];

/** Companies every tech reader knows. */
export const KNOWN_COMPANIES: readonly string[] = [
  'Microsoft', 'Google', 'Apple', 'Amazon', 'Meta', 'Nvidia', 'Intel', 'Samsung', 'Tencent', 'Alibaba', 'Salesforce', 'Oracle',
  'IBM', 'Spotify', 'Netflix', 'Uber', 'Airbnb', 'Siemens', 'SAP', 'Sony', 'Infosys', 'Baidu', 'OpenAI', 'Anthropic', 'Shopify',
  'Adobe', 'Qualcomm', 'AMD', 'TSMC', 'Huawei',
];

/** Venture investors that lead rounds. */
export const INVESTORS: readonly string[] = [
  'Sequoia Capital', 'Andreessen Horowitz', 'Accel', 'Index Ventures', 'Lightspeed Venture Partners', 'General Catalyst',
  'Tiger Global', 'SoftBank', 'Insight Partners', 'Balderton Capital', 'Kleiner Perkins', 'Greylock Partners',
];

/** A news outlet: its name as written after "told", and the name of its entity (without "the"). */
export interface Outlet {
  readonly written: string;
  readonly name: string;
}

function outlet(written: string): Outlet {
  return { written, name: written.replace(/^the /, '') };
}

/** News outlets, as an article names them in "told OUTLET" or a dateline. */
export const OUTLETS: readonly Outlet[] = [
  'Reuters', 'Bloomberg', 'the BBC', 'CNBC', 'the Financial Times', 'The Wall Street Journal', 'The Information', 'TechCrunch',
  'The Verge', 'Nikkei', 'the Guardian', 'The New York Times', 'Axios', 'Wired',
].map(outlet);

/** The agencies a dateline credits, as written between its parentheses. */
export const WIRE_AGENCIES: readonly string[] = ['Reuters', 'AP', 'AFP', 'Bloomberg'];

/** Regulators that fine and sue companies. */
export const REGULATORS: readonly string[] = [
  'the European Commission', 'the Federal Trade Commission', 'the Competition and Markets Authority', 'the Securities and Exchange Commission',
  'the Department of Justice',
];

/** Research and advisory firms whose analysts are quoted. */
export const RESEARCH_FIRMS: readonly string[] = ['Gartner', 'IDC', 'Forrester', 'Counterpoint Research', 'Canalys', 'Morningstar', 'Bernstein'];

/** Companies a story can quote: household names and invented start-ups alike. */
export const COMPANIES: readonly string[] = [...KNOWN_COMPANIES, ...UNKNOWN_COMPANIES];
