import type { DbTransaction, DbLike } from '../../db/types.ts';
import { isUniqueViolation } from '../../db/types.ts';
import type { AlertChangedEvent, AlertChangeKind } from '../../events/topics.ts';
import type { AlertKind } from './run-rules.ts';

export interface AlertJobRef {
  id: number;
  serverId: string;
  backupName: string;
}

export function alertEvent(change: AlertChangeKind, alertId: number, kind: string, job: AlertJobRef, at: Date): AlertChangedEvent {
  return { change, alertId, alertKind: kind, serverId: job.serverId, backupName: job.backupName, changedAt: at.toISOString() };
}

/**
 * Opens an alert unless one of this kind is already open for the job. The unique index on
 * (job_id, open_kind) decides races between processes; the loser gets null. The insert runs in
 * a transaction of its own so a lost race does not abort the caller's.
 */
export async function openAlert(
  db: DbLike,
  job: AlertJobRef,
  kind: AlertKind,
  fields: { message: string; at: Date; raisedByBackupId?: string },
): Promise<{ id: number } | null> {
  try {
    return await db.alert.create({
      data: {
        jobId: job.id,
        kind,
        openKind: kind,
        message: fields.message,
        raisedAt: fields.at.toISOString(),
        raisedByBackupId: fields.raisedByBackupId ?? null,
      },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

export async function findOpenAlert(db: DbLike, jobId: number, kind: AlertKind) {
  return db.alert.findUnique({ where: { jobId_openKind: { jobId, openKind: kind } } });
}

/** Resolves the open alerts of these kinds; returns what was resolved. */
export async function resolveAlerts(
  tx: DbTransaction,
  job: AlertJobRef,
  kinds: AlertKind[],
  fields: { at: Date; resolvedByBackupId: string | null },
): Promise<AlertChangedEvent[]> {
  if (kinds.length === 0) return [];
  const open = await tx.alert.findMany({ where: { jobId: job.id, openKind: { in: kinds } }, select: { id: true, kind: true } });
  if (open.length === 0) return [];
  await tx.alert.updateMany({
    where: { id: { in: open.map((alert) => alert.id) } },
    data: { openKind: null, resolvedAt: fields.at.toISOString(), resolvedByBackupId: fields.resolvedByBackupId },
  });
  return open.map((alert) => alertEvent('RESOLVED', alert.id, alert.kind, job, fields.at));
}
