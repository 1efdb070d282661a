import { setMaxListeners } from 'node:events';
import type { Logger } from '../logger.ts';
import type { BusTopic, EventPayloads } from './topics.ts';

export type EventPayload<T extends BusTopic> = EventPayloads[T][0];

/** Carries events between publishers and subscribers: an EventTarget in memory, or Redis. */
export interface EventTargetForBus {
  addEventListener(type: string, listener: (event: CustomEvent) => void): void;
  removeEventListener(type: string, listener: (event: CustomEvent) => void): void;
  dispatchEvent(event: CustomEvent): boolean;
}

export interface EventBus {
  /** Never throws and never waits for a subscriber: the ingest path must not depend on readers. */
  publish<T extends BusTopic>(topic: T, payload: EventPayload<T>): void;
  /**
   * Calls `handler` with each event of `topic` as it arrives, synchronously (the live feed's one
   * listener per logged topic, and one per subscription to an ephemeral topic, src/events/live-feed.ts); returns the function that stops it. What the
   * handler throws is logged, never passed on to the publisher or the Redis client.
   */
  listen<T extends BusTopic>(topic: T, handler: (payload: EventPayload<T>) => void): () => void;
}

export interface EventBusOptions {
  /** A distributed event target (Redis); in memory when absent. Resolvers never notice which. */
  eventTarget?: EventTargetForBus;
  logger: Logger;
}

/** What the domain needs to announce something: publishing only. */
export type EventPublisher = Pick<EventBus, 'publish'>;

export function createEventBus(options: EventBusOptions): EventBus {
  const { logger } = options;
  const target = options.eventTarget ?? unlimitedEventTarget();
  return {
    publish(topic, payload) {
      try {
        target.dispatchEvent(new CustomEvent(topic, { detail: payload }));
      } catch (error) {
        logger.error({ err: error, topic }, 'live event not published');
      }
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
}

/** Listeners are few (the live feed's), but tests build many apps in one process: no leak warning. */
function unlimitedEventTarget(): EventTargetForBus {
  const target = new EventTarget();
  setMaxListeners(0, target);
  return target as unknown as EventTargetForBus;
}
