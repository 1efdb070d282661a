/**
 * duplistatus keeps per-job monitoring settings and reminder state as JSON blobs in
 * `configurations` (docs/compatibility/legacy-databases.md#configuration-keys, docs/compatibility/overdue.md#where-settings-live); dupligraph keeps them as `backup_jobs` columns. These
 * plain functions turn the blobs of any released shape into those columns.
 */
import { nextExpectedRun } from '../domain/job-schedule.ts';
import {
  formatWeekdays,
  InvalidIntervalError,
  isNotificationLevel,
  legacyIntervalToString,
  tryParseInterval,
  validateWeekdays,
} from '../domain/overdue/index.ts';
import type { NotificationLevel } from '../domain/overdue/index.ts';
import { parseStoredTimestamp } from '../domain/timestamps.ts';

export const ALL_DAYS = '0,1,2,3,4,5,6';

/** One job's settings as columns, before its next expected run is worked out. */
export interface JobSettings {
  expectedInterval: string;
  /** `backup_jobs.allowed_weekdays` text; "" keeps duplistatus's empty list (= all days). */
  allowedWeekdays: string;
  overdueCheckEnabled: boolean;
  notificationEvent: NotificationLevel;
  /** duplistatus's `time` (the next expected run), when it is a valid instant. */
  time: string | null;
  /** The latest run `time` was computed from (docs/compatibility/overdue.md#maintaining-the-next-expected-run), when valid. */
  lastBackupDate: string | null;
}

export interface ServerRow {
  id: string;
  name: string;
}

export interface JobRow {
  serverId: string;
  backupName: string;
}

export interface KeyContext {
  jobKeysUse: 'machine-name' | 'server-id';
  servers: readonly ServerRow[];
  jobs: readonly JobRow[];
}

export interface ConversionNote {
  key: string;
  reason: string;
}

/** docs/compatibility/overdue.md#where-settings-live defaults: what a job gets when duplistatus had no entry for it. */
export const DEFAULT_JOB_SETTINGS: JobSettings = {
  expectedInterval: '1D',
  allowedWeekdays: ALL_DAYS,
  overdueCheckEnabled: true,
  notificationEvent: 'warnings',
  time: null,
  lastBackupDate: null,
};

/** Map key for a job: duplistatus's own job-key form `"<server id>:<backup name>"`. */
export function jobKey(serverId: string, backupName: string): string {
  return `${serverId}:${backupName}`;
}

/**
 * Finds the job a blob key names. From schema 3.0 the key is `"<server id>:<backup name>"` (the
 * id has no colon, so the first one splits). Before, it was `"<machine name>:<backup name>"`,
 * resolved exactly as duplistatus's migration 3.0 does (docs/compatibility/legacy-databases.md#migration-steps step 3): exactly two non-empty parts,
 * exactly one server with that name, and that server has runs under that backup name.
 */
export function resolveJobKey(key: string, context: KeyContext): JobRow | { reason: string } {
  const hasJob = (serverId: string, backupName: string) =>
    context.jobs.some((job) => job.serverId === serverId && job.backupName === backupName);

  if (context.jobKeysUse === 'server-id') {
    const colon = key.indexOf(':');
    if (colon <= 0 || colon === key.length - 1) return { reason: 'the key is not "<server id>:<backup name>"' };
    const serverId = key.slice(0, colon);
    const backupName = key.slice(colon + 1);
    if (backupName === '__default__') return { reason: 'server-level defaults for extra destinations have no column yet' };
    if (!hasJob(serverId, backupName))
      return {
        reason:
          'no run of this server and backup name exists (a stale entry, docs/compatibility/known-problems.md#merge-and-delete-leave-settings-behind)',
      };
    return { serverId, backupName };
  }

  const parts = key.split(':');
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    return { reason: 'the key is not "<machine name>:<backup name>" with exactly one colon' };
  }
  const [machineName, backupName] = parts as [string, string];
  const named = context.servers.filter((server) => server.name === machineName);
  if (named.length === 0) return { reason: `no server is named ${JSON.stringify(machineName)}` };
  if (named.length > 1) return { reason: `${named.length} servers are named ${JSON.stringify(machineName)}, so the entry is ambiguous` };
  const server = named[0]!;
  if (!hasJob(server.id, backupName))
    return { reason: `server ${JSON.stringify(machineName)} has no run named ${JSON.stringify(backupName)}` };
  return { serverId: server.id, backupName };
}

/**
 * One `backup_settings` value → columns, accepting both shapes (docs/compatibility/legacy-databases.md#migration-steps read-time conversions):
 * the old `{expectedInterval: <number>, intervalUnit}` of ≤ 0.7 and the string interval with
 * `allowedWeekDays` and `time` of 0.8+. Unusable parts fall back to the docs/compatibility/overdue.md#where-settings-live defaults and say so.
 */
export function convertJobSettingsValue(value: unknown): { settings: JobSettings; problems: string[] } {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { settings: { ...DEFAULT_JOB_SETTINGS }, problems: ['the value is not an object; defaults used'] };
  }
  const entry = value as Record<string, unknown>;
  const settings: JobSettings = { ...DEFAULT_JOB_SETTINGS };

  if (typeof entry.overdueBackupCheckEnabled === 'boolean') settings.overdueCheckEnabled = entry.overdueBackupCheckEnabled;
  if (entry.notificationEvent !== undefined) {
    if (isNotificationLevel(entry.notificationEvent)) settings.notificationEvent = entry.notificationEvent;
    else problems.push(`notificationEvent ${JSON.stringify(entry.notificationEvent)} is unknown; "warnings" used`);
  }

  if (typeof entry.expectedInterval === 'number') {
    try {
      settings.expectedInterval = legacyIntervalToString({
        expectedInterval: entry.expectedInterval,
        intervalUnit: entry.intervalUnit as 'hour' | 'day',
      });
    } catch (error) {
      if (!(error instanceof InvalidIntervalError)) throw error;
      return disabledForBadInterval(settings, problems, error.message);
    }
  } else if (typeof entry.expectedInterval === 'string') {
    const interval = tryParseInterval(entry.expectedInterval);
    if (!interval) return disabledForBadInterval(settings, problems, `interval ${JSON.stringify(entry.expectedInterval)} is invalid`);
    settings.expectedInterval = interval.text;
  } else if (entry.expectedInterval !== undefined) {
    return disabledForBadInterval(settings, problems, `interval ${JSON.stringify(entry.expectedInterval)} is invalid`);
  }

  if (Array.isArray(entry.allowedWeekDays)) {
    try {
      settings.allowedWeekdays = formatWeekdays(validateWeekdays(entry.allowedWeekDays));
    } catch {
      problems.push(`allowedWeekDays ${JSON.stringify(entry.allowedWeekDays)} is invalid; all days used`);
    }
  }

  settings.time = validInstant(entry.time);
  settings.lastBackupDate = validInstant(entry.lastBackupDate);
  return { settings, problems };
}

/**
 * duplistatus skips a job with an unusable interval in its overdue check (docs/compatibility/overdue.md#periodic-check-and-reminders), so the job keeps
 * being unmonitored here too, with the default interval in the column until someone sets one.
 */
function disabledForBadInterval(settings: JobSettings, problems: string[], why: string): { settings: JobSettings; problems: string[] } {
  problems.push(`${why}; the job is left unmonitored with interval 1D, as duplistatus skipped it`);
  return { settings: { ...settings, expectedInterval: '1D', overdueCheckEnabled: false }, problems };
}

function validInstant(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  return parseStoredTimestamp(value)?.toISOString() ?? null;
}

export interface ConvertedBlob<T> {
  byJob: Map<string, T>;
  dropped: ConversionNote[];
  problems: ConversionNote[];
}

/** The whole `backup_settings` blob; entries that name no job are dropped, with the reason. */
export function convertBackupSettings(json: string | null, context: KeyContext): ConvertedBlob<JobSettings> {
  const result: ConvertedBlob<JobSettings> = { byJob: new Map(), dropped: [], problems: [] };
  for (const [key, value] of blobEntries(json, 'backup_settings', result.dropped)) {
    // A server's defaults for extra destinations name no job: job-notifications.ts applies them.
    if (context.jobKeysUse === 'server-id' && key.endsWith(':__default__')) continue;
    const job = resolveJobKey(key, context);
    if ('reason' in job) {
      result.dropped.push({ key, reason: job.reason });
      continue;
    }
    const { settings, problems } = convertJobSettingsValue(value);
    for (const reason of problems) result.problems.push({ key, reason });
    result.byJob.set(jobKey(job.serverId, job.backupName), settings);
  }
  return result;
}

/**
 * Reminder state: `overdue_notifications` (0.7+, `{lastNotificationSent, serverName}`) or the
 * older `overdue_backup_notifications` (0.6, `{lastNotificationSent, lastBackupDate}`), both
 * keyed like `backup_settings` (docs/compatibility/legacy-databases.md#configuration-keys, docs/compatibility/legacy-databases.md#migration-steps step 4) → `backup_jobs.last_reminder_at`.
 */
export function convertReminderState(json: string | null, context: KeyContext): ConvertedBlob<string> {
  const result: ConvertedBlob<string> = { byJob: new Map(), dropped: [], problems: [] };
  for (const [key, value] of blobEntries(json, 'reminder state', result.dropped)) {
    const job = resolveJobKey(key, context);
    if ('reason' in job) {
      result.dropped.push({ key, reason: job.reason });
      continue;
    }
    const sent = validInstant((value as { lastNotificationSent?: unknown } | null)?.lastNotificationSent);
    if (sent) result.byJob.set(jobKey(job.serverId, job.backupName), sent);
    else result.problems.push({ key, reason: 'lastNotificationSent is not a valid time; no reminder recorded' });
  }
  return result;
}

function blobEntries(json: string | null, what: string, dropped: ConversionNote[]): [string, unknown][] {
  if (json === null || json.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    dropped.push({ key: what, reason: 'the value is not JSON' });
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    dropped.push({ key: what, reason: 'the value is not a JSON object' });
    return [];
  }
  return Object.entries(parsed);
}

/**
 * The job's next expected run after the upgrade, the way duplistatus would have it when it next
 * read the settings (docs/compatibility/overdue.md#maintaining-the-next-expected-run) and the way ingest keeps it (src/domain/job-schedule.ts): a job without
 * an entry is new (latest + 1 day); a stored `time` computed from this very latest run stays as
 * it is; otherwise the schedule is moved past the latest run from `time` (or from the run itself).
 */
export function nextExpectedAfterUpgrade(settings: JobSettings | undefined, latestBackupAt: string): string {
  if (!settings) {
    return nextExpectedRun({ nextExpectedAt: null, expectedInterval: '1D', allowedWeekdays: ALL_DAYS }, latestBackupAt, true);
  }
  const latest = parseStoredTimestamp(latestBackupAt);
  if (settings.time && settings.lastBackupDate && latest && parseStoredTimestamp(settings.lastBackupDate)?.getTime() === latest.getTime()) {
    return settings.time;
  }
  return nextExpectedRun(
    { nextExpectedAt: settings.time, expectedInterval: settings.expectedInterval, allowedWeekdays: settings.allowedWeekdays },
    latestBackupAt,
    false,
  );
}
