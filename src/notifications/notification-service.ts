import type { Config } from '../config.ts';
import type { Db } from '../db/types.ts';
import { readNotificationSettings } from '../domain/notifications/channel-settings.ts';
import type { NotificationSettings } from '../domain/notifications/channel-settings.ts';
import type { NotificationHooks } from '../domain/notifications/enqueue.ts';
import { countOutboxBacklog, insertDeliveries } from '../domain/notifications/event-outbox.ts';
import { requeueDelivery, statusAfter } from '../domain/notifications/outbox.ts';
import type { DeliveryDraft } from '../domain/notifications/plan.ts';
import type { EventPublisher } from '../events/event-bus.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { SecretBox } from '../security/secret-box.ts';
import type { DeliveryOutcome } from './delivery-outcome.ts';
import { startDispatcher } from './dispatcher.ts';
import { cachedSettings } from './settings-cache.ts';
import { batchedTextOf } from './text-at-send.ts';
import type { DeliveryText } from './text-at-send.ts';

export interface NotificationService {
  /** Handed to the ingest and the overdue check. */
  hooks: NotificationHooks;
  /** The settings as last read (cached a second). */
  settings(): Promise<NotificationSettings>;
  /** After a settings change through this process. */
  settingsChanged(): void;
  /** Writes these deliveries and sends them at once, answering each one's outcome (test notifications). */
  sendNow(drafts: DeliveryDraft[]): Promise<{ messageId: string; outcome: DeliveryOutcome | null }[]>;
  /** A row's title and body as they are sent: a row that waits for its first send is rendered with the settings of now. */
  textOf(delivery: DeliveryText): Promise<{ title: string; body: string }>;
  /** Puts a dead or delivered row back in line; false when it is pending already or does not exist. */
  resend(id: number): Promise<boolean>;
  stop(): Promise<void>;
}

const SETTINGS_TTL_MS = 1_000;

export function startNotificationService(options: {
  db: Db;
  config: Config;
  secrets: SecretBox;
  logger: Logger;
  metrics: Metrics;
  events: EventPublisher;
}): NotificationService {
  const { db, config, logger, events } = options;
  const settings = cachedSettings(() => readNotificationSettings(db, { timeZone: config.reportTimeZone }), SETTINGS_TTL_MS);
  if (config.notifications.ntfyUrlOverride) {
    logger.warn(
      { ntfyUrl: config.notifications.ntfyUrlOverride },
      'NTFY_URL_OVERRIDE: ntfy messages go to this server, not the stored one',
    );
  }
  const dispatcher = startDispatcher({
    db,
    logger,
    settings: settings.get,
    channelContext: {
      secrets: options.secrets,
      timeoutMs: config.notifications.timeoutMs,
      ntfyUrlOverride: config.notifications.ntfyUrlOverride,
    },
    retry: config.notifications.retry,
    pollIntervalMs: config.notifications.pollIntervalMs,
    concurrency: config.notifications.concurrency,
    onAttempt(delivery, outcome, record) {
      options.metrics.notificationDeliveries.inc({ channel: delivery.channel.toLowerCase(), outcome: record.outcome });
      // The log names the row and the channel's answer, never a secret (tokens live in headers, not in errors).
      const line = { deliveryId: delivery.id, channel: delivery.channel, event: delivery.event, responseCode: outcome.responseCode };
      if (record.outcome === 'delivered') logger.debug(line, 'notification delivered');
      else if (record.outcome === 'retry') logger.warn({ ...line, error: record.error }, 'notification failed; will retry');
      else logger.error({ ...line, error: record.error }, 'notification given up (dead); resend it with resendNotification');
      events.publish('notification:delivery-changed', {
        deliveryId: delivery.id,
        status: statusAfter(record),
        changedAt: new Date().toISOString(),
      });
    },
  });

  return {
    hooks: { settings: settings.get, enqueued: dispatcher.kick, reportStored: dispatcher.reportStored },
    settings: settings.get,
    settingsChanged: settings.invalidate,
    async sendNow(drafts) {
      // Not yet due for the poller, so the caller's own claim below cannot lose the row to it (the
      // caller would then have no outcome to report); should this process die first, the poller
      // sends them once the hold ends.
      await insertDeliveries(db, drafts, new Date(), new Date(Date.now() + SEND_NOW_HOLD_MS));
      const rows = await db.notificationDelivery.findMany({
        where: { messageId: { in: drafts.map((draft) => draft.messageId) } },
        select: { id: true, messageId: true },
      });
      return Promise.all(rows.map(async (row) => ({ messageId: row.messageId, outcome: await dispatcher.deliverNow(row.id) })));
    },
    textOf: batchedTextOf(db, settings.get),
    async resend(id) {
      const requeued = await requeueDelivery(db, id, new Date());
      if (requeued) {
        events.publish('notification:delivery-changed', { deliveryId: id, status: 'PENDING', changedAt: new Date().toISOString() });
        dispatcher.kick();
      }
      return requeued;
    },
    stop: dispatcher.stop,
  };
}

const SEND_NOW_HOLD_MS = 60_000;

export const notificationBacklog = (db: Db) => () => countOutboxBacklog(db);
