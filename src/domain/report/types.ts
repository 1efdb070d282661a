import type { ReportLimits } from './report-limits.ts';

/**
 * What one Duplicati report becomes: the columns of one `backups` row (prisma `Backup`, minus the
 * generated `id` and `createdAt`) plus the server identity the ingest needs to create the
 * `servers` row (docs/compatibility/upload.md#successful-ingest).
 */
export interface ReportedRun {
  serverId: string;
  backupName: string;
  backupId: string;
  date: string;
  status: string;
  durationSeconds: number;
  size: bigint;
  uploadedSize: bigint;
  examinedFiles: number;
  warnings: number;
  errors: number;
  messagesArray: string | null;
  warningsArray: string | null;
  errorsArray: string | null;
  availableBackups: string | null;
  deletedFiles: number;
  deletedFolders: number;
  modifiedFiles: number;
  openedFiles: number;
  addedFiles: number;
  sizeOfModifiedFiles: bigint;
  sizeOfAddedFiles: bigint;
  sizeOfExaminedFiles: bigint;
  sizeOfOpenedFiles: bigint;
  notProcessedFiles: number;
  addedFolders: number;
  tooLargeFiles: number;
  filesWithError: number;
  modifiedFolders: number;
  modifiedSymlinks: number;
  addedSymlinks: number;
  deletedSymlinks: number;
  partialBackup: boolean;
  dryrun: boolean;
  mainOperation: string;
  parsedResult: string;
  interrupted: boolean;
  version: string | null;
  beginTime: string;
  endTime: string;
  warningsActualLength: number;
  errorsActualLength: number;
  messagesActualLength: number;
  bytesDownloaded: bigint;
  knownFileSize: bigint;
  lastBackupDate: string | null;
  backupListCount: number;
  reportedQuotaError: boolean;
  reportedQuotaWarning: boolean;
  backendMainOperation: string | null;
  backendParsedResult: string | null;
  backendInterrupted: boolean;
  backendVersion: string | null;
  backendBeginTime: string | null;
  backendDuration: string | null;
  backendWarningsActualLength: number;
  backendErrorsActualLength: number;
}

export interface ParsedReport {
  /** `Extra.machine-id` and `Extra.machine-name`; the name is only used when the server is new. */
  server: { id: string; name: string };
  run: ReportedRun;
  /** `Extra.next-scheduled-run` (Duplicati ≥ 2.2, scheduled runs only) as ISO 8601 UTC; null when absent or unreadable. */
  plannedNextRun: string | null;
}

/** A top-level section of a report, named as in its JSON. */
export type ReportSection = 'Data' | 'Extra';

/**
 * Why a report is refused, one kind per check, in the order they run: docs/compatibility/upload.md#validation-and-responses rows 1–5,
 * then ours (src/domain/report/report-validation.ts, report-fields.ts). `message` says what is
 * wrong in words a Duplicati user can act on. Each transport renders it: /api/upload as
 * duplistatus's 400 bodies (src/http/upload-rejection.ts), Mutation.reportBackup as its typed error.
 */
export type ReportRejection =
  | { kind: 'not-a-backup'; message: string }
  | { kind: 'missing-section'; message: string; section: ReportSection }
  | { kind: 'missing-fields'; message: string; section: ReportSection; missingFields: string[] }
  | { kind: 'invalid-dates'; message: string; section: 'Data'; invalidFields: string[] }
  | { kind: 'future-dates'; message: string; section: 'Data'; invalidFields: string[]; maxFutureSeconds: number }
  | { kind: 'invalid-duration'; message: string; section: 'Data'; invalidFields: string[] }
  /** Values no Duplicati report carries; `invalidFields` are paths (`Data.ExaminedFiles`), in either section. */
  | { kind: 'invalid-values'; message: string; invalidFields: string[] };

export type ReportRejectionKind = ReportRejection['kind'];

export type ReportParseResult = { ok: true; report: ParsedReport } | { ok: false; rejection: ReportRejection };

export interface ParseReportOptions {
  /**
   * IANA zone of "the duplistatus server's local time": zone-less timestamps and the
   * retention-policy version stamps are read in it (docs/compatibility/upload.md#times, docs/compatibility/upload.md#available-versions). duplistatus's image uses
   * `Europe/London`.
   */
  timeZone: string;
  /**
   * False when `timeZone` is only the process's zone (REPORT_TIME_ZONE unset): version stamps are
   * then read in the offset their log line carries (the Duplicati host's), and `timeZone` only
   * reads lines without one (available-versions.ts). True or absent: `timeZone` reads them all,
   * as duplistatus does.
   */
  timeZoneIsExplicit?: boolean;
  /** This server's clock when the report arrived: runs dated too far after it are refused. */
  now: Date;
  /** Field lengths and the clock-skew margin; each one left out takes its default. */
  limits?: Partial<ReportLimits>;
}
