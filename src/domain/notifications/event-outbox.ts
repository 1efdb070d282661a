import type { RawSql } from '../../db/raw-sql.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { isNotificationEventKind, NOTIFICATION_CHANNELS, storedEventJson } from './events.ts';
import type { NotificationEvent } from './events.ts';
import { writeDeliveries } from './outbox.ts';
import { draftsToRenderAtSend } from './plan.ts';
import type { DeliveryDraft, DeliveryRoute, DraftSubject } from './plan.ts';

/**
 * The outbox's first stage. A stored run's events are written as one `notification_events` row
 * each, with the destinations chosen at commit; the dispatcher later splits each into one
 * `notification_deliveries` row per destination, in a transaction that deletes the event. An
 * upload thus writes one small row per event instead of one per channel (three rows and three
 * copies of the event for three channels cost the uploads about a sixth of their rate), and a
 * burst of reports leaves the splitting until it pauses.
 *
 * Order per destination and job is kept: events are split oldest first, and a split that runs
 * beside another (a second instance on PostgreSQL) deletes the same oldest rows, so it waits
 * for the first to commit and then finds them gone; its own deliveries come after. Writers of
 * deliveries that do not pass through here (the overdue check) split their jobs' waiting events
 * first (`insertDeliveries` below).
 */

/** Writes the event in the caller's transaction (the run's); `routes` is planRoutes' answer, never empty. */
export async function insertEvent(tx: RawSql, event: NotificationEvent, routes: readonly DeliveryRoute[], now: Date): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO notification_events (event, server_id, job_id, backup_id, alert_id, routes, event_json, created_at)
    VALUES (${event.kind}, ${event.server.id || null}, ${event.job?.id ?? null}, ${event.run?.id ?? null}, ${event.alert?.id ?? null},
            ${JSON.stringify(routes)}, ${storedEventJson(event)}, ${now.toISOString()})`;
}

interface WaitingEventRow {
  id: number | bigint;
  event: string;
  serverId: string | null;
  jobId: number | bigint | null;
  backupId: string | null;
  alertId: number | bigint | null;
  routes: string;
  eventJson: string;
  createdAt: string;
}

const WAITING_COLUMNS = Prisma.sql`id, event, server_id AS "serverId", job_id AS "jobId", backup_id AS "backupId", alert_id AS "alertId",
  routes, event_json AS "eventJson", created_at AS "createdAt"`;

/** Which waiting events a split takes: the oldest `limit`, or every one of some jobs. */
export type EventSelection = { oldest: number } | { jobIds: readonly number[] };

/** What a split did: events split, and those it could not read (dropped, so they hold nothing back). */
export interface SplitOutcome {
  split: number;
  unreadable: { id: number; reason: string }[];
}

/**
 * Splits waiting events into deliveries inside `tx`, which must be a transaction: the events are
 * deleted and their deliveries written together, so each event becomes its deliveries exactly once.
 */
export async function splitWaitingEvents(tx: RawSql, selection: EventSelection): Promise<SplitOutcome> {
  const rows = await takeWaitingEvents(tx, selection);
  const outcome: SplitOutcome = { split: rows.length, unreadable: [] };
  const drafts: DeliveryDraft[] = [];
  for (const row of rows.sort((a, b) => Number(a.id) - Number(b.id))) {
    const made = deliveriesOf(row);
    if (typeof made === 'string') outcome.unreadable.push({ id: Number(row.id), reason: made });
    else drafts.push(...made);
  }
  await writeDeliveries(tx, drafts);
  return outcome;
}

async function takeWaitingEvents(tx: RawSql, selection: EventSelection): Promise<WaitingEventRow[]> {
  if ('oldest' in selection) {
    return tx.$queryRaw<WaitingEventRow[]>`
      DELETE FROM notification_events
      WHERE id IN (SELECT id FROM notification_events ORDER BY id LIMIT ${selection.oldest})
      RETURNING ${WAITING_COLUMNS}`;
  }
  if (selection.jobIds.length === 0) return [];
  return tx.$queryRaw<WaitingEventRow[]>`
    DELETE FROM notification_events WHERE job_id IN (${Prisma.join([...selection.jobIds])})
    RETURNING ${WAITING_COLUMNS}`;
}

/** The event's deliveries, or why its row cannot be read (only a hand-edited database has such a row). */
function deliveriesOf(row: WaitingEventRow): DeliveryDraft[] | string {
  if (!isNotificationEventKind(row.event)) return `unknown event kind ${JSON.stringify(row.event)}`;
  const routes = parseRoutes(row.routes);
  if (!routes) return `unreadable routes ${JSON.stringify(row.routes.slice(0, 200))}`;
  const subject: DraftSubject = {
    kind: row.event,
    server: { id: row.serverId ?? '' },
    job: row.jobId === null ? null : { id: Number(row.jobId) },
    run: row.backupId === null ? null : { id: row.backupId },
    alert: row.alertId === null ? null : { id: Number(row.alertId) },
  };
  return draftsToRenderAtSend(subject, row.eventJson, routes).map((draft) => ({ ...draft, enqueuedAt: row.createdAt }));
}

function parseRoutes(text: string): DeliveryRoute[] | null {
  try {
    const routes: unknown = JSON.parse(text);
    const isRoute = (route: unknown) =>
      Array.isArray(route) &&
      route.length === 2 &&
      (NOTIFICATION_CHANNELS as readonly unknown[]).includes(route[0]) &&
      typeof route[1] === 'string';
    return Array.isArray(routes) && routes.every(isRoute) ? (routes as DeliveryRoute[]) : null;
  } catch {
    return null;
  }
}

/**
 * Writes deliveries made elsewhere than from a waiting event (an overdue check, a digest, a test
 * notification) in `tx`, after splitting the waiting events of their jobs, so a job's earlier
 * events still reach each destination first.
 */
export async function insertDeliveries(tx: RawSql, drafts: readonly DeliveryDraft[], now: Date, heldUntil?: Date): Promise<void> {
  if (drafts.length === 0) return;
  const jobIds = [...new Set(drafts.flatMap((draft) => (draft.jobId === null ? [] : [draft.jobId])))];
  await splitWaitingEvents(tx, { jobIds });
  await writeDeliveries(tx, drafts, now, heldUntil);
}

/** What is yet to be sent: pending deliveries and the events not yet split into them, in one statement. */
export async function countOutboxBacklog(db: RawSql): Promise<number> {
  const [row] = await db.$queryRaw<{ backlog: number | bigint }[]>`
    SELECT (SELECT COUNT(*) FROM notification_deliveries WHERE status = 'PENDING') + (SELECT COUNT(*) FROM notification_events) AS backlog`;
  return Number(row?.backlog ?? 0);
}
