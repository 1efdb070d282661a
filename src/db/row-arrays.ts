import type { Prisma } from '../generated/prisma/client.ts';
import type { DbLike } from './types.ts';

/**
 * A raw read's rows as arrays of values, in the order of its select list. better-sqlite3 builds a
 * row object property by property through V8's API: for the dashboard's 1,000 jobs of 16 columns
 * that took longer than SQLite's own work, and the arrays of its raw mode take a third of it. The
 * caller knows its columns and builds the objects it keeps itself.
 */
export type QueryRowArrays = (query: Prisma.Sql) => Promise<unknown[][]>;

const directReaders = new WeakMap<object, QueryRowArrays>();

/** Lets `queryRowArrays` on `client` itself (not its transactions) read through `reader`. */
export function readRowArraysDirectly(client: object, reader: QueryRowArrays): void {
  directReaders.set(client, reader);
}

/**
 * `query`'s rows as arrays. `columns` names its result columns in select order: where the driver
 * hands out objects (PostgreSQL, a transaction's client), they are read back in that order.
 */
export async function queryRowArrays(db: DbLike, query: Prisma.Sql, columns: readonly string[]): Promise<unknown[][]> {
  const direct = directReaders.get(db);
  if (direct) return direct(query);
  const rows = await db.$queryRaw<Record<string, unknown>[]>(query);
  return rows.map((row) => columns.map((column) => row[column]));
}
