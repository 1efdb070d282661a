import type { Db } from '../db/types.ts';
import { repointLatestRuns } from './repoint-jobs.ts';

export interface PruneCounts {
  /** Runs deleted. */
  runs: number;
  /** Jobs that lost at least one run. */
  jobsAffected: number;
  /** Jobs whose latest run moved (or that have no run left). */
  jobsRepointed: number;
  /** Jobs left without any run (their schedule and alerts stay; the next report revives them). */
  jobsEmptied: number;
}

export type PruneOutcome = { kind: 'pruned'; olderThan: Date; counts: PruneCounts } | { kind: 'invalid'; field: string; message: string };

/**
 * f "Retention cleanup": deletes every run whose `end_time` is before `olderThan`; servers and
 * jobs stay. duplistatus offers fixed periods ("6 months", …); a client computes the instant.
 * A future instant is refused: it would delete runs that have not finished yet, and "delete
 * everything" is `deleteServer`'s job. End times are stored as ISO-8601 UTC text (docs/compatibility/upload.md#times), so a
 * text comparison is a time comparison and can use `idx_backups_end_time`.
 */
export async function pruneBackups(db: Db, olderThan: Date, options: { now: Date }): Promise<PruneOutcome> {
  if (Number.isNaN(olderThan.getTime())) return { kind: 'invalid', field: 'olderThan', message: 'olderThan is not a valid instant' };
  if (olderThan.getTime() > options.now.getTime()) {
    return { kind: 'invalid', field: 'olderThan', message: `olderThan must not be in the future (now is ${options.now.toISOString()})` };
  }
  const cutoff = olderThan.toISOString();
  const counts = await db.$transaction(async (tx) => {
    const where = { endTime: { lt: cutoff } };
    const affected = await tx.backup.groupBy({ by: ['serverId', 'backupName'], where });
    if (affected.length === 0) return { runs: 0, jobsAffected: 0, jobsRepointed: 0, jobsEmptied: 0 };
    const jobs = await tx.backupJob.findMany({
      where: { OR: affected.map((key) => ({ serverId: key.serverId, backupName: key.backupName })) },
      select: { id: true },
    });
    const deleted = await tx.backup.deleteMany({ where });
    const jobsRepointed = await repointLatestRuns(
      tx,
      jobs.map((job) => job.id),
      options.now,
    );
    const jobsEmptied = await tx.backupJob.count({ where: { id: { in: jobs.map((job) => job.id) }, latestBackupId: null } });
    return { runs: deleted.count, jobsAffected: jobs.length, jobsRepointed, jobsEmptied };
  });
  return { kind: 'pruned', olderThan, counts };
}
