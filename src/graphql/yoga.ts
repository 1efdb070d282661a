import { randomUUID } from 'node:crypto';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createYoga } from 'graphql-yoga';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Config } from '../config.ts';
import type { Db } from '../db/types.ts';
import { readMonitoringSettings } from '../domain/settings.ts';
import type { EventBus } from '../events/event-bus.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import { accessFor, tokenFromConnectionParams } from '../security/tokens.ts';
import type { Access } from '../security/tokens.ts';
import type { GraphQLContext } from './context.ts';
import { useDeprecationUsage } from './deprecation-usage.ts';
import { DeprecationUsageStore } from './deprecation-usage-store.ts';
import { useErrorReporting } from './plugins/error-reporting.ts';
import { limitPlugins } from './plugins/limits.ts';
import { sliceExecution } from './plugins/time-slicing.ts';
import { schema } from './schema.ts';
import { once } from '../domain/once.ts';

export const GRAPHQL_PATH = '/graphql';

/** What the HTTP layer hands over per request; graphql-ws operations bring connectionParams instead. */
export interface GraphQLServerContext {
  requestId?: string;
  access?: Access;
  connectionParams?: Readonly<Record<string, unknown>>;
}

export interface GraphQLServerDeps {
  prisma: Db;
  config: Config;
  events: EventBus;
  now: () => Date;
  logger: Logger;
  metrics: Metrics;
  /** Where uses of deprecated fields are counted (one per app); a private one when absent. */
  deprecationUsage?: DeprecationUsageStore;
}

export type GraphQLServer = YogaServerInstance<GraphQLServerContext, GraphQLContext>;

/**
 * One Yoga instance for HTTP, SSE and (through src/http/websocket.ts) graphql-ws: one context
 * factory and one plugin chain whatever the transport.
 */
export function createGraphQLServer(deps: GraphQLServerDeps): GraphQLServer {
  const { prisma, config, events, now, logger, metrics } = deps;
  return createYoga<GraphQLServerContext, GraphQLContext>({
    schema: sliceExecution(schema),
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    graphiql: { title: 'dupligraph', subscriptionsProtocol: 'WS' },
    // Masking with a request id is done by useErrorReporting; Yoga's own stays as a backstop.
    maskedErrors: config.nodeEnv === 'production',
    logging: logger,
    cors: { origin: config.corsOrigins === '*' ? '*' : config.corsOrigins, credentials: false },
    plugins: [
      // A browser form or a plain GET from another site cannot carry this header or a JSON
      // content type, so it cannot make a logged-in browser run an operation.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      ...limitPlugins(config.limits, schema),
      useErrorReporting({ logger, metrics, mask: config.nodeEnv === 'production' }),
      useDeprecationUsage({ store: deps.deprecationUsage ?? new DeprecationUsageStore(), logger, now }),
    ],
    context: (initial): GraphQLContext => ({
      prisma,
      config,
      events,
      now,
      monitoringSettings: once(() => readMonitoringSettings(prisma)),
      access: initial.access ?? accessFor(tokenFromConnectionParams(initial.connectionParams), config.tokens),
      requestId: initial.requestId ?? randomUUID(),
    }),
  });
}

