import { z } from 'zod';
import { DEFAULT_REPORT_LIMITS } from './domain/report/report-limits.ts';
import type { ReportLimits } from './domain/report/report-limits.ts';
import type { AccessTokens } from './security/tokens.ts';
import { UPGRADE_STEPS } from './upgrade/steps.ts';

const megabytes = (n: number) => n * 1024 * 1024;

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
// Long enough that it is not guessed; printable so it survives headers and URLs.
const token = z.string().regex(/^[\x21-\x7e]{16,}$/, 'must be at least 16 printable characters without spaces');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(9666),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:.+|postgres(ql)?:\/\/.+)/i,
      'must be a SQLite URL (file:<path>) or a PostgreSQL URL (postgresql://user:password@host:5432/database)',
    )
    .default('file:./data/dupligraph.db'),
  /** Redis for live events across several processes (src/events/redis-event-target.ts). */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/i, 'must be a Redis URL such as redis://host:6379')
    .optional(),
  /** Prefix of the Redis channels; instances sharing a database must share it. */
  REDIS_CHANNEL_PREFIX: z
    .string()
    .regex(/^[\x21-\x7e]{1,64}$/, 'must be 1 to 64 printable characters without spaces')
    .default('dupligraph:'),
  UPLOAD_MAX_BYTES: positiveInt.default(megabytes(20)),
  GRAPHQL_MAX_BYTES: positiveInt.default(megabytes(1)),
  /** Largest GraphQL result (one HTTP answer, one SSE or WebSocket event); larger is refused (README "Limits"). */
  GRAPHQL_MAX_RESPONSE_BYTES: positiveInt.default(megabytes(8)),
  /** IANA zone in which Duplicati's zone-less version stamps are read (docs/compatibility/upload.md#available-versions). */
  REPORT_TIME_ZONE: z.string().refine(isKnownTimeZone, 'must be an IANA time zone such as UTC or Europe/London').optional(),
  /** Longest machine-id / backup-id accepted in a report (Duplicati sends 32 and ~5 characters). */
  REPORT_MAX_ID_LENGTH: positiveInt.default(DEFAULT_REPORT_LIMITS.maxIdLength),
  /** Longest machine-name / backup-name (and other short text fields) accepted in a report. */
  REPORT_MAX_NAME_LENGTH: positiveInt.default(DEFAULT_REPORT_LIMITS.maxNameLength),
  /** How far after this server's clock a run may be dated (Duplicati host clock skew). */
  REPORT_MAX_FUTURE_SECONDS: z.coerce.number().int().min(0).default(DEFAULT_REPORT_LIMITS.maxFutureSeconds),
  /** Seconds between overdue checks; 0 turns the periodic check off (docs/compatibility/overdue.md#periodic-check-and-reminders default: 5 min). */
  OVERDUE_CHECK_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
  /** Seconds between looks for servers whose periodic collect from Duplicati is due; 0 turns periodic collects off. */
  COLLECT_CHECK_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(60),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Debugging only: unexpected errors reach clients with their message (paths, SQL) instead of a request id. */
  EXPOSE_ERROR_DETAILS: z.enum(['true', 'false'], { message: 'must be true or false' }).default('false'),
  /** Tests only (NODE_ENV=test): makes that step of a duplistatus upgrade fail (src/upgrade/steps.ts). */
  DB_UPGRADE_FAULT: z.enum(UPGRADE_STEPS).optional(),
  /** Key of the secrets stored in the database (SMTP passwords, tokens); required with PostgreSQL (src/security/secret-key.ts). */
  SECRET_KEY: z
    .string()
    .regex(/^[\x21-\x7e]{32,}$/, 'must be at least 32 printable characters without spaces (e.g. `openssl rand -base64 32`)')
    .optional(),
  ADMIN_TOKEN: token.optional(),
  READ_TOKEN: token.optional(),
  UPLOAD_TOKEN: token.optional(),
  MAX_QUERY_DEPTH: positiveInt.default(15),
  MAX_ALIASES: positiveInt.default(15),
  MAX_QUERY_TOKENS: positiveInt.default(2000),
  MAX_QUERY_COST: positiveInt.default(50_000),
  MAX_PAGE_SIZE: positiveInt.default(500),
  REQUEST_TIMEOUT_MS: positiveInt.default(30_000),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: positiveInt.default(100),
  /** Events one subscription may have waiting; one more and it is dropped (src/events/live-feed.ts). */
  SUBSCRIPTION_MAX_PENDING_EVENTS: positiveInt.default(1000),
  /** Bytes a WebSocket may have waiting to be sent; past it the socket is closed with 4008. */
  WS_MAX_BUFFERED_BYTES: positiveInt.default(megabytes(4)),
  /** Milliseconds between reads of the live-event log for events no message announced (src/events/live-feed.ts). */
  LIVE_EVENTS_POLL_MS: z.coerce.number().int().min(100).default(1000),
  /** Days a live event stays resumable by cursor; older ones are pruned (src/domain/live-event-log.ts). */
  LIVE_EVENT_RETENTION_DAYS: positiveInt.default(7),
  /** Attempts per notification (the first included) before it is marked dead (README "Notifications"). */
  NOTIFICATION_MAX_ATTEMPTS: positiveInt.default(8),
  /** First retry delay; each further retry doubles it, with jitter, up to NOTIFICATION_RETRY_MAX_MS. */
  NOTIFICATION_RETRY_BASE_MS: positiveInt.default(10_000),
  NOTIFICATION_RETRY_MAX_MS: positiveInt.default(3_600_000),
  /** One HTTP or SMTP exchange with a channel (docs/compatibility/notifications.md#channels: 20 s). */
  NOTIFICATION_TIMEOUT_MS: positiveInt.default(20_000),
  /** How often the dispatcher looks for deliveries left by another process or due for a retry. */
  NOTIFICATION_POLL_INTERVAL_MS: positiveInt.default(5_000),
  /** Deliveries sent at once (each to a different destination and job). */
  NOTIFICATION_CONCURRENCY: positiveInt.default(8),
  /** Sends ntfy messages to this server instead of the stored one, keeping the stored topics. */
  NTFY_URL_OVERRIDE: z
    .string()
    .regex(/^https?:\/\/.+/i, 'must be an http(s) URL such as http://127.0.0.1:8080')
    .optional(),
  /** Comma-separated origins allowed to call the API from a browser, or * for any. */
  CORS_ORIGINS: z.string().default('*'),
});

/**
 * The environment as the rest of the code reads it: validated by the schema above, then shaped by
 * `configFromEnvironment`. Its type is whatever that shaping returns, so it is never restated.
 */
const configSchema = environmentSchema.transform(configFromEnvironment);

export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once; every problem is reported together. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(withoutEmptyValues(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  // DATABASE_URL is either a SQLite file (whose key file can sit beside it) or PostgreSQL.
  if (parsed.data.secretKey === undefined && !/^file:/i.test(parsed.data.databaseUrl)) {
    throw new ConfigError([
      'SECRET_KEY: required with PostgreSQL: instances sharing a database must share the key of its stored secrets (generate one with `openssl rand -base64 32`)',
    ]);
  }
  if (parsed.data.dbUpgradeFault && parsed.data.nodeEnv !== 'test') {
    throw new ConfigError(['DB_UPGRADE_FAULT: only allowed with NODE_ENV=test (it makes database upgrades fail on purpose)']);
  }
  return parsed.data;
}

function configFromEnvironment(e: z.output<typeof environmentSchema>) {
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    /** Set: live events go through Redis, so every process sees every event. */
    redisUrl: e.REDIS_URL,
    redisChannelPrefix: e.REDIS_CHANNEL_PREFIX,
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    graphqlMaxBytes: e.GRAPHQL_MAX_BYTES,
    reportTimeZone: e.REPORT_TIME_ZONE ?? systemTimeZone(),
    /** False when REPORT_TIME_ZONE is unset: version stamps are then read in their log line's own offset. */
    reportTimeZoneIsExplicit: e.REPORT_TIME_ZONE !== undefined,
    reportLimits: {
      maxIdLength: e.REPORT_MAX_ID_LENGTH,
      maxNameLength: e.REPORT_MAX_NAME_LENGTH,
      maxFutureSeconds: e.REPORT_MAX_FUTURE_SECONDS,
    } satisfies ReportLimits,
    overdueCheckIntervalSeconds: e.OVERDUE_CHECK_INTERVAL_SECONDS,
    liveEvents: { pollMs: e.LIVE_EVENTS_POLL_MS, retentionDays: e.LIVE_EVENT_RETENTION_DAYS },
    collectCheckIntervalSeconds: e.COLLECT_CHECK_INTERVAL_SECONDS,
    logLevel: e.LOG_LEVEL,
    /** Off by default in every NODE_ENV: clients get a request id, the log gets the cause. */
    exposeErrorDetails: e.EXPOSE_ERROR_DETAILS === 'true',
    dbUpgradeFault: e.DB_UPGRADE_FAULT,
    secretKey: e.SECRET_KEY,
    tokens: { admin: e.ADMIN_TOKEN, read: e.READ_TOKEN, upload: e.UPLOAD_TOKEN } satisfies AccessTokens,
    limits: {
      maxQueryDepth: e.MAX_QUERY_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxQueryTokens: e.MAX_QUERY_TOKENS,
      maxQueryCost: e.MAX_QUERY_COST,
      maxPageSize: e.MAX_PAGE_SIZE,
      /** Bytes of one GraphQL result as JSON (GRAPHQL_MAX_RESPONSE_BYTES). */
      maxResponseBytes: e.GRAPHQL_MAX_RESPONSE_BYTES,
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      wsMaxSubscriptionsPerConnection: e.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      subscriptionMaxPendingEvents: e.SUBSCRIPTION_MAX_PENDING_EVENTS,
      wsMaxBufferedBytes: e.WS_MAX_BUFFERED_BYTES,
    },
    notifications: {
      retry: {
        maxAttempts: e.NOTIFICATION_MAX_ATTEMPTS,
        baseDelayMs: e.NOTIFICATION_RETRY_BASE_MS,
        maxDelayMs: e.NOTIFICATION_RETRY_MAX_MS,
      },
      timeoutMs: e.NOTIFICATION_TIMEOUT_MS,
      pollIntervalMs: e.NOTIFICATION_POLL_INTERVAL_MS,
      concurrency: e.NOTIFICATION_CONCURRENCY,
      ntfyUrlOverride: e.NTFY_URL_OVERRIDE,
    },
    corsOrigins:
      e.CORS_ORIGINS.trim() === '*'
        ? ('*' as const)
        : e.CORS_ORIGINS.split(',')
            .map((o) => o.trim())
            .filter(Boolean),
  };
}

/** An empty variable (`PORT=`) means "use the default", as in most twelve-factor servers. */
function withoutEmptyValues(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
}

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
