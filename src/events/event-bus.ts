import { setMaxListeners } from 'node:events';
import { createPubSub } from 'graphql-yoga';
import type { PubSub, PubSubEventTarget } from 'graphql-yoga';
import { countListeners } from './listener-count.ts';
import type { EventPayloads } from './topics.ts';

export type EventBus = PubSub<EventPayloads>;
export type EventTargetForBus = PubSubEventTarget<EventPayloads>;

export interface EventBusWithStats {
  bus: EventBus;
  /** Live subscriptions on this process. */
  subscriptionCount(): number;
}

/** In memory unless given a distributed event target (Redis), which resolvers never notice. */
export function createEventBus(eventTarget: EventTargetForBus = unlimitedEventTarget()): EventBusWithStats {
  const counted = countListeners(eventTarget);
  return {
    bus: createPubSub<EventPayloads>({ eventTarget: counted.target }),
    subscriptionCount: counted.listenerCount,
  };
}

/** What the domain needs to announce something: publishing only. */
export type EventPublisher = Pick<EventBus, 'publish'>;

/** Every subscription is one listener; Node's leak warning at 10 would fire on any real dashboard. */
function unlimitedEventTarget(): EventTargetForBus {
  const target = new EventTarget();
  setMaxListeners(0, target);
  return target as EventTargetForBus;
}
