import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';
import { PrismaClient } from '../generated/prisma/client.ts';
import type { Prisma as PrismaNamespace } from '../generated/prisma/client.ts';
import { UnsupportedDatabaseError } from './legacy/errors.ts';
import { inspectDatabaseFile } from './legacy/inspect.ts';
import { describeLayout } from './legacy/layout.ts';
import { keepingStatements } from './kept-statements.ts';
import type { AdapterConnection } from './kept-statements.ts';
import { applyMigrations } from './migrate.ts';
import { stampSqliteChanges } from './change-stamp.ts';
import { oneStatementAtATime } from './one-statement-at-a-time.ts';
import { isPostgresUrl } from './postgres-url.ts';
import { clientReadsOnSqliteConnection, rawSqlOnSqliteConnection } from './raw-sql.ts';
import { readRowArraysDirectly } from './row-arrays.ts';
import type { RawSqlIn } from './raw-sql.ts';
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
  /** The fastest raw SQL inside a transaction of `prisma` (src/db/raw-sql.ts). */
  rawSqlIn: RawSqlIn;
  close(): Promise<void>;
}

const BUSY_TIMEOUT_MS = 30_000;

/**
 * The commit that takes the WAL past this many pages copies it into the main file, with an fsync
 * of each, and the event loop waits for both: SQLite's default of 1,000 pages (4 MiB) meant a
 * checkpoint every hundred or so reports under a steady ingest, half a second of fsync per 3,000
 * reports on the benchmark machine. 4,000 (a WAL of up to 16 MiB) halves that, and writes a page
 * the ingest changes in every batch (a job, an index's last leaf) to the main file once per
 * checkpoint instead of four times. Durability is the same: what is committed is in the WAL.
 */
export const WAL_AUTOCHECKPOINT_PAGES = 4_000;

/**
 * Opens (creating if needed) and migrates the SQLite file, then hands out a Prisma client on it.
 * WAL with synchronous=NORMAL survives a process crash with every committed transaction
 * (only a power loss can drop the last ones), which is what an acknowledged upload needs.
 */
export interface OpenDatabaseOptions {
  /** Called with every SQL statement Prisma sends; tests use it to prove queries stay batched. */
  onQuery?: (sql: string) => void;
}

export async function openDatabase(databaseUrl: string, options: OpenDatabaseOptions = {}): Promise<OpenDatabase> {
  // postgres:// or postgresql:// → PostgreSQL (src/db/open-postgres.ts).
  // Loaded only here: pg, its adapter and the PostgreSQL client cost a SQLite server about 10 MiB of RSS.
  if (isPostgresUrl(databaseUrl)) return (await import('./open-postgres.ts')).openPostgresDatabase(databaseUrl, options);
  const filePath = sqlitePathFromUrl(databaseUrl);
  ensureParentDirectory(filePath);
  refuseForeignFile(filePath);

  const migrator = new Database(filePath, { timeout: BUSY_TIMEOUT_MS });
  let appliedMigrations: string[];
  try {
    migrator.pragma('journal_mode = WAL');
    migrator.pragma('foreign_keys = ON');
    appliedMigrations = applyMigrations(migrator);
  } finally {
    migrator.close();
  }

  const connectionKeeper = new ConnectionKeepingAdapter({ url: `file:${filePath}`, timeout: BUSY_TIMEOUT_MS });
  const serialised = oneStatementAtATime(connectionKeeper);
  const adapter = serialised.factory;
  const prisma = options.onQuery ? clientReportingQueries(adapter, options.onQuery) : new PrismaClient({ adapter });
  await prisma.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  await prisma.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
  await prisma.$executeRawUnsafe(`PRAGMA wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  const directReads = clientReadsOnSqliteConnection(() => connectionKeeper.connection(), serialised.alone, options.onQuery);
  const prismaQueryRaw = prisma.$queryRaw;
  // A transaction's client is a view of this one and sees this property too: called on it
  // (`this` is the transaction), the query is Prisma's, inside that transaction.
  prisma.$queryRaw = function (this: unknown, query: TemplateStringsArray | PrismaNamespace.Sql, ...values: unknown[]) {
    return this === prisma ? directReads.queryRaw(query, ...values) : prismaQueryRaw.call(this, query, ...values);
  } as PrismaClient['$queryRaw'];
  readRowArraysDirectly(prisma, directReads.rowArrays);
  stampSqliteChanges(prisma, () => connectionKeeper.connection(), options.onQuery);
  return {
    prisma,
    kind: 'sqlite',
    location: filePath,
    filePath,
    appliedMigrations,
    rawSqlIn: rawSqlOnSqliteConnection(() => connectionKeeper.connection(), options.onQuery),
    close: () => prisma.$disconnect(),
  };
}

/** Prisma's better-sqlite3 adapter, keeping the connection it opened for src/db/raw-sql.ts. */
class ConnectionKeepingAdapter extends PrismaBetterSQLite3 {
  #connection: Database.Database | undefined;

  override async connect(): ReturnType<PrismaBetterSQLite3['connect']> {
    const adapter = await super.connect();
    // The adapter's queryable keeps its better-sqlite3 handle as `client` (not in its typings).
    const queryable = adapter as unknown as { client: Database.Database | AdapterConnection };
    this.#connection = queryable.client as Database.Database;
    queryable.client = keepingStatements(this.#connection);
    return adapter;
  }

  connection(): Database.Database {
    if (!this.#connection) throw new Error('the SQLite connection is not open');
    return this.#connection;
  }
}

/**
 * Our migrations may only touch a fresh file or one of ours. A duplistatus database is upgraded
 * before this is called (src/upgrade/before-open.ts, which src/app.ts runs first); reaching
 * here with one, or with any other file, leaves it untouched.
 */
function refuseForeignFile(filePath: string): void {
  const layout = inspectDatabaseFile(filePath);
  if (layout.kind === 'refused') throw new UnsupportedDatabaseError(filePath, layout.reason);
  if (layout.kind === 'duplistatus') {
    throw new UnsupportedDatabaseError(
      filePath,
      `it is a ${describeLayout(layout)} database that has not been upgraded yet (the server upgrades it on start; or run npm run db:upgrade)`,
    );
  }
}

function clientReportingQueries(adapter: PrismaBetterSQLite3, onQuery: (sql: string) => void): PrismaClient {
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => onQuery(event.query));
  return client as unknown as PrismaClient;
}
