/**
 * A cooperative deadline for the pipeline: a time past which it stops at the next check and gives up the article,
 * so a deadline costs the caller its answer but never the thread running it. Pure: the clock is passed in.
 */
export interface Deadline {
  /** When the work is no longer wanted, on `now`'s clock (milliseconds). */
  readonly expiresAt: number;
  readonly now: () => number;
}

/** Thrown by checkDeadline once the deadline has passed; `stage` names the step that would have run next. */
export class DeadlineExceeded extends Error {
  override name = 'DeadlineExceeded';
  constructor(readonly stage: string) {
    super(`The deadline passed before the ${stage} stage.`);
  }
}

/** Throws DeadlineExceeded when `deadline` has passed; does nothing without one. */
export function checkDeadline(deadline: Deadline | undefined, stage: string): void {
  if (deadline !== undefined && deadline.now() >= deadline.expiresAt) throw new DeadlineExceeded(stage);
}
