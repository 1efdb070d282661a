/**
 * Builds Duplicati JSON reports shaped like the ones Duplicati's send-http module posts with
 * `--send-http-result-output-format=Json` (docs/compatibility/upload.md#report-structure–docs/compatibility/upload.md#exception; fixture 02 is the model): every
 * `Data` counter, `BackendStatistics`, the 2.1.x `Extra` keys, `LogLines`, `Exception`.
 * Deterministic: the same options always give the same report.
 */

/** The JSON body, as it would be posted to /api/upload. */
export interface DuplicatiReportBody {
  Data: Record<string, unknown>;
  Extra: Record<string, string>;
  LogLines: string[];
  Exception: string | null;
}

export interface DuplicatiReportOptions {
  /** `Extra.machine-id`; default `0123456789abcdef0123456789abcdef`. */
  serverId?: string;
  /** `Extra.machine-name`; default `test-host`. */
  serverName?: string;
  /** `Extra.backup-name`; default `Documents`. */
  backupName?: string;
  /** `Extra.backup-id`; default `DB-1`. */
  backupId?: string;
  /** `Data.BeginTime`: a Date is written .NET-style (7 fraction digits, `Z`), a string verbatim. Default 2025-01-15T02:00:00Z. */
  beginTime?: Date | string;
  /** Run length; sets `Data.Duration` (TimeSpan text) and `Data.EndTime`. Default 312.5. */
  durationSeconds?: number;
  /** `Data.ParsedResult`; default `Error` when errors > 0, else `Warning` when warnings > 0, else `Success`. */
  parsedResult?: string;
  /** `Data.WarningsActualLength`; the default log gets one warning line per warning. Default 0. */
  warnings?: number;
  /** `Data.ErrorsActualLength`; the default log gets one error line per error. Default 0. */
  errors?: number;
  /** `LogLines` verbatim, or how many generic backend-event lines to generate. Default: a realistic run log. */
  logLines?: string[] | number;
  /**
   * Versions on the destination besides this run: adds the retention-policy lines
   * ("Backups to consider: …", newest first, `dd/MM/yyyy HH:mm:ss` in UTC, so read them back
   * with time zone `UTC`) after the other log lines. Sets `BackupListCount` to `versions.length + 1`.
   */
  versions?: Date[];
  /** Stamps listed under "All backups to delete" (only written together with `versions`). */
  versionsToDelete?: Date[];
  /** Top-level `Exception`; default null. */
  exception?: string | null;
  /**
   * Applied last, key by key, onto `Data`; `undefined` removes a key. A `BackendStatistics`
   * object is merged into the default one the same way.
   */
  data?: Record<string, unknown>;
  /** Applied last onto `Extra`; `undefined` removes a key. */
  extra?: Record<string, string | undefined>;
}

const DEFAULTS = {
  serverId: '0123456789abcdef0123456789abcdef',
  serverName: 'test-host',
  backupName: 'Documents',
  backupId: 'DB-1',
  beginTime: new Date(Date.UTC(2025, 0, 15, 2, 0, 0)),
  durationSeconds: 312.5,
} as const;

const VERSION = '2.1.0.5 (2.1.0.5_stable_2025-03-04)';
const TAG = {
  start: 'Information-Duplicati.Library.Main.Controller-StartingOperation',
  backend: 'Information-Duplicati.Library.Main.BasicResults-BackendEvent',
  warning: 'Warning-Duplicati.Library.Main.Operation.Backup.FileBlockProcessor.FileEntry-PathProcessingFailed',
  error: 'Error-Duplicati.Library.Main.Operation.Backup.UploadRealFilelist-FailedToUpload',
  retention: 'Information-Duplicati.Library.Main.Operation.DeleteHandler:RetentionPolicy',
  deleted: 'Information-Duplicati.Library.Main.Operation.DeleteHandler-DeleteResults',
} as const;

export function buildDuplicatiReport(options: DuplicatiReportOptions = {}): DuplicatiReportBody {
  const begin = toDate(options.beginTime ?? DEFAULTS.beginTime);
  const beginText = typeof options.beginTime === 'string' ? options.beginTime : dotNetUtc(begin);
  const durationSeconds = options.durationSeconds ?? DEFAULTS.durationSeconds;
  const end = new Date(begin.getTime() + Math.round(durationSeconds * 1000));
  const warnings = options.warnings ?? 0;
  const errors = options.errors ?? 0;
  const parsedResult = options.parsedResult ?? (errors > 0 ? 'Error' : warnings > 0 ? 'Warning' : 'Success');

  const logLines = [
    ...runLog(options.logLines, begin, end, warnings, errors),
    ...retentionLog(options.versions, options.versionsToDelete ?? [], end),
  ];
  const backupListCount = options.versions ? options.versions.length + 1 : 1;

  const backendStatistics: Record<string, unknown> = {
    RemoteCalls: 9,
    BytesUploaded: 52_894_411,
    BytesDownloaded: 53_558_947,
    FilesUploaded: 3,
    FilesDownloaded: 3,
    FilesDeleted: 0,
    FoldersCreated: 0,
    RetryAttempts: 0,
    UnknownFileSize: 0,
    UnknownFileCount: 0,
    KnownFileCount: 3_781,
    KnownFileSize: 187_453_100_233,
    LastBackupDate: dotNetOffset(begin),
    BackupListCount: backupListCount,
    TotalQuotaSpace: 0,
    FreeQuotaSpace: 0,
    AssignedQuotaSpace: -1,
    ReportedQuotaError: false,
    ReportedQuotaWarning: false,
    MainOperation: 'Backup',
    ParsedResult: parsedResult,
    Interrupted: false,
    Version: VERSION,
    EndTime: '0001-01-01T00:00:00',
    BeginTime: dotNetUtc(begin),
    Duration: '00:00:00',
    MessagesActualLength: 0,
    WarningsActualLength: 0,
    ErrorsActualLength: 0,
  };

  const data: Record<string, unknown> = {
    DeletedFiles: 3,
    DeletedFolders: 0,
    ModifiedFiles: 12,
    ExaminedFiles: 48_211,
    OpenedFiles: 49,
    AddedFiles: 37,
    SizeOfModifiedFiles: 1_893_340,
    SizeOfAddedFiles: 52_894_411,
    SizeOfExaminedFiles: 201_938_475_512,
    SizeOfOpenedFiles: 54_787_751,
    NotProcessedFiles: 0,
    AddedFolders: 2,
    TooLargeFiles: 0,
    FilesWithError: 0,
    ModifiedFolders: 0,
    ModifiedSymlinks: 0,
    AddedSymlinks: 0,
    DeletedSymlinks: 0,
    PartialBackup: false,
    Dryrun: false,
    MainOperation: 'Backup',
    CompactResults: null,
    VacuumResults: null,
    DeleteResults: null,
    RepairResults: null,
    TestResults: null,
    ParsedResult: parsedResult,
    Interrupted: false,
    Version: VERSION,
    EndTime: dotNetUtc(end),
    BeginTime: beginText,
    Duration: timeSpan(durationSeconds),
    MessagesActualLength: logLines.length,
    WarningsActualLength: warnings,
    ErrorsActualLength: errors,
    BackendStatistics: backendStatistics,
  };

  const { BackendStatistics: backendOverrides, ...dataOverrides } = options.data ?? {};
  if (isPlainObject(backendOverrides)) applyOverrides(backendStatistics, backendOverrides);
  else if (options.data && 'BackendStatistics' in options.data) dataOverrides.BackendStatistics = backendOverrides;
  applyOverrides(data, dataOverrides);

  const extra: Record<string, string> = {
    OperationName: 'Backup',
    'machine-id': options.serverId ?? DEFAULTS.serverId,
    'machine-name': options.serverName ?? DEFAULTS.serverName,
    'backup-name': options.backupName ?? DEFAULTS.backupName,
    'backup-id': options.backupId ?? DEFAULTS.backupId,
  };
  applyOverrides(extra, options.extra ?? {});

  return { Data: data, Extra: extra, LogLines: logLines, Exception: options.exception ?? null };
}

/** .NET TimeSpan constant format `[-][d.]hh:mm:ss[.fffffff]`, as Duplicati writes `Duration`. */
export function timeSpan(seconds: number): string {
  const ticks = Math.round(Math.abs(seconds) * 1e7);
  const fraction = ticks % 1e7;
  const whole = (ticks - fraction) / 1e7;
  const days = Math.floor(whole / 86_400);
  const clock = [Math.floor((whole % 86_400) / 3_600), Math.floor((whole % 3_600) / 60), whole % 60].map(pad2).join(':');
  return `${seconds < 0 && ticks > 0 ? '-' : ''}${days > 0 ? `${days}.` : ''}${clock}${fraction > 0 ? `.${String(fraction).padStart(7, '0')}` : ''}`;
}

/** `dd/MM/yyyy HH:mm:ss` in UTC: an en-GB Duplicati host on UTC prints versions like this. */
export function versionStamp(date: Date): string {
  return `${pad2(date.getUTCDate())}/${pad2(date.getUTCMonth() + 1)}/${date.getUTCFullYear()} ${clockUtc(date)}`;
}

function runLog(option: string[] | number | undefined, begin: Date, end: Date, warnings: number, errors: number): string[] {
  if (Array.isArray(option)) return [...option];
  if (typeof option === 'number') {
    return Array.from({ length: option }, (_, i) => {
      const at = new Date(begin.getTime() + i * 1000);
      const phase = i % 2 === 0 ? 'Started' : 'Completed';
      const file = `duplicati-b${String(Math.floor(i / 2)).padStart(31, '0')}.dblock.zip.aes`;
      return logLine(at, TAG.backend, `Backend event: Put - ${phase}: ${file} (49.93 MB)`);
    });
  }
  const dlist = `duplicati-${compactUtc(begin)}.dlist.zip.aes`;
  return [
    logLine(begin, TAG.start, 'The operation Backup has started'),
    logLine(begin, TAG.backend, 'Backend event: List - Started:  ()'),
    logLine(begin, TAG.backend, 'Backend event: List - Completed:  (24.17 KB)'),
    ...Array.from({ length: warnings }, (_, i) =>
      logLine(begin, TAG.warning, `Failed to process path: /home/user/locked-file-${i + 1}.db`),
    ),
    ...Array.from({ length: errors }, (_, i) =>
      logLine(end, TAG.error, `Failed to upload file ${i + 1}: The remote server returned an error: (503) Server Unavailable.`),
    ),
    logLine(end, TAG.backend, `Backend event: Put - Started: ${dlist} (1.02 MB)`),
    logLine(end, TAG.backend, `Backend event: Put - Completed: ${dlist} (1.02 MB)`),
  ];
}

function retentionLog(versions: Date[] | undefined, toDelete: Date[], at: Date): string[] {
  if (!versions) return [];
  const newestFirst = [...versions].sort((a, b) => b.getTime() - a.getTime());
  return [
    logLine(at, `${TAG.retention}-StartCheck`, 'Start checking if backups can be removed'),
    logLine(
      at,
      `${TAG.retention}-FramesAndIntervals`,
      'Time frames and intervals pairs: 7.00:00:00 / 1.00:00:00, 28.00:00:00 / 7.00:00:00, 365.00:00:00 / 31.00:00:00',
    ),
    logLine(at, `${TAG.retention}-BackupList`, `Backups to consider: ${newestFirst.map(versionStamp).join(', ')}`),
    logLine(at, `${TAG.retention}-BackupsToDelete`, 'Backups outside of all time frames and thus getting deleted: '),
    logLine(at, `${TAG.retention}-AllBackupsToDelete`, `All backups to delete: ${toDelete.map(versionStamp).join(', ')}`),
    logLine(at, TAG.deleted, toDelete.length > 0 ? `Deleted ${toDelete.length} remote fileset(s)` : 'No remote filesets were deleted'),
  ];
}

/** `yyyy-MM-dd HH:mm:ss zz - [Level-Tag-Id]: message`, host time zone UTC (docs/compatibility/upload.md#log-lines). */
function logLine(at: Date, tag: string, message: string): string {
  return `${at.toISOString().slice(0, 10)} ${clockUtc(at)} +00 - [${tag}]: ${message}`;
}

function toDate(value: Date | string): Date {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? DEFAULTS.beginTime : date;
}

/** `2025-01-15T02:00:00.1230000Z`: .NET's round-trip UTC format. */
function dotNetUtc(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
}

/** `2025-01-15T02:00:00+00:00`: how `LastBackupDate` arrives (local time with offset, whole seconds). */
function dotNetOffset(date: Date): string {
  return `${date.toISOString().slice(0, 19)}+00:00`;
}

function compactUtc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function clockUtc(date: Date): string {
  return date.toISOString().slice(11, 19);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function applyOverrides<T>(target: Record<string, T>, overrides: Record<string, T | undefined>): void {
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete target[key];
    else target[key] = value;
  }
}
