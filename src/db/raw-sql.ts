import type Database from 'better-sqlite3';
import { Prisma } from '../generated/prisma/client.ts';
import type { QueryRowArrays } from './row-arrays.ts';
import type { DbTransaction } from './types.ts';

/**
 * Raw SQL written as Prisma's tagged templates (`sql.$queryRaw\`...\``, `Prisma.join`, `Prisma.raw`),
 * both dialects alike. A Prisma client or transaction is one; on SQLite the hot path of the ingest
 * gets one that runs the same statements on the transaction's own better-sqlite3 connection with
 * prepared statements kept, skipping Prisma's per-query pipeline (about 0.3 ms a statement).
 */
export interface RawSql {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): PromiseLike<T>;
  $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): PromiseLike<number>;
}

/** The raw SQL for statements inside the interactive transaction `tx`. */
export type RawSqlIn = (tx: DbTransaction) => RawSql;

/** Prisma's own raw queries: any database, any transaction. */
export const rawSqlThroughPrisma: RawSqlIn = (tx) => tx;

/**
 * Statements run directly on the SQLite connection Prisma's adapter holds. Only ever handed a
 * transaction: inside `$transaction` the adapter has begun it and holds its lock on the
 * connection until the commit, so these statements are part of that transaction and nothing of
 * Prisma's runs between them.
 */
export function rawSqlOnSqliteConnection(connection: () => Database.Database, onQuery?: (sql: string) => void): RawSqlIn {
  const sql = directRawSql(connection, onQuery);
  return () => sql;
}

/**
 * The same statements for a query outside any transaction (the client's own `$queryRaw`, and the
 * reads that take their rows as arrays, src/db/row-arrays.ts): each runs in the connection's turn
 * (`alone`, src/db/one-statement-at-a-time.ts), between transactions, as Prisma's would. The
 * hand-written reads behind the dashboard, the summary and lastBackups are a few such statements
 * each, and Prisma's pipeline was most of their time. Both shapes share one store of kept statements.
 */
export function clientReadsOnSqliteConnection(
  connection: () => Database.Database,
  alone: <T>(work: () => T | PromiseLike<T>) => Promise<T>,
  onQuery?: (sql: string) => void,
): { queryRaw: RawSql['$queryRaw']; rowArrays: QueryRowArrays } {
  const sql = directRawSql(connection, onQuery);
  return {
    queryRaw: <T>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => alone(() => sql.$queryRaw<T>(query, ...values)),
    rowArrays: (query) => alone(() => sql.rowArrays(query)),
  };
}

function directRawSql(connection: () => Database.Database, onQuery?: (sql: string) => void): RawSql & { rowArrays: QueryRowArrays } {
  const statements = new Map<string, Database.Statement>();
  let cachedFor: Database.Database | undefined;
  const prepare = (text: string): Database.Statement => {
    const database = connection();
    // A reconnect (after $disconnect) opens a new connection: its statements are its own.
    if (database !== cachedFor || statements.size >= MAX_CACHED_STATEMENTS) {
      statements.clear();
      cachedFor = database;
    }
    let statement = statements.get(text);
    if (!statement) {
      statement = database.prepare(text).safeIntegers(false);
      statements.set(text, statement);
    }
    return statement;
  };
  const run = (query: TemplateStringsArray | Prisma.Sql, values: unknown[], asArrays = false) => {
    const sql = query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values);
    const statement = prepare(sql.sql);
    onQuery?.(sql.sql);
    const bound = sql.values.map(toSqliteValue);
    // A kept statement serves both shapes: its mode is set for each run.
    return statement.reader
      ? { rows: statement.raw(asArrays).all(...bound), changes: 0 }
      : { rows: [], changes: statement.run(...bound).changes };
  };
  return {
    $queryRaw: <T>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => settle(() => run(query, values).rows as T),
    $executeRaw: (query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => settle(() => run(query, values).changes),
    rowArrays: (query) => settle(() => run(query, [], true).rows as unknown[][]),
  };
}

/** Statements differ by their text only through row counts of multi-row inserts: a few dozen. */
const MAX_CACHED_STATEMENTS = 256;

function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error);
  }
}

/** What Prisma's SQLite adapter binds for the same values: booleans as 0/1, dates as ISO text. */
function toSqliteValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value;
}
