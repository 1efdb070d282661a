/**
 * DATABASE_URL's PostgreSQL side, apart from the driver: deciding which database a URL names must
 * not load pg, its Prisma client and adapter into a SQLite server (src/db/open-database.ts imports
 * src/db/open-postgres.ts only for a PostgreSQL URL).
 */

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
