import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { PrismaClient as PostgresPrismaClient } from '../generated/prisma-pg/client.ts';
import { applyPostgresMigrations } from './migrate.ts';
import type { OpenDatabase, OpenDatabaseOptions } from './open-database.ts';
import { parsePostgresUrl } from './postgres-url.ts';
import { rawSqlThroughPrisma } from './raw-sql.ts';

export { isPostgresUrl, parsePostgresUrl } from './postgres-url.ts';
export type { PostgresLocation } from './postgres-url.ts';

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
    rawSqlIn: rawSqlThroughPrisma,
    close: () => prisma.$disconnect(),
  };
}
