import type { NotificationSettings } from './channel-settings.ts';
import { eventFromStoredJson } from './events.ts';
import type { NotificationChannel, NotificationEvent } from './events.ts';
import { webhookText } from './plan.ts';
import { eventRenderer, type RenderedText } from './render-event.ts';

/** An outbox row whose text is made when it is sent (plan.ts, `at-send`). */
export interface DeliveryAwaitingText {
  channel: string;
  destination: string;
  messageId: string;
  backupId: string | null;
  eventJson: string;
}

/**
 * The text each row is sent with, from its stored event, the settings and templates of now, and
 * its run's log lines (`logOf`); a webhook's `message` is the JSON it receives. Rows of one event
 * share one rendering, as when they were planned. A row whose event cannot be read gets an Error
 * (a permanent failure for that row alone).
 */
export function textsAtSend(
  deliveries: readonly DeliveryAwaitingText[],
  settings: NotificationSettings,
  logOf: (backupId: string) => string[],
): (RenderedText | Error)[] {
  const renderers = new Map<string, { event: NotificationEvent; render: (channel: NotificationChannel) => RenderedText }>();
  const textOf = (delivery: DeliveryAwaitingText): RenderedText => {
    let renderer = renderers.get(delivery.eventJson);
    if (!renderer) {
      const event = eventFromStoredJson(delivery.eventJson, delivery.backupId ? logOf(delivery.backupId) : []);
      renderer = { event, render: eventRenderer(event, settings) };
      renderers.set(delivery.eventJson, renderer);
    }
    if (delivery.channel !== 'WEBHOOK') return renderer.render(delivery.channel as NotificationChannel);
    const hook = settings.webhooks.find((candidate) => String(candidate.id) === delivery.destination);
    return webhookText(renderer.event, delivery.messageId, hook?.legacyMachineKeys ?? false);
  };
  return deliveries.map((delivery) => {
    try {
      return textOf(delivery);
    } catch (error) {
      return new Error(`its stored event could not be rendered: ${(error as Error)?.message ?? String(error)}`);
    }
  });
}
