import type { Config } from '../config.ts';
import type { Db } from '../db/types.ts';
import type { Ingest } from '../domain/ingest.ts';
import type { CollectService } from '../duplicati/collect-service.ts';
import type { MonitoringSettings } from '../domain/settings.ts';
import type { EventBus } from '../events/event-bus.ts';
import type { LiveFeed } from '../events/live-feed.ts';
import type { SubscriberDroppedError } from '../events/subscriber-dropped-error.ts';
import type { NotificationService } from '../notifications/notification-service.ts';
import type { SecretBox } from '../security/secret-box.ts';
import type { Access } from '../security/tokens.ts';
import type { DeprecationUsageStore } from './deprecation/deprecation-usage-store.ts';

/** One per request or WebSocket operation; built by the app's single context factory. */
export interface GraphQLContext {
  prisma: Db;
  config: Config;
  events: EventBus;
  /** What subscriptions read their events from, resumable by cursor (src/events/live-feed.ts). */
  liveFeed: LiveFeed;
  /** Stores a Duplicati report exactly as /api/upload does, counted in the same metrics. */
  ingest: Ingest;
  /** Collects from Duplicati servers (Mutation.collectBackups, the periodic collect). */
  collect: CollectService;
  /** Outbox, dispatcher and channel settings (src/notifications). */
  notifications: NotificationService;
  /** Seals the secrets a mutation stores (SMTP password, tokens, webhook secrets). */
  secrets: SecretBox;
  /** How this operation's transport ends a subscription dropped for falling behind (src/events/slow-subscribers.ts). */
  subscriberDropped?: (error: SubscriberDroppedError) => void;
  now: () => Date;
  /** Read at most once per operation, however many jobs ask for the global tolerance. */
  monitoringSettings: () => Promise<MonitoringSettings>;
  /** The same settings once they have been read in this operation, so that readers can skip the wait. */
  monitoringSettingsIfRead: () => MonitoringSettings | undefined;
  /** What the caller's token allows (src/security/tokens.ts). */
  access: Access;
  requestId: string;
  /** Added by the deprecation-usage plugin (src/graphql/deprecation/deprecation-usage.ts); read by Query.deprecatedFieldUsage. */
  deprecatedFieldUsage?: DeprecationUsageStore;
}
