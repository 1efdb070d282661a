import type { DbLike } from '../db/types.ts';
import { countOverdueCandidates } from './overdue-jobs.ts';

/**
 * How many items the lists without paging can return, as stored right now. The cost limit
 * multiplies such a list's selection by these (src/graphql/plugins/list-bounds.ts), so a query
 * over them costs what it will actually produce: the same query grows dearer as the fleet grows.
 */
export interface CollectionSizes {
  /** Servers stored. */
  servers: number;
  /** Jobs of the server with the most jobs. */
  maxJobsPerServer: number;
  /** Servers sharing the most common name. */
  maxServersPerName: number;
  /** Jobs whose expected run is past: an upper bound of the overdue jobs. */
  overdueCandidates: number;
}

export type CollectionSizeKey = keyof CollectionSizes;

/**
 * Reads only the sizes asked for; the others are 0. The cost limit asks on every request that
 * selects such a list, so the three counts come in one raw statement (each part an indexed
 * count; a model query would cost Prisma a query compilation per request).
 */
export async function readCollectionSizes(db: DbLike, wanted: ReadonlySet<CollectionSizeKey>, now: Date): Promise<CollectionSizes> {
  const counted = wanted.has('servers') || wanted.has('maxJobsPerServer') || wanted.has('maxServersPerName');
  const [counts, overdueCandidates] = await Promise.all([
    counted ? readCounts(db) : null,
    wanted.has('overdueCandidates') ? countOverdueCandidates(db, now) : 0,
  ]);
  const size = (key: keyof CountRow) => (counts && wanted.has(key) ? Number(counts[key] ?? 0) : 0);
  return {
    servers: size('servers'),
    maxJobsPerServer: size('maxJobsPerServer'),
    maxServersPerName: size('maxServersPerName'),
    overdueCandidates,
  };
}

/** SQLite answers COUNT(*) as number or bigint, PostgreSQL as bigint; an empty group is NULL. */
interface CountRow {
  servers: unknown;
  maxJobsPerServer: unknown;
  maxServersPerName: unknown;
}

async function readCounts(db: DbLike): Promise<CountRow | undefined> {
  const [row] = await db.$queryRaw<CountRow[]>`
    SELECT (SELECT COUNT(*) FROM servers) AS "servers",
           (SELECT COUNT(*) AS n FROM backup_jobs GROUP BY server_id ORDER BY n DESC LIMIT 1) AS "maxJobsPerServer",
           (SELECT COUNT(*) AS n FROM servers GROUP BY name ORDER BY n DESC LIMIT 1) AS "maxServersPerName"`;
  return row;
}
