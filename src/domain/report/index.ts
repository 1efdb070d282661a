export { extractAvailableVersions } from './available-versions.ts';
export { formatDurationHms, parseDurationSeconds } from './duration.ts';
export { parseDuplicatiReport } from './parse-report.ts';
export { DEFAULT_REPORT_LIMITS, REPORT_LIMIT_SETTINGS } from './report-limits.ts';
export type { ReportLimits } from './report-limits.ts';
export { BACKUP_STATUSES, knownStatus, storedStatus } from './status.ts';
export type { BackupStatus } from './status.ts';
export { normaliseTimestamp } from './time.ts';
export { parseVersionTimestamp } from './version-timestamp.ts';
export type {
  ParseReportOptions,
  ParsedReport,
  ReportedRun,
  ReportParseResult,
  ReportRejection,
  ReportRejectionKind,
  ReportSection,
} from './types.ts';
