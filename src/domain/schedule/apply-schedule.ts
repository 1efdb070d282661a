import type { Db } from '../../db/types.ts';
import { nextExpectedRun } from '../job-schedule.ts';
import { formatWeekdays, InvalidIntervalError, InvalidWeekdaysError, parseInterval, validateWeekdays } from '../overdue/index.ts';
import type { LearnedSchedule } from './duplicati-schedule.ts';
import { mayReplaceSchedule, parseScheduleSource } from './schedule-source.ts';
import type { KeptReason, ScheduleSetter, ScheduleSource } from './schedule-source.ts';

export type ApplyScheduleOutcome =
  | { kind: 'applied'; jobId: number; source: ScheduleSetter; previousSource: ScheduleSource; nextExpectedAt: string | null }
  | { kind: 'kept'; jobId: number; source: ScheduleSource; reason: KeptReason; message: string }
  | { kind: 'not-found'; jobId: number }
  | { kind: 'invalid'; jobId: number; field: 'expectedInterval' | 'allowedWeekdays' | 'nextExpectedAt'; message: string };

/**
 * Gives a job the schedule a source learnt (a Duplicati sync, a report, a hand), unless a source
 * that outranks it set the current one (schedule-source.ts); says which happened and why.
 *
 * The planned run becomes the next expected one (so the overdue deadline is it plus the
 * tolerance), and stays so while it is ahead of the job's latest run; a plan the latest run has
 * already passed is moved on by the new schedule (docs/compatibility/overdue.md#maintaining-the-next-expected-run). As on a settings save
 * (docs/compatibility/overdue.md#periodic-check-and-reminders), a changed interval or weekday set starts reminder throttling afresh.
 */
export async function applyJobSchedule(
  db: Db,
  jobId: number,
  learned: LearnedSchedule,
  source: ScheduleSetter,
  options: { now?: Date } = {},
): Promise<ApplyScheduleOutcome> {
  const invalid = validateLearned(jobId, learned);
  if (invalid) return invalid;
  const expectedInterval = learned.expectedInterval.trim();
  const allowedWeekdays = formatWeekdays(learned.allowedWeekdays);
  const planned = new Date(learned.nextExpectedAt).toISOString();
  return db.$transaction(async (tx) => {
    const job = await tx.backupJob.findUnique({ where: { id: jobId } });
    if (!job) return { kind: 'not-found', jobId } as const;
    const current = parseScheduleSource(job.scheduleSource);
    const decision = mayReplaceSchedule(current, source, job.followDuplicati);
    if (!decision.replace) return { kind: 'kept', jobId, source: current, reason: decision.reason, message: decision.message } as const;

    const plannedRunAt = source === 'manual' ? null : planned;
    const schedule = { nextExpectedAt: planned, expectedInterval, allowedWeekdays, plannedRunAt };
    const nextExpectedAt = job.lastBackupAt ? nextExpectedRun(schedule, job.lastBackupAt, false) : planned;
    const scheduleChanged = expectedInterval !== job.expectedInterval || allowedWeekdays !== job.allowedWeekdays;
    await tx.backupJob.update({
      where: { id: jobId },
      data: {
        expectedInterval,
        allowedWeekdays,
        nextExpectedAt,
        plannedRunAt,
        scheduleSource: source,
        lastReminderAt: scheduleChanged ? null : job.lastReminderAt,
        updatedAt: (options.now ?? new Date()).toISOString(),
      },
    });
    return { kind: 'applied', jobId, source, previousSource: current, nextExpectedAt } as const;
  });
}

function validateLearned(jobId: number, learned: LearnedSchedule): ApplyScheduleOutcome | null {
  try {
    parseInterval(learned.expectedInterval);
    validateWeekdays(learned.allowedWeekdays);
  } catch (error) {
    if (error instanceof InvalidIntervalError) return { kind: 'invalid', jobId, field: 'expectedInterval', message: error.message };
    if (error instanceof InvalidWeekdaysError) return { kind: 'invalid', jobId, field: 'allowedWeekdays', message: error.message };
    throw error;
  }
  if (Number.isNaN(Date.parse(learned.nextExpectedAt))) {
    return {
      kind: 'invalid',
      jobId,
      field: 'nextExpectedAt',
      message: `nextExpectedAt must be an ISO 8601 time, got ${JSON.stringify(learned.nextExpectedAt)}`,
    };
  }
  return null;
}
