import type { DbTransaction } from '../db/types.ts';
import { nextExpectedRun } from './job-schedule.ts';

/**
 * After runs were deleted or moved, points each job's `latestBackupId`/`lastBackupAt` at its
 * newest remaining run again (or at nothing). The summary, the overdue check and the external
 * lastbackup(s) routes all read those pointers instead of scanning runs, so every operation that
 * removes or moves runs ends here, inside its own transaction.
 *
 * The foreign key already sets `latest_backup_id` to NULL when that run goes; `last_backup_at`
 * and the next expected run are ours to fix. A job that keeps runs gets its next expected run
 * recomputed from the new latest (docs/compatibility/overdue.md#maintaining-the-next-expected-run b); a job left without runs is no longer monitored
 * (docs/compatibility/overdue.md#when-a-job-is-overdue needs a run), so its schedule state is cleared too. Returns how many jobs changed.
 */
export async function repointLatestRuns(tx: DbTransaction, jobIds: Iterable<number>, now: Date): Promise<number> {
  let changed = 0;
  for (const id of new Set(jobIds)) {
    const job = await tx.backupJob.findUnique({
      where: { id },
      select: {
        id: true,
        serverId: true,
        backupName: true,
        latestBackupId: true,
        lastBackupAt: true,
        nextExpectedAt: true,
        expectedInterval: true,
        allowedWeekdays: true,
      },
    });
    if (!job) continue;
    // (server_id, backup_name, date) is unique, so the newest run of a job is never a tie.
    const newest = await tx.backup.findFirst({
      where: { serverId: job.serverId, backupName: job.backupName },
      orderBy: { date: 'desc' },
      select: { id: true, date: true },
    });
    if (newest && newest.id === job.latestBackupId && newest.date === job.lastBackupAt) continue;
    if (!newest && job.latestBackupId === null && job.lastBackupAt === null) continue;
    await tx.backupJob.update({
      where: { id: job.id },
      data: newest
        ? {
            latestBackupId: newest.id,
            lastBackupAt: newest.date,
            nextExpectedAt: nextExpectedRun(job, newest.date, false),
            updatedAt: now.toISOString(),
          }
        : {
            latestBackupId: null,
            lastBackupAt: null,
            nextExpectedAt: null,
            overdueSince: null,
            lastReminderAt: null,
            updatedAt: now.toISOString(),
          },
    });
    changed++;
  }
  return changed;
}
