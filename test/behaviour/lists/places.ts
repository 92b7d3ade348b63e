/** Cities a tech story is datelined from or set in. */
export const CITIES: readonly string[] = [
  'London', 'Berlin', 'Paris', 'Tokyo', 'Singapore', 'Nairobi', 'Lagos', 'Bangalore', 'São Paulo', 'Toronto', 'Stockholm',
  'Seoul', 'Austin', 'Dublin', 'Tel Aviv', 'Jakarta', 'Mexico City', 'Sydney', 'Warsaw', 'Lisbon', 'San Francisco', 'Shenzhen',
];

/** Countries and regions. */
export const COUNTRIES: readonly string[] = [
  'Germany', 'India', 'Brazil', 'Japan', 'Kenya', 'France', 'Canada', 'Indonesia', 'Nigeria', 'Poland', 'Vietnam', 'Mexico',
  'South Korea', 'Australia', 'Sweden', 'Spain',
];

/** Real towns of two words that few lexicons list, each with the region that follows it in an article. */
export const TWO_WORD_TOWNS: readonly { readonly town: string; readonly region: string }[] = [
  { town: 'Round Rock', region: 'Texas' },
  { town: 'Cedar Rapids', region: 'Iowa' },
  { town: 'Sioux Falls', region: 'South Dakota' },
  { town: 'Coral Springs', region: 'Florida' },
  { town: 'Santa Clarita', region: 'California' },
  { town: 'Castle Rock', region: 'Colorado' },
  { town: 'Grand Prairie', region: 'Texas' },
  { town: 'Fort Collins', region: 'Colorado' },
  { town: 'Ann Arbor', region: 'Michigan' },
  { town: 'Bad Homburg', region: 'Germany' },
  { town: 'Milton Keynes', region: 'England' },
  { town: 'Port Elizabeth', region: 'South Africa' },
];

/** A dateline as wire stories open: the place in capitals, its agency in parentheses, a dash. */
export interface Dateline {
  readonly written: string;
  readonly place: string;
  readonly agency: string;
}

export function dateline(city: string, agency: string): Dateline {
  return { written: `${city.toUpperCase()} (${agency}) - `, place: city.toUpperCase(), agency };
}
