import { describe, expect, it } from 'vitest';
import { createEventBus } from '../../src/events/event-bus.ts';
import { SubscriberDroppedError } from '../../src/events/event-stream.ts';
import type { BackupReceivedEvent } from '../../src/events/topics.ts';
import { capturedLogger } from '../support/captured-logger.ts';

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

function busWithLimit(maxPendingEvents: number) {
  const { logger, lines } = capturedLogger();
  return { ...createEventBus({ maxPendingEvents, logger }), lines };
}

/** Pulls every event until the stream ends; an error ends it too and is returned beside the events. */
async function drain<T>(stream: AsyncIterator<T>): Promise<{ events: T[]; error?: unknown }> {
  const events: T[] = [];
  try {
    for (;;) {
      const result = await stream.next();
      if (result.done) return { events };
      events.push(result.value);
    }
  } catch (error) {
    return { events, error };
  }
}

describe('the bounded event bus', () => {
  it('gives a subscriber that keeps up every event, in order', async () => {
    const { bus } = busWithLimit(4);
    const stream = bus.subscribe('backup:received');
    const received: string[] = [];
    for (let n = 0; n < 1_000; n++) {
      bus.publish('backup:received', backupEvent(n));
      received.push((await stream.next()).value!.backupId);
    }
    expect(received).toEqual(Array.from({ length: 1_000 }, (_, n) => `b${n}`));
  });

  it('drops a subscriber that falls more than the limit behind, while the others get everything', async () => {
    const { bus, subscriptionCount } = busWithLimit(10);
    const dropped: SubscriberDroppedError[] = [];
    const slow = bus.subscribe('backup:received', { onDropped: (error) => dropped.push(error) });
    const fast = bus.subscribe('backup:received');
    const fastReceived: string[] = [];
    const reading = (async () => {
      for await (const event of fast) {
        fastReceived.push(event.backupId);
        if (fastReceived.length === 50) return;
      }
    })();

    for (let n = 0; n < 50; n++) {
      // Publishing never throws, however far behind the slow one is.
      expect(() => bus.publish('backup:received', backupEvent(n))).not.toThrow();
      await Promise.resolve();
    }
    await reading;

    expect(fastReceived).toEqual(Array.from({ length: 50 }, (_, n) => `b${n}`));
    expect(dropped).toHaveLength(1);
    expect(dropped[0]!.maxPendingEvents).toBe(10);
    // The slow one stopped listening the moment it was dropped (the fast one has returned by now).
    expect(subscriptionCount()).toBe(0);
    expect(slow.pending).toBe(0);
    const { events, error } = await drain(slow);
    // Nothing after the drop, not even what was waiting: a resumed client asks again from its last event.
    expect(events).toEqual([]);
    expect(error).toBeInstanceOf(SubscriberDroppedError);
    expect((error as SubscriberDroppedError).code).toBe('SUBSCRIBER_TOO_SLOW');
    expect(await slow.next()).toEqual({ value: undefined, done: true });
  });

  it('delivers what was waiting when the subscriber catches up in time', async () => {
    const { bus } = busWithLimit(10);
    const stream = bus.subscribe('backup:received');
    for (let n = 0; n < 10; n++) bus.publish('backup:received', backupEvent(n));
    expect(stream.pending).toBe(10);
    const received: string[] = [];
    for (let n = 0; n < 10; n++) received.push((await stream.next()).value!.backupId);
    expect(received).toEqual(Array.from({ length: 10 }, (_, n) => `b${n}`));
    await stream.return();
  });

  it('counts only the events a subscriber asked for against its limit', async () => {
    const { bus } = busWithLimit(5);
    const dropped: unknown[] = [];
    const stream = bus.subscribe('backup:received', {
      filter: (event) => event.serverId === 'server-b',
      onDropped: (error) => dropped.push(error),
    });
    for (let n = 0; n < 100; n++) bus.publish('backup:received', backupEvent(n, 'server-a'));
    bus.publish('backup:received', backupEvent(100, 'server-b'));
    expect(dropped).toEqual([]);
    expect((await stream.next()).value!.backupId).toBe('b100');
    await stream.return();
  });

  it('stops listening when the consumer returns, ending a pull that was waiting', async () => {
    const { bus, subscriptionCount } = busWithLimit(10);
    const stream = bus.subscribe('server:changed');
    expect(subscriptionCount()).toBe(1);
    const waiting = stream.next();
    await stream.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(subscriptionCount()).toBe(0);
    bus.publish('server:changed', { kind: 'CREATED', serverId: 's', name: 'n', changedAt: new Date().toISOString() });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it('keeps the count right whether subscriptions end by return or by being dropped', async () => {
    const { bus, subscriptionCount } = busWithLimit(3);
    const streams = Array.from({ length: 20 }, () => bus.subscribe('alert:changed'));
    expect(subscriptionCount()).toBe(20);
    await Promise.all(streams.slice(0, 5).map((stream) => stream.return()));
    expect(subscriptionCount()).toBe(15);
    const alert = {
      change: 'RAISED',
      alertId: 1,
      alertKind: 'OVERDUE',
      serverId: 's',
      backupName: 'b',
      changedAt: new Date().toISOString(),
    } as const;
    // Nobody reads: four events drop all fifteen (three may wait).
    for (let n = 0; n < 4; n++) bus.publish('alert:changed', { ...alert, alertId: n });
    expect(subscriptionCount()).toBe(0);
    // Ending a dropped stream again changes nothing.
    await Promise.all(streams.map((stream) => stream.return()));
    expect(subscriptionCount()).toBe(0);
  });

  it('never throws from publish, even when a drop handler fails, and logs the failure', async () => {
    const { bus, lines } = busWithLimit(1);
    const stream = bus.subscribe('backup:received', {
      onDropped: () => {
        throw new Error('handler failed');
      },
    });
    expect(() => {
      for (let n = 0; n < 10_000; n++) bus.publish('backup:received', backupEvent(n));
    }).not.toThrow();
    expect(lines.some((line) => line.includes('dropping a slow subscriber failed') && line.includes('handler failed'))).toBe(true);
    await expect(stream.next()).rejects.toBeInstanceOf(SubscriberDroppedError);
  });

  it('ignores payloads that are not events, as a foreign publisher on a shared Redis could send', async () => {
    const { bus } = busWithLimit(10);
    const stream = bus.subscribe('backup:received');
    bus.publish('backup:received', undefined as never);
    bus.publish('backup:received', 'not an event' as never);
    bus.publish('backup:received', backupEvent(1));
    expect((await stream.next()).value!.backupId).toBe('b1');
    await stream.return();
  });
});
