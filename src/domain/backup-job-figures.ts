import type { DbLike } from '../db/types.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { isGoodRun } from './alerts/run-rules.ts';
import type { AlertKind } from './alerts/run-rules.ts';
import { findOverdueJobs } from './overdue-jobs.ts';
import { BACKUP_STATUSES, knownStatus } from './report/index.ts';
import type { BackupStatus } from './report/index.ts';
import { parseStoredTimestamp } from './timestamps.ts';

/**
 * The state of every backup job, read fresh from the database each time (for Prometheus's
 * /metrics): nothing is kept in memory, so several instances answer alike, and a job deleted
 * or merged away is simply no longer there.
 */
export interface BackupJobFigures {
  serverId: string;
  serverName: string;
  backupName: string;
  /** When the newest run started. */
  lastRunAt: Date;
  /** When the newest run that produced a backup (Success or Warning) started; null if none did. */
  lastSuccessAt: Date | null;
  lastStatus: BackupStatus;
  overdue: boolean;
  /** Of the newest run. */
  uploadedBytes: number;
  /** Bytes at the destination after the newest run (Duplicati's KnownFileSize). */
  storedBytes: number;
  durationSeconds: number;
  openAlertKinds: AlertKind[];
}

/** The statuses of runs that produced a backup (src/domain/alerts/run-rules.ts). */
const GOOD_STATUSES = BACKUP_STATUSES.filter(isGoodRun);

/**
 * Every job with at least one run, by server id and backup name. A constant number of queries
 * whatever the number of jobs: the jobs with their server and newest run, each job's newest good
 * run (one correlated lookup per job on the (server_id, backup_name, date) index, which stops
 * at the first good run from the newest), the open alerts, and the overdue check's two reads.
 */
export async function readBackupJobFigures(db: DbLike, now: Date): Promise<BackupJobFigures[]> {
  const [jobs, lastSuccesses, openAlerts, overdueJobs] = await Promise.all([
    db.backupJob.findMany({
      where: { latestBackupId: { not: null } },
      select: {
        id: true,
        serverId: true,
        backupName: true,
        server: { select: { name: true } },
        latestBackup: { select: { date: true, status: true, durationSeconds: true, uploadedSize: true, knownFileSize: true } },
      },
      orderBy: [{ serverId: 'asc' }, { backupName: 'asc' }],
    }),
    db.$queryRaw<{ job_id: number | bigint; last_success_at: string | null }[]>`
      SELECT j.id AS job_id, (
        SELECT b.date FROM backups b
        WHERE b.server_id = j.server_id AND b.backup_name = j.backup_name AND b.status IN (${Prisma.join(GOOD_STATUSES)})
        ORDER BY b.date DESC LIMIT 1
      ) AS last_success_at
      FROM backup_jobs j WHERE j.latest_backup_id IS NOT NULL`,
    db.alert.findMany({ where: { openKind: { not: null } }, select: { jobId: true, kind: true } }),
    findOverdueJobs(db, now),
  ]);
  const lastSuccessByJob = new Map(lastSuccesses.map((row) => [Number(row.job_id), parseStoredTimestamp(row.last_success_at)]));
  const openKindsByJob = new Map<number, AlertKind[]>();
  for (const alert of openAlerts) {
    openKindsByJob.set(alert.jobId, [...(openKindsByJob.get(alert.jobId) ?? []), alert.kind as AlertKind]);
  }
  const overdueIds = new Set(overdueJobs.map((job) => job.id));

  const figures: BackupJobFigures[] = [];
  for (const job of jobs) {
    const run = job.latestBackup;
    const lastRunAt = parseStoredTimestamp(run?.date);
    // The pointer was cleared between the two reads (the job's runs were deleted): no run to show.
    if (!run || !lastRunAt) continue;
    figures.push({
      serverId: job.serverId,
      serverName: job.server.name,
      backupName: job.backupName,
      lastRunAt,
      lastSuccessAt: lastSuccessByJob.get(job.id) ?? null,
      lastStatus: knownStatus(run.status),
      overdue: overdueIds.has(job.id),
      uploadedBytes: Number(run.uploadedSize),
      storedBytes: Number(run.knownFileSize),
      durationSeconds: run.durationSeconds,
      openAlertKinds: openKindsByJob.get(job.id) ?? [],
    });
  }
  return figures;
}
