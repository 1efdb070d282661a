import type { RawSql } from '../../db/raw-sql.ts';
import type { AlertChangedEvent } from '../../events/topics.ts';
import { parseNotificationLevel } from '../overdue/index.ts';
import { remindOrRaiseAlert, resolveAlerts } from './alert-store.ts';
import type { AlertJobRef } from './alert-store.ts';
import { decideRunAlerts, runAlertMessage } from './run-rules.ts';

export interface RunForAlerts {
  backupId: string;
  status: string;
  date: string;
  warnings: number;
  errors: number;
}

/**
 * Raises, repeats or resolves the job's alerts for its newest run, inside the ingest transaction
 * (so an alert never refers to a run that was rolled back). Returns the changes to publish once
 * the transaction has committed.
 */
export async function applyRunAlerts(
  tx: RawSql,
  job: AlertJobRef & {
    notificationEvent: string;
    serverName: string;
    /** When the caller read them with the job: no open alert means nothing to resolve, no query. */
    openAlerts?: number;
    overdueSince?: string | null;
  },
  run: RunForAlerts,
  at: Date,
): Promise<AlertChangedEvent[]> {
  const decision = decideRunAlerts(run.status, run.errors, parseNotificationLevel(job.notificationEvent));
  const changes = job.openAlerts === 0 ? [] : await resolveAlerts(tx, job, decision.resolve, { at, resolvedByBackupId: run.backupId });
  if (decision.resolve.includes('OVERDUE') && job.overdueSince !== null) {
    await tx.$executeRaw`UPDATE backup_jobs SET overdue_since = NULL WHERE id = ${job.id}`;
  }
  if (!decision.raise) return changes;
  // Another failing run while the alert is open: the alert says so, it does not multiply.
  const message = runAlertMessage(decision.raise, { ...run, backupName: job.backupName, serverName: job.serverName });
  changes.push(await remindOrRaiseAlert(tx, job, decision.raise, { message, at, raisedByBackupId: run.backupId }));
  return changes;
}
