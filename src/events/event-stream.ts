/**
 * One subscription's events on their way to its client, with a bounded backlog.
 *
 * The publisher hands each event over with `offer`, which never waits and never throws: a report
 * is stored and acknowledged whatever its subscribers do. The consumer (the GraphQL transport)
 * pulls with `next`; it is slow when the client does not read, or when the per-event database
 * read waits. Events wait here meanwhile, at most `maxPending` of them. One more, and the
 * subscription is dropped: its backlog is freed, it stops listening, and its next `next` rejects
 * with `SubscriberDroppedError` (then it is done).
 *
 * Dropping the subscriber, rather than the oldest events or every other event, keeps one promise:
 * what a subscriber receives is always an unbroken run of what was published after it
 * subscribed, never a run with a hole in it. So a client that subscribes again from the last
 * event it received misses nothing it was not told about.
 */
export class SubscriberDroppedError extends Error {
  readonly code = 'SUBSCRIBER_TOO_SLOW';

  constructor(readonly maxPendingEvents: number) {
    super(
      `Subscription dropped: more than ${maxPendingEvents} events were waiting for this subscriber (SUBSCRIPTION_MAX_PENDING_EVENTS); subscribe again`,
    );
    this.name = 'SubscriberDroppedError';
  }
}

const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });

interface Waiter<T> {
  resolve(result: IteratorResult<T, undefined>): void;
}

export class EventStream<T> implements AsyncIterableIterator<T, undefined> {
  private readonly backlog: T[] = [];
  /** Pulls waiting for an event; only ever non-empty while the backlog is empty. */
  private readonly waiters: Waiter<T>[] = [];
  private state: 'open' | 'dropped' | 'ended' = 'open';
  private dropError: SubscriberDroppedError | undefined;

  /**
   * @param unsubscribe stops the events at their source; called once, when the stream is dropped or ended
   * @param onDropped told at once, while the consumer may still be stuck on a socket that does not drain
   */
  constructor(
    private readonly maxPending: number,
    private readonly unsubscribe: () => void,
    private readonly onDropped: (error: SubscriberDroppedError) => void = () => {},
  ) {}

  /** Backlog size, for tests and metrics. */
  get pending(): number {
    return this.backlog.length;
  }

  /** Hands one event over. Never throws, never waits. */
  offer(event: T): void {
    if (this.state !== 'open') return;
    const waiter = this.waiters.shift();
    if (waiter) {
      waiter.resolve({ value: event, done: false });
    } else if (this.backlog.length < this.maxPending) {
      this.backlog.push(event);
    } else {
      this.drop();
    }
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.backlog.length > 0) return Promise.resolve({ value: this.backlog.shift()!, done: false });
    if (this.state === 'dropped') {
      this.state = 'ended';
      return Promise.reject(this.dropError);
    }
    if (this.state === 'ended') return Promise.resolve(DONE);
    return new Promise((resolve) => this.waiters.push({ resolve }));
  }

  /** The consumer is done (the client unsubscribed or went away). */
  return(): Promise<IteratorResult<T, undefined>> {
    this.end();
    return Promise.resolve(DONE);
  }

  throw(error?: unknown): Promise<IteratorResult<T, undefined>> {
    this.end();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private drop(): void {
    this.state = 'dropped';
    this.backlog.length = 0;
    this.dropError = new SubscriberDroppedError(this.maxPending);
    this.unsubscribe();
    this.onDropped(this.dropError);
  }

  private end(): void {
    if (this.state === 'ended') return;
    if (this.state === 'open') this.unsubscribe();
    this.state = 'ended';
    this.backlog.length = 0;
    for (const waiter of this.waiters.splice(0)) waiter.resolve(DONE);
  }
}
