import type { DbLike } from '../db/types.ts';
import { parseStoredTimestamp } from './timestamps.ts';

export interface DuplicateServerGroup {
  name: string;
  /** Newest first (by `created_at`): the first is the natural merge target, as duplistatus's UI proposes. */
  serverIds: string[];
}

/**
 * docs/compatibility/operations.md#find-duplicate-servers: names shared by two or more servers, which is what a
 * Duplicati reinstall with a new machine-id leaves behind (docs/compatibility/known-problems.md#duplicate-servers-after-a-machine-id-change). Ids that are empty or look like
 * URLs are left out, as duplistatus does (rows from its old "collect" bug, not real machines).
 */
export async function findDuplicateServers(db: DbLike): Promise<DuplicateServerGroup[]> {
  const realServer = { NOT: [{ id: '' }, { id: { startsWith: 'http://' } }, { id: { startsWith: 'https://' } }] };
  const shared = await db.server.groupBy({
    by: ['name'],
    where: realServer,
    having: { id: { _count: { gt: 1 } } },
    orderBy: { name: 'asc' },
  });
  if (shared.length === 0) return [];
  const servers = await db.server.findMany({
    where: { ...realServer, name: { in: shared.map((group) => group.name) } },
    select: { id: true, name: true, createdAt: true },
  });
  return shared.map(({ name }) => ({
    name,
    serverIds: servers
      .filter((server) => server.name === name)
      // created_at is SQLite's CURRENT_TIMESTAMP text or ISO (adopted rows): compare instants, not text.
      .sort((a, b) => createdMillis(b.createdAt) - createdMillis(a.createdAt) || a.id.localeCompare(b.id))
      .map((server) => server.id),
  }));
}

function createdMillis(text: string): number {
  return parseStoredTimestamp(text)?.getTime() ?? 0;
}
