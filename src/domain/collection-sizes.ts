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

/** Reads only the sizes asked for (each is one indexed query); the others are 0. */
export async function readCollectionSizes(db: DbLike, wanted: ReadonlySet<CollectionSizeKey>, now: Date): Promise<CollectionSizes> {
  const read = async (key: CollectionSizeKey, query: () => Promise<number>) => (wanted.has(key) ? query() : 0);
  const [servers, maxJobsPerServer, maxServersPerName, overdueCandidates] = await Promise.all([
    read('servers', () => db.server.count()),
    read('maxJobsPerServer', () =>
      largestGroup(db.$queryRaw<GroupRow[]>`SELECT COUNT(*) AS n FROM backup_jobs GROUP BY server_id ORDER BY n DESC LIMIT 1`),
    ),
    read('maxServersPerName', () =>
      largestGroup(db.$queryRaw<GroupRow[]>`SELECT COUNT(*) AS n FROM servers GROUP BY name ORDER BY n DESC LIMIT 1`),
    ),
    read('overdueCandidates', () => countOverdueCandidates(db, now)),
  ]);
  return { servers, maxJobsPerServer, maxServersPerName, overdueCandidates };
}

interface GroupRow {
  n: unknown;
}

/** SQLite answers COUNT(*) as number or bigint, PostgreSQL as bigint. */
async function largestGroup(rows: Promise<GroupRow[]>): Promise<number> {
  const [row] = await rows;
  return row ? Number(row.n) : 0;
}
