import type { DbLike } from '../db/types.ts';
import { JOB_NOTIFICATION_COLUMNS } from './notifications/enqueue.ts';
import type { JobNotificationChoices } from './notifications/plan.ts';
import { isOverdue, resolveToleranceMinutes, toleranceToMinutes } from './overdue/index.ts';
import { globalToleranceMinutes, SETTING_KEYS } from './settings.ts';
import { parseStoredTimestamp } from './timestamps.ts';

export interface OverdueJobRow extends JobNotificationChoices {
  id: number;
  expectedInterval: string;
  serverId: string;
  backupName: string;
  nextExpectedAt: string | null;
  toleranceMinutes: number | null;
  lastBackupAt: string | null;
  lastReminderAt: string | null;
  server: { name: string; alias: string; note: string; serverUrl: string };
}

/** Only jobs whose expected run is already past can be overdue (tolerance is never negative). */
function candidateWhere(now: Date) {
  return { overdueCheckEnabled: true, latestBackupId: { not: null }, nextExpectedAt: { lt: now.toISOString() } };
}

/** The docs/compatibility/overdue.md#when-a-job-is-overdue predicate over the stored columns, once the database has narrowed the candidates. */
function overdueAt(now: Date, globalMinutes: number) {
  return (job: { nextExpectedAt: string | null; toleranceMinutes: number | null }) =>
    isOverdue({
      now,
      nextExpectedAt: parseStoredTimestamp(job.nextExpectedAt),
      toleranceMinutes: resolveToleranceMinutes(job.toleranceMinutes, globalMinutes),
      checkEnabled: true,
      hasBackups: true,
    });
}

/** Jobs overdue at `now`, longest overdue first. */
export async function findOverdueJobs(db: DbLike, now: Date): Promise<OverdueJobRow[]> {
  const [globalMinutes, candidates] = await Promise.all([
    globalToleranceMinutes(db),
    db.backupJob.findMany({
      where: candidateWhere(now),
      select: {
        id: true,
        serverId: true,
        backupName: true,
        nextExpectedAt: true,
        toleranceMinutes: true,
        lastBackupAt: true,
        lastReminderAt: true,
        expectedInterval: true,
        ...JOB_NOTIFICATION_COLUMNS,
        server: { select: { name: true, alias: true, note: true, serverUrl: true } },
      },
      orderBy: { nextExpectedAt: 'asc' },
    }),
  ]);
  return candidates.filter(overdueAt(now, globalMinutes));
}

/** Jobs that could be overdue at `now`: no overdue list is longer (the cost limit prices lists with it). */
export function countOverdueCandidates(db: DbLike, now: Date): Promise<number> {
  return db.backupJob.count({ where: candidateWhere(now) });
}

/**
 * The summary's count: the same predicate without the columns and server names a list shows. One
 * raw statement with the global tolerance in it (the summary runs this on every read; two model
 * queries cost Prisma two query compilations); the WHERE is candidateWhere's, column for column.
 */
export async function countOverdueJobs(db: DbLike, now: Date): Promise<number> {
  const candidates = await db.$queryRaw<
    { nextExpectedAt: string | null; toleranceMinutes: number | null; globalTolerance: string | null }[]
  >`
    SELECT next_expected_at AS "nextExpectedAt", tolerance_minutes AS "toleranceMinutes",
           (SELECT value FROM configurations WHERE "key" = ${SETTING_KEYS.overdueTolerance}) AS "globalTolerance"
    FROM backup_jobs
    WHERE overdue_check_enabled = TRUE AND latest_backup_id IS NOT NULL AND next_expected_at < ${now.toISOString()}`;
  if (candidates.length === 0) return 0;
  const globalMinutes = toleranceToMinutes(candidates[0]!.globalTolerance);
  return candidates.filter(overdueAt(now, globalMinutes)).length;
}
