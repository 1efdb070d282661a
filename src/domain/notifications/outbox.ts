import type { RawSql } from '../../db/raw-sql.ts';
import type { DbLike } from '../../db/types.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { DeliveryDraft } from './plan.ts';

/**
 * The outbox's statements, as raw SQL both SQLite and PostgreSQL accept. Enqueueing is one
 * multi-row INSERT inside the caller's transaction (the run's or the alert change's), so a
 * notification exists exactly when what it announces was committed.
 */
export async function insertDeliveries(tx: RawSql, drafts: readonly DeliveryDraft[], now: Date, heldUntil?: Date): Promise<void> {
  if (drafts.length === 0) return;
  const at = now.toISOString();
  const dueAt = heldUntil?.toISOString() ?? DUE_AT_ONCE;
  const rows = drafts.map(
    (d) =>
      Prisma.sql`(${d.messageId}, ${d.event}, ${d.channel}, ${d.destination}, ${d.orderKey}, ${d.serverId}, ${d.jobId}, ${d.backupId}, ${d.alertId}, ${d.title}, ${d.body}, ${d.priority}, ${d.tags}, 'PENDING', 0, ${dueAt}, ${at})`,
  );
  await tx.$executeRaw`
    INSERT INTO notification_deliveries (message_id, event, channel, destination, order_key, server_id, job_id, backup_id,
      alert_id, title, body, priority, tags, status, attempts, next_attempt_at, created_at)
    VALUES ${Prisma.join(rows)}`;
}

/**
 * A new row is due at once. Its creation time may come from an injected clock (tests, the
 * overdue check's `now`) while the dispatcher compares with the wall clock, so "now" is not used.
 */
const DUE_AT_ONCE = '1970-01-01T00:00:00.000Z';

export interface ClaimedDelivery {
  id: number;
  messageId: string;
  event: string;
  channel: string;
  destination: string;
  orderKey: string;
  title: string;
  body: string;
  priority: string;
  tags: string;
  attempts: number;
  createdAt: string;
}

/**
 * The rows due now that no earlier pending row of the same destination and job holds back (a
 * dead row holds nothing back), oldest first: at most one per order key.
 */
export async function findDueHeads(db: DbLike, now: Date, limit: number): Promise<number[]> {
  const at = now.toISOString();
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT d.id FROM notification_deliveries d
    WHERE d.status = 'PENDING' AND d.next_attempt_at <= ${at} AND (d.claimed_until IS NULL OR d.claimed_until < ${at})
      AND NOT EXISTS (SELECT 1 FROM notification_deliveries e
                      WHERE e.order_key = d.order_key AND e.status = 'PENDING' AND e.id < d.id)
    ORDER BY d.id LIMIT ${limit}`;
  return rows.map((row) => Number(row.id));
}

/**
 * Claims one row for `owner` until `until`: a conditional update that only one process can win,
 * on SQLite and PostgreSQL alike (the claim of a process that died expires). Null when lost.
 */
export async function claimDelivery(db: DbLike, id: number, owner: string, now: Date, until: Date): Promise<ClaimedDelivery | null> {
  const at = now.toISOString();
  const won = await db.$executeRaw`
    UPDATE notification_deliveries SET claimed_by = ${owner}, claimed_until = ${until.toISOString()}
    WHERE id = ${id} AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ${at})`;
  if (won !== 1) return null;
  return db.notificationDelivery.findUnique({
    where: { id },
    select: {
      id: true,
      messageId: true,
      event: true,
      channel: true,
      destination: true,
      orderKey: true,
      title: true,
      body: true,
      priority: true,
      tags: true,
      attempts: true,
      createdAt: true,
    },
  });
}

export type AttemptRecord =
  | { outcome: 'delivered'; responseCode: number | null }
  | { outcome: 'retry'; responseCode: number | null; error: string; nextAttemptAt: Date }
  | { outcome: 'dead'; responseCode: number | null; error: string };

/** Records an attempt by the claim's owner and releases the claim. */
export async function recordAttempt(db: DbLike, id: number, owner: string, now: Date, record: AttemptRecord): Promise<void> {
  const status = record.outcome === 'delivered' ? 'DELIVERED' : record.outcome === 'dead' ? 'DEAD' : 'PENDING';
  await db.notificationDelivery.updateMany({
    where: { id, claimedBy: owner },
    data: {
      status,
      attempts: { increment: 1 },
      responseCode: record.responseCode,
      lastError: record.outcome === 'delivered' ? null : record.error,
      deliveredAt: record.outcome === 'delivered' ? now.toISOString() : null,
      nextAttemptAt: record.outcome === 'retry' ? record.nextAttemptAt.toISOString() : now.toISOString(),
      claimedBy: null,
      claimedUntil: null,
    },
  });
}

/** Puts a dead (or delivered) row back in line, keeping its message id so a receiver can still drop a repeat. */
export async function requeueDelivery(db: DbLike, id: number, now: Date): Promise<boolean> {
  const updated = await db.notificationDelivery.updateMany({
    where: { id, status: { not: 'PENDING' } },
    data: { status: 'PENDING', nextAttemptAt: now.toISOString(), attempts: 0, claimedBy: null, claimedUntil: null },
  });
  return updated.count === 1;
}

/** Makes held rows (insertDeliveries with `heldUntil`) due at once. */
export async function releaseHeldDeliveries(tx: DbLike, messageIds: readonly string[]): Promise<void> {
  if (messageIds.length === 0) return;
  await tx.notificationDelivery.updateMany({
    where: { messageId: { in: [...messageIds] }, status: 'PENDING', attempts: 0 },
    data: { nextAttemptAt: DUE_AT_ONCE },
  });
}

/** Takes back held rows that were never tried (another notification stands for them). */
export async function withdrawHeldDeliveries(tx: DbLike, messageIds: readonly string[]): Promise<void> {
  if (messageIds.length === 0) return;
  await tx.notificationDelivery.deleteMany({ where: { messageId: { in: [...messageIds] }, status: 'PENDING', attempts: 0 } });
}

export async function countPendingDeliveries(db: DbLike): Promise<number> {
  return db.notificationDelivery.count({ where: { status: 'PENDING' } });
}
