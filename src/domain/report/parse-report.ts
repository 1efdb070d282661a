import { availableVersionsOf } from './available-versions.ts';
import { parseDurationSeconds } from './duration.ts';
import { messagesSource, storedMessageArrays } from './message-arrays.ts';
import { validateReport } from './report-validation.ts';
import type { AcceptedReport } from './report-validation.ts';
import { isObject, toByteCount, toCount, toFlag, toText } from './report-values.ts';
import type { JsonObject } from './report-values.ts';
import { storedStatus } from './status.ts';
import { normaliseTimestamp } from './time.ts';
import type { ParseReportOptions, ParsedReport, ReportParseResult } from './types.ts';

/**
 * A Duplicati JSON report (DOMAIN.md a.2) → the row to store, or the 400 answer (a.13).
 * Pure: the duplicate check (a.12) and the insert are the caller's.
 * Throws RangeError only when `options.timeZone` is not a valid IANA zone.
 */
export function parseDuplicatiReport(body: unknown, options: ParseReportOptions): ReportParseResult {
  const validated = validateReport(body, options.timeZone);
  if (!validated.ok) return validated;
  const report = toParsedReport(validated.accepted, options.timeZone);
  const outOfRange = outOfRangeFields(report.run);
  if (outOfRange.length > 0) {
    return {
      ok: false,
      rejection: {
        httpStatus: 400,
        body: {
          error: `Numbers out of range in the report: ${outOfRange.join(', ')} (counts up to ${INT_MAX}, byte sizes up to ${Number.MAX_SAFE_INTEGER})`,
          invalidFields: outOfRange,
        },
      },
    };
  }
  return { ok: true, report };
}

const INT_MAX = 2 ** 31 - 1;
const BYTES_MAX = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Counts are 32-bit columns and byte sizes must stay exact as JSON numbers (SafeInt): a value
 * past either is a broken or hostile report, answered with a 400 instead of failing the insert.
 */
function outOfRangeFields(run: ParsedReport['run']): string[] {
  return Object.entries(run)
    .filter(([field, value]) =>
      field === 'durationSeconds'
        ? false
        : typeof value === 'bigint'
          ? value > BYTES_MAX || value < -BYTES_MAX
          : typeof value === 'number' && Math.abs(value) > INT_MAX,
    )
    .map(([field]) => field);
}

/** Column mapping of a.3, a.4 and a.10; validation guarantees the required values are usable. */
function toParsedReport({ report, data, extra }: AcceptedReport, timeZone: string): ParsedReport {
  const backend: JsonObject = isObject(data.BackendStatistics) ? data.BackendStatistics : {};
  const serverId = requiredText(extra['machine-id']);
  const parsedResult = requiredText(data.ParsedResult);
  const beginTime = requiredTime(data.BeginTime, timeZone);
  const warnings = toCount(data.WarningsActualLength);
  const errors = toCount(data.ErrorsActualLength);
  const sizeOfExaminedFiles = toByteCount(data.SizeOfExaminedFiles);
  const messages = storedMessageArrays(report, data);

  return {
    server: { id: serverId, name: requiredText(extra['machine-name']) },
    run: {
      serverId,
      backupName: requiredText(extra['backup-name']),
      backupId: requiredText(extra['backup-id']),
      date: beginTime,
      status: storedStatus(parsedResult, warnings),
      durationSeconds: parseDurationSeconds(String(data.Duration)) ?? 0,
      size: sizeOfExaminedFiles,
      uploadedSize: toByteCount(backend.BytesUploaded),
      examinedFiles: toCount(data.ExaminedFiles),
      warnings,
      errors,
      ...messages,
      // Always written, "[]" when no retention-policy lines were found (a.10, a.11).
      availableBackups: JSON.stringify(availableVersionsOf(messagesSource(report, data), timeZone)),
      deletedFiles: toCount(data.DeletedFiles),
      deletedFolders: toCount(data.DeletedFolders),
      modifiedFiles: toCount(data.ModifiedFiles),
      openedFiles: toCount(data.OpenedFiles),
      addedFiles: toCount(data.AddedFiles),
      sizeOfModifiedFiles: toByteCount(data.SizeOfModifiedFiles),
      sizeOfAddedFiles: toByteCount(data.SizeOfAddedFiles),
      sizeOfExaminedFiles,
      sizeOfOpenedFiles: toByteCount(data.SizeOfOpenedFiles),
      notProcessedFiles: toCount(data.NotProcessedFiles),
      addedFolders: toCount(data.AddedFolders),
      tooLargeFiles: toCount(data.TooLargeFiles),
      filesWithError: toCount(data.FilesWithError),
      modifiedFolders: toCount(data.ModifiedFolders),
      modifiedSymlinks: toCount(data.ModifiedSymlinks),
      addedSymlinks: toCount(data.AddedSymlinks),
      deletedSymlinks: toCount(data.DeletedSymlinks),
      partialBackup: toFlag(data.PartialBackup),
      dryrun: toFlag(data.Dryrun),
      mainOperation: requiredText(data.MainOperation),
      parsedResult,
      interrupted: toFlag(data.Interrupted),
      version: toText(data.Version),
      beginTime,
      endTime: requiredTime(data.EndTime, timeZone),
      warningsActualLength: warnings,
      errorsActualLength: errors,
      messagesActualLength: toCount(data.MessagesActualLength),
      bytesDownloaded: toByteCount(backend.BytesDownloaded),
      knownFileSize: toByteCount(backend.KnownFileSize),
      lastBackupDate: normaliseTimestamp(backend.LastBackupDate, timeZone),
      backupListCount: toCount(backend.BackupListCount),
      reportedQuotaError: toFlag(backend.ReportedQuotaError),
      reportedQuotaWarning: toFlag(backend.ReportedQuotaWarning),
      backendMainOperation: toText(backend.MainOperation),
      backendParsedResult: toText(backend.ParsedResult),
      backendInterrupted: toFlag(backend.Interrupted),
      backendVersion: toText(backend.Version),
      backendBeginTime: normaliseTimestamp(backend.BeginTime, timeZone),
      // Stored raw, unlike Data.Duration (a.3).
      backendDuration: toText(backend.Duration),
      backendWarningsActualLength: toCount(backend.WarningsActualLength),
      backendErrorsActualLength: toCount(backend.ErrorsActualLength),
    },
  };
}

function requiredText(value: unknown): string {
  return toText(value) ?? '';
}

function requiredTime(value: unknown, timeZone: string): string {
  return normaliseTimestamp(value, timeZone) ?? '';
}
