import type { DbLike } from '../db/types.ts';
import { parseStoredTimestamp, secondsBetween } from './timestamps.ts';

/** DOMAIN.md d.1, field for field. */
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
  const [totalServers, totalBackupsRuns, totalBackups, uploaded, latestTotals, newest, overdue] = await Promise.all([
    db.server.count(),
    db.backup.count(),
    db.backupJob.count({ where: { latestBackupId: { not: null } } }),
    db.backup.aggregate({ _sum: { uploadedSize: true } }),
    latestRunTotalsPerServer(db),
    db.backupJob.aggregate({ _max: { lastBackupAt: true } }),
    options.countOverdueJobs(db, options.now),
  ]);
  const lastBackupAt = parseStoredTimestamp(newest._max.lastBackupAt);
  return {
    totalServers,
    totalBackupsRuns,
    totalBackups,
    totalUploadedSize: Number(uploaded._sum.uploadedSize ?? 0),
    totalStorageUsed: latestTotals.knownFileSize,
    totalBackupSize: latestTotals.sizeOfExaminedFiles,
    overdueBackupsCount: overdue,
    secondsSinceLastBackup: lastBackupAt ? secondsBetween(lastBackupAt, options.now) : null,
    lastBackupAt,
  };
}

/**
 * duplistatus sums storage over the latest run of each *server* (ties on that date all count),
 * not of each job (d.1, g.15). The jobs' latest-run pointers make that a walk over jobs, not runs.
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
