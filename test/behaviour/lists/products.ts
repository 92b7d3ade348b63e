/** Products a reader knows by name. */
export const KNOWN_PRODUCTS: readonly string[] = [
  'iPhone', 'ChatGPT', 'Windows 11', 'Xbox', 'PlayStation 5', 'Pixel 9', 'Galaxy S24', 'Copilot', 'WhatsApp', 'Kindle', 'AirPods',
];

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
