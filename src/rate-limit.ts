import { HttpProblem } from './errors.js';

/** Past this many clients remembered, the ones whose window is over are forgotten (memory stays bounded). */
const MAX_REMEMBERED = 10_000;

/**
 * A per-client budget of documents per window (RATE_LIMIT_MAX per RATE_LIMIT_WINDOW_MS): an article costs one, a
 * batch one per document, a stream one per line. What would overdraw it is refused with a 429 problem, and the whole
 * of a batch is refused if it does not fit. Fixed windows, starting at a client's first document.
 */
export class DocumentRateLimiter {
  private readonly clients = new Map<string, { used: number; resetsAt: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Charges `documents` to `client`; a 429 problem when they do not fit in what is left of its window, else null. */
  charge(client: string, documents: number): HttpProblem | null {
    const now = this.now();
    let budget = this.clients.get(client);
    if (!budget || budget.resetsAt <= now) {
      if (this.clients.size >= MAX_REMEMBERED) this.forgetExpired(now);
      budget = { used: 0, resetsAt: now + this.windowMs };
      this.clients.set(client, budget);
    }
    if (budget.used + documents > this.max) {
      const left = this.max - budget.used;
      return new HttpProblem({
        kind: 'rate-limited',
        status: 429,
        detail:
          `Rate limit of ${this.max} documents per ${this.windowMs} ms exceeded (${documents} sent, ${left} left in this window); ` +
          'retry after the number of seconds in Retry-After.',
        retryAfterSeconds: Math.max(1, Math.ceil((budget.resetsAt - now) / 1000)),
      });
    }
    budget.used += documents;
    return null;
  }

  private forgetExpired(now: number): void {
    for (const [client, budget] of this.clients) if (budget.resetsAt <= now) this.clients.delete(client);
  }
}
