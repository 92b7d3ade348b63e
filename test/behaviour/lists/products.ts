/** Products a reader knows by name, with the company that makes them, as a sentence names them ("the iPhone", "ChatGPT"). */
export const KNOWN_PRODUCTS: readonly { readonly product: string; readonly maker: string; readonly named: string }[] = [
  ['iPhone', 'Apple', 'the iPhone'],
  ['AirPods', 'Apple', 'AirPods'],
  ['ChatGPT', 'OpenAI', 'ChatGPT'],
  ['Windows 11', 'Microsoft', 'Windows 11'],
  ['Xbox', 'Microsoft', 'the Xbox'],
  ['Copilot', 'Microsoft', 'Copilot'],
  ['PlayStation 5', 'Sony', 'the PlayStation 5'],
  ['Pixel 9', 'Google', 'the Pixel 9'],
  ['Galaxy S24', 'Samsung', 'the Galaxy S24'],
  ['Kindle', 'Amazon', 'the Kindle'],
].map(([product = '', maker = '', named = '']) => ({ product, maker, named }));

/** Models with a version number, invented for these tests. */
export const VERSIONED_MODELS: readonly string[] = [
  'Orion 2', 'Atlas 3.5', 'Nova 4', 'Quasar 3.1', 'Tundra 5', 'Helix 2.0', 'Zephyr 4', 'Sable 7', 'Marlin 2.5', 'Kodiak 3',
  'Falcon X2', 'Vega 12',
];

/** Two-word app names, invented for these tests, as "the X app" uses them. */
export const UNKNOWN_APPS: readonly string[] = [
  'Pocket Ledger', 'Tidy Fox', 'Loop Fitness', 'Green Basket', 'Quiet Hours', 'Paper Crane', 'Night Owl', 'Swift Notes',
  'River Pay', 'Open Shelf', 'Bright Lane', 'Sunday Chef',
];
