import type { Config } from '../config.ts';
import type { Db } from '../db/types.ts';
import type { MonitoringSettings } from '../domain/settings.ts';
import type { EventBus } from '../events/event-bus.ts';

/** One per request or WebSocket operation; built by the app's single context factory. */
export interface GraphQLContext {
  prisma: Db;
  config: Config;
  events: EventBus;
  now: () => Date;
  /** Read at most once per operation, however many jobs ask for the global tolerance. */
  monitoringSettings: () => Promise<MonitoringSettings>;
}
