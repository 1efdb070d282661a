import { nextExpectedRun } from '../job-schedule.ts';
import { learnedInterval } from './planned-run.ts';
import { mayReplaceSchedule, parseScheduleSource } from './schedule-source.ts';

/** A job's schedule columns as the ingest reads them. */
export interface JobScheduleColumns {
  nextExpectedAt: string | null;
  expectedInterval: string;
  allowedWeekdays: string;
  scheduleSource: string;
  followDuplicati: boolean;
  plannedRunAt: string | null;
}

export interface ScheduleAfterRun {
  nextExpectedAt: string;
  expectedInterval: string;
  scheduleSource: string;
  plannedRunAt: string | null;
}

/**
 * The job's schedule once a run newer than its latest is stored. With the run Duplicati planned
 * next (`Extra.next-scheduled-run`), and unless a sync or a hand outranks reports
 * (schedule-source.ts), that run is the next expected one, so the overdue deadline is that run
 * plus the tolerance, and the interval is learnt from the previous plan. Otherwise, as before,
 * docs/compatibility/overdue.md#maintaining-the-next-expected-run from the stored schedule.
 */
export function scheduleAfterRun(
  job: JobScheduleColumns,
  run: { date: string; plannedNextRun: string | null },
  isNewJob: boolean,
): ScheduleAfterRun {
  const planned = run.plannedNextRun;
  const unchanged = { expectedInterval: job.expectedInterval, scheduleSource: job.scheduleSource, plannedRunAt: job.plannedRunAt };
  if (planned === null || planned <= run.date) {
    return { ...unchanged, nextExpectedAt: nextExpectedRun(job, run.date, isNewJob) };
  }
  if (!mayReplaceSchedule(parseScheduleSource(job.scheduleSource), 'report', job.followDuplicati).replace) {
    return { ...unchanged, nextExpectedAt: nextExpectedRun(job, run.date, isNewJob) };
  }
  return {
    nextExpectedAt: planned,
    expectedInterval: learnedInterval(job.plannedRunAt, run.date, planned) ?? job.expectedInterval,
    scheduleSource: 'report',
    plannedRunAt: planned,
  };
}
