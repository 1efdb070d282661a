import { changeStampOf } from '../db/change-stamp.ts';
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
 * count; a model query would cost Prisma a query compilation per request), and on SQLite they are
 * read again only once a row has changed (src/db/change-stamp.ts): scanning every job to find the
 * largest server was the dearest statement of a lastBackups read.
 */
export async function readCollectionSizes(db: DbLike, wanted: ReadonlySet<CollectionSizeKey>, now: Date): Promise<CollectionSizes> {
  const counted = wanted.has('servers') || wanted.has('maxJobsPerServer') || wanted.has('maxServersPerName');
  const [counts, overdueCandidates] = await Promise.all([
    counted ? readCountsUnlessUnchanged(db) : null,
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

/** The counts last read from each client, with the change stamp read before them. */
const countsRead = new WeakMap<object, { stamp: string; counts: CountRow | undefined }>();

/**
 * The counts as stored now. The stamp is taken before the counts are read, so a change made
 * between the two moves the stamp past the one kept, and the next call reads them again.
 */
async function readCountsUnlessUnchanged(db: DbLike): Promise<CountRow | undefined> {
  const stampNow = changeStampOf(db);
  if (!stampNow) return readCounts(db);
  const stamp = stampNow();
  const kept = countsRead.get(db);
  if (kept?.stamp === stamp) return kept.counts;
  const counts = await readCounts(db);
  countsRead.set(db, { stamp, counts });
  return counts;
}

async function readCounts(db: DbLike): Promise<CountRow | undefined> {
  const [row] = await db.$queryRaw<CountRow[]>`
    SELECT (SELECT COUNT(*) FROM servers) AS "servers",
           (SELECT COUNT(*) AS n FROM backup_jobs GROUP BY server_id ORDER BY n DESC LIMIT 1) AS "maxJobsPerServer",
           (SELECT COUNT(*) AS n FROM servers GROUP BY name ORDER BY n DESC LIMIT 1) AS "maxServersPerName"`;
  return row;
}
