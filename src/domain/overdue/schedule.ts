/**
 * Maintaining the next expected run (`backup_jobs.next_expected_at`, duplistatus's `time`) as in
 * docs/compatibility/overdue.md#maintaining-the-next-expected-run. Callers run this when the job's latest backup differs from the stored
 * `last_backup_at`, or when a recalculation is forced (manual check, settings save).
 */
import { InvalidIntervalError, parseInterval, type Interval } from './interval.ts';
import { computeNextRun, NextRunNotFoundError } from './next-run.ts';

/** docs/compatibility/overdue.md#maintaining-the-next-expected-run step 2 safety cap on calls to the next-run function. */
export const MAX_RECOMPUTE_STEPS = 1_000;

/**
 * docs/compatibility/overdue.md#maintaining-the-next-expected-run step 1 uses duplistatus's *default* settings for a job seen for the first time: interval "1D"
 * on all days, whatever interval the job is later given — because upstream creates the entry from
 * the defaults before any user setting can exist. So the first expected run is always latest + 1 day;
 * a configured interval takes effect from the next recomputation (next backup or forced recompute).
 */
const NEW_JOB_INTERVAL: Interval = parseInterval('1D');

export interface RecomputeNextExpectedInput {
  /** The stored next expected run; null (or an invalid date) is the empty `time` of docs/compatibility/overdue.md#maintaining-the-next-expected-run. */
  readonly nextExpectedAt: Date | null;
  readonly latestBackupAt: Date;
  /** Parsed, or the stored text (an invalid text takes the error fallback). */
  readonly interval: Interval | string;
  readonly allowedWeekdays: readonly number[];
  /** True when the job has no stored schedule yet (docs/compatibility/overdue.md#maintaining-the-next-expected-run step 1). */
  readonly isNewJob: boolean;
}

function isValidDate(date: Date | null): date is Date {
  return date !== null && !Number.isNaN(date.getTime());
}

/**
 * docs/compatibility/overdue.md#maintaining-the-next-expected-run step 2: start from the stored time; if it lies after the latest backup, move it onto the
 * latest backup's UTC date keeping its UTC time of day (or onto the latest backup itself if that is
 * still later), then advance with docs/compatibility/overdue.md#next-run-function until it is after the latest backup. Net effect (example 4,
 * docs/compatibility/known-problems.md#early-runs-shift-the-schedule): late or later-in-the-day runs keep the schedule, an earlier run re-bases it.
 */
function advancePastLatest(stored: Date | null, latest: Date, interval: Interval, allowedWeekdays: readonly number[]): Date {
  let candidate = isValidDate(stored) ? new Date(stored.getTime()) : new Date(latest.getTime());
  if (candidate.getTime() > latest.getTime()) {
    const onLatestDay = new Date(latest.getTime());
    onLatestDay.setUTCHours(candidate.getUTCHours(), candidate.getUTCMinutes(), candidate.getUTCSeconds(), candidate.getUTCMilliseconds());
    candidate = onLatestDay.getTime() <= latest.getTime() ? onLatestDay : new Date(latest.getTime());
  }
  // computeNextRun always returns an instant > latest + 1 s, so one pass suffices; the cap mirrors
  // upstream's guard. When it is hit, upstream falls back to next(latest, latest) — so do we.
  for (let steps = 0; candidate.getTime() <= latest.getTime(); steps++) {
    if (steps >= MAX_RECOMPUTE_STEPS) return computeNextRun(latest, latest, interval, allowedWeekdays);
    candidate = computeNextRun(latest, candidate, interval, allowedWeekdays);
  }
  return candidate;
}

/**
 * Returns the new next expected run.
 *
 * Error fallback (docs/compatibility/overdue.md#maintaining-the-next-expected-run step 3): if the schedule cannot be advanced (invalid interval, docs/compatibility/overdue.md#next-run-function cap,
 * unreachable weekday) it is re-based on the latest backup, `next(latest, latest, …)`; if even that
 * fails the latest backup instant itself is returned. Upstream instead keeps the stale `time` after
 * a step-2 error, which leaves the job overdue until its next backup; re-basing avoids that false
 * alarm and matches what upstream does when its own iteration cap is hit.
 *
 * @throws RangeError only when `latestBackupAt` is not a valid date (a caller bug).
 */
export function recomputeNextExpected(input: RecomputeNextExpectedInput): Date {
  const { nextExpectedAt, latestBackupAt: latest, allowedWeekdays, isNewJob } = input;
  if (!isValidDate(latest)) throw new RangeError('recomputeNextExpected: latestBackupAt is not a valid date');

  let interval: Interval | null = null;
  try {
    if (isNewJob) return computeNextRun(latest, latest, NEW_JOB_INTERVAL, []);
    interval = typeof input.interval === 'string' ? parseInterval(input.interval) : input.interval;
    return advancePastLatest(nextExpectedAt, latest, interval, allowedWeekdays);
  } catch (error) {
    if (!(error instanceof InvalidIntervalError || error instanceof NextRunNotFoundError)) throw error;
  }
  if (interval) {
    try {
      return computeNextRun(latest, latest, interval, allowedWeekdays);
    } catch (error) {
      if (!(error instanceof NextRunNotFoundError)) throw error;
    }
  }
  return new Date(latest.getTime());
}
