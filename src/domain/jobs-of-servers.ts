import type { DbLike } from '../db/types.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { queryRowArrays } from '../db/row-arrays.ts';
import { modelRowAt, selectList } from './model-rows.ts';
import type { ModelRow } from './model-rows.ts';

/**
 * The backup jobs of several servers with each job's latest run, in one statement, shaped as the
 * model query `server.findMany({ select: { backupJobs: { select: { …, latestBackup: { select } } } } })`
 * gives them: same keys, same value types. A dashboard page asks for 100 servers × 10 jobs; the
 * model query spends most of its time compiling and mapping 1,000 nested rows, this one reads
 * the same columns from one join.
 */
export interface JobsOfServersRequest {
  /** BackupJob fields (model names) to read; `id` and `serverId` are always read. */
  jobFields: readonly string[];
  /** Backup fields to read for `latestBackup` (`id` always), or null to leave `latestBackup` out. */
  latestBackupFields: readonly string[] | null;
  /** Whether to count each job's runs, as `_count: { select: { backups: true } }` does (BackupJob.runCount). */
  countRuns: boolean;
  /** `backupName`: by name, as Server.backupJobs lists them; `id`: by creation, as an unordered model query reads them. */
  orderBy: 'backupName' | 'id';
}

const RUN_PREFIX = 'latestBackup__';
const RUN_COUNT = '_count__backups';

/** Jobs of each server in `serverIds`, in the order asked; a server without jobs maps to an empty list. */
export async function readJobsOfServers(
  db: DbLike,
  serverIds: readonly string[],
  request: JobsOfServersRequest,
): Promise<Map<string, ModelRow[]>> {
  const byServer = new Map<string, ModelRow[]>(serverIds.map((id) => [id, []]));
  if (serverIds.length === 0) return byServer;
  const jobFields = [...new Set(['id', 'serverId', ...request.jobFields])];
  const runFields = request.latestBackupFields && [...new Set(['id', ...request.latestBackupFields])];
  const selected = [selectList('BackupJob', 'j', jobFields), ...(runFields ? [selectList('Backup', 'b', runFields, RUN_PREFIX)] : [])];
  const columns = [...jobFields, ...(runFields ?? []).map((field) => `${RUN_PREFIX}${field}`)];
  // The runs of a job are those with its server and name (the JobBackups relation), counted on their index.
  if (request.countRuns) {
    selected.push(`(SELECT COUNT(*) FROM backups r WHERE r.server_id = j.server_id AND r.backup_name = j.backup_name) AS "${RUN_COUNT}"`);
    columns.push(RUN_COUNT);
  }
  const join = runFields ? Prisma.raw('LEFT JOIN backups b ON b.id = j.latest_backup_id') : Prisma.empty;
  const order = Prisma.raw(request.orderBy === 'backupName' ? 'j.backup_name ASC' : 'j.id ASC');
  const query = Prisma.sql`
    SELECT ${Prisma.raw(selected.join(', '))} FROM backup_jobs j ${join}
    WHERE j.server_id IN (${Prisma.join(serverIds)}) ORDER BY ${order}`;
  // Each row: the job's fields, then (`id` first) its latest run's, then the count.
  const runAt = jobFields.length;
  const countAt = runAt + (runFields?.length ?? 0);
  for (const values of await queryRowArrays(db, query, columns)) {
    const job = modelRowAt('BackupJob', jobFields, values);
    if (runFields) job.latestBackup = values[runAt] == null ? null : modelRowAt('Backup', runFields, values, runAt);
    if (request.countRuns) job._count = { backups: Number(values[countAt]) };
    byServer.get(job.serverId as string)?.push(job);
  }
  return byServer;
}
