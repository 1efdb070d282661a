import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.ts';
import type { OpenDatabase } from '../../src/db/open-database.ts';
import { readLiveEventBounds, readLiveEvents, recordAndPublish } from '../../src/domain/live-event-log.ts';
import { createEventBus } from '../../src/events/event-bus.ts';
import type { EventBus } from '../../src/events/event-bus.ts';
import { LiveFeed } from '../../src/events/live-feed.ts';
import type { LivePayload } from '../../src/events/live-feed.ts';
import { SubscriberDroppedError } from '../../src/events/subscriber-dropped-error.ts';
import type { BackupReceivedEvent } from '../../src/events/topics.ts';
import { capturedLogger } from '../support/captured-logger.ts';
import { makeTempDir } from '../support/test-server.ts';

// The live feed on a real SQLite file, with the real log (src/domain/live-event-log.ts).

function backupEvent(n: number, serverId = 'server-a'): BackupReceivedEvent {
  return {
    backupId: `b${n}`,
    serverId,
    backupName: 'Documents',
    jobId: 1,
    status: 'Success',
    date: new Date(Date.UTC(2025, 0, 1, 0, n)).toISOString(),
    receivedAt: new Date().toISOString(),
  };
}

let database: OpenDatabase;
let bus: EventBus;
const feeds: LiveFeed[] = [];

beforeAll(async () => {
  database = await openDatabase(`file:${path.join(makeTempDir(), 'feed.db')}`);
});
afterAll(async () => {
  await database.close();
});
afterEach(() => {
  for (const feed of feeds.splice(0)) feed.stop();
});

async function startFeed(limits: { windowSize: number; maxPendingEvents: number }, options: { publishes?: boolean } = {}) {
  const { logger } = capturedLogger();
  bus = createEventBus({ logger });
  const feed = new LiveFeed({
    source: { read: (range) => readLiveEvents(database.prisma, range), bounds: () => readLiveEventBounds(database.prisma) },
    bus: options.publishes === false ? { listen: () => () => {} } : bus,
    pollMs: 60_000,
    retryMs: 50,
    logger,
    ...limits,
  });
  await feed.start();
  feeds.push(feed);
  return feed;
}

async function store(from: number, count: number, serverId?: string): Promise<void> {
  for (let n = from; n < from + count; n++) {
    await recordAndPublish(database.prisma, bus, [{ topic: 'backup:received', payload: backupEvent(n, serverId) }], new Date());
  }
}

async function take(stream: AsyncIterator<LivePayload<'backup:received'>>, count: number): Promise<string[]> {
  const ids: string[] = [];
  while (ids.length < count) ids.push((await stream.next()).value!.backupId);
  return ids;
}

const ids = (from: number, count: number) => Array.from({ length: count }, (_, n) => `b${from + n}`);

describe('the live feed', () => {
  it('gives a subscriber that keeps up every event, in order', async () => {
    const feed = await startFeed({ windowSize: 4, maxPendingEvents: 4 });
    const stream = feed.subscribe('backup:received');
    const received: string[] = [];
    for (let n = 0; n < 50; n++) {
      await store(n, 1);
      received.push(...(await take(stream, 1)));
    }
    expect(received).toEqual(ids(0, 50));
  });

  it('resumes after a cursor: the stored events first, from the database past the window, then live ones, none twice', async () => {
    const feed = await startFeed({ windowSize: 5, maxPendingEvents: 1000 });
    const first = feed.subscribe('backup:received');
    await store(1000, 3);
    const seen = await take(first, 3);
    expect(seen).toEqual(ids(1000, 3));
    const lastSeq = (await readLiveEventBounds(database.prisma)).head;
    await first.return!();
    // 40 more while it is away: more than the window holds, so most come from the database.
    await store(1003, 40);
    const resumed = feed.subscribe('backup:received', { afterSeq: lastSeq });
    const missed = await take(resumed, 40);
    await store(1043, 5);
    const live = await take(resumed, 5);
    expect([...missed, ...live]).toEqual(ids(1003, 45));
  });

  it('finds events no message announced (a lost Redis message) by reading the log', async () => {
    const feed = await startFeed({ windowSize: 10, maxPendingEvents: 100 }, { publishes: false });
    const stream = feed.subscribe('backup:received');
    await store(2000, 3);
    feed.catchUp();
    expect(await take(stream, 3)).toEqual(ids(2000, 3));
  });

  it('skips what a filter rejects, and such events never count against the subscriber', async () => {
    const feed = await startFeed({ windowSize: 10, maxPendingEvents: 3 });
    const onlyB = feed.subscribe('backup:received', { filter: (event) => event.serverId === 'server-b' });
    await store(3000, 20, 'server-a');
    await store(3020, 2, 'server-b');
    expect(await take(onlyB, 2)).toEqual(ids(3020, 2));
  });

  it('drops a subscriber with more than the limit of its events waiting, while the others get everything', async () => {
    const feed = await startFeed({ windowSize: 100, maxPendingEvents: 10 });
    const dropped: SubscriberDroppedError[] = [];
    const slow = feed.subscribe('backup:received', { onDropped: (error) => dropped.push(error) });
    const fast = feed.subscribe('backup:received');
    const fastReceived: Promise<string[]> = take(fast, 30);
    await store(4000, 30);
    expect(await fastReceived).toEqual(ids(4000, 30));
    expect(dropped).toHaveLength(1);
    expect(dropped[0]!.maxPendingEvents).toBe(10);
    await expect(slow.next()).rejects.toBeInstanceOf(SubscriberDroppedError);
    expect(await slow.next()).toEqual({ value: undefined, done: true });
    expect(feed.subscriptionCount()).toBe(1);
    await fast.return!();
    expect(feed.subscriptionCount()).toBe(0);
  });

  it('ends a waiting subscriber at once when it returns, and counts it gone', async () => {
    const feed = await startFeed({ windowSize: 10, maxPendingEvents: 10 });
    const stream = feed.subscribe('server:changed');
    expect(feed.subscriptionCount()).toBe(1);
    const waiting = stream.next();
    await stream.return!();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(feed.subscriptionCount()).toBe(0);
  });

  it('ignores a message that is not a numbered event (another version or a third party on the channel)', async () => {
    const feed = await startFeed({ windowSize: 10, maxPendingEvents: 10 });
    const stream = feed.subscribe('backup:received');
    bus.publish('backup:received', backupEvent(1) as never);
    bus.publish('backup:received', { ...backupEvent(2), seq: 10 ** 9 });
    await store(5000, 1);
    expect(await take(stream, 1)).toEqual(['b5000']);
  });

  it('delivers an ephemeral topic from the bus to the subscriptions open at the time, unnumbered and never stored', async () => {
    const feed = await startFeed({ windowSize: 10, maxPendingEvents: 10 });
    const { head } = await readLiveEventBounds(database.prisma);
    const delivery = (deliveryId: number, status: string) => ({ deliveryId, status, changedAt: new Date().toISOString() });
    bus.publish('notification:delivery-changed', delivery(1, 'PENDING'));
    const stream = feed.subscribeEphemeral('notification:delivery-changed', { filter: (event) => event.status !== 'PENDING' });
    expect(feed.subscriptionCount()).toBe(1);
    bus.publish('notification:delivery-changed', delivery(2, 'PENDING'));
    bus.publish('notification:delivery-changed', delivery(3, 'DELIVERED'));
    expect((await stream.next()).value).toMatchObject({ deliveryId: 3, status: 'DELIVERED' });
    expect((await readLiveEventBounds(database.prisma)).head).toBe(head);
    await stream.return!();
    expect(feed.subscriptionCount()).toBe(0);
  });

  it('drops an ephemeral subscriber with more than the limit of its events waiting, and tells it at once', async () => {
    const feed = await startFeed({ windowSize: 10, maxPendingEvents: 3 });
    const dropped: SubscriberDroppedError[] = [];
    const slow = feed.subscribeEphemeral('collect:progress', { onDropped: (error) => dropped.push(error) });
    const progress = (processed: number) => ({
      collectId: 'c',
      serverId: 's',
      backupName: 'Documents',
      processed,
      skipped: 0,
      errors: 0,
      finished: false,
      at: new Date().toISOString(),
    });
    for (let n = 1; n <= 3; n++) bus.publish('collect:progress', progress(n));
    expect(dropped).toHaveLength(0);
    bus.publish('collect:progress', progress(4));
    expect(dropped).toHaveLength(1);
    expect(dropped[0]!.maxPendingEvents).toBe(3);
    expect(feed.subscriptionCount()).toBe(0);
    await expect(slow.next()).rejects.toBeInstanceOf(SubscriberDroppedError);
    expect(await slow.next()).toEqual({ value: undefined, done: true });
  });
});
