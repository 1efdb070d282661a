/**
 * How much of a report is believed (README, configuration). The defaults are far above anything
 * Duplicati sends, because a 4xx is final for Duplicati: it does not send the report again.
 */
export interface ReportLimits {
  /** `Extra.machine-id` and `Extra.backup-id`: Duplicati sends 32 hex digits and `DB-<n>`. */
  maxIdLength: number;
  /**
   * `Extra.machine-name`, `Extra.backup-name` (a host and a job name) and the short text fields
   * Duplicati fills itself (`ParsedResult`, `Version`, the `BackendStatistics` ones).
   */
  maxNameLength: number;
  /**
   * How far after this server's clock a run may start or end: Duplicati hosts with a clock a
   * little ahead are accepted, a run dated years ahead is refused (it would be the job's latest
   * run until then, and never overdue).
   */
  maxFutureSeconds: number;
}

export const DEFAULT_REPORT_LIMITS: ReportLimits = {
  maxIdLength: 1024,
  maxNameLength: 4096,
  maxFutureSeconds: 86_400,
};

/** The environment variables that set each limit, named in the answers that cite them. */
export const REPORT_LIMIT_SETTINGS: Record<keyof ReportLimits, string> = {
  maxIdLength: 'REPORT_MAX_ID_LENGTH',
  maxNameLength: 'REPORT_MAX_NAME_LENGTH',
  maxFutureSeconds: 'REPORT_MAX_FUTURE_SECONDS',
};
