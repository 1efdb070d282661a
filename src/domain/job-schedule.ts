import { parseWeekdays, recomputeNextExpected } from './overdue/index.ts';
import { parseStoredTimestamp } from './timestamps.ts';

export interface StoredSchedule {
  nextExpectedAt: string | null;
  expectedInterval: string;
  allowedWeekdays: string;
  /** The next run Duplicati itself planned (src/domain/schedule), when that plan is in force. */
  plannedRunAt?: string | null;
}

/**
 * docs/compatibility/overdue.md#maintaining-the-next-expected-run over the stored columns: the next expected run after `latestBackupAt`. The one place that
 * ingest, schedule changes and forced checks compute it. A run Duplicati planned that is still
 * ahead of the latest run stands: a run started by hand in between does not move Duplicati's plan.
 */
export function nextExpectedRun(schedule: StoredSchedule, latestBackupAt: string, isNewJob: boolean): string {
  const planned = parseStoredTimestamp(schedule.plannedRunAt);
  if (planned !== null && planned.getTime() > Date.parse(latestBackupAt)) return planned.toISOString();
  return recomputeNextExpected({
    nextExpectedAt: parseStoredTimestamp(schedule.nextExpectedAt),
    latestBackupAt: new Date(latestBackupAt),
    interval: schedule.expectedInterval,
    allowedWeekdays: parseWeekdays(schedule.allowedWeekdays),
    isNewJob,
  }).toISOString();
}
