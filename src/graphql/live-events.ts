import { GraphQLError } from 'graphql';
import type { EventPayload } from '../events/event-bus.ts';
import { SubscriberDroppedError } from '../events/event-stream.ts';
import type { Topic } from '../events/topics.ts';
import type { GraphQLContext } from './context.ts';

/**
 * The events of `topic` that pass `filter`, for one subscription resolver. The filter runs before
 * an event is queued, so events the client did not ask for never count against its backlog.
 * When the subscription is dropped for falling behind, its transport is told at once
 * (`ctx.subscriberDropped`), and the stream ends with a GraphQL error the client can recognise
 * by `extensions.code` (src/events/slow-subscribers.ts).
 */
export function liveEvents<T extends Topic>(
  ctx: GraphQLContext,
  topic: T,
  filter?: (payload: EventPayload<T>) => boolean,
): AsyncIterableIterator<EventPayload<T>, undefined> {
  const stream = ctx.events.subscribe(topic, { filter, onDropped: ctx.subscriberDropped });
  return {
    next: () =>
      stream.next().catch((error: unknown) => {
        throw error instanceof SubscriberDroppedError ? droppedSubscriptionError(error) : error;
      }),
    return: () => stream.return(),
    throw: (error?: unknown) => stream.throw(error),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** Without `originalError`: an error the code means to send is not masked in production. */
function droppedSubscriptionError(error: SubscriberDroppedError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: error.code, maxPendingEvents: error.maxPendingEvents } });
}
