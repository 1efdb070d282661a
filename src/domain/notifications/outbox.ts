import type { RawSql } from '../../db/raw-sql.ts';
import type { DbLike } from '../../db/types.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { DeliveryDraft } from './plan.ts';

/**
 * The outbox's statements, as raw SQL both SQLite and PostgreSQL accept. Deliveries are written
 * with multi-row INSERTs inside the caller's transaction (the alert change's, or the split of
 * waiting events: event-outbox.ts), so a notification exists exactly when what it announces was
 * committed. Use `insertDeliveries` (event-outbox.ts), which keeps each job's order.
 */
export async function writeDeliveries(
  tx: RawSql,
  drafts: readonly DeliveryDraft[],
  now: Date = new Date(),
  heldUntil?: Date,
): Promise<void> {
  const at = now.toISOString();
  const dueAt = heldUntil?.toISOString() ?? DUE_AT_ONCE;
  for (let start = 0; start < drafts.length; start += ROWS_PER_INSERT) {
    const rows = drafts
      .slice(start, start + ROWS_PER_INSERT)
      .map(
        (d) =>
          Prisma.sql`(${d.messageId}, ${d.event}, ${d.channel}, ${d.destination}, ${d.orderKey}, ${d.serverId}, ${d.jobId}, ${d.backupId}, ${d.alertId}, ${d.title}, ${d.body}, ${d.priority}, ${d.tags}, 'PENDING', 0, ${dueAt}, ${d.enqueuedAt ?? at}, ${d.eventJson})`,
      );
    await tx.$executeRaw`
      INSERT INTO notification_deliveries (message_id, event, channel, destination, order_key, server_id, job_id, backup_id,
        alert_id, title, body, priority, tags, status, attempts, next_attempt_at, created_at, event_json)
      VALUES ${Prisma.join(rows)}`;
  }
}

/** 18 values a row: well under SQLite's 32,766 bound parameters and PostgreSQL's 65,535. */
const ROWS_PER_INSERT = 500;

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
  backupId: string | null;
  /** Set while the text is still to be made (text-at-send.ts); title and body are empty until then. */
  eventJson: string | null;
  /** Its run's log lines (`messages_array`), read with the claim when its text is still to be made. */
  runLog?: string | null;
}

/** The columns a sender needs, as one claim statement returns them. */
const CLAIMED_COLUMNS = Prisma.sql`id, message_id AS "messageId", event, channel, destination, order_key AS "orderKey", title, body,
  priority, tags, attempts, created_at AS "createdAt", backup_id AS "backupId", event_json AS "eventJson",
  CASE WHEN event_json IS NULL OR channel = 'WEBHOOK' THEN NULL
       ELSE (SELECT run.messages_array FROM backups run WHERE run.id = notification_deliveries.backup_id) END AS "runLog"`;

type ClaimedRow = Omit<ClaimedDelivery, 'id' | 'attempts'> & { id: number | bigint; attempts: number | bigint };

function claimedDelivery(row: ClaimedRow): ClaimedDelivery {
  return { ...row, id: Number(row.id), attempts: Number(row.attempts) };
}

/**
 * Claims, for `owner` until `until`, the rows due now that no earlier pending row of the same
 * destination and job holds back (a dead row holds nothing back): each order key's oldest pending
 * row, when it is due and free, oldest first. Pending rows are walked oldest first and each is
 * checked against its key's pending rows only (idx_notification_deliveries_pending and _key), so
 * a claim stops after `limit` heads however many rows wait: 0.3 ms with 6,000 waiting, where
 * grouping every pending row by key took 3.6 ms. One conditional UPDATE, so a pass costs one write
 * however many rows it takes, and a row another process claimed in between is not taken twice
 * (the claim condition is checked again on the row itself, on SQLite and PostgreSQL alike).
 */
export async function claimDueHeads(db: DbLike, owner: string, now: Date, until: Date, limit: number): Promise<ClaimedDelivery[]> {
  const at = now.toISOString();
  const rows = await db.$queryRaw<ClaimedRow[]>`
    UPDATE notification_deliveries SET claimed_by = ${owner}, claimed_until = ${until.toISOString()}
    WHERE id IN (SELECT head.id FROM notification_deliveries head
                 WHERE head.status = 'PENDING' AND head.next_attempt_at <= ${at}
                   AND (head.claimed_until IS NULL OR head.claimed_until < ${at})
                   AND NOT EXISTS (SELECT 1 FROM notification_deliveries earlier
                                   WHERE earlier.order_key = head.order_key AND earlier.status = 'PENDING' AND earlier.id < head.id)
                 ORDER BY head.id LIMIT ${limit})
      AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ${at})
    RETURNING ${CLAIMED_COLUMNS}`;
  return rows.map(claimedDelivery).sort((a, b) => a.id - b.id);
}

/** Claims one row (a test notification sent at once), whether or not it is due; null when another sender holds it or it is not pending. */
export async function claimDelivery(db: DbLike, id: number, owner: string, now: Date, until: Date): Promise<ClaimedDelivery | null> {
  const at = now.toISOString();
  const rows = await db.$queryRaw<ClaimedRow[]>`
    UPDATE notification_deliveries SET claimed_by = ${owner}, claimed_until = ${until.toISOString()}
    WHERE id = ${id} AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ${at})
    RETURNING ${CLAIMED_COLUMNS}`;
  return rows[0] ? claimedDelivery(rows[0]) : null;
}

export type AttemptRecord =
  | { outcome: 'delivered'; responseCode: number | null }
  | { outcome: 'retry'; responseCode: number | null; error: string; nextAttemptAt: Date }
  | { outcome: 'dead'; responseCode: number | null; error: string };

/** The row's status once an attempt is recorded: a retry leaves it pending. */
export function statusAfter(record: AttemptRecord): 'DELIVERED' | 'DEAD' | 'PENDING' {
  return record.outcome === 'delivered' ? 'DELIVERED' : record.outcome === 'dead' ? 'DEAD' : 'PENDING';
}

export interface RecordedAttempt {
  id: number;
  at: Date;
  record: AttemptRecord;
  /** The text this attempt sent, when it was made for it: kept, so every retry and resend sends the same. */
  madeText?: Pick<ClaimedDelivery, 'title' | 'body' | 'priority' | 'tags'>;
}

/**
 * Records attempts by the claims' owner and releases the claims, in one statement: the
 * dispatcher hands over what finished while it was busy, so a busy outbox costs one write per
 * batch, not one per message, beside the ingest on SQLite's single writer.
 */
export async function recordAttempts(db: DbLike, owner: string, attempts: readonly RecordedAttempt[]): Promise<void> {
  if (attempts.length === 0) return;
  const rows = attempts.map(({ id, at, record, madeText }) => {
    const status = statusAfter(record);
    const lastError = record.outcome === 'delivered' ? null : record.error;
    const deliveredAt = record.outcome === 'delivered' ? at.toISOString() : null;
    const nextAttemptAt = record.outcome === 'retry' ? record.nextAttemptAt.toISOString() : at.toISOString();
    const text = madeText ?? null;
    // Typed, so PostgreSQL knows each column's type from the first row on, nulls included.
    return Prisma.sql`(CAST(${id} AS INTEGER), CAST(${status} AS TEXT), CAST(${record.responseCode} AS INTEGER), CAST(${lastError} AS TEXT),
      CAST(${deliveredAt} AS TEXT), CAST(${nextAttemptAt} AS TEXT), CAST(${text?.title ?? null} AS TEXT), CAST(${text?.body ?? null} AS TEXT),
      CAST(${text?.priority ?? null} AS TEXT), CAST(${text?.tags ?? null} AS TEXT))`;
  });
  // A row whose text was made for this attempt keeps it and drops its event; any other keeps its text.
  await db.$executeRaw`
    WITH attempt (id, status, response_code, last_error, delivered_at, next_attempt_at, title, body, priority, tags) AS (VALUES ${Prisma.join(rows)})
    UPDATE notification_deliveries SET status = attempt.status, attempts = notification_deliveries.attempts + 1,
      response_code = attempt.response_code, last_error = attempt.last_error, delivered_at = attempt.delivered_at,
      next_attempt_at = attempt.next_attempt_at, claimed_by = NULL, claimed_until = NULL,
      title = COALESCE(attempt.title, notification_deliveries.title), body = COALESCE(attempt.body, notification_deliveries.body),
      priority = COALESCE(attempt.priority, notification_deliveries.priority), tags = COALESCE(attempt.tags, notification_deliveries.tags),
      event_json = CASE WHEN attempt.body IS NULL THEN notification_deliveries.event_json ELSE NULL END
    FROM attempt
    WHERE notification_deliveries.id = attempt.id AND notification_deliveries.claimed_by = ${owner}`;
}

/** Gives claimed rows back untouched (a send cut short by stopping is not an attempt). */
export async function releaseClaims(db: DbLike, owner: string, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.notificationDelivery.updateMany({
    where: { id: { in: [...ids] }, claimedBy: owner },
    data: { claimedBy: null, claimedUntil: null },
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
