import { shouldAnnounceRun } from '../overdue/index.ts';
import type { NotificationLevel } from '../overdue/index.ts';

export const ALERT_KINDS = ['OVERDUE', 'BACKUP_FAILED', 'BACKUP_WARNING'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** A run that produced a usable backup: Duplicati's Success, or Warning (completed with warnings). */
export function isGoodRun(status: string): boolean {
  return status === 'Success' || status === 'Warning';
}

export function isFailedRun(status: string): boolean {
  return status === 'Error' || status === 'Fatal';
}

export interface RunAlertDecision {
  raise: AlertKind | null;
  resolve: AlertKind[];
}

/**
 * What one stored run does to its job's alerts. A failed run always raises BACKUP_FAILED; any
 * other run the job's notification level announces (docs/compatibility/notifications.md#events) raises BACKUP_WARNING, except
 * a plain Success, which is no warning. A good run clears lateness and failure, and a clean
 * Success clears an earlier warning too — duplistatus never sent a "resolved" (docs/compatibility/overdue.md#periodic-check-and-reminders).
 */
export function decideRunAlerts(status: string, errorsCount: number, level: NotificationLevel): RunAlertDecision {
  const resolve: AlertKind[] = [];
  if (isGoodRun(status)) resolve.push('OVERDUE', 'BACKUP_FAILED');
  if (status === 'Success') resolve.push('BACKUP_WARNING');
  if (isFailedRun(status)) return { raise: 'BACKUP_FAILED', resolve };
  if (status !== 'Success' && shouldAnnounceRun(level, status, errorsCount)) return { raise: 'BACKUP_WARNING', resolve };
  return { raise: null, resolve };
}

export function runAlertMessage(kind: AlertKind, run: RunForMessage): string {
  const where = `"${run.backupName}" on ${run.serverName}`;
  if (kind === 'BACKUP_FAILED') {
    return `Backup ${where} ended with ${run.status} at ${run.date} (${run.errors} error(s))`;
  }
  return `Backup ${where} ended with ${run.status} at ${run.date} (${run.warnings} warning(s), ${run.errors} error(s))`;
}

export interface RunForMessage {
  backupName: string;
  serverName: string;
  status: string;
  date: string;
  warnings: number;
  errors: number;
}

export function overdueAlertMessage(
  job: { backupName: string; serverName: string; nextExpectedAt: string; lastBackupAt: string | null },
  toleranceMinutes: number,
): string {
  return `Backup "${job.backupName}" on ${job.serverName} is overdue: a run was expected at ${job.nextExpectedAt} (tolerance ${toleranceMinutes} min); the last run started at ${job.lastBackupAt ?? 'never'}`;
}
