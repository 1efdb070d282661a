import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createYoga } from 'graphql-yoga';
import type { Config } from './config.ts';
import { openDatabase } from './db/open-database.ts';
import type { OpenDatabase } from './db/open-database.ts';
import { runOverdueCheck } from './domain/alerts/overdue-check.ts';
import type { OverdueCheckResult } from './domain/alerts/overdue-check.ts';
import { ingestReport } from './domain/ingest.ts';
import { readMonitoringSettings } from './domain/settings.ts';
import { createEventBus } from './events/event-bus.ts';
import type { EventBus, EventTargetForBus } from './events/event-bus.ts';
import type { GraphQLContext } from './graphql/context.ts';
import { schema } from './graphql/schema.ts';
import { handleExternalApi, matchExternalApiRoute } from './http/external-api-routes.ts';
import { sendJson } from './http/json-response.ts';
import { handleUpload } from './http/upload-route.ts';
import { attachGraphQLWebSocket } from './http/websocket.ts';
import type { GraphQLWebSocket } from './http/websocket.ts';
import { createLogger } from './logger.ts';
import { startOverdueTimer } from './overdue-timer.ts';
import type { Logger } from './logger.ts';

export interface AppOptions {
  /** Injected clock; tests move it, the server uses the wall clock. */
  now?: () => Date;
  logger?: Logger;
  /** Called with every SQL statement; tests use it to count queries. */
  onQuery?: (sql: string) => void;
  /** A distributed event target (Redis); in memory when absent. */
  eventTarget?: EventTargetForBus;
}

export interface App {
  config: Config;
  database: OpenDatabase;
  logger: Logger;
  events: EventBus;
  httpServer: http.Server;
  webSocket: GraphQLWebSocket;
  /** One pass of the overdue check at the app's clock, as the periodic timer runs it. */
  checkOverdue(options?: { force?: boolean }): Promise<OverdueCheckResult>;
  /** Live subscriptions on this process, over WebSocket and SSE together. */
  subscriptionCount(): number;
  /** Resolves with the base URL, e.g. http://127.0.0.1:9666 (port 0 picks a free port). */
  start(port?: number, host?: string): Promise<string>;
  /** Closes WebSockets with 1001, then HTTP, then the database. */
  stop(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';

export async function buildApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config);
  const now = options.now ?? (() => new Date());
  const database = await openDatabase(config.databaseUrl, { onQuery: options.onQuery });
  if (database.appliedMigrations.length > 0) {
    logger.info({ migrations: database.appliedMigrations, file: database.filePath }, 'database migrated');
  }
  const { prisma } = database;
  const eventBus = createEventBus(options.eventTarget);
  const events = eventBus.bus;

  const ingest = (report: unknown) => ingestReport(prisma, report, { timeZone: config.reportTimeZone, now, events });

  const yoga = createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    graphiql: { title: 'dupligraph', subscriptionsProtocol: 'WS' },
    maskedErrors: config.nodeEnv === 'production',
    logging: logger,
    context: (): GraphQLContext => ({ prisma, config, events, now, monitoringSettings: once(() => readMonitoringSettings(prisma)) }),
  });

  const httpServer = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === GRAPHQL_PATH) {
      void yoga(req, res);
      return;
    }
    if (path === '/health' || path === '/api/health') {
      prisma.$queryRaw`SELECT 1`.then(
        () => sendJson(res, 200, { status: 'ok' }),
        (error: unknown) => {
          logger.error({ err: error }, 'health check failed');
          sendJson(res, 503, { status: 'unavailable', error: 'database is not answering' });
        },
      );
      return;
    }
    if (path === '/api/upload') {
      handleUpload(req, res, { maxBytes: config.uploadMaxBytes, ingest, logger }).catch((error: unknown) => {
        logger.error({ err: error }, 'upload route failed');
        if (!res.headersSent) sendJson(res, 500, { error: 'Failed to process backup data' });
      });
      return;
    }
    const externalApiRoute = matchExternalApiRoute(path);
    if (externalApiRoute) {
      handleExternalApi(req, res, externalApiRoute, { db: prisma, now, logger }).catch((error: unknown) => {
        logger.error({ err: error }, 'external API route failed');
        if (!res.headersSent) sendJson(res, 500, { error: 'Internal server error' });
      });
      return;
    }
    sendJson(res, 404, { error: `Not found: ${path}` });
  });

  const checkOverdue = (checkOptions: { force?: boolean } = {}) =>
    runOverdueCheck(prisma, { now: now(), events, force: checkOptions.force });
  const overdueTimer = startOverdueTimer(config.overdueCheckIntervalSeconds * 1000, checkOverdue, logger);

  const webSocket = attachGraphQLWebSocket(httpServer, yoga, {
    path: GRAPHQL_PATH,
    connectionInitTimeoutMs: 10_000,
    keepAliveMs: 12_000,
    maxPayloadBytes: config.graphqlMaxBytes,
  });

  return {
    config,
    database,
    logger,
    events,
    httpServer,
    webSocket,
    checkOverdue,
    subscriptionCount: eventBus.subscriptionCount,
    start(port = config.port, host = config.host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${shownHost === '0.0.0.0' ? '127.0.0.1' : shownHost}:${address.port}`);
        });
      });
    },
    async stop() {
      await overdueTimer.stop();
      await webSocket.close();
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
      await database.close();
    },
  };
}

function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= compute());
}
