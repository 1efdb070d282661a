import type { DbLike } from '../db/types.ts';
import { isOverdue, resolveToleranceMinutes } from './overdue/index.ts';
import { globalToleranceMinutes } from './settings.ts';
import { parseStoredTimestamp } from './timestamps.ts';

export interface OverdueJobRow {
  id: number;
  serverId: string;
  backupName: string;
  nextExpectedAt: string | null;
  toleranceMinutes: number | null;
  lastBackupAt: string | null;
  lastReminderAt: string | null;
  server: { name: string };
}

/**
 * Jobs overdue at `now` by the c.5 predicate. Only jobs whose expected run is already past can be
 * overdue (tolerance is never negative), so the database narrows the set before the predicate runs.
 */
export async function findOverdueJobs(db: DbLike, now: Date): Promise<OverdueJobRow[]> {
  const [globalMinutes, candidates] = await Promise.all([
    globalToleranceMinutes(db),
    db.backupJob.findMany({
      where: { overdueCheckEnabled: true, latestBackupId: { not: null }, nextExpectedAt: { lt: now.toISOString() } },
      select: {
        id: true,
        serverId: true,
        backupName: true,
        nextExpectedAt: true,
        toleranceMinutes: true,
        lastBackupAt: true,
        lastReminderAt: true,
        server: { select: { name: true } },
      },
      orderBy: { nextExpectedAt: 'asc' },
    }),
  ]);
  return candidates.filter((job) =>
    isOverdue({
      now,
      nextExpectedAt: parseStoredTimestamp(job.nextExpectedAt),
      toleranceMinutes: resolveToleranceMinutes(job.toleranceMinutes, globalMinutes),
      checkEnabled: true,
      hasBackups: true,
    }),
  );
}

/** The summary's count: the same predicate without the columns and server names a list shows. */
export async function countOverdueJobs(db: DbLike, now: Date): Promise<number> {
  const [globalMinutes, candidates] = await Promise.all([
    globalToleranceMinutes(db),
    db.backupJob.findMany({
      where: { overdueCheckEnabled: true, latestBackupId: { not: null }, nextExpectedAt: { lt: now.toISOString() } },
      select: { nextExpectedAt: true, toleranceMinutes: true },
    }),
  ]);
  return candidates.filter((job) =>
    isOverdue({
      now,
      nextExpectedAt: parseStoredTimestamp(job.nextExpectedAt),
      toleranceMinutes: resolveToleranceMinutes(job.toleranceMinutes, globalMinutes),
      checkEnabled: true,
      hasBackups: true,
    }),
  ).length;
}
