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
 *
 * One raw statement for both tries (lastBackups and the REST routes start here on every call): a
 * model query costs Prisma a query compilation each time, about three raw statements' worth. The
 * name candidates come in the order the model query gave them (newest first, then id), sorted by
 * the database so both databases' collations decide as before.
 */
export async function findServerByIdOrName(db: DbLike, identifier: string): Promise<ServerLookup> {
  const rows = await db.$queryRaw<ServerSummaryRow[]>`
    SELECT id, name, created_at AS "createdAt" FROM servers
    WHERE id = ${identifier} OR name = ${identifier}
    ORDER BY created_at DESC, id ASC`;
  return resolveServerLookup(rows, identifier);
}

/** The lookup's rule applied to the servers whose id or name is `identifier` (newest first, then id): the id wins, then a single name. */
export function resolveServerLookup(rows: readonly ServerSummaryRow[], identifier: string): ServerLookup {
  const byId = rows.find((row) => row.id === identifier);
  if (byId) return { kind: 'found', server: summaryOf(byId) };
  return lookupOf(rows.filter((row) => row.name === identifier).map(summaryOf));
}

export async function findServerByName(db: DbLike, name: string): Promise<ServerLookup> {
  const byName = await db.server.findMany({
    where: { name },
    select: serverSummarySelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
  });
  return lookupOf(byName);
}

function lookupOf(byName: ServerSummaryRow[]): ServerLookup {
  if (byName.length === 0) return { kind: 'not-found' };
  if (byName.length === 1) return { kind: 'found', server: byName[0]! };
  return { kind: 'ambiguous', candidates: byName };
}

/** Exactly the three keys the model query selected, whatever else a driver adds to a raw row. */
function summaryOf(row: ServerSummaryRow): ServerSummaryRow {
  return { id: row.id, name: row.name, createdAt: row.createdAt };
}

/** A backup job's id from its server's machine-id and its backup name, or null. */
export async function findJobId(db: DbLike, serverId: string, backupName: string): Promise<number | null> {
  const job = await db.backupJob.findUnique({ where: { serverId_backupName: { serverId, backupName } }, select: { id: true } });
  return job?.id ?? null;
}
