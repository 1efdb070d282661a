import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';
import { PrismaClient } from '../generated/prisma/client.ts';
import type { UpgradeStep } from './legacy/errors.ts';
import { adoptDatabaseFile } from './legacy/upgrade.ts';
import type { UpgradeLogger } from './legacy/upgrade.ts';
import { applyMigrations } from './migrate.ts';
import { isPostgresUrl, openPostgresDatabase } from './open-postgres.ts';
import { ensureParentDirectory, sqlitePathFromUrl } from './sqlite-file.ts';

export type Prisma = PrismaClient;

export interface OpenDatabase {
  prisma: PrismaClient;
  /** Which database DATABASE_URL's scheme chose. */
  kind: 'sqlite' | 'postgres';
  /** For logs: the SQLite file, or the PostgreSQL URL without its password. */
  location: string;
  /** The SQLite file; on PostgreSQL the same as `location`. */
  filePath: string;
  appliedMigrations: string[];
  close(): Promise<void>;
}

const BUSY_TIMEOUT_MS = 30_000;

/**
 * Opens (creating if needed) and migrates the SQLite file, then hands out a Prisma client on it.
 * WAL with synchronous=NORMAL survives a process crash with every committed transaction
 * (only a power loss can drop the last ones), which is what an acknowledged upload needs.
 */
export interface OpenDatabaseOptions {
  /** Called with every SQL statement Prisma sends; tests use it to prove queries stay batched. */
  onQuery?: (sql: string) => void;
  /** Receives the upgrade's progress when the file is a duplistatus database. */
  logger?: UpgradeLogger;
  /** Zone for version stamps in the log lines of upgraded runs (REPORT_TIME_ZONE); default the system's. */
  timeZone?: string;
  /** Tests only (DB_UPGRADE_FAULT): makes that upgrade step fail. */
  upgradeFault?: UpgradeStep;
}

export async function openDatabase(databaseUrl: string, options: OpenDatabaseOptions = {}): Promise<OpenDatabase> {
  // postgres:// or postgresql:// → PostgreSQL (src/db/open-postgres.ts). The duplistatus upgrade
  // below is SQLite only: duplistatus databases are SQLite files.
  if (isPostgresUrl(databaseUrl)) return openPostgresDatabase(databaseUrl, options);
  const filePath = sqlitePathFromUrl(databaseUrl);
  ensureParentDirectory(filePath);
  // A duplistatus database is upgraded (or an unknown one refused, untouched) before our
  // migrations may touch it; see src/db/legacy/upgrade.ts.
  await adoptDatabaseFile(filePath, {
    timeZone: options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    logger: options.logger,
    injectFault: options.upgradeFault,
  });

  const migrator = new Database(filePath, { timeout: BUSY_TIMEOUT_MS });
  let appliedMigrations: string[];
  try {
    migrator.pragma('journal_mode = WAL');
    migrator.pragma('foreign_keys = ON');
    appliedMigrations = applyMigrations(migrator);
  } finally {
    migrator.close();
  }

  const adapter = new PrismaBetterSQLite3({ url: `file:${filePath}`, timeout: BUSY_TIMEOUT_MS });
  const prisma = options.onQuery ? clientReportingQueries(adapter, options.onQuery) : new PrismaClient({ adapter });
  await prisma.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  await prisma.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
  return {
    prisma,
    kind: 'sqlite',
    location: filePath,
    filePath,
    appliedMigrations,
    close: () => prisma.$disconnect(),
  };
}

function clientReportingQueries(adapter: PrismaBetterSQLite3, onQuery: (sql: string) => void): PrismaClient {
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => onQuery(event.query));
  return client as unknown as PrismaClient;
}
