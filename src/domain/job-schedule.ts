import { parseWeekdays, recomputeNextExpected } from './overdue/index.ts';
import { parseStoredTimestamp } from './timestamps.ts';

export interface StoredSchedule {
  nextExpectedAt: string | null;
  expectedInterval: string;
  allowedWeekdays: string;
}

/**
 * docs/compatibility/overdue.md#maintaining-the-next-expected-run over the stored columns: the next expected run after `latestBackupAt`. The one place that
 * ingest, schedule changes and forced checks compute it.
 */
export function nextExpectedRun(schedule: StoredSchedule, latestBackupAt: string, isNewJob: boolean): string {
  return recomputeNextExpected({
    nextExpectedAt: parseStoredTimestamp(schedule.nextExpectedAt),
    latestBackupAt: new Date(latestBackupAt),
    interval: schedule.expectedInterval,
    allowedWeekdays: parseWeekdays(schedule.allowedWeekdays),
    isNewJob,
  }).toISOString();
}
