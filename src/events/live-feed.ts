import type { Logger } from '../logger.ts';
import { EphemeralStream } from './ephemeral-stream.ts';
import type { EventBus } from './event-bus.ts';
import { SubscriberDroppedError } from './subscriber-dropped-error.ts';
import type { EphemeralTopic, EphemeralTopicPayloads, EventPayloads, LoggedEvent, Topic } from './topics.ts';

/**
 * Delivers live events by their number in the live-event log (src/domain/live-event-log.ts), so
 * that what a subscriber gets never depends on a message arriving:
 *
 * - One follower per process keeps the log's newest events in a window shared by every
 *   subscription (at most `windowSize` events, the same objects for all, so rows read for an event
 *   are shared too). It advances strictly in order: an event from the bus (in memory or Redis) that
 *   is the next number is appended; one that skips ahead makes it read the missing numbers from the
 *   database first. It also reads the database every `pollMs`, and when told that Redis is back,
 *   so events whose message was lost (Redis down, a subscription not yet re-established) arrive
 *   anyway, in order, a moment later.
 * - A subscription is a position in that order. It takes the next event after its position from
 *   the window, or, when it is further back than the window holds (it resumed from an older cursor,
 *   or read slowly), from the database, a page at a time as it reads. So a resumed subscription gets
 *   the stored events and then the live ones with no gap and no duplicate: there is only one
 *   sequence.
 * - While the database does not answer, the follower and the subscriptions that read from it wait
 *   and try again; nothing queues meanwhile, so memory stays flat and nothing can overflow.
 * - The slow-subscriber bound still holds (README, "Slow subscribers"): a subscription with more
 *   than `maxPendingEvents` of its events published and not yet taken is dropped.
 */
export interface LiveFeedSource {
  /** Events after `afterSeq`, oldest first, at most `limit`; only `topic` and only up to `upToSeq` when given. */
  read(range: { afterSeq: number; upToSeq?: number; topic?: string; limit: number }): Promise<LoggedEvent[]>;
  /** The newest number handed out and the oldest still stored. */
  bounds(): Promise<{ head: number; oldest: number }>;
}

export interface LiveFeedOptions {
  source: LiveFeedSource;
  bus: Pick<EventBus, 'listen'>;
  /** Newest events kept in memory for every subscription together. */
  windowSize: number;
  /** Events of one subscription waiting for it before it is dropped (SUBSCRIPTION_MAX_PENDING_EVENTS). */
  maxPendingEvents: number;
  /** How often the database is read for events no message announced (LIVE_EVENTS_POLL_MS). */
  pollMs: number;
  /** Events read from the database at once. */
  pageSize?: number;
  /** How long a failed database read waits before the next try. */
  retryMs?: number;
  logger: Logger;
}

export type LivePayload<T extends Topic> = EventPayloads[T][0];

export interface LiveSubscribeOptions<P> {
  /** Deliver what comes after this number; the newest event at subscription time when absent. */
  afterSeq?: number;
  /** Events it rejects are skipped and never count against the subscriber. */
  filter?: (payload: P) => boolean;
  /** Told when the subscription is dropped for falling behind. */
  onDropped?: (error: SubscriberDroppedError) => void;
}

const TOPICS: Topic[] = ['backup:received', 'server:changed', 'alert:changed'];
const DEFAULT_PAGE_SIZE = 100;
const DEFAULT_RETRY_MS = 1000;

export class LiveFeed {
  /** The newest number in the window; every number up to it has been seen. */
  private head = 0;
  /** Events head - window.length + 1 … head, in order. */
  private readonly window: LoggedEvent[] = [];
  private readonly subscriptions = new Set<FeedSubscription<Topic>>();
  private readonly ephemeralSubscriptions = new Set<EphemeralStream<unknown>>();
  /** Subscriptions waiting for the window to move, each with what wakes it. */
  private readonly waiting = new Map<object, (() => void)[]>();
  private reading = false;
  private readAgain = false;
  private failing = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly unlisten: (() => void)[] = [];
  private readonly pageSize: number;
  readonly retryMs: number;

  constructor(private readonly options: LiveFeedOptions) {
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    this.retryMs = options.retryMs ?? DEFAULT_RETRY_MS;
  }

  /** Starts at the newest stored event: what is older is read on demand. */
  async start(): Promise<void> {
    this.head = (await this.options.source.bounds()).head;
    for (const topic of TOPICS) {
      this.unlisten.push(this.options.bus.listen(topic, (payload) => this.offer(topic, payload)));
    }
    this.timer = setInterval(() => this.catchUp(), this.options.pollMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    for (const unlisten of this.unlisten.splice(0)) unlisten();
    for (const subscription of [...this.subscriptions]) void subscription.return();
    for (const subscription of [...this.ephemeralSubscriptions]) void subscription.return();
  }

  /** Live subscriptions on this process. */
  subscriptionCount(): number {
    return this.subscriptions.size + this.ephemeralSubscriptions.size;
  }

  /** The newest number handed out and the oldest still stored, read from the database. */
  storedBounds(): Promise<{ head: number; oldest: number }> {
    return this.options.source.bounds();
  }

  /** Reads what the database has beyond the window now (Redis came back, or a test wants it). */
  catchUp(): void {
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    void this.readNewEvents();
  }

  subscribe<T extends Topic>(
    topic: T,
    options: LiveSubscribeOptions<LivePayload<T>> = {},
  ): AsyncIterableIterator<LivePayload<T>, undefined> {
    const subscription = new FeedSubscription<T>(this, this.options, topic, options.afterSeq ?? this.head, options);
    this.subscriptions.add(subscription as unknown as FeedSubscription<Topic>);
    // A cursor from another process may be ahead of this one's window: fetch up to it now.
    if (subscription.position > this.head) this.catchUp();
    return subscription;
  }

  /**
   * An ephemeral topic's events from now on, straight from the bus (no log, no cursor): each
   * subscription listens on its own and queues at most `maxPendingEvents` of them, with the same
   * drop policy as a logged topic's subscription.
   */
  subscribeEphemeral<T extends EphemeralTopic>(
    topic: T,
    options: Omit<LiveSubscribeOptions<EphemeralTopicPayloads[T]>, 'afterSeq'> = {},
  ): AsyncIterableIterator<EphemeralTopicPayloads[T], undefined> {
    const { filter, onDropped = () => {} } = options;
    const stream: EphemeralStream<EphemeralTopicPayloads[T]> = new EphemeralStream(
      this.options.maxPendingEvents,
      (offer) =>
        this.options.bus.listen(topic, (payload) => {
          const event = payload as EphemeralTopicPayloads[T];
          if (!filter || filter(event)) offer(event);
        }),
      onDropped,
      () => this.ephemeralSubscriptions.delete(stream as EphemeralStream<unknown>),
    );
    this.ephemeralSubscriptions.add(stream as EphemeralStream<unknown>);
    return stream;
  }

  /** @internal for FeedSubscription */
  get newest(): number {
    return this.head;
  }

  /** @internal the oldest number in the window minus one: positions below it read from the database */
  get windowFloor(): number {
    return this.head - this.window.length;
  }

  /** @internal */
  eventAfter(position: number): LoggedEvent | undefined {
    const index = position - this.windowFloor;
    return index >= 0 && index < this.window.length ? this.window[index] : undefined;
  }

  /** @internal resolves on the next change to the window (or at once if it already moved past `position`), or when `wake(waiter)` */
  waitBeyond(position: number, waiter: object): Promise<void> {
    if (this.head > position) return Promise.resolve();
    return new Promise((resolve) => {
      const wakes = this.waiting.get(waiter);
      if (wakes) wakes.push(resolve);
      else this.waiting.set(waiter, [resolve]);
    });
  }

  /**
   * @internal wakes one waiting subscription (returned or dropped, so it can finish). Only that
   * one: with 10,000 subscribers, waking all of them for each that leaves made every disconnect
   * cost 10,000 turns of the others' loops, and a reconnect storm quadratic.
   */
  wake(waiter: object): void {
    const wakes = this.waiting.get(waiter);
    if (!wakes) return;
    this.waiting.delete(waiter);
    for (const resolve of wakes) resolve();
  }

  /** @internal */
  forget(subscription: FeedSubscription<Topic>): void {
    this.subscriptions.delete(subscription);
  }

  /** Wakes every subscription waiting for new events. */
  private wakeAll(): void {
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const wakes of waiting) for (const resolve of wakes) resolve();
  }

  private offer(topic: Topic, payload: unknown): void {
    const seq = (payload as { seq?: unknown }).seq;
    // Anything else on our Redis channels (another version, a third party) is not in the log.
    if (typeof seq !== 'number' || !Number.isSafeInteger(seq)) return;
    if (seq <= this.head) return;
    if (seq === this.head + 1 && !this.reading) {
      this.append([{ seq, topic, payload } as LoggedEvent]);
      return;
    }
    // Out of order (another process committed the numbers between) or a message was lost.
    this.catchUp();
  }

  private async readNewEvents(): Promise<void> {
    this.reading = true;
    try {
      for (;;) {
        this.readAgain = false;
        const page = await this.options.source.read({ afterSeq: this.head, limit: this.pageSize });
        if (this.failing) {
          this.failing = false;
          this.options.logger.info({ head: this.head }, 'live events: the database answers again, catching up');
        }
        // Numbers are gapless and commit in order (src/domain/live-event-log.ts), so a page is
        // exactly the next events; a row skipped as unreadable is stepped over.
        if (page.length > 0) this.append(page);
        if (page.length < this.pageSize && !this.readAgain) break;
      }
    } catch (error) {
      if (!this.failing) {
        this.failing = true;
        this.options.logger.warn({ err: error }, 'live events: the database is not answering; subscribers wait and nothing is lost');
      }
    } finally {
      this.reading = false;
    }
  }

  private append(events: LoggedEvent[]): void {
    for (const event of events) {
      if (event.seq <= this.head) continue;
      if (event.seq !== this.head + 1) {
        // Only a row we could not read leaves a hole: start the window again after it.
        this.window.length = 0;
      }
      this.window.push(event);
      this.head = event.seq;
      for (const subscription of this.subscriptions) subscription.published(event);
    }
    const excess = this.window.length - this.options.windowSize;
    if (excess > 0) this.window.splice(0, excess);
    this.wakeAll();
  }
}

class FeedSubscription<T extends Topic> implements AsyncIterableIterator<LivePayload<T>, undefined> {
  /** The number of the last event delivered or stepped over. */
  position: number;
  /** Its events published after it subscribed and not yet delivered: the slow-subscriber bound. */
  private pending = 0;
  private readonly countedFrom: number;
  /** The wanted events of the last page read from the database, delivered before anything else. */
  private fromDatabase: LoggedEvent[] = [];
  /** Where that page ended: the position once its events are delivered. */
  private pageReached = 0;
  private state: 'open' | 'dropped' | 'ended' = 'open';
  private dropError: SubscriberDroppedError | undefined;

  constructor(
    private readonly feed: LiveFeed,
    private readonly options: LiveFeedOptions,
    private readonly topic: T,
    start: number,
    private readonly subscribeOptions: LiveSubscribeOptions<LivePayload<T>>,
  ) {
    this.position = start;
    this.countedFrom = feed.newest;
  }

  /** Called for every event the feed appends. */
  published(event: LoggedEvent): void {
    if (this.state !== 'open' || event.seq <= this.position || !this.wants(event)) return;
    if (++this.pending > this.options.maxPendingEvents) this.drop();
  }

  async next(): Promise<IteratorResult<LivePayload<T>, undefined>> {
    for (;;) {
      if (this.state === 'dropped') {
        this.end();
        throw this.dropError;
      }
      if (this.state === 'ended') return { value: undefined, done: true };
      const fromDatabase = this.fromDatabase.shift();
      if (fromDatabase) {
        const result = this.deliver(fromDatabase);
        if (this.fromDatabase.length === 0) this.position = Math.max(this.position, this.pageReached);
        return result;
      }
      if (this.position < this.feed.windowFloor) {
        await this.readFromDatabase();
        continue;
      }
      const next = this.nextInWindow();
      if (next) return this.deliver(next);
      await this.feed.waitBeyond(this.position, this);
    }
  }

  return(): Promise<IteratorResult<LivePayload<T>, undefined>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<LivePayload<T>, undefined>> {
    this.end();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private deliver(event: LoggedEvent): IteratorResult<LivePayload<T>, undefined> {
    this.position = event.seq;
    if (event.seq > this.countedFrom && this.pending > 0) this.pending--;
    return { value: event.payload as LivePayload<T>, done: false };
  }

  /** The next wanted event in the window; steps over the others. */
  private nextInWindow(): LoggedEvent | undefined {
    for (;;) {
      const event = this.feed.eventAfter(this.position);
      if (!event) return undefined;
      if (this.wants(event)) return event;
      this.position = event.seq;
    }
  }

  /** One page of this topic's events between the position and the window, as the client reads. */
  private async readFromDatabase(): Promise<void> {
    const upToSeq = this.feed.windowFloor;
    let page: LoggedEvent[];
    try {
      page = await this.options.source.read({ afterSeq: this.position, upToSeq, topic: this.topic, limit: DEFAULT_PAGE_SIZE });
    } catch (error) {
      this.options.logger.debug({ err: error }, 'live events: catching a subscriber up failed; trying again');
      await new Promise((resolve) => setTimeout(resolve, this.feed.retryMs).unref());
      return;
    }
    if (this.state !== 'open') return;
    this.fromDatabase = page.filter((event) => this.wants(event));
    // A short page holds everything up to the window; a full one, everything up to its last event.
    this.pageReached = page.length < DEFAULT_PAGE_SIZE ? upToSeq : page.at(-1)!.seq;
    if (this.fromDatabase.length === 0) this.position = Math.max(this.position, this.pageReached);
  }

  private wants(event: LoggedEvent): boolean {
    if (event.topic !== this.topic) return false;
    const { filter } = this.subscribeOptions;
    if (!filter) return true;
    try {
      return filter(event.payload as LivePayload<T>);
    } catch (error) {
      this.options.logger.error({ err: error, topic: this.topic }, 'live event filter failed; event skipped');
      return false;
    }
  }

  private drop(): void {
    this.state = 'dropped';
    this.fromDatabase = [];
    this.dropError = new SubscriberDroppedError(this.options.maxPendingEvents);
    this.feed.forget(this as unknown as FeedSubscription<Topic>);
    this.feed.wake(this);
    try {
      this.subscribeOptions.onDropped?.(this.dropError);
    } catch (error) {
      this.options.logger.error({ err: error, topic: this.topic }, 'dropping a slow subscriber failed');
    }
  }

  private end(): void {
    if (this.state === 'ended') return;
    this.state = 'ended';
    this.fromDatabase = [];
    this.feed.forget(this as unknown as FeedSubscription<Topic>);
    this.feed.wake(this);
  }
}
