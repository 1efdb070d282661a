import type { Db } from '../../db/types.ts';
import { applyJobSchedule } from '../schedule/apply-schedule.ts';
import { InvalidDuplicatiScheduleError, scheduleFromDuplicati } from '../schedule/duplicati-schedule.ts';
import type { DuplicatiSchedule } from '../schedule/duplicati-schedule.ts';

/**
 * One job's Duplicati `Schedule` (from `/api/v1/backups`) given to its monitoring as a sync
 * (docs/compatibility/overdue.md#schedules-learnt-from-duplicati): jobs are matched by name and
 * must already have runs here; a schedule set by hand is kept unless the job follows Duplicati.
 * True when the job took it.
 */
export async function applyDuplicatiSchedule(
  db: Db,
  job: { serverId: string; backupName: string },
  schedule: unknown,
  now: Date,
): Promise<boolean> {
  if (!looksLikeDuplicatiSchedule(schedule)) return false;
  const found = await db.backupJob.findUnique({
    where: { serverId_backupName: { serverId: job.serverId, backupName: job.backupName } },
    select: { id: true },
  });
  if (!found) return false;
  let learned: ReturnType<typeof scheduleFromDuplicati>;
  try {
    learned = scheduleFromDuplicati(schedule, now);
  } catch (error) {
    // A schedule Duplicati wrote in a form we cannot read leaves the job's own schedule as it was.
    if (error instanceof InvalidDuplicatiScheduleError) return false;
    throw error;
  }
  const outcome = await applyJobSchedule(db, found.id, learned, 'duplicati-sync', { now });
  return outcome.kind === 'applied';
}

function looksLikeDuplicatiSchedule(value: unknown): value is DuplicatiSchedule {
  if (typeof value !== 'object' || value === null) return false;
  const { Time, Repeat } = value as { Time?: unknown; Repeat?: unknown };
  return typeof Time === 'string' && typeof Repeat === 'string';
}
