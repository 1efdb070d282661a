import type { DbLike } from '../db/types.ts';
import { ageInSeconds, parseStoredTimestamp } from './timestamps.ts';

/** docs/compatibility/rest-api.md#summary, field for field. */
export interface Summary {
  totalServers: number;
  totalBackupsRuns: number;
  totalBackups: number;
  totalUploadedSize: number;
  totalStorageUsed: number;
  totalBackupSize: number;
  overdueBackupsCount: number;
  secondsSinceLastBackup: number | null;
  lastBackupAt: Date | null;
}

export interface SummaryOptions {
  now: Date;
  countOverdueJobs: (db: DbLike, now: Date) => Promise<number>;
}

export async function buildSummary(db: DbLike, options: SummaryOptions): Promise<Summary> {
  const [totals, latestTotals, overdue] = await Promise.all([
    countTotals(db),
    latestRunTotalsPerServer(db),
    options.countOverdueJobs(db, options.now),
  ]);
  const lastBackupAt = parseStoredTimestamp(totals.lastBackupAt);
  return {
    totalServers: totals.servers,
    totalBackupsRuns: totals.runs,
    totalBackups: totals.jobsWithRuns,
    totalUploadedSize: totals.uploaded,
    totalStorageUsed: latestTotals.knownFileSize,
    totalBackupSize: latestTotals.sizeOfExaminedFiles,
    overdueBackupsCount: overdue,
    secondsSinceLastBackup: lastBackupAt ? ageInSeconds(lastBackupAt, options.now) : null,
    lastBackupAt,
  };
}

/**
 * The counts in one statement. Runs and uploaded bytes come from the servers' running totals
 * (kept by triggers on `backups`, migration 20261126020000_run_totals): one row per server read,
 * where COUNT(*) and SUM over `backups` read every run, seconds at a million runs.
 */
async function countTotals(db: DbLike) {
  const rows = await db.$queryRaw<
    { servers: unknown; runs: unknown; uploaded: unknown; jobs_with_runs: unknown; last_backup_at: string | null }[]
  >`
    SELECT
      (SELECT COUNT(*) FROM servers) AS servers,
      (SELECT COALESCE(SUM(run_count), 0) FROM servers) AS runs,
      (SELECT COALESCE(SUM(uploaded_size_total), 0) FROM servers) AS uploaded,
      (SELECT COUNT(*) FROM backup_jobs WHERE latest_backup_id IS NOT NULL) AS jobs_with_runs,
      (SELECT MAX(last_backup_at) FROM backup_jobs) AS last_backup_at`;
  const row = rows[0]!;
  // SQLite answers numbers or bigints, PostgreSQL bigints and numerics (SUM): all are whole.
  return {
    servers: Number(row.servers),
    runs: Number(row.runs),
    uploaded: Number(row.uploaded),
    jobsWithRuns: Number(row.jobs_with_runs),
    lastBackupAt: row.last_backup_at,
  };
}

/**
 * duplistatus sums storage over the latest run of each *server* (ties on that date all count),
 * not of each job (docs/compatibility/rest-api.md#summary, docs/compatibility/known-problems.md#summary-storage-totals). The jobs' latest-run pointers make that a walk over jobs, not runs.
 */
async function latestRunTotalsPerServer(db: DbLike): Promise<{ knownFileSize: number; sizeOfExaminedFiles: number }> {
  const rows = await db.$queryRaw<{ known_file_size: bigint | number | null; size_of_examined_files: bigint | number | null }[]>`
    WITH latest AS (
      SELECT j.server_id, b.date, b.known_file_size, b.size_of_examined_files
      FROM backup_jobs j JOIN backups b ON b.id = j.latest_backup_id
    ), newest_per_server AS (
      SELECT server_id, MAX(date) AS date FROM latest GROUP BY server_id
    )
    SELECT SUM(l.known_file_size) AS known_file_size, SUM(l.size_of_examined_files) AS size_of_examined_files
    FROM latest l JOIN newest_per_server n ON n.server_id = l.server_id AND n.date = l.date`;
  const row = rows[0];
  return {
    knownFileSize: Number(row?.known_file_size ?? 0),
    sizeOfExaminedFiles: Number(row?.size_of_examined_files ?? 0),
  };
}
