import type { AlertChangedEvent, TopicEvent } from '../../events/topics.ts';

/** Alert changes as live events, to record in the transaction that made them (src/domain/live-event-log.ts). */
export function alertTopicEvents(changes: AlertChangedEvent[]): TopicEvent[] {
  return changes.map((payload) => ({ topic: 'alert:changed', payload }));
}
