import type { Summary } from './summary.ts';

/** The body of duplistatus's `GET /api/summary` (docs/compatibility/rest-api.md#summary, HEAD); built in its key order below. */
export type ExternalSummary = Omit<Summary, 'lastBackupAt'>;

/**
 * docs/compatibility/rest-api.md#summary: every number defaults to 0 when falsy; `secondsSinceLastBackup` stays null without runs.
 * `lastBackupAt` is ours, not duplistatus's, so it is not part of this body.
 */
export function toExternalSummary(summary: Summary): ExternalSummary {
  return {
    totalServers: summary.totalServers || 0,
    totalBackupsRuns: summary.totalBackupsRuns || 0,
    totalBackups: summary.totalBackups || 0,
    totalUploadedSize: summary.totalUploadedSize || 0,
    totalStorageUsed: summary.totalStorageUsed || 0,
    totalBackupSize: summary.totalBackupSize || 0,
    overdueBackupsCount: summary.overdueBackupsCount || 0,
    secondsSinceLastBackup: summary.secondsSinceLastBackup,
  };
}
