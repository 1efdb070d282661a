import type { DbLike } from '../db/types.ts';

export interface ServerSummaryRow {
  id: string;
  name: string;
  createdAt: string;
}

export type ServerLookup =
  | { kind: 'found'; server: ServerSummaryRow }
  | { kind: 'not-found' }
  | { kind: 'ambiguous'; candidates: ServerSummaryRow[] };

const serverSummarySelect = { id: true, name: true, createdAt: true } as const;

/**
 * docs/compatibility/rest-api.md#last-backup: an exact machine-id first, then an exact (case-sensitive) name; aliases never
 * match. A name shared by several servers (docs/compatibility/known-problems.md#duplicate-servers-after-a-machine-id-change, a reinstalled Duplicati) is ambiguous, not a guess.
 */
export async function findServerByIdOrName(db: DbLike, identifier: string): Promise<ServerLookup> {
  const byId = await db.server.findUnique({ where: { id: identifier }, select: serverSummarySelect });
  if (byId) return { kind: 'found', server: byId };
  return findServerByName(db, identifier);
}

export async function findServerByName(db: DbLike, name: string): Promise<ServerLookup> {
  const byName = await db.server.findMany({
    where: { name },
    select: serverSummarySelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
  });
  if (byName.length === 0) return { kind: 'not-found' };
  if (byName.length === 1) return { kind: 'found', server: byName[0]! };
  return { kind: 'ambiguous', candidates: byName };
}

/** A backup job's id from its server's machine-id and its backup name, or null. */
export async function findJobId(db: DbLike, serverId: string, backupName: string): Promise<number | null> {
  const job = await db.backupJob.findUnique({ where: { serverId_backupName: { serverId, backupName } }, select: { id: true } });
  return job?.id ?? null;
}
