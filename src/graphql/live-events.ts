import { GraphQLError } from 'graphql';
import { SubscriberDroppedError } from '../events/subscriber-dropped-error.ts';
import { decodeLiveCursor } from '../events/live-cursor.ts';
import type { LivePayload } from '../events/live-feed.ts';
import type { EphemeralTopic, EphemeralTopicPayloads, Topic } from '../events/topics.ts';
import type { GraphQLContext } from './context.ts';

/**
 * The events of `topic` that pass `filter`, for one subscription resolver, read from the live feed
 * (src/events/live-feed.ts): after the `after` cursor when one is given (first what is stored, then
 * live, in order, none twice), else from now on. A cursor that is not ours, or whose events have
 * been pruned, is refused before anything is sent. Skipped events never count against the
 * subscriber. When the subscription is dropped for falling behind, its transport is told at once
 * (`ctx.subscriberDropped`), and the stream ends with a GraphQL error the client can recognise by
 * `extensions.code` (src/events/slow-subscribers.ts).
 */
export async function liveEvents<T extends Topic>(
  ctx: GraphQLContext,
  topic: T,
  filter: ((payload: LivePayload<T>) => boolean) | undefined,
  after: string | null | undefined,
): Promise<AsyncIterableIterator<LivePayload<T>, undefined>> {
  const afterSeq = after == null ? undefined : await checkedCursor(ctx, after);
  return withDropError(ctx.liveFeed.subscribe(topic, { afterSeq, filter, onDropped: ctx.subscriberDropped }));
}

/** The stream, ending with a GraphQL error the client can recognise when it is dropped for falling behind. */
function withDropError<P>(stream: AsyncIterableIterator<P, undefined>): AsyncIterableIterator<P, undefined> {
  const events: AsyncIterableIterator<P, undefined> = {
    next: () =>
      stream.next().catch((error: unknown) => {
        throw error instanceof SubscriberDroppedError ? droppedSubscriptionError(error) : error;
      }),
    return: () => stream.return!(),
    throw: (error?: unknown) => stream.throw!(error),
    [Symbol.asyncIterator]: () => events,
  };
  return events;
}

/** The number the cursor names, once it is known to be one this database can resume from. */
async function checkedCursor(ctx: GraphQLContext, cursor: string): Promise<number> {
  const seq = decodeLiveCursor(cursor);
  if (seq === undefined) {
    throw cursorError('MALFORMED', `Argument "after" is not a live-event cursor: pass the cursor field of an event you received`);
  }
  const { head, oldest } = await ctx.liveFeed.storedBounds();
  if (seq > head) {
    throw cursorError(
      'UNKNOWN',
      `Argument "after" names event ${seq}, but this server has recorded only ${head}: the cursor comes from another database, or the database was replaced`,
    );
  }
  if (seq < oldest - 1) {
    throw cursorError(
      'EXPIRED',
      `Argument "after" is too old: the events after it were pruned (LIVE_EVENT_RETENTION_DAYS). Subscribe without "after" and read what you missed with a query (backups, history)`,
    );
  }
  return seq;
}

/** Whether `error` is the refusal of an `after` cursor (below): the stream has nothing to resume from. */
export function isRefusedCursorError(error: GraphQLError): boolean {
  return error.extensions?.argument === 'after';
}

/** Codes a client can act on: resubscribe without `after` (EXPIRED, UNKNOWN) or fix its code (MALFORMED). */
function cursorError(reason: 'MALFORMED' | 'UNKNOWN' | 'EXPIRED', message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument: 'after', reason } });
}

/** Without `originalError`: an error the code means to send is not masked in production. */
function droppedSubscriptionError(error: SubscriberDroppedError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: error.code, maxPendingEvents: error.maxPendingEvents } });
}

/**
 * The events of an ephemeral topic (collect progress, delivery status) that pass `filter`, from
 * now on: not in the live-event log, so no cursor; the slow-subscriber bound holds as for
 * `liveEvents`.
 */
export function ephemeralEvents<T extends EphemeralTopic>(
  ctx: GraphQLContext,
  topic: T,
  filter?: (payload: EphemeralTopicPayloads[T]) => boolean,
): AsyncIterableIterator<EphemeralTopicPayloads[T], undefined> {
  return withDropError(ctx.liveFeed.subscribeEphemeral(topic, { filter, onDropped: ctx.subscriberDropped }));
}
