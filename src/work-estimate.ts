/**
 * What an article will cost a worker, in milliseconds, before it runs: the bench's single-thread prose figures (about
 * 3 ms plus 9 ms per 1,000 characters: 62 ms for 1,000 words, 539 ms for 10,000), scaled by how long the pool's
 * recent articles actually took against that model. The scale follows the machine: on a host busy with other work
 * every article takes longer, and admission then turns work away sooner. After the input guard no accepted shape
 * costs more than about 2.5 times prose per character (bench, "Adversarial inputs"), and some shapes much less (shapeFactor).
 */
export const BASE_MS = 3;
export const MS_PER_CHAR = 0.009;

/**
 * Admission plans for articles to take this many times their estimate: actual times spread around the mean the scale
 * tracks (a garbage collection, a neighbour on the host), and an article admitted with no time to spare would
 * otherwise run into its deadline as often as not.
 */
export const PLANNING_HEADROOM = 1.2;

/** How far one observation moves the scale (an exponentially weighted mean), and the scale's bounds. */
const WEIGHT = 0.1;
const MIN_SCALE = 0.25;
const MAX_SCALE = 8;

/**
 * How much of prose's cost per character a text's shape costs, from its tokens: text with few whitespace-separated
 * tokens for its length (one long run of letters, punctuation or surrogates) costs a fraction of prose, which has a
 * token every six characters or so (bench, "Adversarial inputs": 0.05 to 0.5). Never below a quarter, never above one.
 */
export function shapeFactor(text: string): number {
  let tokens = 0;
  let inToken = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000;
    if (!space && !inToken) tokens++;
    inToken = !space;
  }
  return Math.min(1, Math.max(0.25, (6 * tokens) / Math.max(1, text.length)));
}

export class WorkEstimate {
  /** Weighted means of what articles took and of what the model said, in ms: their ratio is the scale. */
  private took = 100;
  private modelled = 100;

  /** Milliseconds an article of `chars` characters is expected to take (times its shape factor, when known). */
  ms(chars: number, shape = 1): number {
    return (BASE_MS + chars * MS_PER_CHAR * shape) * this.currentScale;
  }

  /** Records what an article took. Long articles weigh more than short ones, as they should. */
  observe(chars: number, shape: number, tookMs: number): void {
    this.took = this.took * (1 - WEIGHT) + tookMs * WEIGHT;
    this.modelled = this.modelled * (1 - WEIGHT) + (BASE_MS + chars * MS_PER_CHAR * shape) * WEIGHT;
  }

  get currentScale(): number {
    return Math.min(MAX_SCALE, Math.max(MIN_SCALE, this.took / this.modelled));
  }
}
