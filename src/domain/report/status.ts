/** The statuses the application knows (docs/compatibility/upload.md#status-rule). */
export const BACKUP_STATUSES = ['Success', 'Unknown', 'Warning', 'Error', 'Fatal'] as const;
export type BackupStatus = (typeof BACKUP_STATUSES)[number];

/**
 * The `status` column: `ParsedResult` as reported, except that `Success` with warnings is stored
 * as `Warning` (docs/compatibility/upload.md#status-rule). Nothing else is remapped, not even `Error` with no errors; real Duplicati
 * already reports `Warning` whenever warnings exist, so the rule is defensive.
 */
export function storedStatus(parsedResult: string, warningsActualLength: number): string {
  return parsedResult === 'Success' && warningsActualLength > 0 ? 'Warning' : parsedResult;
}

/** How a stored status reads in status histories: any value outside the five is `Unknown` (docs/compatibility/upload.md#status-rule). */
export function knownStatus(stored: string): BackupStatus {
  return (BACKUP_STATUSES as readonly string[]).includes(stored) ? (stored as BackupStatus) : 'Unknown';
}
