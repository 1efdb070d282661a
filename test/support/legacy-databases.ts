/**
 * Builds SQLite files in the layouts released duplistatus versions wrote (docs/compatibility/legacy-databases.md#version-tracking–docs/compatibility/legacy-databases.md#configuration-keys):
 * 0.4/0.5, 0.6, 0.7, 0.8 and 0.9+ (db_version 4.0), with the tables, columns, indexes, version
 * stamp and `configurations` values each release had. The rows are small but realistic: five
 * servers (two share a name, as after a Duplicati reinstall, docs/compatibility/known-problems.md#duplicate-servers-after-a-machine-id-change; one has no runs yet), six jobs,
 * nineteen runs with byte counts past 2^32 and retention-policy log lines.
 *
 * Each build returns what an upgrade must produce, written out by hand: job schedules, next
 * expected runs and reminder state per release. addDuplicateAndOrphanRuns and
 * addRunsWithoutServerId then add rows duplistatus could write that need a repair, or a refusal.
 */
import Database from 'better-sqlite3';
import { versionStamp } from './report-builder.ts';

export type LegacyRelease = '0.4' | '0.6' | '0.7' | '0.8' | '4.0';
export const LEGACY_RELEASES: readonly LegacyRelease[] = ['0.4', '0.6', '0.7', '0.8', '4.0'];

export interface ExpectedJob {
  serverId: string;
  backupName: string;
  runs: number;
  latestDate: string;
  expectedInterval: string;
  allowedWeekdays: string;
  overdueCheckEnabled: boolean;
  notificationEvent: string;
  nextExpectedAt: string;
  lastReminderAt: string | null;
}

export interface BuiltLegacyDatabase {
  release: LegacyRelease;
  file: string;
  dbVersion: string | null;
  servers: { id: string; name: string }[];
  runs: number;
  jobs: ExpectedJob[];
  /** `overdue_tolerance` as stored, or null (0.4 has no settings: the default applies). */
  tolerance: string | null;
  configurationKeys: string[];
  /** Tables the upgrade must leave exactly as they are. */
  untouchedTables: string[];
  /** A run whose log lines list versions, and the versions an upgrade must read from them (UTC). */
  runWithVersions: { id: string; versions: string[] };
}

// ---------------------------------------------------------------------------------------------
// Servers, jobs, runs

const S1 = { id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', name: 'FS-PROD-01' };
const S2 = { id: '0f1e2d3c4b5a69788796a5b4c3d2e1f0', name: 'MON-PROD-01' };
const S3 = { id: '9d8c7b6a5f4e3d2c1b0a998877665544', name: 'ARCH-DR-01' };
/** Same name as S2: a reinstalled Duplicati got a new machine-id (docs/compatibility/known-problems.md#duplicate-servers-after-a-machine-id-change). */
const S4 = { id: '11223344556677889900aabbccddeeff', name: 'MON-PROD-01' };
/** Registered, never reported: counts in totalServers only. */
const S5 = { id: 'ffeeddccbbaa00998877665544332211', name: 'NEW-HOST-01' };
const SERVERS = [S1, S2, S3, S4, S5];

interface JobPlan {
  server: { id: string; name: string };
  backupName: string;
  /** Run start times, oldest first. */
  dates: string[];
}

const hours = (n: number) => n * 3_600_000;
const days = (n: number) => n * 86_400_000;

function series(last: string, count: number, stepMs: number): string[] {
  const end = Date.parse(last);
  return Array.from({ length: count }, (_, i) => new Date(end - (count - 1 - i) * stepMs).toISOString());
}

const JOBS: JobPlan[] = [
  { server: S1, backupName: 'Files', dates: series('2025-11-30T02:00:00.000Z', 5, days(1)) },
  { server: S1, backupName: 'Databases', dates: series('2025-11-30T12:00:00.000Z', 4, hours(6)) },
  { server: S2, backupName: 'Users', dates: series('2025-11-28T03:30:00.000Z', 3, days(1)) },
  { server: S2, backupName: 'System', dates: series('2025-11-20T04:00:00.000Z', 3, days(1)) },
  { server: S3, backupName: 'Archive', dates: series('2025-11-23T05:00:00.000Z', 2, days(7)) },
  { server: S4, backupName: 'Users', dates: series('2025-11-30T03:45:00.000Z', 2, days(1)) },
];

const latestOf = (plan: JobPlan) => plan.dates[plan.dates.length - 1]!;
const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

// ---------------------------------------------------------------------------------------------
// Table definitions per release (docs/compatibility/legacy-databases.md#the-backups-table, docs/compatibility/legacy-databases.md#per-release-layouts)

const COUNTER_COLUMNS = [
  'deleted_files',
  'deleted_folders',
  'modified_files',
  'opened_files',
  'added_files',
  'size_of_modified_files',
  'size_of_added_files',
  'size_of_examined_files',
  'size_of_opened_files',
  'not_processed_files',
  'added_folders',
  'too_large_files',
  'files_with_error',
  'modified_folders',
  'modified_symlinks',
  'added_symlinks',
  'deleted_symlinks',
];

interface BackupsShape {
  serverTable: 'machines' | 'servers';
  serverColumn: 'machine_id' | 'server_id';
  /** 0.4/0.5: no `available_backups`, and the message arrays had no default. */
  legacyArrays: boolean;
}

function createBackupsTable(shape: BackupsShape): string {
  const arrayDefault = shape.legacyArrays ? '' : " DEFAULT '[]'";
  const lines = [
    'id TEXT PRIMARY KEY',
    `${shape.serverColumn} TEXT NOT NULL`,
    'backup_name TEXT NOT NULL',
    'backup_id TEXT NOT NULL',
    'date DATETIME NOT NULL',
    'status TEXT NOT NULL',
    'duration_seconds INTEGER NOT NULL',
    'size INTEGER NOT NULL DEFAULT 0',
    'uploaded_size INTEGER NOT NULL DEFAULT 0',
    'examined_files INTEGER NOT NULL DEFAULT 0',
    'warnings INTEGER NOT NULL DEFAULT 0',
    'errors INTEGER NOT NULL DEFAULT 0',
    'created_at DATETIME DEFAULT CURRENT_TIMESTAMP',
    `messages_array TEXT${arrayDefault}`,
    `warnings_array TEXT${arrayDefault}`,
    `errors_array TEXT${arrayDefault}`,
    ...(shape.legacyArrays ? [] : ["available_backups TEXT DEFAULT '[]'"]),
    ...COUNTER_COLUMNS.map((column) => `${column} INTEGER NOT NULL DEFAULT 0`),
    'partial_backup BOOLEAN NOT NULL DEFAULT 0',
    'dryrun BOOLEAN NOT NULL DEFAULT 0',
    'main_operation TEXT NOT NULL',
    'parsed_result TEXT NOT NULL',
    'interrupted BOOLEAN NOT NULL DEFAULT 0',
    'version TEXT',
    'begin_time DATETIME NOT NULL',
    'end_time DATETIME NOT NULL',
    'warnings_actual_length INTEGER NOT NULL DEFAULT 0',
    'errors_actual_length INTEGER NOT NULL DEFAULT 0',
    'messages_actual_length INTEGER NOT NULL DEFAULT 0',
    'bytes_downloaded INTEGER NOT NULL DEFAULT 0',
    'known_file_size INTEGER NOT NULL DEFAULT 0',
    'last_backup_date DATETIME',
    'backup_list_count INTEGER NOT NULL DEFAULT 0',
    'reported_quota_error BOOLEAN NOT NULL DEFAULT 0',
    'reported_quota_warning BOOLEAN NOT NULL DEFAULT 0',
    'backend_main_operation TEXT',
    'backend_parsed_result TEXT',
    'backend_interrupted BOOLEAN NOT NULL DEFAULT 0',
    'backend_version TEXT',
    'backend_begin_time DATETIME',
    'backend_duration TEXT',
    'backend_warnings_actual_length INTEGER NOT NULL DEFAULT 0',
    'backend_errors_actual_length INTEGER NOT NULL DEFAULT 0',
    `FOREIGN KEY (${shape.serverColumn}) REFERENCES ${shape.serverTable}(id)`,
  ];
  return `CREATE TABLE backups (\n${lines.map((line) => `        ${line}`).join(',\n')}\n      )`;
}

function backupsIndexes(serverColumn: string): string[] {
  return [
    `CREATE INDEX idx_backups_${serverColumn} ON backups(${serverColumn})`,
    'CREATE INDEX idx_backups_date ON backups(date)',
    'CREATE INDEX idx_backups_begin_time ON backups(begin_time)',
    'CREATE INDEX idx_backups_end_time ON backups(end_time)',
    'CREATE INDEX idx_backups_backup_id ON backups(backup_id)',
  ];
}

const CREATE_MACHINES = `CREATE TABLE machines (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at DATETIME DEFAULT CURRENT_TIMESTAMP
      )`;

const CREATE_SERVERS_07 = `CREATE TABLE servers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        server_url TEXT DEFAULT '',
        alias TEXT DEFAULT '',
        note TEXT DEFAULT '',
        created_at DATETIME DEFAULT CURRENT_TIMESTAMP
      )`;

/** A freshly created 0.8+ file has `server_password` before `created_at` (docs/compatibility/legacy-databases.md#per-release-layouts). */
const CREATE_SERVERS_08 = `CREATE TABLE servers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        server_url TEXT DEFAULT '',
        alias TEXT DEFAULT '',
        note TEXT DEFAULT '',
        server_password TEXT DEFAULT '',
        created_at DATETIME DEFAULT CURRENT_TIMESTAMP
      )`;

const CREATE_CONFIGURATIONS = `CREATE TABLE configurations (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT
      )`;

const CREATE_DB_VERSION = `CREATE TABLE db_version (
        version TEXT PRIMARY KEY,
        applied_at DATETIME DEFAULT CURRENT_TIMESTAMP
      )`;

const CREATE_USERS_SESSIONS_AUDIT = [
  `CREATE TABLE users (
        id TEXT PRIMARY KEY,
        username TEXT UNIQUE NOT NULL,
        password_hash TEXT NOT NULL,
        is_admin BOOLEAN NOT NULL DEFAULT 0,
        must_change_password BOOLEAN DEFAULT 0,
        created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
        updated_at DATETIME DEFAULT CURRENT_TIMESTAMP,
        last_login_at DATETIME,
        last_login_ip TEXT,
        failed_login_attempts INTEGER DEFAULT 0,
        locked_until DATETIME
      )`,
  'CREATE INDEX idx_users_username ON users(username)',
  'CREATE INDEX idx_users_last_login ON users(last_login_at)',
  `CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        user_id TEXT NULL,
        created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
        last_accessed DATETIME DEFAULT CURRENT_TIMESTAMP,
        expires_at DATETIME NOT NULL,
        ip_address TEXT,
        user_agent TEXT,
        csrf_token TEXT,
        csrf_expires_at DATETIME,
        FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE
      )`,
  'CREATE INDEX idx_sessions_user_id ON sessions(user_id)',
  'CREATE INDEX idx_sessions_expires_at ON sessions(expires_at)',
  'CREATE INDEX idx_sessions_last_accessed ON sessions(last_accessed)',
  `CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        timestamp DATETIME DEFAULT CURRENT_TIMESTAMP,
        user_id TEXT,
        username TEXT,
        action TEXT NOT NULL,
        category TEXT NOT NULL,
        target_type TEXT,
        target_id TEXT,
        details TEXT,
        ip_address TEXT,
        user_agent TEXT,
        status TEXT NOT NULL,
        error_message TEXT,
        FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE SET NULL
      )`,
  'CREATE INDEX idx_audit_log_timestamp ON audit_log(timestamp)',
  'CREATE INDEX idx_audit_log_user_id ON audit_log(user_id)',
  'CREATE INDEX idx_audit_log_action ON audit_log(action)',
  'CREATE INDEX idx_audit_log_category ON audit_log(category)',
  'CREATE INDEX idx_audit_log_status ON audit_log(status)',
];

// ---------------------------------------------------------------------------------------------
// Settings per release (docs/compatibility/legacy-databases.md#configuration-keys, docs/compatibility/overdue.md#where-settings-live) and what an upgrade must make of them

const key = (server: { id: string }, backupName: string) => `${server.id}:${backupName}`;
const oldShape = (
  notificationEvent: string,
  overdueBackupCheckEnabled: boolean,
  expectedInterval: number,
  intervalUnit: 'hour' | 'day',
) => ({
  notificationEvent,
  overdueBackupCheckEnabled,
  expectedInterval,
  intervalUnit,
});

const NTFY_LEGACY = {
  ntfy: { url: 'https://ntfy.sh/', topic: 'duplistatus-Kq3vT9xLmP2w', accessToken: 'tk_live_secret' },
  backupSettings: {},
  templates: {
    success: {
      title: '✅ {status} - {backup_name} @ {machine_name}',
      message: 'Custom success text for {machine_name}',
      priority: 'default',
      tags: 'duplicati, success',
    },
    warning: { title: '⚠️ {status} - {backup_name}', message: 'Custom warning text', priority: 'high', tags: 'duplicati, warning' },
    overdueBackup: { title: '🕑 Overdue - {backup_name}', message: 'Custom overdue text', priority: 'default', tags: 'duplicati, overdue' },
  },
};

const CRON_SERVICE = JSON.stringify({ port: 9667, tasks: { 'overdue-backup-check': { cronExpression: '*/20 * * * *', enabled: true } } });

interface SettingsPlan {
  configurations: Record<string, string>;
  /** Per job (`serverId:backupName`): what the upgraded job row must hold, except runs/latest. */
  expected: Record<string, Omit<ExpectedJob, 'serverId' | 'backupName' | 'runs' | 'latestDate'>>;
}

function defaultsFor(plan: JobPlan): Omit<ExpectedJob, 'serverId' | 'backupName' | 'runs' | 'latestDate'> {
  // No entry: a new job in docs/compatibility/overdue.md#maintaining-the-next-expected-run's sense, next run = latest + 1 day.
  return {
    expectedInterval: '1D',
    allowedWeekdays: '0,1,2,3,4,5,6',
    overdueCheckEnabled: true,
    notificationEvent: 'warnings',
    nextExpectedAt: plus(latestOf(plan), days(1)),
    lastReminderAt: null,
  };
}

const [J1, J2, J3, J4, J5, J6] = JOBS as [JobPlan, JobPlan, JobPlan, JobPlan, JobPlan, JobPlan];

function settingsFor(release: LegacyRelease): SettingsPlan {
  const expected: SettingsPlan['expected'] = Object.fromEntries(JOBS.map((plan) => [key(plan.server, plan.backupName), defaultsFor(plan)]));
  const set = (plan: JobPlan, values: Partial<Omit<ExpectedJob, 'serverId' | 'backupName' | 'runs' | 'latestDate'>>) => {
    const k = key(plan.server, plan.backupName);
    expected[k] = { ...expected[k]!, ...values };
  };

  if (release === '0.4') return { configurations: {}, expected };

  if (release === '0.6') {
    // Keys by machine name (docs/compatibility/legacy-databases.md#configuration-keys); docs/compatibility/legacy-databases.md#migration-steps step 3 keeps an entry only for a unique name with runs of that backup.
    const backupSettings = {
      'FS-PROD-01:Files': oldShape('all', true, 1, 'day'),
      'FS-PROD-01:Databases': oldShape('errors', true, 6, 'hour'),
      'MON-PROD-01:Users': oldShape('warnings', true, 2, 'day'), // two servers named MON-PROD-01: dropped
      'MON-PROD-01:System': oldShape('off', true, 1, 'day'), // same
      'ARCH-DR-01:Archive': oldShape('warnings', false, 7, 'day'),
      'ARCH-DR-01:Gone': oldShape('warnings', true, 1, 'day'), // no such runs: dropped
      'OLD-HOST:Files': oldShape('warnings', true, 1, 'day'), // no such server: dropped
    };
    set(J1, { notificationEvent: 'all', nextExpectedAt: plus(latestOf(J1), days(1)), lastReminderAt: '2025-11-29T09:00:00.000Z' });
    set(J2, { notificationEvent: 'errors', expectedInterval: '6h', nextExpectedAt: plus(latestOf(J2), hours(6)) });
    set(J5, { expectedInterval: '7D', overdueCheckEnabled: false, nextExpectedAt: plus(latestOf(J5), days(7)) });
    return {
      configurations: {
        backup_settings: JSON.stringify(backupSettings),
        overdue_tolerance: '30min',
        notification_frequency: 'every_week',
        cron_service: CRON_SERVICE,
        notifications: JSON.stringify(NTFY_LEGACY),
        overdue_backup_notifications: JSON.stringify({
          'FS-PROD-01:Files': { lastNotificationSent: '2025-11-29T09:00:00.000Z', lastBackupDate: '2025-11-28T02:00:00.000Z' },
          'MON-PROD-01:System': { lastNotificationSent: '2025-11-25T08:00:00.000Z', lastBackupDate: latestOf(J4) },
        }),
        last_overdue_check: '2025-11-30T19:40:00.000Z',
      },
      expected,
    };
  }

  if (release === '0.7') {
    // Keys by server id, values still in the old shape (as in the real 0.7.27 fixture).
    const backupSettings = {
      [key(S1, 'Files')]: oldShape('all', true, 1, 'day'),
      [key(S1, 'Databases')]: oldShape('errors', true, 6, 'hour'),
      [key(S2, 'Users')]: oldShape('warnings', true, 2, 'day'),
      [key(S4, 'Users')]: oldShape('off', true, 1, 'day'),
      [key(S3, 'Archive')]: oldShape('warnings', false, 7, 'day'),
      'deadbeefdeadbeefdeadbeefdeadbeef:Files': oldShape('warnings', true, 1, 'day'), // stale (docs/compatibility/known-problems.md#merge-and-delete-leave-settings-behind): dropped
    };
    set(J1, { notificationEvent: 'all', lastReminderAt: '2025-11-29T09:00:00.000Z' });
    set(J2, { notificationEvent: 'errors', expectedInterval: '6h', nextExpectedAt: plus(latestOf(J2), hours(6)) });
    set(J3, { expectedInterval: '2D', nextExpectedAt: plus(latestOf(J3), days(2)) });
    set(J4, { lastReminderAt: '2025-11-25T08:00:00.000Z' });
    set(J5, { expectedInterval: '7D', overdueCheckEnabled: false, nextExpectedAt: plus(latestOf(J5), days(7)) });
    set(J6, { notificationEvent: 'off' });
    return {
      configurations: {
        backup_settings: JSON.stringify(backupSettings),
        overdue_tolerance: '1h',
        cron_service: CRON_SERVICE,
        notifications: JSON.stringify({ ...NTFY_LEGACY, serverAddresses: [] }),
        overdue_notifications: JSON.stringify({
          [key(S1, 'Files')]: { lastNotificationSent: '2025-11-29T09:00:00.000Z', serverName: S1.name },
          [key(S2, 'System')]: { lastNotificationSent: '2025-11-25T08:00:00.000Z', serverName: S2.name },
        }),
      },
      expected,
    };
  }

  // 0.8 and 0.9+: the string interval, allowed weekdays and the stored next run (`time`).
  const backupSettings: Record<string, unknown> = {
    [key(S1, 'Files')]: {
      notificationEvent: 'all',
      overdueBackupCheckEnabled: true,
      expectedInterval: '1D',
      allowedWeekDays: [1, 2, 3, 4, 5, 6, 0],
      time: '2025-12-01T02:00:00.000Z',
      lastBackupDate: latestOf(J1),
      ntfyEnabled: true,
      emailEnabled: false,
    },
    [key(S1, 'Databases')]: {
      notificationEvent: 'errors',
      overdueBackupCheckEnabled: true,
      expectedInterval: '6h',
      allowedWeekDays: [],
      time: '2025-11-30T18:00:00.000Z',
      lastBackupDate: latestOf(J2),
    },
    [key(S2, 'Users')]: {
      notificationEvent: 'warnings',
      overdueBackupCheckEnabled: true,
      expectedInterval: '2D',
      allowedWeekDays: [1, 2, 3, 4, 5],
      time: '2025-12-01T03:30:00.000Z',
      lastBackupDate: latestOf(J3),
    },
    [key(S2, 'System')]: {
      notificationEvent: 'warnings',
      overdueBackupCheckEnabled: true,
      expectedInterval: '1D',
      allowedWeekDays: [0, 1, 2, 3, 4, 5, 6],
      time: '',
      lastBackupDate: '',
    },
    [key(S3, 'Archive')]: {
      notificationEvent: 'warnings',
      overdueBackupCheckEnabled: false,
      expectedInterval: '1W',
      allowedWeekDays: [0],
      time: '2025-11-30T05:00:00.000Z',
      lastBackupDate: latestOf(J5),
    },
    [key(S4, 'Users')]: {
      notificationEvent: 'off',
      overdueBackupCheckEnabled: true,
      expectedInterval: '12h',
      allowedWeekDays: [0, 1, 2, 3, 4, 5, 6],
      time: 'not a date',
      lastBackupDate: latestOf(J6),
    },
  };
  if (release === '4.0') backupSettings[key(S1, '__default__')] = { additionalEmails: 'ops@example.com' };
  set(J1, { notificationEvent: 'all', nextExpectedAt: '2025-12-01T02:00:00.000Z' });
  set(J2, { notificationEvent: 'errors', expectedInterval: '6h', allowedWeekdays: '', nextExpectedAt: '2025-11-30T18:00:00.000Z' });
  set(J3, { expectedInterval: '2D', allowedWeekdays: '1,2,3,4,5', nextExpectedAt: '2025-12-01T03:30:00.000Z' });
  set(J4, { lastReminderAt: '2025-11-25T08:00:00.000Z' });
  set(J5, { expectedInterval: '1W', allowedWeekdays: '0', overdueCheckEnabled: false, nextExpectedAt: '2025-11-30T05:00:00.000Z' });
  set(J6, { notificationEvent: 'off', expectedInterval: '12h', nextExpectedAt: plus(latestOf(J6), hours(12)) });
  return {
    configurations: {
      backup_settings: JSON.stringify(backupSettings),
      overdue_tolerance: release === '4.0' ? '12h' : '4h',
      notification_frequency: 'every_day',
      cron_service: CRON_SERVICE,
      ntfy_config: JSON.stringify({ url: 'https://ntfy.example.org/', topic: 'duplistatus-Kq3vT9xLmP2w', accessToken: 'tk_live_secret' }),
      notification_templates: JSON.stringify({ language: 'en-GB', ...NTFY_LEGACY.templates }),
      smtp_config: JSON.stringify({
        host: 'smtp.example.org',
        port: 587,
        connectionType: 'starttls',
        username: 'enc:v1:abc',
        password: 'enc:v1:def',
        mailto: 'ops@example.org',
      }),
      overdue_notifications: JSON.stringify({
        [key(S2, 'System')]: { lastNotificationSent: '2025-11-25T08:00:00.000Z', serverName: S2.name },
      }),
      last_overdue_check: '2025-11-30T19:40:00.000Z',
      ...(release === '4.0' ? { audit_retention_days: '90' } : {}),
    },
    expected,
  };
}

// ---------------------------------------------------------------------------------------------
// Rows

const VERSION = '2.1.0.5 (2.1.0.5_stable_2025-03-04)';

/** One run row with every column of docs/compatibility/legacy-databases.md#the-backups-table (the caller drops the ones its release lacks). */
function runRow(plan: JobPlan, index: number, globalIndex: number, serverColumn: string): Record<string, unknown> {
  const date = plan.dates[index]!;
  const begin = new Date(date);
  const duration = 300 + globalIndex * 7;
  const end = new Date(begin.getTime() + duration * 1000);
  const status = globalIndex % 7 === 3 ? 'Error' : globalIndex % 4 === 1 ? 'Warning' : 'Success';
  const warnings = status === 'Warning' ? 2 : 0;
  const errors = status === 'Error' ? 1 : 0;
  // The retention-policy lines list the job's earlier runs as the versions still stored (docs/compatibility/upload.md#available-versions).
  const versions = plan.dates
    .slice(0, index)
    .reverse()
    .map((iso) => new Date(iso));
  const logLine = (message: string) =>
    `${date.slice(0, 10)} ${date.slice(11, 19)} +00 - [Information-Duplicati.Library.Main.Controller-StartingOperation]: ${message}`;
  const messages = [
    logLine('The operation Backup has started'),
    ...(versions.length > 0
      ? [
          `${date.slice(0, 10)} ${date.slice(11, 19)} +00 - [Information-Duplicati.Library.Main.Operation.DeleteHandler:RetentionPolicy-BackupList]: Backups to consider: ${versions.map(versionStamp).join(', ')}`,
          `${date.slice(0, 10)} ${date.slice(11, 19)} +00 - [Information-Duplicati.Library.Main.Operation.DeleteHandler:RetentionPolicy-AllBackupsToDelete]: All backups to delete: `,
        ]
      : []),
    logLine('Backend event: Put - Completed: duplicati-20251130T020000Z.dlist.zip.aes (1.02 MB)'),
  ];
  const uploaded = 52_894_411 + globalIndex * 1_048_583;
  const examined = 201_938_475_512 + globalIndex * 1_000_003;
  return {
    id: `${plan.server.id.slice(0, 8)}-${plan.backupName.toLowerCase().padEnd(4, 'x').slice(0, 4)}-4${String(index).padStart(3, '0')}-8000-${String(globalIndex).padStart(12, '0')}`,
    [serverColumn]: plan.server.id,
    backup_name: plan.backupName,
    backup_id: `DB-${JOBS.indexOf(plan) + 1}`,
    date,
    status,
    duration_seconds: duration,
    size: examined,
    uploaded_size: uploaded,
    examined_files: 48_211 + globalIndex,
    warnings,
    errors,
    created_at: end.toISOString().slice(0, 19).replace('T', ' '),
    messages_array: JSON.stringify(messages),
    // 0.4/0.5 stored NULL when a report carried no warnings (no column default then).
    warnings_array: warnings > 0 ? JSON.stringify(['Failed to process path: /home/user/locked.db']) : globalIndex % 2 === 0 ? null : '[]',
    errors_array: errors > 0 ? JSON.stringify(['Failed to upload file: (503) Server Unavailable']) : '[]',
    available_backups: null,
    deleted_files: 3,
    deleted_folders: 0,
    modified_files: 12 + globalIndex,
    opened_files: 49,
    added_files: 37,
    size_of_modified_files: 1_893_340 + globalIndex,
    size_of_added_files: uploaded,
    size_of_examined_files: examined,
    size_of_opened_files: 54_787_751 + globalIndex,
    not_processed_files: 0,
    added_folders: 2,
    too_large_files: 0,
    files_with_error: 0,
    modified_folders: 0,
    modified_symlinks: 0,
    added_symlinks: 0,
    deleted_symlinks: 0,
    partial_backup: 0,
    dryrun: 0,
    main_operation: 'Backup',
    parsed_result: status,
    interrupted: 0,
    version: VERSION,
    begin_time: date,
    end_time: end.toISOString(),
    warnings_actual_length: warnings,
    errors_actual_length: errors,
    messages_actual_length: messages.length,
    bytes_downloaded: 53_558_947 + globalIndex,
    known_file_size: 187_453_100_233 + globalIndex * 1_000_000_007,
    last_backup_date: `${date.slice(0, 19)}+00:00`,
    backup_list_count: versions.length + 1,
    reported_quota_error: 0,
    reported_quota_warning: 0,
    backend_main_operation: 'Backup',
    backend_parsed_result: 'Success',
    backend_interrupted: 0,
    backend_version: VERSION,
    backend_begin_time: date,
    backend_duration: '00:00:00.1234567',
    backend_warnings_actual_length: 0,
    backend_errors_actual_length: 0,
  };
}

// ---------------------------------------------------------------------------------------------
// Building

const RELEASE_SHAPES: Record<LegacyRelease, { dbVersion: string | null; backups: BackupsShape; createServers: string }> = {
  '0.4': {
    dbVersion: null,
    backups: { serverTable: 'machines', serverColumn: 'machine_id', legacyArrays: true },
    createServers: CREATE_MACHINES,
  },
  '0.6': {
    dbVersion: '2.0',
    backups: { serverTable: 'machines', serverColumn: 'machine_id', legacyArrays: false },
    createServers: CREATE_MACHINES,
  },
  '0.7': {
    dbVersion: '3.0',
    backups: { serverTable: 'servers', serverColumn: 'server_id', legacyArrays: false },
    createServers: CREATE_SERVERS_07,
  },
  '0.8': {
    dbVersion: '3.1',
    backups: { serverTable: 'servers', serverColumn: 'server_id', legacyArrays: false },
    createServers: CREATE_SERVERS_08,
  },
  '4.0': {
    dbVersion: '4.0',
    backups: { serverTable: 'servers', serverColumn: 'server_id', legacyArrays: false },
    createServers: CREATE_SERVERS_08,
  },
};

export function buildLegacyDatabase(file: string, release: LegacyRelease): BuiltLegacyDatabase {
  const shape = RELEASE_SHAPES[release];
  const settings = settingsFor(release);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL'); // as duplistatus opens it (b)
    db.exec(shape.createServers);
    db.exec(createBackupsTable(shape.backups));
    for (const sql of backupsIndexes(shape.backups.serverColumn)) db.exec(sql);
    if (shape.dbVersion) {
      db.exec(CREATE_CONFIGURATIONS);
      db.exec(CREATE_DB_VERSION);
      db.prepare("INSERT INTO db_version (version, applied_at) VALUES (?, '2025-11-30 20:00:00')").run(shape.dbVersion);
    }
    if (release === '4.0') for (const sql of CREATE_USERS_SESSIONS_AUDIT) db.exec(sql);

    const serverColumns =
      release === '0.4' || release === '0.6' ? ['id', 'name', 'created_at'] : ['id', 'name', 'server_url', 'alias', 'note', 'created_at'];
    if (release === '0.8' || release === '4.0') serverColumns.push('server_password');
    const insertServer = db.prepare(
      `INSERT INTO ${shape.backups.serverTable} (${serverColumns.join(', ')}) VALUES (${serverColumns.map((c) => `@${c}`).join(', ')})`,
    );
    SERVERS.forEach((server, i) => {
      insertServer.run({
        ...server,
        created_at: `2025-11-${String(10 + i).padStart(2, '0')} 09:00:00`,
        // 0.7 declared these with a default but allowed NULL: one server has NULLs.
        server_url: i === 1 ? null : `http://${server.name.toLowerCase()}:8200`,
        alias: i === 1 ? null : `${server.name} (${i})`,
        note: i === 1 ? null : 'rack B',
        server_password: i === 0 ? 'enc:v1:secret' : '',
      });
    });

    const columns = db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all('backups') as string[];
    const insertRun = db.prepare(`INSERT INTO backups (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
    let globalIndex = 0;
    let runWithVersions: BuiltLegacyDatabase['runWithVersions'] | null = null;
    for (const plan of JOBS) {
      plan.dates.forEach((_, index) => {
        const row = runRow(plan, index, globalIndex++, shape.backups.serverColumn);
        const versions = plan.dates
          .slice(0, index)
          .reverse()
          .map((iso) => new Date(iso).toISOString());
        // 0.6+ stored the list at ingest; a '[]' (as 0.6 left it for old runs) is read again on upgrade.
        if (columns.includes('available_backups')) row.available_backups = index % 2 === 0 ? '[]' : JSON.stringify(versions);
        if (versions.length >= 2 && !runWithVersions) runWithVersions = { id: row.id as string, versions };
        insertRun.run(Object.fromEntries(columns.map((c) => [c, row[c] ?? null])));
      });
    }

    if (shape.dbVersion) {
      const insertSetting = db.prepare('INSERT INTO configurations (key, value) VALUES (?, ?)');
      for (const [settingKey, value] of Object.entries(settings.configurations)) insertSetting.run(settingKey, value);
    }
    if (release === '4.0') insertUsersSessionsAudit(db);
    db.pragma('wal_checkpoint(TRUNCATE)');

    return {
      release,
      file,
      dbVersion: shape.dbVersion,
      servers: SERVERS.map((server) => ({ ...server })),
      runs: globalIndex,
      jobs: JOBS.map((plan) => ({
        serverId: plan.server.id,
        backupName: plan.backupName,
        runs: plan.dates.length,
        latestDate: latestOf(plan),
        ...settings.expected[key(plan.server, plan.backupName)]!,
      })),
      tolerance: settings.configurations.overdue_tolerance ?? null,
      configurationKeys: Object.keys(settings.configurations).sort(),
      untouchedTables: release === '4.0' ? ['audit_log', 'db_version', 'sessions', 'users'] : shape.dbVersion ? ['db_version'] : [],
      runWithVersions: runWithVersions!,
    };
  } finally {
    db.close();
  }
}

function insertUsersSessionsAudit(db: Database.Database): void {
  const admin = 'admin-3f2a9c1e7b6d4a5f8e0c1b2a3d4e5f60';
  db.prepare(
    `INSERT INTO users (id, username, password_hash, is_admin, must_change_password, created_at, updated_at, last_login_at, last_login_ip, failed_login_attempts)
     VALUES (?, 'admin', '$2b$12$Q9eZ3kq7m1VqJ0xFzY8bYe7wQ2s1n5t6u7v8w9x0y1z2A3B4C5D6E', 1, 0, '2025-10-01 08:00:00', '2025-11-30 19:00:00', '2025-11-30 19:00:00', '192.0.2.10', 0)`,
  ).run(admin);
  db.prepare(
    `INSERT INTO users (id, username, password_hash, is_admin, must_change_password, created_at, failed_login_attempts, locked_until)
     VALUES ('user-0a1b2c3d', 'operator', '$2b$12$abcdefghijklmnopqrstuuVWXYZ0123456789abcdefghijklmnopq', 0, 1, '2025-11-02 10:00:00', 5, '2025-11-30 19:15:00')`,
  ).run();
  db.prepare(
    `INSERT INTO sessions (id, user_id, created_at, last_accessed, expires_at, ip_address, user_agent, csrf_token, csrf_expires_at)
     VALUES ('sess-7f3e2d1c', ?, '2025-11-30 19:00:00', '2025-11-30 19:30:00', '2025-12-01 19:00:00', '192.0.2.10', 'Mozilla/5.0', 'csrf-abc', '2025-11-30 20:00:00')`,
  ).run(admin);
  const audit = db.prepare(
    `INSERT INTO audit_log (timestamp, user_id, username, action, category, target_type, target_id, details, ip_address, user_agent, status, error_message)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  audit.run(
    '2025-10-01 08:00:00',
    null,
    'system',
    'database_migration',
    'system',
    null,
    null,
    '{"hadData":true}',
    null,
    null,
    'success',
    null,
  );
  audit.run('2025-11-30 19:00:00', admin, 'admin', 'login', 'auth', 'user', admin, null, '192.0.2.10', 'Mozilla/5.0', 'success', null);
  audit.run(
    '2025-11-30 19:14:00',
    null,
    'operator',
    'login',
    'auth',
    'user',
    'user-0a1b2c3d',
    '{"reason":"bad password"}',
    '192.0.2.11',
    'curl/8.5',
    'failure',
    'Invalid credentials',
  );
}

/** Files that must be refused, untouched. */
export function buildUnsupportedDatabase(file: string, kind: 'newer' | 'foreign' | 'bad-version'): void {
  const db = new Database(file);
  try {
    if (kind === 'foreign') {
      db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
      db.prepare("INSERT INTO notes (text) VALUES ('not a backup database')").run();
      return;
    }
    db.exec(CREATE_SERVERS_08);
    db.exec(createBackupsTable({ serverTable: 'servers', serverColumn: 'server_id', legacyArrays: false }));
    db.exec(CREATE_CONFIGURATIONS);
    db.exec(CREATE_DB_VERSION);
    db.prepare('INSERT INTO servers (id, name) VALUES (?, ?)').run(S1.id, S1.name);
    db.prepare("INSERT INTO db_version (version, applied_at) VALUES (?, '2026-06-01 00:00:00')").run(kind === 'newer' ? '5.0' : 'next');
  } finally {
    db.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Rows duplistatus could write but dupligraph's constraints do not allow (src/db/legacy/repairs.ts)

/** A server id that has runs but no server row: duplistatus never enforced its foreign keys. */
export const ORPHAN_SERVER_ID = 'feedfacefeedfacefeedfacefeedface';

export interface RunDefects {
  /** Every run id the file holds before the upgrade, duplicates and orphans included. */
  runsInFile: number;
  /** Runs the upgrade must keep, and the ones it must remove, per duplicate group. */
  groups: { kind: 'identical' | 'differing'; kept: string; removed: string[] }[];
  orphanRuns: string[];
}

function serverColumnOf(release: LegacyRelease): string {
  return RELEASE_SHAPES[release].backups.serverColumn;
}

/** Runs of the built file by job, oldest first: the ids defects are made from. */
function runIdsOf(db: Database.Database, release: LegacyRelease, plan: JobPlan): string[] {
  const server = serverColumnOf(release);
  return db
    .prepare(`SELECT id FROM backups WHERE ${server} = ? AND backup_name = ? ORDER BY date`)
    .pluck()
    .all(plan.server.id, plan.backupName) as string[];
}

/**
 * Stores run `sourceId` once more under `id`, as two racing uploads of one report do (docs/compatibility/upload.md#duplicate-rule: the
 * duplicate check has no constraint behind it), with `changes` applied to the copy.
 */
export function storeRunAgain(db: Database.Database, sourceId: string, id: string, changes: Record<string, unknown> = {}): void {
  const row = db.prepare('SELECT * FROM backups WHERE id = ?').get(sourceId) as Record<string, unknown>;
  const copy: Record<string, unknown> = { ...row, created_at: '2025-12-01 00:00:01', ...changes, id };
  const columns = Object.keys(copy);
  db.prepare(`INSERT INTO backups (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(copy);
}

/**
 * Adds to a file built by buildLegacyDatabase what a real duplistatus database can hold:
 * - the latest run of FS-PROD-01 "Files" stored three times, identical apart from id and created_at;
 * - a run of MON-PROD-01 "Users" stored again with less in it (no log, no sizes): the first is kept;
 * - the latest run of FS-PROD-01 "Databases" stored again with the same columns filled but a
 *   longer log: the later one is kept;
 * - two runs of job "Orphaned" of ORPHAN_SERVER_ID, which has no server row, the first of them
 *   stored twice.
 */
export function addDuplicateAndOrphanRuns(file: string, release: LegacyRelease): RunDefects {
  const db = new Database(file);
  try {
    // better-sqlite3 enforces foreign keys; the duplistatus releases that wrote orphans did not.
    db.pragma('foreign_keys = OFF');
    const server = serverColumnOf(release);
    const files = runIdsOf(db, release, J1);
    const users = runIdsOf(db, release, J3);
    const databases = runIdsOf(db, release, J2);
    const groups: RunDefects['groups'] = [];

    const latestFiles = files[files.length - 1]!;
    storeRunAgain(db, latestFiles, 'dup-files-copy-1');
    storeRunAgain(db, latestFiles, 'dup-files-copy-2', { created_at: '2025-12-01 00:00:02' });
    groups.push({ kind: 'identical', kept: latestFiles, removed: ['dup-files-copy-1', 'dup-files-copy-2'] });

    const usersRun = users[1]!;
    storeRunAgain(db, usersRun, 'dup-users-sparse', {
      messages_array: '[]',
      messages_actual_length: 0,
      size: 0,
      uploaded_size: 0,
      known_file_size: 0,
      bytes_downloaded: 0,
      version: null,
    });
    groups.push({ kind: 'differing', kept: usersRun, removed: ['dup-users-sparse'] });

    const latestDatabases = databases[databases.length - 1]!;
    const longerLog = JSON.stringify([
      ...(JSON.parse(db.prepare('SELECT messages_array FROM backups WHERE id = ?').pluck().get(latestDatabases) as string) as string[]),
      '2025-11-30 12:05:00 +00 - [Information-Duplicati.Library.Main.Operation.Backup.UploadRealFilelist]: Uploading filelist (retried)',
    ]);
    storeRunAgain(db, latestDatabases, 'dup-databases-longer', { messages_array: longerLog, messages_actual_length: 5 });
    groups.push({ kind: 'differing', kept: 'dup-databases-longer', removed: [latestDatabases] });

    storeRunAgain(db, latestFiles, 'orphan-run-1', {
      [server]: ORPHAN_SERVER_ID,
      backup_name: 'Orphaned',
      created_at: '2025-11-29 02:10:00',
    });
    storeRunAgain(db, latestFiles, 'orphan-run-2', {
      [server]: ORPHAN_SERVER_ID,
      backup_name: 'Orphaned',
      date: '2025-11-29T02:00:00.000Z',
      begin_time: '2025-11-29T02:00:00.000Z',
      created_at: '2025-11-28 02:10:00',
    });
    storeRunAgain(db, 'orphan-run-1', 'orphan-run-1-copy', { created_at: '2025-11-29 02:10:01' });
    groups.push({ kind: 'identical', kept: 'orphan-run-1', removed: ['orphan-run-1-copy'] });

    db.pragma('wal_checkpoint(TRUNCATE)');
    return {
      runsInFile: Number(db.prepare('SELECT COUNT(*) FROM backups').pluck().get()),
      groups,
      orphanRuns: ['orphan-run-1', 'orphan-run-2'],
    };
  } finally {
    db.close();
  }
}

/** Adds runs whose server id is empty and that no server row claims: no server can be made for them. */
export function addRunsWithoutServerId(file: string, release: LegacyRelease, count: number): string[] {
  const db = new Database(file);
  try {
    db.pragma('foreign_keys = OFF');
    const source = runIdsOf(db, release, J1)[0]!;
    const ids = Array.from({ length: count }, (_, i) => `no-server-${i + 1}`);
    ids.forEach((id, i) =>
      storeRunAgain(db, source, id, { [serverColumnOf(release)]: '', backup_name: 'Lost', date: `2025-10-0${i + 1}T00:00:00.000Z` }),
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
    return ids;
  } finally {
    db.close();
  }
}
