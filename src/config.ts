import { z } from 'zod';

const megabytes = (n: number) => n * 1024 * 1024;

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(9666),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, 'must be a SQLite URL of the form file:<path>')
    .default('file:./data/dupligraph.db'),
  UPLOAD_MAX_BYTES: positiveInt.default(megabytes(20)),
  GRAPHQL_MAX_BYTES: positiveInt.default(megabytes(1)),
  /** IANA zone in which Duplicati's zone-less version stamps are read (DOMAIN.md a.11). */
  REPORT_TIME_ZONE: z
    .string()
    .refine(isKnownTimeZone, 'must be an IANA time zone such as UTC or Europe/London')
    .optional(),
  /** Seconds between overdue checks; 0 turns the periodic check off (DOMAIN.md c.6 default: 5 min). */
  OVERDUE_CHECK_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string;
  uploadMaxBytes: number;
  graphqlMaxBytes: number;
  reportTimeZone: string;
  overdueCheckIntervalSeconds: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once; every problem is reported together. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(withoutEmptyValues(env));
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    graphqlMaxBytes: e.GRAPHQL_MAX_BYTES,
    reportTimeZone: e.REPORT_TIME_ZONE ?? systemTimeZone(),
    overdueCheckIntervalSeconds: e.OVERDUE_CHECK_INTERVAL_SECONDS,
    logLevel: e.LOG_LEVEL,
  };
}

/** An empty variable (`PORT=`) means "use the default", as in most twelve-factor servers. */
function withoutEmptyValues(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
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
