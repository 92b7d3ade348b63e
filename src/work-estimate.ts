/**
 * What an article will cost a worker, in milliseconds, before it runs: the bench's single-thread prose figures (about
 * 3 ms plus 9 ms per 1,000 characters: 62 ms for 1,000 words, 539 ms for 10,000), scaled by how long the pool's
 * recent articles actually took against that model. The scale follows the machine: on a host busy with other work
 * every article takes longer, and admission then turns work away sooner. After the input guard no accepted shape
 * costs more than about 2.5 times prose per character (bench, "Adversarial inputs").
 */
export const BASE_MS = 3;
export const MS_PER_CHAR = 0.009;

/** How far one observation moves the scale (an exponentially weighted mean), and the scale's bounds. */
const WEIGHT = 0.1;
const MIN_SCALE = 0.25;
const MAX_SCALE = 8;

export class WorkEstimate {
  /** Weighted means of what articles took and of what the model said, in ms: their ratio is the scale. */
  private took = 100;
  private modelled = 100;

  /** Milliseconds an article of `chars` characters is expected to take. */
  ms(chars: number): number {
    return (BASE_MS + chars * MS_PER_CHAR) * this.currentScale;
  }

  /** Records what an article of `chars` characters took. Long articles weigh more than short ones, as they should. */
  observe(chars: number, tookMs: number): void {
    this.took = this.took * (1 - WEIGHT) + tookMs * WEIGHT;
    this.modelled = this.modelled * (1 - WEIGHT) + (BASE_MS + chars * MS_PER_CHAR) * WEIGHT;
  }

  get currentScale(): number {
    return Math.min(MAX_SCALE, Math.max(MIN_SCALE, this.took / this.modelled));
  }
}
