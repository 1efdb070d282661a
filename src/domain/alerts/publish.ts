import type { EventPublisher } from '../../events/event-bus.ts';
import type { AlertChangedEvent } from '../../events/topics.ts';

export function publishAlertChanges(events: EventPublisher, changes: AlertChangedEvent[]): void {
  for (const change of changes) events.publish('alert:changed', change);
}
