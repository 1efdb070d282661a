export interface RetryPolicy {
  /** Attempts in all, the first included; after the last failed one the row is dead. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Exponential backoff with jitter: the n-th retry waits between half and all of base·2^(n−1)
 * (capped), so many rows failing together (a channel down for a burst) do not retry in lockstep.
 */
export function retryDelayMs(policy: RetryPolicy, attemptsMade: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attemptsMade - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
