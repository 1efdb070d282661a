import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { PrismaClient as PostgresPrismaClient } from '../generated/prisma-pg/client.ts';
import { applyPostgresMigrations } from './migrate.ts';
import type { OpenDatabase, OpenDatabaseOptions } from './open-database.ts';

/** `postgres://` and `postgresql://` select PostgreSQL; `file:` stays SQLite. */
export function isPostgresUrl(databaseUrl: string): boolean {
  return /^postgres(ql)?:\/\//i.test(databaseUrl);
}

export interface PostgresLocation {
  /** The URL for pg, without the parameters only dupligraph reads (`schema`, `connection_limit`). */
  connectionString: string;
  /** Where the tables live: the URL's `?schema=` (Prisma's convention), `public` by default. */
  schema: string;
  /** Pool size: `?connection_limit=`, default 10 (pg's default). */
  poolSize: number;
  /** For logs: the URL without its password. */
  redacted: string;
}

const SIMPLE_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export function parsePostgresUrl(databaseUrl: string): PostgresLocation {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get('schema') ?? 'public';
  if (!SIMPLE_IDENTIFIER.test(schema)) {
    throw new Error(`DATABASE_URL: schema "${schema}" must be a plain identifier (letters, digits, underscore)`);
  }
  const limit = url.searchParams.get('connection_limit');
  const poolSize = limit === null ? 10 : Number(limit);
  if (!Number.isInteger(poolSize) || poolSize < 1) {
    throw new Error(`DATABASE_URL: connection_limit must be a positive integer, not "${limit}"`);
  }
  url.searchParams.delete('schema');
  url.searchParams.delete('connection_limit');
  const connectionString = url.toString();
  if (url.password) url.password = '***';
  return { connectionString, schema, poolSize, redacted: url.toString() };
}

/**
 * Migrates the PostgreSQL schema (src/db/migrate.ts, advisory-locked so N processes migrate once)
 * and hands out a Prisma client on it through the pg driver adapter.
 *
 * The client comes from src/generated/prisma-pg and is returned typed as the SQLite client: both
 * are generated from the same models (scripts/derive-postgres-schema.ts), so their model APIs are
 * the same, and the domain code, typed against the SQLite client (src/db/types.ts), uses only
 * what both have. The cast lives here and nowhere else.
 */
export async function openPostgresDatabase(databaseUrl: string, options: OpenDatabaseOptions = {}): Promise<OpenDatabase> {
  const location = parsePostgresUrl(databaseUrl);
  const migrator = new pg.Client({ connectionString: location.connectionString });
  await migrator.connect();
  let appliedMigrations: string[];
  try {
    appliedMigrations = await applyPostgresMigrations(migrator, location.schema);
  } finally {
    await migrator.end().catch(() => undefined);
  }

  const adapter = new PrismaPg(
    {
      connectionString: location.connectionString,
      max: location.poolSize,
      // Raw SQL ($queryRaw) names tables without a schema; Prisma's own queries qualify them.
      options: `-c search_path=${location.schema}`,
    },
    { schema: location.schema },
  );
  let prisma: PrismaClient;
  if (options.onQuery) {
    const onQuery = options.onQuery;
    const client = new PostgresPrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
    client.$on('query', (event) => onQuery(event.query));
    prisma = client as unknown as PrismaClient;
  } else {
    prisma = new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  await prisma.$connect();
  return {
    prisma,
    kind: 'postgres',
    location: location.redacted,
    filePath: location.redacted,
    appliedMigrations,
    close: () => prisma.$disconnect(),
  };
}
