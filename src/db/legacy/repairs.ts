/**
 * Repairs of rows a duplistatus database can really hold but dupligraph's schema cannot, made on
 * the working copy before the schema step (docs/compatibility/upload.md#duplicate-rule, docs/compatibility/known-problems.md#duplicate-detection: duplistatus checks for a
 * duplicate run before inserting, without a constraint, so two concurrent uploads of one report
 * can both be stored; and it never enforced its foreign keys, so a run can outlive its server):
 *
 * - Duplicate runs: rows with the same server, backup name and start time (`date`, the key of
 *   duplistatus's own duplicate rule and of our UNIQUE index) collapse into one.
 *   * Identical: equal in every column except `id` and `created_at`, the two values duplistatus
 *     assigns when it stores a row rather than reads from the report.
 *   * Differing: the most complete row is kept, decided in this order:
 *       1. the most filled columns: a value other than NULL, '', '[]' and 0, which are what
 *          duplistatus stores for what a report did not carry (`id` and `created_at` not counted);
 *       2. the most log content: characters in messages_array, warnings_array and errors_array;
 *       3. the first stored: the lowest rowid (what duplistatus's rule would have kept).
 *     Identical groups keep their first stored row by the same rule.
 * - Orphan runs: runs whose server id has no server row get one, named after the id itself,
 *   since a run row carries no machine name; its first run's `created_at` is its creation time.
 *
 * What cannot be repaired is refused, naming the rows and the way out: orphan runs with an empty
 * server id, from which no server can be made. Plain SQL over the legacy tables, in the caller's
 * transaction.
 */
import type Database from 'better-sqlite3';
import type { DuplistatusLayout } from './layout.ts';
import { BYTE_COLUMNS } from './verify.ts';
import type { FigureAdjustment } from './verify.ts';

export interface DuplicateRun {
  id: string;
  rowid: number;
  filledColumns: number;
  logCharacters: number;
}

export interface DuplicateGroup {
  serverId: string;
  backupName: string;
  date: string;
  kept: DuplicateRun;
  removed: DuplicateRun[];
  /** Columns whose values differ within the group; empty when the copies are identical. */
  differingColumns: string[];
}

export interface CreatedServer {
  id: string;
  name: string;
  runs: number;
}

export interface RepairResult {
  duplicates: DuplicateGroup[];
  removedRuns: number;
  /** Sum of each byte column over the removed runs: what verification must expect to be missing. */
  removedBytes: Record<string, bigint>;
  createdServers: CreatedServer[];
}

/** Columns duplistatus fills in when it stores a row, not from the report. */
const STORAGE_COLUMNS = new Set(['id', 'created_at']);
const LOG_COLUMNS = ['messages_array', 'warnings_array', 'errors_array'] as const;
/** How many rows a refusal names before it says how many more there are. */
const NAMED_ROWS = 20;

/** Rows the upgrade cannot repair; its message names them and the way out. */
export class UnrepairableRowsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnrepairableRowsError';
  }
}

/**
 * Throws UnrepairableRowsError when the database holds rows no repair can make fit. Reads only,
 * so it can run on the original before anything is copied.
 */
export function refuseUnrepairableRows(db: Database.Database, layout: DuplistatusLayout): void {
  const server = quoteIdentifier(layout.serverColumn);
  const table = quoteIdentifier(layout.serverTable);
  const orphanWithoutId = `(b.${server} IS NULL OR trim(b.${server}) = '') AND NOT EXISTS (SELECT 1 FROM ${table} s WHERE s.id = b.${server})`;
  const count = Number(db.prepare(`SELECT COUNT(*) FROM backups b WHERE ${orphanWithoutId}`).pluck().get());
  if (count === 0) return;
  const rows = db
    .prepare(
      `SELECT b.rowid AS rowid, b.id AS id, b.backup_name AS backupName, b.date AS date FROM backups b WHERE ${orphanWithoutId} ORDER BY b.rowid LIMIT ${NAMED_ROWS}`,
    )
    .all() as { rowid: number; id: string | null; backupName: string; date: string }[];
  const named = rows
    .map((row) => `rowid ${row.rowid} (id ${JSON.stringify(row.id)}, ${JSON.stringify(row.backupName)} at ${row.date})`)
    .join(', ');
  const where = `${layout.serverColumn} IS NULL OR trim(${layout.serverColumn}) = ''`;
  throw new UnrepairableRowsError(
    `${count} run(s) in backups have an empty ${layout.serverColumn} and no ${layout.serverTable} row, so no server can be made for them: ` +
      `${named}${count > rows.length ? ` and ${count - rows.length} more` : ''}. ` +
      `Way out: with duplistatus and dupligraph stopped and a copy of the file kept, either give them the id of the server they belong to ` +
      `(UPDATE backups SET ${layout.serverColumn} = '<server id>' WHERE ${where}) or delete them (DELETE FROM backups WHERE ${where}), then start dupligraph again`,
  );
}

/** Makes the legacy tables fit dupligraph's constraints (see the top of this file). */
export function repairLegacyData(db: Database.Database, layout: DuplistatusLayout): RepairResult {
  refuseUnrepairableRows(db, layout);
  // Duplicates first, so an orphan's count is of the runs that stay.
  const { duplicates, removedBytes } = collapseDuplicateRuns(db, layout);
  const createdServers = createServersForOrphanRuns(db, layout);
  return {
    duplicates,
    removedRuns: duplicates.reduce((total, group) => total + group.removed.length, 0),
    removedBytes,
    createdServers,
  };
}

function createServersForOrphanRuns(db: Database.Database, layout: DuplistatusLayout): CreatedServer[] {
  const server = quoteIdentifier(layout.serverColumn);
  const table = quoteIdentifier(layout.serverTable);
  const orphans = db
    .prepare(
      `SELECT b.${server} AS id, COUNT(*) AS runs, MIN(b.created_at) AS firstCreated
       FROM backups b WHERE NOT EXISTS (SELECT 1 FROM ${table} s WHERE s.id = b.${server})
       GROUP BY b.${server} ORDER BY b.${server}`,
    )
    .all() as { id: string; runs: number; firstCreated: string | null }[];
  const insert = db.prepare(`INSERT INTO ${table} (id, name, created_at) VALUES (?, ?, COALESCE(?, CURRENT_TIMESTAMP))`);
  for (const orphan of orphans) insert.run(orphan.id, orphan.id, orphan.firstCreated);
  return orphans.map((orphan) => ({ id: orphan.id, name: orphan.id, runs: orphan.runs }));
}

function collapseDuplicateRuns(
  db: Database.Database,
  layout: DuplistatusLayout,
): { duplicates: DuplicateGroup[]; removedBytes: Record<string, bigint> } {
  const server = quoteIdentifier(layout.serverColumn);
  const columns = (db.prepare(`SELECT name FROM pragma_table_info('backups') ORDER BY cid`).pluck().all() as string[]).filter(
    (column) => !STORAGE_COLUMNS.has(column),
  );
  const keys = db
    .prepare(
      `SELECT ${server} AS serverId, backup_name AS backupName, date FROM backups
       GROUP BY ${server}, backup_name, date HAVING COUNT(*) > 1 ORDER BY ${server}, backup_name, date`,
    )
    .all() as { serverId: string; backupName: string; date: string }[];

  const filled = columns.map((column) => `(${isFilled(quoteIdentifier(column))})`).join(' + ');
  const logLength = LOG_COLUMNS.filter((column) => columns.includes(column))
    .map((column) => `COALESCE(length(${quoteIdentifier(column)}), 0)`)
    .join(' + ');
  const members = db.prepare(
    `SELECT rowid, id, ${filled} AS filledColumns, ${logLength || '0'} AS logCharacters FROM backups
     WHERE ${server} = ? AND backup_name = ? AND date = ?
     ORDER BY filledColumns DESC, logCharacters DESC, rowid ASC`,
  );
  const distinctValues = db.prepare(
    `SELECT ${columns.map((column) => `COUNT(DISTINCT quote(${quoteIdentifier(column)}))`).join(', ')} FROM backups
     WHERE ${server} = ? AND backup_name = ? AND date = ?`,
  );
  const removedSums = (rowids: number[]) =>
    db
      .prepare(
        `SELECT ${BYTE_COLUMNS.map((column) => `COALESCE(SUM("${column}"), 0)`).join(', ')} FROM backups WHERE rowid IN (${rowids.map(() => '?').join(', ')})`,
      )
      .raw()
      .safeIntegers(true)
      .get(...rowids) as (bigint | number)[];
  const remove = db.prepare('DELETE FROM backups WHERE rowid = ?');

  const removedBytes: Record<string, bigint> = Object.fromEntries(BYTE_COLUMNS.map((column) => [column, 0n]));
  const duplicates: DuplicateGroup[] = [];
  for (const key of keys) {
    const [kept, ...removed] = members.all(key.serverId, key.backupName, key.date) as DuplicateRun[];
    const counts = distinctValues.raw().get(key.serverId, key.backupName, key.date) as number[];
    const differingColumns = columns.filter((_, index) => counts[index]! > 1);
    const sums = removedSums(removed.map((run) => run.rowid));
    BYTE_COLUMNS.forEach((column, index) => (removedBytes[column] = removedBytes[column]! + BigInt(sums[index] ?? 0)));
    for (const run of removed) remove.run(run.rowid);
    duplicates.push({ ...key, kept: kept!, removed, differingColumns });
  }
  return { duplicates, removedBytes };
}

/** 1 when the value is something a report carried (see "most filled columns" above), else 0. */
function isFilled(column: string): string {
  return `CASE WHEN ${column} IS NULL THEN 0 WHEN typeof(${column}) IN ('integer', 'real') THEN ${column} <> 0 ELSE ${column} NOT IN ('', '[]') END`;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** What verification must expect after the repairs: fewer runs, more servers, fewer bytes. */
export function repairAdjustment(result: RepairResult): FigureAdjustment {
  const rows: FigureAdjustment['rows'] = {};
  if (result.removedRuns > 0) {
    rows.backups = { change: -result.removedRuns, reason: `${result.removedRuns} duplicate run(s) removed` };
  }
  if (result.createdServers.length > 0) {
    rows.servers = { change: result.createdServers.length, reason: `${result.createdServers.length} server(s) created for orphan runs` };
  }
  return {
    rows,
    bytes:
      result.removedRuns > 0 ? { removed: result.removedBytes, reason: `in the ${result.removedRuns} duplicate run(s) removed` } : null,
  };
}

/** Every repair, one line each, counts first: for the upgrade log and `db:upgrade --dry-run`. */
export function describeRepairs(result: RepairResult): string[] {
  const lines: string[] = [];
  if (result.duplicates.length > 0) {
    const identical = result.duplicates.filter((group) => group.differingColumns.length === 0);
    const differing = result.duplicates.length - identical.length;
    const copies = (groups: DuplicateGroup[]) => groups.reduce((total, group) => total + group.removed.length, 0);
    lines.push(
      `duplicate runs (same server, backup name and start time): ${result.removedRuns} removed from ${result.duplicates.length} group(s); ` +
        `${identical.length} group(s) of identical copies (${copies(identical)} removed), ${differing} group(s) of differing rows ` +
        `(${result.removedRuns - copies(identical)} removed, the most complete kept)`,
    );
    for (const group of result.duplicates) lines.push(describeGroup(group));
  }
  if (result.createdServers.length > 0) {
    const runs = result.createdServers.reduce((total, created) => total + created.runs, 0);
    lines.push(
      `orphan runs: ${runs} run(s) of ${result.createdServers.length} server id(s) without a server row; a server was created for each, ` +
        'named after its id (a run carries no machine name): give it an alias with updateServer, or merge it into the server it belongs to with mergeServers',
    );
    for (const created of result.createdServers) lines.push(`server ${created.id} created for ${created.runs} orphan run(s)`);
  }
  return lines;
}

function describeGroup(group: DuplicateGroup): string {
  const where = `${JSON.stringify(group.backupName)} of server ${group.serverId} at ${group.date}`;
  const removed = group.removed.map((run) => run.id).join(', ');
  if (group.differingColumns.length === 0) {
    return `duplicate ${where}: kept ${group.kept.id}, removed ${removed} (identical apart from id and created_at)`;
  }
  const figures = (run: DuplicateRun) => `${run.filledColumns} filled columns, ${run.logCharacters} characters of log`;
  return (
    `duplicate ${where}: kept ${group.kept.id} (${figures(group.kept)}), removed ` +
    `${group.removed.map((run) => `${run.id} (${figures(run)})`).join(', ')}; they differed in ${group.differingColumns.join(', ')}`
  );
}
