import type { RawSql } from '../db/raw-sql.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { JobNotificationChoices } from './notifications/plan.ts';
import type { ParsedReport } from './report/index.ts';
import type { ScheduleAfterRun } from './schedule/schedule-after-run.ts';

/**
 * The statements every stored report runs, as raw SQL both SQLite and PostgreSQL accept
 * (src/db/types.ts), inside the ingest's transaction: on SQLite on the connection itself with
 * prepared statements kept (src/db/raw-sql.ts), on PostgreSQL through Prisma. Prisma's model API
 * compiles each query in its query compiler before running it, about 1 ms a statement on the
 * benchmark machine (README "Performance"). A new server and job are raw statements too: a fleet's
 * first reports, or a bench's fresh fleet, are each a job's first.
 */

export interface LockedJob extends JobNotificationChoices {
  id: number;
  serverId: string;
  backupName: string;
  lastBackupAt: string | null;
  nextExpectedAt: string | null;
  expectedInterval: string;
  allowedWeekdays: string;
  overdueSince: string | null;
  scheduleSource: string;
  followDuplicati: boolean;
  plannedRunAt: string | null;
  serverName: string;
  serverAlias: string;
  serverNote: string;
  serverUrl: string;
  /** Alerts of the job open right now: with none, a good run has nothing to resolve. */
  openAlerts: number;
}

/**
 * Takes the job's row lock for the rest of the transaction (a no-op update) and reads it, its
 * server's name (docs/compatibility/upload.md#successful-ingest: the stored one, never the report's) and its open alerts, in one statement.
 * The lock makes runs of one job store one after the other on PostgreSQL: without it, two
 * transactions that each inserted a run (which key-share-locks the job through the foreign key)
 * deadlock when both then move the job's latest run (a unique column, so an exclusive lock). On
 * SQLite it makes the transaction a writer from its first statement, so it never has to upgrade a
 * read snapshot that another process's commit has made stale. Null when the job does not exist.
 */
export async function lockKnownJob(tx: RawSql, serverId: string, backupName: string): Promise<LockedJob | null> {
  type Row = Omit<LockedJob, 'id' | 'openAlerts' | BooleanColumn> & { id: number | bigint; openAlerts: number | bigint } & Record<
      BooleanColumn,
      boolean | number | bigint
    >;
  const rows = await tx.$queryRaw<Row[]>`
    UPDATE backup_jobs SET tolerance_minutes = tolerance_minutes
    WHERE server_id = ${serverId} AND backup_name = ${backupName}
    RETURNING id, server_id AS "serverId", backup_name AS "backupName", last_backup_at AS "lastBackupAt",
      next_expected_at AS "nextExpectedAt", expected_interval AS "expectedInterval",
      allowed_weekdays AS "allowedWeekdays", notification_event AS "notificationEvent",
      overdue_since AS "overdueSince", schedule_source AS "scheduleSource", follow_duplicati AS "followDuplicati",
      planned_run_at AS "plannedRunAt",
      ntfy_enabled AS "ntfyEnabled", email_enabled AS "emailEnabled", gotify_enabled AS "gotifyEnabled",
      apprise_enabled AS "appriseEnabled", additional_notification_event AS "additionalNotificationEvent",
      additional_emails AS "additionalEmails", additional_ntfy_topic AS "additionalNtfyTopic", notify_recovered AS "notifyRecovered",
      (SELECT s.name FROM servers s WHERE s.id = backup_jobs.server_id) AS "serverName",
      (SELECT s.alias FROM servers s WHERE s.id = backup_jobs.server_id) AS "serverAlias",
      (SELECT s.note FROM servers s WHERE s.id = backup_jobs.server_id) AS "serverNote",
      (SELECT s.server_url FROM servers s WHERE s.id = backup_jobs.server_id) AS "serverUrl",
      (SELECT COUNT(*) FROM alerts a WHERE a.job_id = backup_jobs.id AND a.open_kind IS NOT NULL) AS "openAlerts"`;
  const row = rows[0];
  if (!row) return null;
  // SQLite answers booleans as 0/1 through raw SQL, PostgreSQL as booleans.
  const flags = Object.fromEntries(BOOLEAN_COLUMNS.map((column) => [column, Boolean(row[column])])) as Record<BooleanColumn, boolean>;
  return { ...row, ...flags, id: Number(row.id), openAlerts: Number(row.openAlerts) };
}

/**
 * A job's first report writes its server when the server is new (docs/compatibility/upload.md#successful-ingest: a known server's name
 * is never overwritten) and the job with every other column at its default; the caller then reads
 * both with lockKnownJob. `ON CONFLICT ... DO NOTHING` on both: where another transaction created
 * either first (PostgreSQL runs them side by side), this waits for its commit and uses its row
 * instead of failing. Returns which of the two this transaction created.
 */
export async function createJobIfAbsent(
  tx: RawSql,
  server: { id: string; name: string },
  backupName: string,
  updatedAt: string,
): Promise<{ serverCreated: boolean; jobCreated: boolean }> {
  const serverCreated = await tx.$executeRaw`
    INSERT INTO servers (id, name, updated_at) VALUES (${server.id}, ${server.name}, ${updatedAt})
    ON CONFLICT (id) DO NOTHING`;
  const jobCreated = await tx.$executeRaw`
    INSERT INTO backup_jobs (server_id, backup_name, updated_at) VALUES (${server.id}, ${backupName}, ${updatedAt})
    ON CONFLICT (server_id, backup_name) DO NOTHING`;
  return { serverCreated: serverCreated === 1, jobCreated: jobCreated === 1 };
}

const BOOLEAN_COLUMNS = ['followDuplicati', 'ntfyEnabled', 'emailEnabled', 'gotifyEnabled', 'appriseEnabled', 'notifyRecovered'] as const;
type BooleanColumn = (typeof BOOLEAN_COLUMNS)[number];

type StoredRunColumns = ParsedReport['run'];

/**
 * The run's columns are its fields' names in snake_case: every `@map` on Backup in
 * prisma/schema.prisma follows that rule, and a field that broke it would fail this insert in
 * every test that stores a report.
 */
const columnOf = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * Inserts the run unless the same run (server, backup name, start time) is stored: the UNIQUE
 * index decides the duplicate rule (docs/compatibility/upload.md#duplicate-rule), also between two identical reports racing. Returns
 * false for a duplicate. `ON CONFLICT ... DO NOTHING` reads the same on both databases.
 */
export async function insertRunIfAbsent(tx: RawSql, id: string, run: StoredRunColumns): Promise<boolean> {
  const fields = Object.keys(run) as (keyof StoredRunColumns)[];
  const columns = columnListOf(fields);
  const values = Prisma.join([id, ...fields.map((field) => run[field])]);
  const inserted = await tx.$executeRaw`
    INSERT INTO backups (${columns}) VALUES (${values})
    ON CONFLICT (server_id, backup_name, date) DO NOTHING`;
  return inserted === 1;
}

/**
 * The column list of a run's fields, kept per list of fields: every parsed report has the same
 * fields in the same order, so the ingest builds this text once instead of once per report.
 */
function columnListOf(fields: readonly string[]): Prisma.Sql {
  const key = fields.join(',');
  let columns = columnLists.get(key);
  if (!columns) {
    if (columnLists.size >= MAX_COLUMN_LISTS) columnLists.clear();
    columns = Prisma.raw(['id', ...fields.map(columnOf)].join(', '));
    columnLists.set(key, columns);
  }
  return columns;
}

const columnLists = new Map<string, Prisma.Sql>();
/** A bound for safety only: the parser gives one list of fields (src/domain/report/parse-report.ts). */
const MAX_COLUMN_LISTS = 16;

/**
 * Points the job at its new latest run and its schedule after it (src/domain/schedule/schedule-after-run.ts). The "newer than the stored
 * latest run" condition is repeated here, so a newer run stored meanwhile always wins. Returns
 * whether the job moved.
 */
export async function moveLatestRun(
  tx: RawSql,
  job: { id: number },
  run: { backupId: string; date: string; updatedAt: string },
  schedule: ScheduleAfterRun,
): Promise<boolean> {
  const moved = await tx.$executeRaw`
    UPDATE backup_jobs
    SET last_backup_at = ${run.date}, latest_backup_id = ${run.backupId}, next_expected_at = ${schedule.nextExpectedAt},
        expected_interval = ${schedule.expectedInterval}, schedule_source = ${schedule.scheduleSource},
        planned_run_at = ${schedule.plannedRunAt}, updated_at = ${run.updatedAt}
    WHERE id = ${job.id} AND (last_backup_at IS NULL OR last_backup_at < ${run.date})`;
  return moved === 1;
}
