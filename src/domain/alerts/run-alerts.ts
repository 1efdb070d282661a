import type { DbTransaction } from '../../db/types.ts';
import type { AlertChangedEvent } from '../../events/topics.ts';
import { parseNotificationLevel } from '../overdue/index.ts';
import { alertEvent, findOpenAlert, resolveAlerts } from './alert-store.ts';
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
  tx: DbTransaction,
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
    await tx.backupJob.update({ where: { id: job.id }, data: { overdueSince: null } });
  }
  if (!decision.raise) return changes;

  const message = runAlertMessage(decision.raise, { ...run, backupName: job.backupName, serverName: job.serverName });
  const open = await findOpenAlert(tx, job.id, decision.raise);
  if (open) {
    // Another failing run while the alert is open: the alert says so, it does not multiply.
    await tx.alert.update({
      where: { id: open.id },
      data: { message, raisedByBackupId: run.backupId, lastRemindedAt: at.toISOString(), reminderCount: { increment: 1 } },
    });
    changes.push(alertEvent('REMINDED', open.id, decision.raise, job, at));
  } else {
    const created = await tx.alert.create({
      data: {
        jobId: job.id,
        kind: decision.raise,
        openKind: decision.raise,
        message,
        raisedAt: at.toISOString(),
        raisedByBackupId: run.backupId,
      },
      select: { id: true },
    });
    changes.push(alertEvent('RAISED', created.id, decision.raise, job, at));
  }
  return changes;
}
