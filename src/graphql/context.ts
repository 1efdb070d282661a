import type { Config } from '../config.ts';
import type { Db } from '../db/types.ts';
import type { EventBus } from '../events/event-bus.ts';

/** One per request or WebSocket operation; built by the app's single context factory. */
export interface GraphQLContext {
  prisma: Db;
  config: Config;
  events: EventBus;
  now: () => Date;
}
