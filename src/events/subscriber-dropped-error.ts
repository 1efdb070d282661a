/**
 * Why a subscription ended: more of its events were published and not yet taken than
 * SUBSCRIPTION_MAX_PENDING_EVENTS allows (src/events/live-feed.ts). The subscriber, not some of its
 * events, is dropped, so what it received is an unbroken run: it resumes from the `cursor` of the
 * last event it got and misses nothing.
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
