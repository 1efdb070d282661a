import type { DbLike } from '../db/types.ts';
import { findLatestRunsOfServer } from '../domain/last-backups.ts';
import type { LatestRun } from '../domain/last-backups.ts';

/** The latest runs of one server's jobs, with the run columns (Backup model fields) a field asks for. */
export type LatestRunsReader = (runFields?: readonly string[]) => Promise<LatestRun[]>;

/**
 * One read of a server's latest runs shared by every field of a `LastBackup(s)` answer that needs
 * them (the names, the count, the runs themselves). The executor calls sibling resolvers one after
 * another before any of them settles, so the columns they ask for are gathered first and read
 * together in one statement on the next microtask. A field that asks later still gets the runs,
 * without its columns if they were not read: it then reads the rows by id itself.
 */
export function latestRunsReader(db: DbLike, serverId: string): LatestRunsReader {
  const columns = new Set<string>();
  let started = false;
  let read: Promise<LatestRun[]> | null = null;
  return (runFields = []) => {
    if (!started) for (const field of runFields) columns.add(field);
    read ??= Promise.resolve().then(() => {
      started = true;
      return findLatestRunsOfServer(db, serverId, [...columns]);
    });
    return read;
  };
}
