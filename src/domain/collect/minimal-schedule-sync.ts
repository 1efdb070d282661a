import type { Db } from '../../db/types.ts';
import { tryParseInterval } from '../overdue/interval.ts';
import { formatWeekdays } from '../overdue/weekdays.ts';
import type { Weekday } from '../overdue/weekdays.ts';

/**
 * A stand-in until the schedule work (src/domain/schedule: scheduleFromDuplicati, applyJobSchedule,
 * with the schedule's source and its precedence over a schedule set by hand) is merged: the plain
 * mapping of docs/compatibility/overdue.md#schedules-learnt-from-duplicati, applied to a job that
 * already has runs (matched by name). Replace the call in collect-service with those functions.
 */
export async function applyDuplicatiScheduleMinimal(
  db: Db,
  job: { serverId: string; backupName: string },
  schedule: unknown,
  now: Date,
): Promise<boolean> {
  if (typeof schedule !== 'object' || schedule === null) return false;
  const { Repeat, Rule, Time } = schedule as { Repeat?: unknown; Rule?: unknown; Time?: unknown };
  const interval = typeof Repeat === 'string' ? tryParseInterval(Repeat) : null;
  if (!interval) return false;
  const next = typeof Time === 'string' ? new Date(Time) : null;
  const updated = await db.backupJob.updateMany({
    where: { serverId: job.serverId, backupName: job.backupName },
    data: {
      expectedInterval: Repeat as string,
      allowedWeekdays: formatWeekdays(allowedWeekdaysFromRule(typeof Rule === 'string' ? Rule : '')),
      ...(next && !Number.isNaN(next.getTime()) ? { nextExpectedAt: next.toISOString() } : {}),
      updatedAt: now.toISOString(),
    },
  });
  return updated.count > 0;
}

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** `AllowedWeekDays=Monday,Tuesday` (full names or three-letter abbreviations); none or unknown → every day. */
function allowedWeekdaysFromRule(rule: string): Weekday[] {
  const listed = /AllowedWeekDays=([^;]*)/i.exec(rule)?.[1];
  if (!listed) return [0, 1, 2, 3, 4, 5, 6];
  const days = listed
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .map((name) => DAY_NAMES.findIndex((day) => day === name || day.slice(0, 3) === name))
    .filter((index): index is Weekday => index >= 0);
  return days.length > 0 ? [...new Set(days)].sort() : [0, 1, 2, 3, 4, 5, 6];
}
