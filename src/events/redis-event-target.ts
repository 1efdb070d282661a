import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';
import type { EventTargetForBus } from './event-bus.ts';

/**
 * Live events through Redis (REDIS_URL), so a subscriber on one process sees what another
 * process stored. @graphql-yoga/redis-event-target does the pub/sub; around it:
 *
 * - Channels carry a prefix (REDIS_CHANNEL_PREFIX), so several deployments can share one Redis.
 * - Redis going away never reaches an upload or a query. The library publishes without awaiting
 *   (a rejected publish would be an unhandled rejection, which ends a Node process), and ioredis'
 *   own offline queue is unbounded and fails each queued command after its retries. So the
 *   publishing client has no offline queue, and publishing goes through `BufferedPublisher`: sent
 *   at once while Redis is up, otherwise kept in a bounded buffer (oldest dropped beyond
 *   `maxBufferedEvents`, and logged) and sent in order once Redis is back.
 * - The subscribing client reconnects by itself and re-subscribes every channel it had
 *   (ioredis' autoResubscribe); its subscribe/unsubscribe commands wait for the connection
 *   instead of failing, and a failure is logged, never thrown. Redis is only the fast path: every
 *   event is in the live-event log, and the live feed (src/events/live-feed.ts) reads from it what
 *   no message brought (at once when the subscribing connection is back, `onResubscribed`, and
 *   every LIVE_EVENTS_POLL_MS), so nothing a subscriber sees depends on Redis delivering. The
 *   buffered events, once sent, only make that faster.
 * - A message arriving is handed to every subscription on this process without waiting for any
 *   of them (src/events/event-bus.ts bounds what each may have waiting), and a message that is
 *   not JSON (anyone with access to the Redis can publish on our channels) is logged and ignored:
 *   nothing on the message path can throw into the Redis client.
 */
export interface RedisEventTarget {
  target: EventTargetForBus;
  /** True while both connections are up. */
  connected(): boolean;
  /** Events waiting for Redis to come back. */
  bufferedEvents(): number;
  close(): Promise<void>;
}

export interface RedisEventTargetOptions {
  url: string;
  channelPrefix: string;
  logger: Logger;
  /** Events kept while Redis is down; beyond it the oldest are dropped. */
  maxBufferedEvents?: number;
  /** How long the first connection may take before the server refuses to start. */
  connectTimeoutMs?: number;
  /** After Redis is back, how long buffered events wait for other processes to re-subscribe. */
  resumeDelayMs?: number;
  /**
   * Called when the subscribing connection is back after a loss: whatever was published meanwhile
   * never reaches this process through Redis, so the live feed reads it from the database.
   */
  onResubscribed?: () => void;
}

const DEFAULT_MAX_BUFFERED_EVENTS = 1000;
const DEFAULT_RESUME_DELAY_MS = 2500;

/** Connects both clients (STACK.md: they must be connected before the event target is built). */
export async function connectRedisEventTarget(options: RedisEventTargetOptions): Promise<RedisEventTarget> {
  const { logger } = options;
  const common = {
    lazyConnect: true,
    connectTimeout: options.connectTimeoutMs ?? 10_000,
    // Reconnect for ever, retrying at most 2 s apart.
    retryStrategy: (times: number) => Math.min(times * 100, 2000),
  };
  const publisher = new Redis(options.url, {
    ...common,
    connectionName: 'dupligraph-publish',
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
  });
  const subscriber = new Redis(options.url, {
    ...common,
    connectionName: 'dupligraph-subscribe',
    autoResubscribe: true,
    enableOfflineQueue: true,
    // Only subscribe/unsubscribe ever queue (one per topic): let them wait for the connection.
    maxRetriesPerRequest: null,
  });

  const health = new ConnectionHealth(logger);
  health.watch('publish', publisher);
  health.watch('subscribe', subscriber, options.onResubscribed);

  try {
    await Promise.all([publisher.connect(), subscriber.connect()]);
  } catch (error) {
    publisher.disconnect();
    subscriber.disconnect();
    const reason = health.lastError?.message ?? (error as Error).message;
    throw new Error(`Redis at ${redactRedisUrl(options.url)} is not reachable: ${reason}`, { cause: error });
  }

  const buffered = new BufferedPublisher(
    publisher,
    logger,
    options.maxBufferedEvents ?? DEFAULT_MAX_BUFFERED_EVENTS,
    options.resumeDelayMs ?? DEFAULT_RESUME_DELAY_MS,
  );
  const guardedSubscriber = {
    on: (event: string, listener: (...args: any[]) => void) => subscriber.on(event, listener),
    subscribe: (...channels: string[]) =>
      subscriber.subscribe(...channels).catch((error: Error) => logger.warn({ err: error, channels }, 'redis subscribe failed')),
    unsubscribe: (...channels: string[]) =>
      subscriber.unsubscribe(...channels).catch((error: Error) => logger.debug({ err: error, channels }, 'redis unsubscribe failed')),
  };
  const inner = createRedisEventTarget({
    publishClient: buffered as unknown as Redis,
    subscribeClient: guardedSubscriber as unknown as Redis,
    serializer: {
      stringify: (value: unknown) => JSON.stringify(value),
      parse: (message: string) => parseMessage(message, logger),
    },
  }) as unknown as EventTargetForBus;

  return {
    target: withChannelPrefix(inner, options.channelPrefix),
    connected: () => publisher.status === 'ready' && subscriber.status === 'ready',
    bufferedEvents: () => buffered.size(),
    async close() {
      health.closing = true;
      buffered.stop();
      await Promise.all([quit(publisher), quit(subscriber)]);
    },
  };
}

/**
 * Sends at once while Redis is up; otherwise keeps events (bounded) and sends them in order once
 * it is back, after `resumeDelayMs`: the other processes' subscribers reconnect on their own
 * schedule (at most ~2 s apart, see retryStrategy) and would miss events sent before they are in.
 */
class BufferedPublisher {
  private readonly pending: [channel: string, message: string][] = [];
  private dropped = 0;
  private flushing = false;
  private resumeAt = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly client: Redis,
    private readonly logger: Logger,
    private readonly maxBuffered: number,
    private readonly resumeDelayMs: number,
  ) {
    client.on('ready', () => {
      if (this.pending.length === 0) return;
      this.resumeAt = Date.now() + this.resumeDelayMs;
      this.scheduleFlush();
    });
  }

  size(): number {
    return this.pending.length;
  }

  /** What the event target calls; never rejects. */
  publish(channel: string, message: string): Promise<number> {
    if (this.client.status === 'ready' && this.pending.length === 0) {
      this.client.publish(channel, message).catch(() => this.keep(channel, message));
    } else {
      this.keep(channel, message);
    }
    return Promise.resolve(0);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private keep(channel: string, message: string): void {
    this.pending.push([channel, message]);
    if (this.pending.length > this.maxBuffered) {
      this.pending.shift();
      if (this.dropped++ === 0) {
        this.logger.warn({ maxBufferedEvents: this.maxBuffered }, 'redis still down: dropping the oldest buffered live events');
      }
    }
    // Kept while the connection was up (a failed send, or older events still waiting): send soon.
    if (this.client.status === 'ready') this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.timer || this.flushing) return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        void this.flush();
      },
      Math.max(0, this.resumeAt - Date.now()),
    );
    this.timer.unref();
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    let sent = 0;
    try {
      while (this.pending.length > 0 && this.client.status === 'ready') {
        const [channel, message] = this.pending[0]!;
        try {
          await this.client.publish(channel, message);
        } catch {
          break; // down again: the next 'ready' schedules the rest
        }
        this.pending.shift();
        sent++;
      }
    } finally {
      this.flushing = false;
    }
    if (sent > 0 || this.dropped > 0) {
      this.logger.info({ sent, dropped: this.dropped, stillBuffered: this.pending.length }, 'redis back: buffered live events published');
      this.dropped = 0;
    }
  }
}

/** One warning when a connection is lost, one line when it is back; the retries stay quiet. */
class ConnectionHealth {
  closing = false;
  /** The last connection error, for the message when the first connection fails. */
  lastError: Error | undefined;
  private readonly ready = new Set<string>();
  private readonly lost = new Set<string>();

  constructor(private readonly logger: Logger) {}

  watch(role: string, client: Redis, onBack?: () => void): void {
    client.on('error', (error: Error) => {
      this.lastError = error;
      if (!this.closing) this.logger.debug({ err: error, role }, 'redis connection error');
    });
    client.on('close', () => {
      if (this.closing || !this.ready.has(role) || this.lost.has(role)) return;
      this.lost.add(role);
      this.logger.warn(
        { role },
        'redis connection lost: queries and uploads go on, live events wait in memory until it is back; reconnecting',
      );
    });
    client.on('ready', () => {
      this.ready.add(role);
      if (!this.lost.delete(role)) return;
      this.logger.info({ role }, 'redis connection back');
      try {
        onBack?.();
      } catch (error) {
        this.logger.error({ err: error, role }, 'redis: catching up after the reconnection failed');
      }
    });
  }
}

/** Channel = prefix + topic, on the way out and on the way in. */
function withChannelPrefix(inner: EventTargetForBus, prefix: string): EventTargetForBus {
  return {
    addEventListener: (type, listener) => inner.addEventListener(prefix + type, listener),
    removeEventListener: (type, listener) => inner.removeEventListener(prefix + type, listener),
    dispatchEvent: (event) => inner.dispatchEvent(new CustomEvent(prefix + event.type, { detail: event.detail })),
  };
}

function parseMessage(message: string, logger: Logger): unknown {
  try {
    return JSON.parse(message);
  } catch {
    logger.warn({ length: message.length }, 'redis: ignored a live event that is not JSON');
    return undefined;
  }
}

/** QUIT when connected (sends what is in flight), otherwise just drop the socket and stop retrying. */
async function quit(client: Redis): Promise<void> {
  if (client.status !== 'ready') {
    client.disconnect();
    return;
  }
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 1000).unref());
  await Promise.race([
    client.quit().then(
      () => undefined,
      () => undefined,
    ),
    timeout,
  ]);
  client.disconnect();
}

export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'redis://…';
  }
}
