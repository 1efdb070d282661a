import type { DbLike } from '../db/types.ts';

/**
 * How many servers are stored, or bear exactly `name` (null: all): a servers connection's
 * `totalCount`, asked with every dashboard page. One raw count: a model `count` cost a query
 * compilation in Prisma each time, as much as the rest of a small page.
 */
export async function countServers(db: DbLike, name: string | null): Promise<number> {
  const [row] =
    name === null
      ? await db.$queryRaw<{ count: unknown }[]>`SELECT COUNT(*) AS "count" FROM servers`
      : await db.$queryRaw<{ count: unknown }[]>`SELECT COUNT(*) AS "count" FROM servers WHERE name = ${name}`;
  return Number(row?.count ?? 0);
}
