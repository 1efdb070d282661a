import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.ts';
import { probeDatabase } from './db/health-probe.ts';
import { openDatabase } from './db/open-database.ts';
import type { OpenDatabase } from './db/open-database.ts';
import { runOverdueCheck } from './domain/alerts/overdue-check.ts';
import { ALERT_KINDS } from './domain/alerts/run-rules.ts';
import { readBackupJobFigures } from './domain/backup-job-figures.ts';
import type { OverdueCheckResult } from './domain/alerts/overdue-check.ts';
import { createIngest } from './domain/ingest.ts';
import { createCollectService } from './duplicati/collect-service.ts';
import { applyDuplicatiSchedule } from './domain/collect/apply-duplicati-schedule.ts';
import type { CollectService } from './duplicati/collect-service.ts';
import { BACKUP_STATUSES } from './domain/report/index.ts';
import { createEventBus } from './events/event-bus.ts';
import type { EventBus, EventTargetForBus } from './events/event-bus.ts';
import { LiveFeed } from './events/live-feed.ts';
import { pruneLiveEvents, readLiveEventBounds, readLiveEvents } from './domain/live-event-log.ts';
import type { RedisEventTarget } from './events/redis-event-target.ts';
import { DeprecationUsageStore } from './graphql/deprecation/deprecation-usage-store.ts';
import { createGraphQLServer, GRAPHQL_PATH } from './graphql/yoga.ts';
import { graphQLTransport } from './http/graphql-transport.ts';
import { createRequestHandler } from './http/request-handler.ts';
import { attachGraphQLWebSocket } from './http/websocket.ts';
import type { GraphQLWebSocket } from './http/websocket.ts';
import type { SlowSubscriberReport } from './events/slow-subscribers.ts';
import { createLogger } from './logger.ts';
import { createMetrics } from './metrics.ts';
import type { Metrics } from './metrics.ts';
import { startOverdueTimer, startPeriodicTask } from './overdue-timer.ts';
import { notificationBacklog, startNotificationService } from './notifications/notification-service.ts';
import type { NotificationService } from './notifications/notification-service.ts';
import { accessFor, tokenFromConnectionParams } from './security/tokens.ts';
import { upgradeBeforeOpening } from './upgrade/before-open.ts';
import { adoptLegacyNotifications } from './upgrade/after-open.ts';
import { sqlitePathFromUrl } from './db/sqlite-file.ts';
import { checkSecretKey } from './domain/secret-key-check.ts';
import { createSecretBox } from './security/secret-box.ts';
import type { SecretBox } from './security/secret-box.ts';
import { keyFileIsExposed, resolveSecretKey } from './security/secret-key.ts';
import type { Logger } from './logger.ts';

export interface AppOptions {
  /** Injected clock; tests move it, the server uses the wall clock. */
  now?: () => Date;
  logger?: Logger;
  /** Called with every SQL statement; tests use it to count queries. */
  onQuery?: (sql: string) => void;
  /** A distributed event target; when absent, Redis if REDIS_URL is set, else in memory. */
  eventTarget?: EventTargetForBus;
}

export interface App {
  config: Config;
  database: OpenDatabase;
  logger: Logger;
  events: EventBus;
  httpServer: http.Server;
  webSocket: GraphQLWebSocket;
  metrics: Metrics;
  /** Seals and opens the secrets kept in the database (SMTP passwords, tokens, Duplicati passwords). */
  secrets: SecretBox;
  /** Collects from Duplicati servers; `runDueCollects()` is one pass of the periodic collect. */
  collect: CollectService;
  /** The notification outbox's dispatcher and the channel settings. */
  notifications: NotificationService;
  /** One pass of the overdue check at the app's clock, as the periodic timer runs it. */
  checkOverdue(options?: { force?: boolean }): Promise<OverdueCheckResult>;
  /** Live subscriptions on this process, over WebSocket and SSE together. */
  subscriptionCount(): number;
  /** Resolves with the base URL, e.g. http://127.0.0.1:9666 (port 0 picks a free port). */
  start(port?: number, host?: string): Promise<string>;
  /** Closes WebSockets with 1001, then HTTP, then the database. */
  stop(): Promise<void>;
}

export async function buildApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config);
  const now = options.now ?? (() => new Date());
  // A duplistatus database is upgraded (an unknown file refused, untouched) before our migrations run.
  await upgradeBeforeOpening(config.databaseUrl, { logger, timeZone: config.reportTimeZone, injectFault: config.dbUpgradeFault });
  const database = await openDatabase(config.databaseUrl, { onQuery: options.onQuery });
  if (database.appliedMigrations.length > 0) {
    logger.info({ migrations: database.appliedMigrations, database: database.location }, 'database migrated');
  }
  const { prisma } = database;
  let secrets: SecretBox;
  try {
    secrets = await openSecrets(config, database, logger);
  } catch (error) {
    await database.close();
    throw error;
  }
  try {
    // Before any timer or upload: the first notification after an upgrade must find the settings converted.
    await adoptLegacyNotifications(prisma, {
      databaseFile: database.kind === 'sqlite' ? sqlitePathFromUrl(config.databaseUrl) : null,
      secrets,
      now: now(),
      logger,
    });
  } catch (error) {
    // Left as they were (the conversion is one transaction) and tried again at the next start.
    logger.error({ err: error }, "duplistatus's notification settings could not be carried over; retried at the next start");
  }
  let redis: RedisEventTarget | undefined;
  if (!options.eventTarget && config.redisUrl) {
    try {
      // Loaded only when configured: ioredis and its event target cost a server without Redis RSS for nothing.
      const { connectRedisEventTarget } = await import('./events/redis-event-target.ts');
      redis = await connectRedisEventTarget({
        url: config.redisUrl,
        channelPrefix: config.redisChannelPrefix,
        logger,
        // Messages sent while this process was not subscribed are lost: read them from the log.
        onResubscribed: () => liveFeed.catchUp(),
      });
    } catch (error) {
      await database.close();
      throw error;
    }
    logger.info({ channelPrefix: config.redisChannelPrefix }, 'live events through redis');
  }
  const events = createEventBus({ eventTarget: options.eventTarget ?? redis?.target, logger });
  const liveFeed = new LiveFeed({
    source: {
      read: (range) => readLiveEvents(prisma, range),
      bounds: () => readLiveEventBounds(prisma),
    },
    bus: events,
    windowSize: config.limits.subscriptionMaxPendingEvents,
    maxPendingEvents: config.limits.subscriptionMaxPendingEvents,
    pollMs: config.liveEvents.pollMs,
    logger,
  });
  try {
    await liveFeed.start();
  } catch (error) {
    await redis?.close();
    await database.close();
    throw error;
  }
  const liveEventPruning = startLiveEventPruning(prisma, { now, retentionDays: config.liveEvents.retentionDays, logger });

  const deprecationUsage = new DeprecationUsageStore();
  const metrics = createMetrics({
    subscriptions: () => liveFeed.subscriptionCount(),
    webSockets: () => webSocket.connectionCount(),
    deprecatedUses: () => deprecationUsage.totalUses(),
    redis,
    notificationBacklog: notificationBacklog(prisma),
    backupJobs: {
      statuses: BACKUP_STATUSES,
      alertKinds: ALERT_KINDS,
      read: () => readBackupJobFigures(prisma, now()),
      onReadError: (error) => logger.error({ err: error }, 'metrics: the backup state could not be read'),
    },
  });
  const notifications = startNotificationService({ db: prisma, config, secrets, logger, metrics, events });
  // One ingest for /api/upload and Mutation.reportBackup, so both are counted alike.
  const ingest = createIngest(prisma, {
    timeZone: config.reportTimeZone,
    timeZoneIsExplicit: config.reportTimeZoneIsExplicit,
    now,
    events,
    notifications: notifications.hooks,
    limits: config.reportLimits,
    rawSqlIn: database.rawSqlIn,
    countOutcome: (outcome) => metrics.ingestedReports.inc({ outcome }),
  });
  const collect = createCollectService({
    db: prisma,
    secrets,
    events,
    ingest: {
      timeZone: config.reportTimeZone,
      timeZoneIsExplicit: config.reportTimeZoneIsExplicit,
      now,
      events,
      limits: config.reportLimits,
      notifications: notifications.hooks,
    },
    applySchedule: applyDuplicatiSchedule,
    onPeriodicFailure: (serverId, message) => logger.warn({ serverId, reason: message }, 'periodic collect failed'),
  });
  const onSlowSubscriber: SlowSubscriberReport = (drop) => {
    metrics.slowSubscribersDropped.inc({ transport: drop.transport, reason: drop.reason });
    logger.warn(drop, 'slow subscriber dropped');
  };
  const yoga = createGraphQLServer({
    prisma,
    config,
    events,
    liveFeed,
    ingest,
    collect,
    notifications,
    secrets,
    now,
    logger,
    metrics,
    deprecationUsage,
    onSlowSubscriber,
    transport: graphQLTransport(config),
  });
  const httpServer = http.createServer(
    createRequestHandler({ config, prisma, yoga, ingest, metrics, logger, now, probeDatabase: () => probeDatabase(prisma, database.kind) }),
  );
  // Slow-loris protection: a request must arrive whole within the timeout. Responses (SSE,
  // WebSocket) are not limited by this.
  httpServer.requestTimeout = config.limits.requestTimeoutMs;
  httpServer.headersTimeout = Math.min(config.limits.requestTimeoutMs, 60_000);

  const checkOverdue = (checkOptions: { force?: boolean } = {}) =>
    runOverdueCheck(prisma, { now: now(), events, force: checkOptions.force, notifications: notifications.hooks });
  const overdueTimer = startOverdueTimer(config.overdueCheckIntervalSeconds * 1000, checkOverdue, logger);
  // Every process looks; the database decides which one runs each due collect (src/domain/collect/periodic.ts).
  const collectTimer = startPeriodicTask(
    config.collectCheckIntervalSeconds * 1000,
    () => collect.runDueCollects(),
    logger,
    'periodic collect',
  );

  const webSocket = attachGraphQLWebSocket(httpServer, yoga, {
    path: GRAPHQL_PATH,
    connectionInitTimeoutMs: 10_000,
    keepAliveMs: 12_000,
    maxPayloadBytes: config.graphqlMaxBytes,
    maxSubscriptionsPerConnection: config.limits.wsMaxSubscriptionsPerConnection,
    exposeErrorDetails: config.exposeErrorDetails,
    maxBufferedBytes: config.limits.wsMaxBufferedBytes,
    onSlowSubscriber,
    authorize: (connectionParams) => accessFor({ bearer: tokenFromConnectionParams(connectionParams) }, config.tokens).read,
  });

  return {
    config,
    database,
    logger,
    events,
    httpServer,
    webSocket,
    metrics,
    secrets,
    collect,
    notifications,
    checkOverdue,
    subscriptionCount: () => liveFeed.subscriptionCount(),
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
      clearInterval(liveEventPruning);
      liveFeed.stop();
      await collectTimer.stop();
      await notifications.stop();
      await webSocket.close();
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
      await redis?.close();
      await database.close();
    },
  };
}

const LIVE_EVENT_PRUNE_INTERVAL_MS = 60 * 60 * 1000;

/** Hourly, events older than the retention go; a failure (database away) waits for the next hour. */
function startLiveEventPruning(
  prisma: OpenDatabase['prisma'],
  options: { now: () => Date; retentionDays: number; logger: Logger },
): NodeJS.Timeout {
  const prune = () => {
    const before = new Date(options.now().getTime() - options.retentionDays * 86_400_000);
    pruneLiveEvents(prisma, before).then(
      (count) => count > 0 && options.logger.info({ count, before }, 'live events pruned'),
      (error: unknown) => options.logger.warn({ err: error }, 'pruning live events failed; trying again in an hour'),
    );
  };
  const timer = setInterval(prune, LIVE_EVENT_PRUNE_INTERVAL_MS);
  timer.unref();
  return timer;
}

async function openSecrets(config: Config, database: OpenDatabase, logger: Logger): Promise<SecretBox> {
  const resolved = resolveSecretKey({
    secretKey: config.secretKey,
    sqliteFile: database.kind === 'sqlite' ? sqlitePathFromUrl(config.databaseUrl) : undefined,
  });
  if (resolved.source.kind === 'key-file') {
    const { file, created } = resolved.source;
    if (created) logger.info({ keyFile: file }, 'secret key file created: back it up with the database, or set SECRET_KEY');
    if (keyFileIsExposed(file)) logger.warn({ keyFile: file }, 'the secret key file can be read by other users: chmod 600 it');
  }
  const secrets = createSecretBox(resolved.key);
  const check = await checkSecretKey(database.prisma, secrets);
  if (check.kind === 'differs') {
    const where = resolved.source.kind === 'key-file' ? `the key file ${resolved.source.file}` : 'SECRET_KEY';
    throw new Error(
      `The secrets in this database were sealed under another key than ${where}: start with the original key (SECRET_KEY or the key file beside the database) so stored passwords and tokens stay readable`,
    );
  }
  return secrets;
}
