import type { DbLike } from '../db/types.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { getDatamodel } from '../generated/pothos-types.ts';

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
  /** `backupName`: by name, as Server.backupJobs lists them; `id`: by creation, as an unordered model query reads them. */
  orderBy: 'backupName' | 'id';
}

type Row = Record<string, unknown>;
type ScalarType = 'String' | 'Int' | 'Float' | 'Boolean' | 'BigInt';

const models = getDatamodel().datamodel.models;

/** The scalar fields of a model and their Prisma types; relations are not columns. */
function scalarTypes(model: 'BackupJob' | 'Backup'): ReadonlyMap<string, ScalarType> {
  return new Map(models[model]!.fields.filter((field) => field.kind === 'scalar').map((field) => [field.name, field.type as ScalarType]));
}

const JOB_COLUMNS = scalarTypes('BackupJob');
const RUN_COLUMNS = scalarTypes('Backup');

/** Every model field maps to its snake_case column (prisma/schema.prisma's @map; test/unit/jobs-of-servers.test.ts checks it). */
export const columnOf = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** True when every field is a scalar column of the model, so the hand read can load it. */
export function areJobColumns(fields: readonly string[]): boolean {
  return fields.every((field) => JOB_COLUMNS.has(field));
}

export function areRunColumns(fields: readonly string[]): boolean {
  return fields.every((field) => RUN_COLUMNS.has(field));
}

/** Raw rows carry each driver's types (SQLite booleans as 0/1, a BIGINT as number or string): give them the model's. */
function asModelValue(type: ScalarType | undefined, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'Boolean':
      return typeof value === 'boolean' ? value : Number(value) !== 0;
    case 'BigInt':
      return typeof value === 'bigint' ? value : BigInt(value as number | string);
    case 'Int':
    case 'Float':
      return typeof value === 'number' ? value : Number(value);
    default:
      return value;
  }
}

const RUN_PREFIX = 'latestBackup__';

/** Jobs of each server in `serverIds`, in the order asked; a server without jobs maps to an empty list. */
export async function readJobsOfServers(
  db: DbLike,
  serverIds: readonly string[],
  request: JobsOfServersRequest,
): Promise<Map<string, Row[]>> {
  const byServer = new Map<string, Row[]>(serverIds.map((id) => [id, []]));
  if (serverIds.length === 0) return byServer;
  const jobFields = [...new Set(['id', 'serverId', ...request.jobFields])];
  const runFields = request.latestBackupFields && [...new Set(['id', ...request.latestBackupFields])];
  if (!areJobColumns(jobFields) || (runFields && !areRunColumns(runFields))) {
    throw new Error(`readJobsOfServers: not a column: ${[...jobFields, ...(runFields ?? [])].join(', ')}`);
  }
  const selected = [
    ...jobFields.map((field) => `j.${quoted(columnOf(field))} AS "${field}"`),
    ...(runFields ?? []).map((field) => `b.${quoted(columnOf(field))} AS "${RUN_PREFIX}${field}"`),
  ];
  const join = runFields ? Prisma.raw('LEFT JOIN backups b ON b.id = j.latest_backup_id') : Prisma.empty;
  const order = Prisma.raw(request.orderBy === 'backupName' ? 'j.backup_name ASC' : 'j.id ASC');
  const rows = await db.$queryRaw<Row[]>`
    SELECT ${Prisma.raw(selected.join(', '))} FROM backup_jobs j ${join}
    WHERE j.server_id IN (${Prisma.join(serverIds)}) ORDER BY ${order}`;
  for (const raw of rows) {
    const job: Row = {};
    for (const field of jobFields) job[field] = asModelValue(JOB_COLUMNS.get(field), raw[field]);
    if (runFields) {
      if (raw[`${RUN_PREFIX}id`] == null) {
        job.latestBackup = null;
      } else {
        const run: Row = {};
        for (const field of runFields) run[field] = asModelValue(RUN_COLUMNS.get(field), raw[`${RUN_PREFIX}${field}`]);
        job.latestBackup = run;
      }
    }
    byServer.get(job.serverId as string)?.push(job);
  }
  return byServer;
}

/** Columns named like SQL words (`date`, `size`) are quoted, as Prisma quotes every column. */
function quoted(column: string): string {
  return `"${column}"`;
}
