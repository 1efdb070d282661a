import { isOverdue, overdueDeadline, resolveToleranceMinutes } from './overdue/index.ts';
import { parseStoredTimestamp } from './timestamps.ts';

export interface JobMonitoringColumns {
  nextExpectedAt: string | null;
  toleranceMinutes: number | null;
  overdueCheckEnabled: boolean;
  latestBackupId: string | null;
  overdueSince: string | null;
  lastReminderAt: string | null;
}

export interface OverdueState {
  isOverdue: boolean;
  nextExpectedAt: Date | null;
  /** The last instant still on time: next expected run plus tolerance. */
  deadline: Date | null;
  toleranceMinutes: number;
  overdueSince: Date | null;
  lastReminderAt: Date | null;
}

/** The docs/compatibility/overdue.md#when-a-job-is-overdue predicate over a job's stored columns, with everything a dashboard shows beside it. */
export function describeOverdueState(job: JobMonitoringColumns, now: Date, globalToleranceMinutes: number): OverdueState {
  const nextExpectedAt = parseStoredTimestamp(job.nextExpectedAt);
  const toleranceMinutes = resolveToleranceMinutes(job.toleranceMinutes, globalToleranceMinutes);
  return {
    isOverdue: isOverdue({
      now,
      nextExpectedAt,
      toleranceMinutes,
      checkEnabled: job.overdueCheckEnabled,
      hasBackups: job.latestBackupId !== null,
    }),
    nextExpectedAt,
    deadline: nextExpectedAt ? overdueDeadline(nextExpectedAt, toleranceMinutes) : null,
    toleranceMinutes,
    overdueSince: parseStoredTimestamp(job.overdueSince),
    lastReminderAt: parseStoredTimestamp(job.lastReminderAt),
  };
}
