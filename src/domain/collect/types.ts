/**
 * What collect reads from a Duplicati server, as plain data behind plain functions: the HTTP client
 * (src/duplicati/client.ts) is one, a test's array another.
 */
export interface CollectSource {
  /** The address that answered, stored as the server's URL. */
  baseUrl: string;
  systemInfo(): Promise<{ machineName: string; machineId: string | null }>;
  backups(): Promise<CollectSourceBackup[]>;
  /** Every page of the job's stored log, newest entries first. */
  logPages(duplicatiBackupId: string): AsyncIterable<CollectSourceLogEntry[]>;
}

export interface CollectSourceBackup {
  id: string;
  name: string;
  /** Duplicati's ScheduleDto, or null for a job run by hand only. */
  schedule: unknown;
}

export interface CollectSourceLogEntry {
  id: number;
  type: string;
  message: string;
}

/** One job's outcome: processed (stored), skipped (already stored), errors (could not be stored). */
export interface CollectJobResult {
  backupName: string;
  duplicatiBackupId: string;
  processed: number;
  skipped: number;
  errors: number;
  /** Why entries failed, at most a few. */
  errorMessages: string[];
}

export interface CollectResult {
  collectId: string;
  serverId: string;
  serverName: string;
  serverCreated: boolean;
  baseUrl: string;
  jobs: CollectJobResult[];
  processed: number;
  skipped: number;
  errors: number;
  /** Jobs whose schedule was copied into monitoring (docs/compatibility/overdue.md#schedules-learnt-from-duplicati). */
  schedulesSynced: number;
  finishedAt: string;
}
