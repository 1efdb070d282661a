import type { RawSql } from '../../db/raw-sql.ts';
import type { DbLike } from '../../db/types.ts';
import { isUniqueViolation } from '../../db/types.ts';
import type { AlertChangedEvent, AlertChangeKind } from '../../events/topics.ts';
import { Prisma } from '../../generated/prisma/client.ts';
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

/** Resolves the open alerts of these kinds in one statement; returns what was resolved, oldest first. */
export async function resolveAlerts(
  tx: RawSql,
  job: AlertJobRef,
  kinds: AlertKind[],
  fields: { at: Date; resolvedByBackupId: string | null },
): Promise<AlertChangedEvent[]> {
  if (kinds.length === 0) return [];
  const resolved = await tx.$queryRaw<{ id: number | bigint; kind: string }[]>`
    UPDATE alerts SET open_kind = NULL, resolved_at = ${fields.at.toISOString()}, resolved_by_backup_id = ${fields.resolvedByBackupId}
    WHERE job_id = ${job.id} AND open_kind IN (${Prisma.join(kinds)})
    RETURNING id, kind`;
  return resolved
    .map((alert) => ({ id: Number(alert.id), kind: alert.kind }))
    .sort((a, b) => a.id - b.id)
    .map((alert) => alertEvent('RESOLVED', alert.id, alert.kind, job, fields.at));
}

/**
 * What a failing run does to the job's open alert of `kind`: repeats it (one more reminder,
 * the new run's message) or, with none open, raises it. Raw statements for the ingest's hot path:
 * a job that keeps failing reminds on every run. A raise that loses a race to another process
 * (the unique index on job and open kind) becomes a reminder of the alert that won.
 */
export async function remindOrRaiseAlert(
  tx: RawSql,
  job: AlertJobRef,
  kind: AlertKind,
  fields: { message: string; at: Date; raisedByBackupId: string },
): Promise<AlertChangedEvent> {
  const at = fields.at.toISOString();
  const remind = () => tx.$queryRaw<{ id: number | bigint }[]>`
    UPDATE alerts SET message = ${fields.message}, raised_by_backup_id = ${fields.raisedByBackupId}, last_reminded_at = ${at},
      reminder_count = reminder_count + 1
    WHERE job_id = ${job.id} AND open_kind = ${kind}
    RETURNING id`;
  const [reminded] = await remind();
  if (reminded) return alertEvent('REMINDED', Number(reminded.id), kind, job, fields.at);
  const [raised] = await tx.$queryRaw<{ id: number | bigint }[]>`
    INSERT INTO alerts (job_id, kind, open_kind, message, raised_at, raised_by_backup_id, reminder_count)
    VALUES (${job.id}, ${kind}, ${kind}, ${fields.message}, ${at}, ${fields.raisedByBackupId}, 0)
    ON CONFLICT (job_id, open_kind) DO NOTHING
    RETURNING id`;
  if (raised) return alertEvent('RAISED', Number(raised.id), kind, job, fields.at);
  const [won] = await remind();
  if (!won) throw new Error(`alert ${kind} of job ${job.id} neither open nor insertable`);
  return alertEvent('REMINDED', Number(won.id), kind, job, fields.at);
}
