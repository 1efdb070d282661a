/**
 * The overdue predicate and the "expected backup date" of docs/compatibility/overdue.md#when-a-job-is-overdue. `now` is always passed in
 * so the checker, the summary and the tests share one clock.
 */
import { tryParseInterval, type Interval } from './interval.ts';
import { computeNextRun, NextRunNotFoundError } from './next-run.ts';

export interface OverdueInput {
  readonly now: Date;
  /** The stored next expected run (docs/compatibility/overdue.md#maintaining-the-next-expected-run); null or an invalid date means never overdue (docs/compatibility/known-problems.md#empty-or-invalid-next-run). */
  readonly nextExpectedAt: Date | null;
  readonly toleranceMinutes: number;
  readonly checkEnabled: boolean;
  readonly hasBackups: boolean;
}

function isValidDate(date: Date | null | undefined): date is Date {
  return date instanceof Date && !Number.isNaN(date.getTime());
}

/**
 * The last instant at which the job is still on time: `nextExpectedAt + tolerance`. Tolerance is
 * added as fixed minutes (upstream adds local-time minutes, docs/compatibility/known-problems.md#time-zones iv — identical except in exotic DST
 * cases). Like upstream, only a positive tolerance is added.
 */
export function overdueDeadline(nextExpectedAt: Date, toleranceMinutes: number): Date {
  const extra = toleranceMinutes > 0 ? toleranceMinutes * 60_000 : 0;
  // A next run at the end of time (a date far ahead in an adopted duplistatus database) keeps a
  // deadline there instead of an invalid date.
  return new Date(Math.min(nextExpectedAt.getTime() + extra, MAX_DATE_MS));
}

/** The last instant JavaScript's Date can hold. */
const MAX_DATE_MS = 8.64e15;

/** docs/compatibility/overdue.md#when-a-job-is-overdue: `now > time + tolerance`, strictly — at exactly the deadline the job is still on time (docs/compatibility/overdue.md#worked-examples). */
export function isOverdue(input: OverdueInput): boolean {
  const { now, nextExpectedAt, toleranceMinutes, checkEnabled, hasBackups } = input;
  if (!checkEnabled || !hasBackups || !isValidDate(nextExpectedAt)) return false;
  return now.getTime() > overdueDeadline(nextExpectedAt, toleranceMinutes).getTime();
}

export interface ExpectedBackupInput {
  readonly latestBackupAt: Date;
  readonly nextExpectedAt: Date | null;
  readonly interval: Interval | string;
  readonly allowedWeekdays: readonly number[];
}

/**
 * docs/compatibility/overdue.md#when-a-job-is-overdue: the expected backup date shown in the UI/API is `next(latest, time, interval, days)`, which
 * equals `time` whenever `time` is already past the latest backup (the normal case after docs/compatibility/overdue.md#maintaining-the-next-expected-run).
 * Null when there is no valid `time`. If the calculation fails (invalid interval, docs/compatibility/overdue.md#next-run-function cap) the
 * stored `time` is shown unchanged, as newer duplistatus code does.
 */
export function expectedBackupAt(input: ExpectedBackupInput): Date | null {
  const { latestBackupAt, nextExpectedAt, allowedWeekdays } = input;
  if (!isValidDate(nextExpectedAt)) return null;
  const interval = typeof input.interval === 'string' ? tryParseInterval(input.interval) : input.interval;
  if (!interval || !isValidDate(latestBackupAt)) return new Date(nextExpectedAt.getTime());
  try {
    return computeNextRun(latestBackupAt, nextExpectedAt, interval, allowedWeekdays);
  } catch (error) {
    if (error instanceof NextRunNotFoundError) return new Date(nextExpectedAt.getTime());
    throw error;
  }
}
