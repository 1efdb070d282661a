import type Database from 'better-sqlite3';
import { copyRows } from '../db/legacy/copy-rows.ts';
import type { DuplistatusLayout } from '../db/legacy/layout.ts';
import { movedAsideName, replacedTables } from '../db/legacy/schema-step.ts';
import { extractAvailableVersions } from '../domain/report/index.ts';
import { convertBackupSettings, convertReminderState, jobKey, nextExpectedAfterUpgrade, DEFAULT_JOB_SETTINGS } from './job-settings.ts';
import type { ConvertedBlob, JobSettings, KeyContext } from './job-settings.ts';
import { jobNotificationColumns, readJobNotifications } from './job-notifications.ts';

export interface DataStepResult {
  servers: number;
  runs: number;
  jobs: number;
  /** Columns our tables have and the legacy ones lacked (filled with their defaults). */
  addedColumns: { servers: string[]; backups: string[] };
  /** Runs whose NULL or '[]' available_backups was read again from their log lines (docs/compatibility/legacy-databases.md#migration-steps 2.0 step 4). */
  availableBackfilled: { checked: number; found: number };
  settings: ConvertedBlob<JobSettings>;
  settingsKey: string | null;
  reminders: ConvertedBlob<string>;
  reminderKey: string | null;
  configurationKeys: string[];
}

/**
 * Copies the moved-aside duplistatus rows into dupligraph's tables by column name, builds one
 * backup job per (server, backup name) pair with its latest-run pointer and schedule, then drops
 * the moved-aside tables. Runs inside the caller's transaction, foreign keys off (the jobs and runs
 * reference each other); the verify step runs `foreign_key_check` on the result.
 */
export function copyLegacyData(db: Database.Database, layout: DuplistatusLayout, options: { timeZone: string; now: Date }): DataStepResult {
  const old = (table: string) => movedAsideName(table);

  const servers = copyRows(db, old(layout.serverTable), 'servers', {});
  const backups = copyRows(db, old('backups'), 'backups', {
    renamed: { server_id: layout.serverColumn },
    // docs/compatibility/legacy-databases.md#migration-steps 2.0 step 3: NULL message arrays (0.4/0.5 had no default) read as empty ones.
    expressions: {
      messages_array: `COALESCE("messages_array", '[]')`,
      warnings_array: `COALESCE("warnings_array", '[]')`,
      errors_array: `COALESCE("errors_array", '[]')`,
    },
  });
  const availableBackfilled = backfillAvailableBackups(db, options.timeZone);

  const configuration = (key: string): string | null =>
    layout.hasConfigurations
      ? ((db
          .prepare(`SELECT value FROM "${old('configurations')}" WHERE key = ?`)
          .pluck()
          .get(key) as string | null | undefined) ?? null)
      : null;
  const latestRuns = db
    .prepare(
      `SELECT b.server_id AS serverId, b.backup_name AS backupName, b.id AS latestId, b.date AS latestDate, f.first_created AS firstCreated
       FROM backups b
       JOIN (SELECT server_id, backup_name, MAX(date) AS date, MIN(created_at) AS first_created FROM backups GROUP BY server_id, backup_name) f
         ON f.server_id = b.server_id AND f.backup_name = b.backup_name AND f.date = b.date
       ORDER BY b.server_id, b.backup_name`,
    )
    .all() as { serverId: string; backupName: string; latestId: string; latestDate: string; firstCreated: string | null }[];

  const context: KeyContext = {
    jobKeysUse: layout.jobKeysUse,
    servers: db.prepare('SELECT id, name FROM servers').all() as { id: string; name: string }[],
    jobs: latestRuns,
  };
  const settingsKey = configuration('backup_settings') === null ? null : 'backup_settings';
  const settings = convertBackupSettings(configuration('backup_settings'), context);
  // docs/compatibility/legacy-databases.md#configuration-keys/b.5 step 4: reminder state moved from `overdue_backup_notifications` (machine-name keys)
  // to `overdue_notifications` (server-id keys) with the 0.7 rename.
  const reminderKey = layout.jobKeysUse === 'server-id' ? 'overdue_notifications' : 'overdue_backup_notifications';
  const reminderJson = configuration(reminderKey);
  const reminders = convertReminderState(reminderJson, context);
  const allConfigurations: Record<string, string> = layout.hasConfigurations
    ? Object.fromEntries(
        (db.prepare(`SELECT key, value FROM "${old('configurations')}"`).all() as { key: string; value: string | null }[])
          .filter((row) => row.value !== null)
          .map((row) => [row.key, row.value as string]),
      )
    : {};
  const jobNotifications = readJobNotifications(allConfigurations, context);

  const insertJob = db.prepare(
    `INSERT INTO backup_jobs (server_id, backup_name, expected_interval, allowed_weekdays, overdue_check_enabled,
       notification_event, next_expected_at, last_backup_at, latest_backup_id, last_reminder_at, created_at, updated_at,
       ntfy_enabled, email_enabled, additional_notification_event, additional_emails, additional_ntfy_topic)
     VALUES (@serverId, @backupName, @expectedInterval, @allowedWeekdays, @overdueCheckEnabled,
       @notificationEvent, @nextExpectedAt, @latestDate, @latestId, @lastReminderAt, COALESCE(@firstCreated, CURRENT_TIMESTAMP), @updatedAt,
       @ntfyEnabled, @emailEnabled, @additionalNotificationEvent, @additionalEmails, @additionalNtfyTopic)`,
  );
  for (const run of latestRuns) {
    const key = jobKey(run.serverId, run.backupName);
    const jobSettings = settings.byJob.get(key);
    const schedule = jobSettings ?? DEFAULT_JOB_SETTINGS;
    let nextExpectedAt: string;
    try {
      nextExpectedAt = nextExpectedAfterUpgrade(jobSettings, run.latestDate);
    } catch (error) {
      throw new Error(
        `job ${JSON.stringify(key)}: its latest run date ${JSON.stringify(run.latestDate)} is unusable (${(error as Error).message})`,
      );
    }
    const notifications = jobNotificationColumns(jobNotifications, { ...run, notificationEvent: schedule.notificationEvent });
    insertJob.run({
      ...run,
      ...notifications,
      ntfyEnabled: notifications.ntfyEnabled ? 1 : 0,
      emailEnabled: notifications.emailEnabled ? 1 : 0,
      expectedInterval: schedule.expectedInterval,
      allowedWeekdays: schedule.allowedWeekdays,
      overdueCheckEnabled: schedule.overdueCheckEnabled ? 1 : 0,
      notificationEvent: schedule.notificationEvent,
      nextExpectedAt,
      lastReminderAt: reminders.byJob.get(key) ?? null,
      updatedAt: options.now.toISOString(),
    });
  }

  // Every key is kept as it is — tolerance, frequency, ntfy, SMTP, templates, cron — unlike
  // duplistatus's own migrator (docs/compatibility/legacy-databases.md#migration-steps warning). The converted blobs stay too,
  // though nothing reads them any more. What needs our secret key (the SMTP password) or a channel
  // key of ours is converted after the database is opened (after-open.ts).
  let configurationKeys: string[] = [];
  if (layout.hasConfigurations) {
    copyRows(db, old('configurations'), 'configurations', {});
    configurationKeys = db.prepare('SELECT key FROM configurations ORDER BY key').pluck().all() as string[];
  }

  for (const table of replacedTables(layout)) db.exec(`DROP TABLE "${old(table)}"`);

  return {
    servers: servers.rows,
    runs: backups.rows,
    jobs: latestRuns.length,
    addedColumns: { servers: servers.addedColumns, backups: backups.addedColumns },
    availableBackfilled,
    settings,
    settingsKey,
    reminders,
    reminderKey: reminderJson === null ? null : reminderKey,
    configurationKeys,
  };
}

/**
 * docs/compatibility/legacy-databases.md#migration-steps 2.0 step 4: runs stored before 0.6 (or whose list came out empty) get their available
 * versions read from their log lines, with the same reader ingest uses. Row by row, so one huge
 * log (docs/compatibility/known-problems.md#huge-log-lines) is in memory at a time.
 */
function backfillAvailableBackups(db: Database.Database, timeZone: string): { checked: number; found: number } {
  const ids = db.prepare(`SELECT id FROM backups WHERE available_backups IS NULL OR available_backups = '[]'`).pluck().all() as string[];
  const read = db.prepare('SELECT messages_array FROM backups WHERE id = ?').pluck();
  const write = db.prepare('UPDATE backups SET available_backups = ? WHERE id = ?');
  let found = 0;
  for (const id of ids) {
    const versions = extractAvailableVersions(read.get(id) as string | null, timeZone);
    if (versions.length > 0) found += 1;
    write.run(JSON.stringify(versions), id);
  }
  return { checked: ids.length, found };
}
