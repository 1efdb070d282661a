import { availableVersionsJson } from './available-versions.ts';
import { parseDurationSeconds } from './duration.ts';
import { messagesSource, storedMessageArrays } from './message-arrays.ts';
import { createFieldReader, invalidValuesRejection } from './report-fields.ts';
import type { FieldReader } from './report-fields.ts';
import { DEFAULT_REPORT_LIMITS } from './report-limits.ts';
import { validateReport } from './report-validation.ts';
import type { AcceptedReport } from './report-validation.ts';
import { isObject, toFlag } from './report-values.ts';
import type { JsonObject } from './report-values.ts';
import { storedStatus } from './status.ts';
import { readNextScheduledRun } from '../schedule/planned-run.ts';
import { normaliseTimestamp } from './time.ts';
import type { ParseReportOptions, ReportParseResult, ReportedRun } from './types.ts';

/**
 * A Duplicati JSON report (docs/compatibility/upload.md#report-structure) → the row to store, or why it is refused (docs/compatibility/upload.md#validation-and-responses, then
 * ours: see report-validation.ts and report-fields.ts). Pure: the duplicate check (docs/compatibility/upload.md#duplicate-rule) and
 * the insert are the caller's. Throws RangeError only when `options.timeZone` is not a valid
 * IANA zone.
 */
export function parseDuplicatiReport(body: unknown, options: ParseReportOptions): ReportParseResult {
  const limits = { ...DEFAULT_REPORT_LIMITS, ...options.limits };
  const validated = validateReport(body, { timeZone: options.timeZone, now: options.now, limits });
  if (!validated.ok) return validated;

  const fields = createFieldReader(limits);
  const identity = readIdentity(validated.accepted.extra, fields);
  const columns = readColumns(validated.accepted, options.timeZone, fields);
  if (fields.problems.length > 0) return { ok: false, rejection: invalidValuesRejection(fields.problems) };

  // The costly part (LogLines can be megabytes) only for a report that is otherwise accepted.
  const { report, data } = validated.accepted;
  const run: ReportedRun = {
    serverId: identity.serverId,
    backupName: identity.backupName,
    backupId: identity.backupId,
    ...columns,
    ...storedMessageArrays(report, data),
    // Always written, "[]" when no retention-policy lines were found (docs/compatibility/upload.md#message-arrays, docs/compatibility/upload.md#available-versions).
    availableBackups: availableVersionsJson(messagesSource(report, data), options.timeZone, options.timeZoneIsExplicit ?? true),
  };
  const plannedNextRun = readNextScheduledRun(validated.accepted.extra['next-scheduled-run']);
  return { ok: true, report: { server: { id: identity.serverId, name: identity.serverName }, run, plannedNextRun } };
}

/** docs/compatibility/upload.md#extra-fields: the keys that name the server and the job; docs/compatibility/upload.md#validation-and-responses row 3 has made sure they are there. */
function readIdentity(extra: JsonObject, fields: FieldReader) {
  return {
    serverId: fields.identity('Extra.machine-id', extra['machine-id'], 'maxIdLength'),
    serverName: fields.identity('Extra.machine-name', extra['machine-name'], 'maxNameLength'),
    backupName: fields.identity('Extra.backup-name', extra['backup-name'], 'maxNameLength'),
    backupId: fields.identity('Extra.backup-id', extra['backup-id'], 'maxIdLength'),
  };
}

type RunColumns = Omit<
  ReportedRun,
  'serverId' | 'backupName' | 'backupId' | 'messagesArray' | 'warningsArray' | 'errorsArray' | 'availableBackups'
>;

/** Column mapping of docs/compatibility/upload.md#data-fields; validation guarantees the required dates and the duration are usable. */
function readColumns({ data }: AcceptedReport, timeZone: string, fields: FieldReader): RunColumns {
  const backend: JsonObject = isObject(data.BackendStatistics) ? data.BackendStatistics : {};
  const count = (name: string) => fields.count(`Data.${name}`, data[name]);
  const bytes = (name: string) => fields.bytes(`Data.${name}`, data[name]);
  const backendCount = (name: string) => fields.count(`Data.BackendStatistics.${name}`, backend[name]);
  const backendBytes = (name: string) => fields.bytes(`Data.BackendStatistics.${name}`, backend[name]);
  const backendText = (name: string) => fields.text(`Data.BackendStatistics.${name}`, backend[name]);

  const parsedResult = fields.text('Data.ParsedResult', data.ParsedResult) ?? '';
  const beginTime = requiredTime(data.BeginTime, timeZone);
  const warnings = count('WarningsActualLength');
  const errors = count('ErrorsActualLength');
  const sizeOfExaminedFiles = bytes('SizeOfExaminedFiles');

  return {
    date: beginTime,
    status: storedStatus(parsedResult, warnings),
    // A run whose clock stepped back while it ran reports a negative span; no length is stored.
    durationSeconds: Math.max(0, parseDurationSeconds(String(data.Duration)) ?? 0),
    size: sizeOfExaminedFiles,
    uploadedSize: backendBytes('BytesUploaded'),
    examinedFiles: count('ExaminedFiles'),
    warnings,
    errors,
    deletedFiles: count('DeletedFiles'),
    deletedFolders: count('DeletedFolders'),
    modifiedFiles: count('ModifiedFiles'),
    openedFiles: count('OpenedFiles'),
    addedFiles: count('AddedFiles'),
    sizeOfModifiedFiles: bytes('SizeOfModifiedFiles'),
    sizeOfAddedFiles: bytes('SizeOfAddedFiles'),
    sizeOfExaminedFiles,
    sizeOfOpenedFiles: bytes('SizeOfOpenedFiles'),
    notProcessedFiles: count('NotProcessedFiles'),
    addedFolders: count('AddedFolders'),
    tooLargeFiles: count('TooLargeFiles'),
    filesWithError: count('FilesWithError'),
    modifiedFolders: count('ModifiedFolders'),
    modifiedSymlinks: count('ModifiedSymlinks'),
    addedSymlinks: count('AddedSymlinks'),
    deletedSymlinks: count('DeletedSymlinks'),
    partialBackup: toFlag(data.PartialBackup),
    dryrun: toFlag(data.Dryrun),
    mainOperation: 'Backup',
    parsedResult,
    interrupted: toFlag(data.Interrupted),
    version: fields.text('Data.Version', data.Version),
    beginTime,
    endTime: requiredTime(data.EndTime, timeZone),
    warningsActualLength: warnings,
    errorsActualLength: errors,
    messagesActualLength: count('MessagesActualLength'),
    bytesDownloaded: backendBytes('BytesDownloaded'),
    knownFileSize: backendBytes('KnownFileSize'),
    lastBackupDate: normaliseTimestamp(backend.LastBackupDate, timeZone),
    backupListCount: backendCount('BackupListCount'),
    reportedQuotaError: toFlag(backend.ReportedQuotaError),
    reportedQuotaWarning: toFlag(backend.ReportedQuotaWarning),
    backendMainOperation: backendText('MainOperation'),
    backendParsedResult: backendText('ParsedResult'),
    backendInterrupted: toFlag(backend.Interrupted),
    backendVersion: backendText('Version'),
    backendBeginTime: normaliseTimestamp(backend.BeginTime, timeZone),
    // Stored raw, unlike Data.Duration (docs/compatibility/upload.md#data-fields).
    backendDuration: backendText('Duration'),
    backendWarningsActualLength: backendCount('WarningsActualLength'),
    backendErrorsActualLength: backendCount('ErrorsActualLength'),
  };
}

function requiredTime(value: unknown, timeZone: string): string {
  return normaliseTimestamp(value, timeZone) ?? '';
}
