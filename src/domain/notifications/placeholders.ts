/**
 * The values of the template placeholders (docs/compatibility/notifications.md#template-variables), formatted as duplistatus formats them,
 * from plain data: a stored run (success and warning templates) or an overdue job (overdue
 * template). Dates are shown in `timeZone`, duplistatus's `TZ`.
 */
import {
  assertTimeZone,
  formatBytes,
  formatDateTime,
  formatDurationHuman,
  formatInteger,
  formatRelativeTime,
  formatTolerance,
  translateStatus,
} from './formatting.ts';
import type { TemplateLanguage } from './language.ts';
import type { TemplateKind } from './template-types.ts';

export type PlaceholderValues = Record<string, string>;

export interface ServerForPlaceholders {
  id: string;
  name: string;
  alias?: string | null;
  note?: string | null;
  url?: string | null;
}

export interface JobForPlaceholders {
  name: string;
}

/** The stored fields of one run that its notification shows (duplistatus's report field in brackets). */
export interface RunForPlaceholders {
  status: string;
  /** `BeginTime`: a Date, or the stored ISO text (SQLite's "YYYY-MM-DD HH:MM:SS" is read as UTC). */
  startedAt: Date | string;
  durationSeconds: number;
  /** `ExaminedFiles` */
  fileCount: number;
  /** `SizeOfExaminedFiles` */
  fileSize: number | bigint;
  /** `BytesUploaded` */
  uploadedSize: number | bigint;
  /** `KnownFileSize` */
  storageSize: number | bigint;
  messagesCount: number;
  warningsCount: number;
  errorsCount: number;
  /** `BackupListCount` */
  availableVersions: number;
  warnings: readonly (string | null)[];
  errors: readonly (string | null)[];
  messages: readonly (string | null)[];
}

export interface RunPlaceholderInput {
  server: ServerForPlaceholders;
  job: JobForPlaceholders;
  run: RunForPlaceholders;
  language: TemplateLanguage;
  timeZone: string;
}

export interface OverduePlaceholderInput {
  server: ServerForPlaceholders;
  job: JobForPlaceholders;
  lastRunAt: Date | string;
  /** The expected run that was missed; null when none could be worked out. */
  expectedAt: Date | string | null;
  now: Date;
  /** The job's interval string (docs/compatibility/overdue.md#interval-grammar), e.g. `1D`. */
  interval: string;
  toleranceMinutes: number;
  language: TemplateLanguage;
  timeZone: string;
}

const SERVER_PLACEHOLDERS = ['server_id', 'server_name', 'server_alias', 'server_note', 'server_url', 'backup_name'] as const;

const RUN_PLACEHOLDERS = [
  ...SERVER_PLACEHOLDERS,
  'status',
  'backup_date',
  'duration',
  'file_count',
  'file_size',
  'uploaded_size',
  'storage_size',
  'messages_count',
  'warnings_count',
  'errors_count',
  'available_versions',
  'log_text',
] as const;

/** The placeholders each template kind gets values for (the deprecated ones of DEPRECATED_PLACEHOLDERS aside, which also work). */
export const PLACEHOLDERS_BY_KIND: Readonly<Record<TemplateKind, readonly string[]>> = {
  success: RUN_PLACEHOLDERS,
  warning: RUN_PLACEHOLDERS,
  overdueBackup: [
    ...SERVER_PLACEHOLDERS,
    'last_backup_date',
    'last_elapsed',
    'expected_date',
    'expected_elapsed',
    'backup_interval',
    'overdue_tolerance',
    'backup_interval_value',
    'backup_interval_type',
  ],
};

function serverValues(server: ServerForPlaceholders, job: JobForPlaceholders): PlaceholderValues {
  return {
    server_id: server.id,
    server_name: server.name,
    server_alias: server.alias ? `${server.alias} (${server.name})` : server.name,
    server_note: server.note ?? '',
    server_url: server.url ?? '',
    backup_name: job.name,
  };
}

/** SQLite's CURRENT_TIMESTAMP form has no zone; duplistatus reads it as UTC. */
const SQLITE_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

function toDate(value: Date | string | null): Date | null {
  if (value === null) return null;
  if (value instanceof Date) return value;
  const text = value.trim();
  const date = new Date(SQLITE_TIMESTAMP.test(text) ? `${text.replace(' ', 'T')}Z` : text);
  return Number.isNaN(date.getTime()) ? null : date;
}

const present = (line: string | null): line is string => line !== null && line !== '';

/**
 * `{log_text}`: the warnings and then the errors, one per line; when the run has neither, its
 * messages (the report's `LogLines`), which for a real report can be the whole log
 * (docs/compatibility/known-problems.md#log-text-can-be-the-whole-log; cut to a channel's limit by truncate.ts).
 */
export function logText(run: Pick<RunForPlaceholders, 'warnings' | 'errors' | 'messages'>): string {
  const problems = [...run.warnings.filter(present), ...run.errors.filter(present)];
  return (problems.length > 0 ? problems : run.messages.filter(present)).join('\n');
}

/** Every success/warning placeholder for a stored run. */
export function placeholdersForRun(input: RunPlaceholderInput): PlaceholderValues {
  const { server, job, run, language, timeZone } = input;
  assertTimeZone(timeZone);
  return {
    ...serverValues(server, job),
    status: translateStatus(run.status, language),
    backup_date: formatDateTime(toDate(run.startedAt), language, timeZone),
    duration: formatDurationHuman(run.durationSeconds),
    file_count: formatInteger(run.fileCount, language),
    file_size: formatBytes(run.fileSize, language),
    uploaded_size: formatBytes(run.uploadedSize, language),
    storage_size: formatBytes(run.storageSize, language),
    messages_count: formatInteger(run.messagesCount, language),
    warnings_count: formatInteger(run.warningsCount, language),
    errors_count: formatInteger(run.errorsCount, language),
    available_versions: formatInteger(run.availableVersions, language),
    log_text: logText(run),
  };
}

/**
 * Every overdue placeholder. With no expected time, `{expected_date}` is empty and
 * `{expected_elapsed}` is "N/A", as in duplistatus.
 */
export function placeholdersForOverdue(input: OverduePlaceholderInput): PlaceholderValues {
  const { server, job, now, interval, language, timeZone } = input;
  assertTimeZone(timeZone);
  const lastRunAt = toDate(input.lastRunAt);
  const expectedAt = toDate(input.expectedAt);
  return {
    ...serverValues(server, job),
    last_backup_date: formatDateTime(lastRunAt, language, timeZone),
    last_elapsed: formatRelativeTime(lastRunAt, now, language),
    expected_date: formatDateTime(expectedAt, language, timeZone),
    expected_elapsed: expectedAt === null ? 'N/A' : formatRelativeTime(expectedAt, now, language),
    backup_interval: interval,
    overdue_tolerance: formatTolerance(input.toleranceMinutes, language),
    backup_interval_value: interval,
    backup_interval_type: '',
  };
}

/**
 * duplistatus's test notification fills every placeholder with its own name (`{status}` →
 * "status") and `{log_text}` with three sample lines, so the user sees where each value lands.
 * The values do not depend on the language; the parameter keeps the call the same as the
 * real ones.
 */
export function placeholdersForTest(_language?: TemplateLanguage): PlaceholderValues {
  const names = new Set([...PLACEHOLDERS_BY_KIND.success, ...PLACEHOLDERS_BY_KIND.overdueBackup]);
  const values: PlaceholderValues = Object.fromEntries([...names].map((name) => [name, name]));
  values.log_text = 'Sample warning 1\nSample error 1\nSample message 1';
  values.backup_interval_type = '';
  return values;
}

/** duplistatus ends a test message with the time it was sent: "\n(test sent at …)". */
export function testMessageFooter(now: Date, language: TemplateLanguage, timeZone: string): string {
  assertTimeZone(timeZone);
  return `\n(test sent at ${formatDateTime(now, language, timeZone)})`;
}
