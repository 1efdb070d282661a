import type { RawSql } from '../db/raw-sql.ts';
import type { DbLike, DbTransaction } from '../db/types.ts';
import type { EventPublisher } from '../events/event-bus.ts';
import type { LoggedEvent, TopicEvent } from '../events/topics.ts';
import { Prisma } from '../generated/prisma/client.ts';

/**
 * The live-event log (table `live_events`): what makes subscriptions resumable. Every change that
 * is announced live is first written here, in the transaction that made it, so an event exists
 * exactly when its change committed. Numbers (`seq`) come from one counter row, taken as the last
 * step of the transaction: the counter's row lock makes writers take numbers in commit order and a
 * rolled-back transaction gives its numbers back, so `seq` has no gaps and a reader that sees event
 * n has seen every event before it, on SQLite and on PostgreSQL alike.
 */

/** Writes the events of one transaction; call it last in that transaction (see above). */
export async function recordLiveEvents(tx: RawSql, events: TopicEvent[], now: Date): Promise<LoggedEvent[]> {
  const [logged] = await recordLiveEventGroups(tx, [{ events, at: now }]);
  return logged!;
}

/**
 * Writes the events of several changes committed together (src/domain/group-commit.ts), numbered
 * in the order given, each stamped with its own time: one counter bump and one insert for all.
 * Returns each group's events as numbered.
 */
export async function recordLiveEventGroups(tx: RawSql, groups: { events: TopicEvent[]; at: Date }[]): Promise<LoggedEvent[][]> {
  const count = groups.reduce((sum, group) => sum + group.events.length, 0);
  if (count === 0) return groups.map(() => []);
  const [counter] = await tx.$queryRaw<{ lastSeq: number | bigint }[]>`
    UPDATE live_event_counter SET last_seq = last_seq + ${count} WHERE id = 1 RETURNING last_seq AS "lastSeq"`;
  if (!counter) throw new Error('the live-event counter row is missing');
  let seq = Number(counter.lastSeq) - count;
  const rows: Prisma.Sql[] = [];
  const logged = groups.map((group) => {
    const createdAt = group.at.toISOString();
    return group.events.map((event) => {
      seq += 1;
      rows.push(Prisma.sql`(${seq}, ${event.topic}, ${JSON.stringify(event.payload)}, ${createdAt})`);
      return { ...event, seq } as LoggedEvent;
    });
  });
  await tx.$executeRaw`INSERT INTO live_events (seq, topic, payload, created_at) VALUES ${Prisma.join(rows)}`;
  return logged;
}

/** Announces recorded events once their transaction has committed, each carrying its number. */
export function publishLoggedEvents(events: EventPublisher, logged: LoggedEvent[]): void {
  for (const event of logged) events.publish(event.topic, { ...event.payload, seq: event.seq } as never);
}

/** Records and announces events that have no transaction of their own to join. */
export async function recordAndPublish(
  db: { $transaction<R>(fn: (tx: DbTransaction) => Promise<R>): Promise<R> },
  events: EventPublisher,
  topicEvents: TopicEvent[],
  now: Date,
): Promise<void> {
  if (topicEvents.length === 0) return;
  const logged = await db.$transaction((tx) => recordLiveEvents(tx, topicEvents, now));
  publishLoggedEvents(events, logged);
}

export interface LiveEventRange {
  /** Read events with a greater number. */
  afterSeq: number;
  /** And at most this number (inclusive), if given. */
  upToSeq?: number;
  /** Only this topic, if given. */
  topic?: string;
  limit: number;
}

/** One page of the log, oldest first. Rows whose payload is not an object (never written by us) are skipped. */
export async function readLiveEvents(db: DbLike, range: LiveEventRange): Promise<LoggedEvent[]> {
  const rows = await db.liveEvent.findMany({
    where: {
      seq: { gt: range.afterSeq, ...(range.upToSeq !== undefined ? { lte: range.upToSeq } : {}) },
      ...(range.topic ? { topic: range.topic } : {}),
    },
    orderBy: { seq: 'asc' },
    take: range.limit,
  });
  const events: LoggedEvent[] = [];
  for (const row of rows) {
    const payload = parsePayload(row.payload);
    if (payload) events.push({ seq: row.seq, topic: row.topic, payload } as LoggedEvent);
  }
  return events;
}

export interface LiveEventBounds {
  /** The last number handed out (0 before the first event). */
  head: number;
  /** The oldest number still in the log; head + 1 when the log is empty. */
  oldest: number;
}

export async function readLiveEventBounds(db: DbLike): Promise<LiveEventBounds> {
  const [counter, oldest] = await Promise.all([
    db.liveEventCounter.findUnique({ where: { id: 1 }, select: { lastSeq: true } }),
    db.liveEvent.findFirst({ orderBy: { seq: 'asc' }, select: { seq: true } }),
  ]);
  const head = counter?.lastSeq ?? 0;
  return { head, oldest: oldest?.seq ?? head + 1 };
}

/** Deletes events recorded before `before`; the cursors naming them become too old to resume from. */
export async function pruneLiveEvents(db: DbLike, before: Date): Promise<number> {
  const { count } = await db.liveEvent.deleteMany({ where: { createdAt: { lt: before.toISOString() } } });
  return count;
}

function parsePayload(text: string): object | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}
