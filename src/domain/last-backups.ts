import type { DbLike } from '../db/types.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { queryRowArrays } from '../db/row-arrays.ts';
import { modelRowAt, readRowsById, selectList } from './model-rows.ts';
import type { ModelRow } from './model-rows.ts';
import { formatDurationHms } from './report/index.ts';
import { resolveServerLookup } from './server-lookup.ts';
import type { ServerLookup, ServerSummaryRow } from './server-lookup.ts';
import { parseStoredStringArray } from './stored-arrays.ts';

/**
 * The read side of duplistatus's `/api/lastbackup/:id` and `/api/lastbackups/:id` (* docs/compatibility/rest-api.md#last-backup, docs/compatibility/rest-api.md#last-backups). The REST routes and `Query.lastBackup(s)` both start here; only the REST routes
 * turn runs into the external `Backup` shape (`toExternalBackup`).
 */

/** One job's newest run: enough to order the jobs and to load the run with any selection. */
export interface LatestRunRef {
  id: string;
  backupName: string;
  date: string;
}

/** One job's newest run with the columns of it a caller asked for. */
export interface LatestRun extends LatestRunRef {
  /** The run's columns asked for (model names, `id` always); null when the run is gone; absent when none were asked. */
  row?: ModelRow | null;
}

export type ServerLatestRunsLookup =
  | { kind: 'found'; server: ServerSummaryRow; latestRuns: LatestRun[] }
  | Exclude<ServerLookup, { kind: 'found' }>;

/**
 * The server `identifier` names (the `findServerByIdOrName` rule) and the newest run of each of
 * its jobs, ordered by that run's date, newest first (docs/compatibility/rest-api.md#last-backups:
 * the order in which the names first appear in the server's runs sorted by date descending); equal
 * dates fall back to the backup name so the order is stable. Jobs without runs are left out,
 * because duplistatus derives the job list from the runs.
 *
 * The jobs' `latestBackupId` pointers make this one query: every writer sets the pointer and
 * `lastBackupAt` (the run's date) together (ingest, merge, src/domain/repoint-jobs.ts, the
 * duplistatus upgrade), so the job row alone orders the runs. A job whose pointer is empty while
 * it still has runs (its newest run was deleted: the foreign key sets the pointer to NULL) is
 * looked up in the runs instead of being dropped.
 *
 * One statement: each matching server with its jobs, and with `runFields` (Backup model fields)
 * their runs' columns joined on the pointer. `Query.lastBackups` and the REST routes read this on
 * every call, and a statement's fixed cost was a good part of their time. The candidates of an
 * ambiguous name come in the lookup's order.
 */
export async function findServerWithLatestRuns(
  db: DbLike,
  identifier: string,
  runFields: readonly string[] = [],
): Promise<ServerLatestRunsLookup> {
  const read = runColumnsRead(runFields);
  const query = Prisma.sql`
    SELECT s.id AS "serverId", s.name AS "serverName", s.created_at AS "serverCreatedAt",
           j.backup_name AS "backupName", j.latest_backup_id AS "latestBackupId", j.last_backup_at AS "lastBackupAt"${read.columns}
    FROM servers s LEFT JOIN backup_jobs j ON j.server_id = s.id ${read.join}
    WHERE s.id = ${identifier} OR s.name = ${identifier}
    ORDER BY s.created_at DESC, s.id ASC`;
  const servers = new Map<string, { server: ServerSummaryRow; jobs: JobRow[] }>();
  for (const values of await queryRowArrays(db, query, [...SERVER_JOB_COLUMNS, ...read.resultColumns])) {
    const [serverId, name, createdAt, backupName, latestBackupId, lastBackupAt] = values as ServerJobValues;
    let found = servers.get(serverId);
    if (!found) {
      found = { server: { id: serverId, name, createdAt }, jobs: [] };
      servers.set(serverId, found);
    }
    // A server without jobs comes as one row without a job.
    if (backupName === null) continue;
    const job: JobRow = { backupName, latestBackupId, lastBackupAt };
    // The run's columns start with its id, null when the pointer is empty or the run gone.
    if (read.fields) job.run = values[RUN_AT] == null ? null : modelRowAt('Backup', read.fields, values, RUN_AT);
    found.jobs.push(job);
  }
  const lookup = resolveServerLookup(
    [...servers.values()].map((candidate) => candidate.server),
    identifier,
  );
  if (lookup.kind !== 'found') return lookup;
  const latestRuns = await latestRunsOf(db, lookup.server.id, servers.get(lookup.server.id)!.jobs, read.fields);
  return { kind: 'found', server: lookup.server, latestRuns };
}

/** One job of a matching server, with its pointed run's columns when they were asked (`id` first). */
interface JobRow {
  backupName: string;
  latestBackupId: string | null;
  lastBackupAt: string | null;
  run?: ModelRow | null;
}

/** A matching server with one of its jobs, or alone (`backupName` null) when it has none. */
type ServerJobValues = [
  serverId: string,
  name: string,
  createdAt: string,
  backupName: string | null,
  latestBackupId: string | null,
  lastBackupAt: string | null,
];

/** The lookup's own columns, in select order; the run's follow from RUN_AT. */
const SERVER_JOB_COLUMNS = ['serverId', 'serverName', 'serverCreatedAt', 'backupName', 'latestBackupId', 'lastBackupAt'] as const;
const RUN_AT = SERVER_JOB_COLUMNS.length;

/** The run columns to join to the jobs, with their model fields (`id` always), or nothing. */
function runColumnsRead(runFields: readonly string[]): {
  fields: string[] | null;
  columns: Prisma.Sql;
  join: Prisma.Sql;
  resultColumns: string[];
} {
  if (runFields.length === 0) return { fields: null, columns: Prisma.empty, join: Prisma.empty, resultColumns: [] };
  const fields = [...new Set(['id', ...runFields])];
  return {
    fields,
    columns: Prisma.raw(`, ${selectList('Backup', 'b', fields, RUN_PREFIX)}`),
    join: Prisma.raw('LEFT JOIN backups b ON b.id = j.latest_backup_id'),
    resultColumns: fields.map((field) => `${RUN_PREFIX}${field}`),
  };
}

/** The jobs' newest runs, newest first, from their rows (and the run columns joined to them). */
async function latestRunsOf(db: DbLike, serverId: string, jobs: readonly JobRow[], fields: readonly string[] | null): Promise<LatestRun[]> {
  const lookedUp: LatestRun[] = [];
  const runs = await Promise.all(
    jobs.map(async (job): Promise<LatestRun | null> => {
      if (job.latestBackupId !== null && job.lastBackupAt !== null) {
        const run: LatestRun = { id: job.latestBackupId, backupName: job.backupName, date: job.lastBackupAt };
        if (fields) run.row = job.run ?? null;
        return run;
      }
      const latest = await db.backup.findFirst({
        where: { serverId, backupName: job.backupName },
        select: { id: true, date: true },
        orderBy: [{ date: 'desc' }, { id: 'asc' }],
      });
      if (!latest) return null;
      const run: LatestRun = { id: latest.id, backupName: job.backupName, date: latest.date };
      lookedUp.push(run);
      return run;
    }),
  );
  if (fields && lookedUp.length > 0) {
    const ids = lookedUp.map((run) => run.id);
    const rows = new Map((await readRowsById(db, 'Backup', ids, fields)).map((row) => [row.id, row]));
    for (const run of lookedUp) run.row = rows.get(run.id) ?? null;
  }
  return runs
    .filter((run): run is LatestRun => run !== null)
    .sort((a, b) => (a.date === b.date ? compareText(a.backupName, b.backupName) : compareText(b.date, a.date)));
}

const RUN_PREFIX = 'run__';

/** docs/compatibility/rest-api.md#last-backup: the run with the greatest `date` across all jobs of the server, or null without runs. */
export function latestRunAcrossJobs<T extends LatestRunRef>(latestRuns: readonly T[]): T | null {
  return latestRuns[0] ?? null;
}

/** docs/compatibility/rest-api.md#last-backups `backup_names`: one per job, in the order of `latest_backups`. */
export function backupNamesOf(latestRuns: readonly LatestRunRef[]): string[] {
  return latestRuns.map((run) => run.backupName);
}

/** The columns the external `Backup` object is built from (docs/compatibility/rest-api.md#last-backup table). */
export const externalBackupSelect = {
  id: true,
  serverId: true,
  backupName: true,
  date: true,
  status: true,
  warnings: true,
  errors: true,
  messagesActualLength: true,
  examinedFiles: true,
  size: true,
  uploadedSize: true,
  durationSeconds: true,
  knownFileSize: true,
  backupListCount: true,
  messagesArray: true,
  warningsArray: true,
  errorsArray: true,
  availableBackups: true,
} as const;

export interface StoredRunForExternalApi {
  id: string;
  serverId: string;
  backupName: string;
  date: string;
  status: string;
  warnings: number;
  errors: number;
  messagesActualLength: number;
  examinedFiles: number;
  size: bigint | number;
  uploadedSize: bigint | number;
  durationSeconds: number;
  knownFileSize: bigint | number;
  backupListCount: number;
  messagesArray: string | null;
  warningsArray: string | null;
  errorsArray: string | null;
  availableBackups: string | null;
}

/** The `Backup` object of docs/compatibility/rest-api.md#last-backup/d.3, key for key and in duplistatus's key order. */
export interface ExternalBackup {
  id: string;
  server_id: string;
  name: string;
  date: string;
  status: string;
  warnings: number;
  errors: number;
  messages: number;
  fileCount: number;
  fileSize: number;
  uploadedSize: number;
  duration: string;
  duration_seconds: number;
  durationInMinutes: number;
  knownFileSize: number;
  backup_list_count: number;
  messages_array: string | null;
  warnings_array: string | null;
  errors_array: string | null;
  available_backups: string[];
}

/**
 * A stored run as duplistatus's external API shows it (docs/compatibility/rest-api.md#last-backup). The `*_array` columns go out as the
 * raw JSON text they are stored as (or null), not as arrays, whatever the upstream docs show
 * (docs/compatibility/known-problems.md#upstream-documentation-mismatches); only `available_backups` is parsed. `duration_seconds` keeps its fraction (docs/compatibility/upload.md#durations).
 */
export function toExternalBackup(run: StoredRunForExternalApi): ExternalBackup {
  return {
    id: run.id,
    server_id: run.serverId,
    name: run.backupName,
    date: run.date,
    status: run.status,
    warnings: run.warnings,
    errors: run.errors,
    messages: run.messagesActualLength,
    fileCount: run.examinedFiles,
    fileSize: Number(run.size),
    uploadedSize: Number(run.uploadedSize),
    duration: formatDurationHms(run.durationSeconds),
    duration_seconds: run.durationSeconds,
    durationInMinutes: run.durationSeconds / 60,
    knownFileSize: Number(run.knownFileSize),
    backup_list_count: run.backupListCount,
    messages_array: run.messagesArray,
    warnings_array: run.warningsArray,
    errors_array: run.errorsArray,
    available_backups: parseStoredStringArray(run.availableBackups),
  };
}

/** The server object of the docs/compatibility/rest-api.md#last-backup/d.3 answers; `created_at` is the stored text, unconverted. */
export interface ExternalServer {
  id: string;
  name: string;
  created_at: string;
}

export function toExternalServer(server: ServerSummaryRow): ExternalServer {
  return { id: server.id, name: server.name, created_at: server.createdAt };
}

export type LastBackupAnswer =
  | { kind: 'found'; server: ServerSummaryRow; latestBackup: ExternalBackup | null }
  | Exclude<ServerLookup, { kind: 'found' }>;

export type LastBackupsAnswer =
  | { kind: 'found'; server: ServerSummaryRow; latestBackups: ExternalBackup[]; backupNames: string[] }
  | Exclude<ServerLookup, { kind: 'found' }>;

/** The columns of `externalBackupSelect`, read with the lookup. */
const EXTERNAL_BACKUP_FIELDS = Object.keys(externalBackupSelect);

/** The runs' rows as the external shape is built from them; a run deleted since its job pointed at it is left out. */
function externalRunsOf(latestRuns: readonly LatestRun[]): ExternalBackup[] {
  return latestRuns.flatMap((run) => (run.row ? [toExternalBackup(run.row as unknown as StoredRunForExternalApi)] : []));
}

/** docs/compatibility/rest-api.md#last-backup for an identifier taken from the URL (already decoded): machine-id, then exact name. */
export async function readLastBackup(db: DbLike, identifier: string): Promise<LastBackupAnswer> {
  const lookup = await findServerWithLatestRuns(db, identifier, EXTERNAL_BACKUP_FIELDS);
  if (lookup.kind !== 'found') return lookup;
  const latest = latestRunAcrossJobs(lookup.latestRuns);
  return { kind: 'found', server: lookup.server, latestBackup: externalRunsOf(latest ? [latest] : [])[0] ?? null };
}

/** docs/compatibility/rest-api.md#last-backups for an identifier taken from the URL (already decoded). */
export async function readLastBackups(db: DbLike, identifier: string): Promise<LastBackupsAnswer> {
  const lookup = await findServerWithLatestRuns(db, identifier, EXTERNAL_BACKUP_FIELDS);
  if (lookup.kind !== 'found') return lookup;
  return {
    kind: 'found',
    server: lookup.server,
    latestBackups: externalRunsOf(lookup.latestRuns),
    backupNames: backupNamesOf(lookup.latestRuns),
  };
}

/**
 * Loads the runs `refs` point at with one query (`load` chooses the columns) and returns them in
 * the refs' order; a run deleted in between is skipped.
 */
export async function loadRunsInOrder<T extends { id: string }>(
  refs: readonly LatestRunRef[],
  load: (ids: string[]) => Promise<T[]>,
): Promise<T[]> {
  if (refs.length === 0) return [];
  const byId = new Map((await load(refs.map((ref) => ref.id))).map((run) => [run.id, run]));
  return refs.map((ref) => byId.get(ref.id)).filter((run): run is T => run !== undefined);
}

/** Code-unit order, the order SQLite's default BINARY collation gives ISO timestamps and names. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
