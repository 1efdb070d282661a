/**
 * The next-run function of docs/compatibility/overdue.md#next-run-function, modelled (like duplistatus's `GetNextBackupRunDate`) on
 * Duplicati's scheduler. Every comparison is on epoch milliseconds and every weekday test is on the
 * UTC weekday, so the result does not depend on the process time zone.
 */
import { addInterval, intervalIsAtLeastOneDay, type Interval } from './interval.ts';
import { isWeekdayAllowed } from './weekdays.ts';

/** docs/compatibility/overdue.md#next-run-function step 3 / step 5 safety cap on interval additions. */
export const MAX_NEXT_RUN_STEPS = 50_000;
/** docs/compatibility/overdue.md#next-run-function step 5: for intervals of a day or more, look at most this many following UTC days. */
const MAX_DAY_STEPS = 8;

export class NextRunNotFoundError extends Error {
  override readonly name = 'NextRunNotFoundError';
  constructor(readonly reason: string) {
    super(`No next run found: ${reason}`);
  }
}

function assertValidDate(date: Date, what: string): void {
  if (Number.isNaN(date.getTime())) throw new NextRunNotFoundError(`${what} is not a valid date`);
}

/**
 * docs/compatibility/overdue.md#next-run-function: the first instant on or after `base` (stepping by `interval`) that is strictly more than one
 * second after `lastBackup` and falls on an allowed UTC weekday.
 *
 * @throws NextRunNotFoundError when a step cap is exhausted, no allowed weekday is reachable, or a
 *   date leaves JavaScript's range.
 */
export function computeNextRun(lastBackup: Date, base: Date, interval: Interval, allowedWeekdays: readonly number[]): Date {
  assertValidDate(lastBackup, 'the last backup');
  assertValidDate(base, 'the base time');

  // Step 1: Duplicati treats anything within a second of the last run as that run.
  const threshold = lastBackup.getTime() + 1_000;

  // Step 2: base is already usable (note ≥ here, but strictly after in step 3 — as upstream).
  if (base.getTime() >= threshold && isWeekdayAllowed(allowedWeekdays, base)) return new Date(base.getTime());

  // Step 3.
  let candidate = new Date(base.getTime());
  let steps = 0;
  while (candidate.getTime() <= threshold && steps < MAX_NEXT_RUN_STEPS) {
    candidate = addInterval(candidate, interval);
    steps++;
  }
  assertValidDate(candidate, 'the stepped time');
  if (candidate.getTime() <= threshold) {
    throw new NextRunNotFoundError(
      `adding ${interval.text} ${MAX_NEXT_RUN_STEPS} times to ${base.toISOString()} does not pass ${lastBackup.toISOString()}`,
    );
  }

  // Step 4.
  if (isWeekdayAllowed(allowedWeekdays, candidate)) return candidate;

  // Step 5: long intervals move to the next allowed day keeping the time of day (Duplicati does the
  // same); short ones keep their rhythm and step by the interval.
  if (intervalIsAtLeastOneDay(interval)) {
    const from = candidate.toISOString();
    for (let day = 0; day < MAX_DAY_STEPS; day++) {
      candidate.setUTCDate(candidate.getUTCDate() + 1);
      if (isWeekdayAllowed(allowedWeekdays, candidate)) return candidate;
    }
    throw new NextRunNotFoundError(`no allowed weekday within ${MAX_DAY_STEPS} days after ${from}`);
  }
  steps = 0;
  while (!isWeekdayAllowed(allowedWeekdays, candidate) && steps < MAX_NEXT_RUN_STEPS) {
    candidate = addInterval(candidate, interval);
    steps++;
  }
  assertValidDate(candidate, 'the stepped time');
  if (!isWeekdayAllowed(allowedWeekdays, candidate)) {
    throw new NextRunNotFoundError(`no allowed weekday within ${MAX_NEXT_RUN_STEPS} steps of ${interval.text}`);
  }
  return candidate;
}
