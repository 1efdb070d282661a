import { setMaxListeners } from 'node:events';
import type { Logger } from '../logger.ts';
import { EventStream } from './event-stream.ts';
import type { SubscriberDroppedError } from './event-stream.ts';
import { countListeners } from './listener-count.ts';
import type { EventPayloads, Topic } from './topics.ts';

export type EventPayload<T extends Topic> = EventPayloads[T][0];

/** Carries events between publishers and subscribers: an EventTarget in memory, or Redis. */
export interface EventTargetForBus {
  addEventListener(type: string, listener: (event: CustomEvent) => void): void;
  removeEventListener(type: string, listener: (event: CustomEvent) => void): void;
  dispatchEvent(event: CustomEvent): boolean;
}

export interface SubscribeOptions<P> {
  /** Events it rejects are never queued, so they cannot make the subscriber fall behind. */
  filter?: (payload: P) => boolean;
  /** Told when the subscription is dropped for falling behind (src/events/event-stream.ts). */
  onDropped?: (error: SubscriberDroppedError) => void;
}

export interface EventBus {
  /** Never throws and never waits for a subscriber: the ingest path must not depend on readers. */
  publish<T extends Topic>(topic: T, payload: EventPayload<T>): void;
  subscribe<T extends Topic>(topic: T, options?: SubscribeOptions<EventPayload<T>>): EventStream<EventPayload<T>>;
  /**
   * Calls `handler` with each event of `topic` as it arrives, synchronously (the live feed's one
   * listener per process, src/events/live-feed.ts); returns the function that stops it. What the
   * handler throws is logged, never passed on to the publisher or the Redis client.
   */
  listen<T extends Topic>(topic: T, handler: (payload: EventPayload<T>) => void): () => void;
}

export interface EventBusOptions {
  /** A distributed event target (Redis); in memory when absent. Resolvers never notice which. */
  eventTarget?: EventTargetForBus;
  /** Events one subscription may have waiting before it is dropped (SUBSCRIPTION_MAX_PENDING_EVENTS). */
  maxPendingEvents: number;
  logger: Logger;
}

export interface EventBusWithStats {
  bus: EventBus;
  /** Live subscriptions on this process. */
  subscriptionCount(): number;
}

/** What the domain needs to announce something: publishing only. */
export type EventPublisher = Pick<EventBus, 'publish'>;

export function createEventBus(options: EventBusOptions): EventBusWithStats {
  const { logger, maxPendingEvents } = options;
  const counted = countListeners(options.eventTarget ?? unlimitedEventTarget());
  const target = counted.target;

  const bus: EventBus = {
    publish(topic, payload) {
      try {
        target.dispatchEvent(new CustomEvent(topic, { detail: payload }));
      } catch (error) {
        logger.error({ err: error, topic }, 'live event not published');
      }
    },
    subscribe(topic, subscribeOptions = {}) {
      const { filter, onDropped } = subscribeOptions;
      // A listener that throws would surface as an uncaught exception (EventTarget) or inside the
      // Redis client's message handler: either ends the process. So nothing escapes from here.
      const listener = (event: CustomEvent) => {
        try {
          const payload = event.detail as EventPayload<typeof topic> | undefined;
          // Redis may carry anything a third party publishes on our channel: only objects are events.
          if (typeof payload !== 'object' || payload === null) return;
          if (filter && !filter(payload)) return;
          stream.offer(payload);
        } catch (error) {
          logger.error({ err: error, topic }, 'live event not delivered to a subscriber');
        }
      };
      const stream = new EventStream<EventPayload<typeof topic>>(
        maxPendingEvents,
        () => target.removeEventListener(topic, listener),
        (error) => {
          try {
            onDropped?.(error);
          } catch (handlerError) {
            logger.error({ err: handlerError, topic }, 'dropping a slow subscriber failed');
          }
        },
      );
      target.addEventListener(topic, listener);
      return stream;
    },
    listen(topic, handler) {
      const listener = (event: CustomEvent) => {
        try {
          const payload = event.detail as EventPayload<typeof topic> | undefined;
          if (typeof payload !== 'object' || payload === null) return;
          handler(payload);
        } catch (error) {
          logger.error({ err: error, topic }, 'live event not handled');
        }
      };
      target.addEventListener(topic, listener);
      return () => target.removeEventListener(topic, listener);
    },
  };
  return { bus, subscriptionCount: counted.listenerCount };
}

/** Every subscription is one listener; Node's leak warning at 10 would fire on any real dashboard. */
function unlimitedEventTarget(): EventTargetForBus {
  const target = new EventTarget();
  setMaxListeners(0, target);
  return target as unknown as EventTargetForBus;
}
