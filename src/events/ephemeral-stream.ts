import { SubscriberDroppedError } from './subscriber-dropped-error.ts';

/**
 * One subscription to an ephemeral topic (src/events/topics.ts, EphemeralTopicPayloads): its
 * events on their way to its client, with a bounded backlog. They are not in the live-event log,
 * so there is nothing to read back: what waits here is all there is.
 *
 * The bus hands each event over with `offer`, which never waits and never throws. The consumer
 * (the GraphQL transport) pulls with `next`. At most `maxPending` events wait; one more, and the
 * subscription is dropped as a live-feed subscription is (README, "Slow subscribers"): its backlog
 * is freed, it stops listening, `onDropped` is told at once, and its next `next` rejects with
 * `SubscriberDroppedError`. Dropping the subscriber rather than some events keeps what it received
 * an unbroken run.
 */
export class EphemeralStream<T> implements AsyncIterableIterator<T, undefined> {
  private readonly backlog: T[] = [];
  /** Pulls waiting for an event; only ever non-empty while the backlog is empty. */
  private readonly waiters: ((result: IteratorResult<T, undefined>) => void)[] = [];
  private state: 'open' | 'dropped' | 'ended' = 'open';
  private dropError: SubscriberDroppedError | undefined;
  private unsubscribe: () => void = () => {};

  /**
   * @param listen starts the events at their source, handing each to `offer`; returns what stops them
   * @param onEnded told once, when the stream is dropped or ended (the feed forgets it)
   */
  constructor(
    private readonly maxPending: number,
    listen: (offer: (event: T) => void) => () => void,
    private readonly onDropped: (error: SubscriberDroppedError) => void,
    private readonly onEnded: () => void,
  ) {
    this.unsubscribe = listen((event) => this.offer(event));
  }

  /** Hands one event over. Never throws, never waits. */
  offer(event: T): void {
    if (this.state !== 'open') return;
    const waiter = this.waiters.shift();
    if (waiter) waiter({ value: event, done: false });
    else if (this.backlog.length < this.maxPending) this.backlog.push(event);
    else this.drop();
  }

  next(): Promise<IteratorResult<T, undefined>> {
    const event = this.backlog.shift();
    if (event !== undefined) return Promise.resolve({ value: event, done: false });
    if (this.state === 'dropped') {
      this.state = 'ended';
      return Promise.reject(this.dropError);
    }
    if (this.state === 'ended') return Promise.resolve(DONE);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** The consumer is done (the client unsubscribed or went away), or the feed stops. */
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
    this.stopListening();
    this.onDropped(this.dropError);
  }

  private end(): void {
    if (this.state === 'ended') return;
    if (this.state === 'open') this.stopListening();
    this.state = 'ended';
    this.backlog.length = 0;
    for (const waiter of this.waiters.splice(0)) waiter(DONE);
  }

  private stopListening(): void {
    this.unsubscribe();
    this.onEnded();
  }
}

const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });
