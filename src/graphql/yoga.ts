import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createYoga } from 'graphql-yoga';
import type { Plugin, YogaServerInstance, YogaServerOptions } from 'graphql-yoga';
import type { Config } from '../config.ts';
import type { Db } from '../db/types.ts';
import type { NotificationService } from '../notifications/notification-service.ts';
import type { SecretBox } from '../security/secret-box.ts';
import type { Ingest } from '../domain/ingest.ts';
import type { CollectService } from '../duplicati/collect-service.ts';
import { readMonitoringSettings } from '../domain/settings.ts';
import type { EventBus } from '../events/event-bus.ts';
import type { LiveFeed } from '../events/live-feed.ts';
import type { SubscriberDroppedError } from '../events/subscriber-dropped-error.ts';
import { clientAddress, dropSlowStreamedResponse } from '../events/slow-subscribers.ts';
import type { SlowSubscriberReport } from '../events/slow-subscribers.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import { accessFor, tokenFromConnectionParams } from '../security/tokens.ts';
import type { Access } from '../security/tokens.ts';
import type { GraphQLContext } from './context.ts';
import { useDeprecationUsage } from './deprecation/deprecation-usage.ts';
import { DeprecationUsageStore } from './deprecation/deprecation-usage-store.ts';
import { useDirectExecution } from './plugins/direct-execution.ts';
import { useErrorReporting } from './plugins/error-reporting.ts';
import { limitPlugins } from './plugins/limits.ts';
import { useNotAcceptableExplained } from './plugins/not-acceptable.ts';
import { useParamsSafety } from './plugins/params-safety.ts';
import { useResumableEventStreams } from './plugins/resumable-event-stream.ts';
import { useSharedSubscriptionExecution } from './plugins/shared-subscription-execution.ts';
import { sliceExecution } from './plugins/time-slicing.ts';
import { useValidationBudgetExplained } from './plugins/validation-budget.ts';
import { schema } from './schema.ts';
import { onceRemembered } from '../domain/once.ts';

export const GRAPHQL_PATH = '/graphql';

/** What the HTTP layer hands over per request; graphql-ws operations bring connectionParams instead. */
export interface GraphQLServerContext {
  requestId?: string;
  access?: Access;
  connectionParams?: Readonly<Record<string, unknown>>;
  /** graphql-ws: closes the socket of a subscription dropped for falling behind. */
  onSubscriberDropped?: (error: SubscriberDroppedError) => void;
  /** Set by Yoga's Node adapter on HTTP requests; `res` carries an SSE subscription's stream. */
  req?: IncomingMessage;
  res?: ServerResponse;
}

/**
 * What browsers meet besides the schema (CORS, the cross-site request check, GraphiQL): decided by
 * the HTTP layer (src/http/graphql-transport.ts), which knows the transport; handed in by buildApp.
 */
export type GraphQLTransport = Pick<
  YogaServerOptions<GraphQLServerContext, GraphQLContext>,
  'cors' | 'graphiql' | 'renderGraphiQL' | 'maxRequestBodySize'
> & {
  /** Run before every other plugin. */
  plugins: Plugin[];
};

export interface GraphQLServerDeps {
  prisma: Db;
  config: Config;
  events: EventBus;
  /** What subscriptions read their events from (src/events/live-feed.ts). */
  liveFeed: LiveFeed;
  /** The app's one ingest, shared with /api/upload (Mutation.reportBackup). */
  ingest: Ingest;
  /** Collect from Duplicati (Mutation.collectBackups, syncSchedules). */
  collect: CollectService;
  notifications: NotificationService;
  secrets: SecretBox;
  now: () => Date;
  logger: Logger;
  metrics: Metrics;
  /** Told each time a subscriber is dropped for falling behind (metrics, log). */
  onSlowSubscriber?: SlowSubscriberReport;
  /** Where uses of deprecated fields are counted (one per app); a private one when absent. */
  deprecationUsage?: DeprecationUsageStore;
  transport: GraphQLTransport;
}

export type GraphQLServer = YogaServerInstance<GraphQLServerContext, GraphQLContext>;

/**
 * One Yoga instance for HTTP, SSE and (through src/http/websocket.ts) graphql-ws: one context
 * factory and one plugin chain whatever the transport.
 */
export function createGraphQLServer(deps: GraphQLServerDeps): GraphQLServer {
  const { prisma, config, events, now, logger, metrics } = deps;
  const { plugins: transportPlugins, ...transport } = deps.transport;
  return createYoga<GraphQLServerContext, GraphQLContext>({
    schema: sliceExecution(schema),
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    ...transport,
    // Masking with a request id is done by useErrorReporting; Yoga's own stays as a backstop for
    // errors outside execution. isDev: false, or Yoga adds the original error and its stack
    // whenever NODE_ENV=development.
    maskedErrors: config.exposeErrorDetails ? false : { isDev: false },
    logging: logger,
    plugins: [
      ...transportPlugins,
      useParamsSafety(),
      ...limitPlugins(config.limits, schema),
      useValidationBudgetExplained(),
      useResumableEventStreams(),
      useNotAcceptableExplained(),
      useErrorReporting({ logger, metrics, mask: !config.exposeErrorDetails }),
      useDeprecationUsage({ store: deps.deprecationUsage ?? new DeprecationUsageStore(), logger, now }),
      useSharedSubscriptionExecution({ onExecution: (mode) => metrics.subscriptionExecutions.inc({ mode }) }),
      useDirectExecution({ onExecution: (executor) => metrics.queryExecutions.inc({ executor }) }),
    ],
    context: (initial): GraphQLContext => {
      const monitoringSettings = onceRemembered(() => readMonitoringSettings(prisma));
      return {
        prisma,
        config,
        events,
        liveFeed: deps.liveFeed,
        ingest: deps.ingest,
        collect: deps.collect,
        notifications: deps.notifications,
        secrets: deps.secrets,
        subscriberDropped:
          initial.onSubscriberDropped ??
          (initial.res &&
            dropSlowStreamedResponse(initial.res, () =>
              deps.onSlowSubscriber?.({ transport: 'sse', reason: 'pending_events', client: clientAddress(initial.req?.socket) }),
            )),
        now,
        monitoringSettings: monitoringSettings.get,
        monitoringSettingsIfRead: monitoringSettings.ifRead,
        access: initial.access ?? accessFor({ bearer: tokenFromConnectionParams(initial.connectionParams) }, config.tokens),
        requestId: initial.requestId ?? randomUUID(),
      };
    },
  });
}
