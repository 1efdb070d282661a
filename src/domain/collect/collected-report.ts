/**
 * One entry of a Duplicati job's stored log (its LogData table) as the report an upload would have
 * carried. Duplicati writes each operation's result there as JSON (LocalDatabase.WriteResultsAndCommitAsync,
 * JsonFormatSerializer.SerializeResults): the `Data` object of a report, with `Messages`, `Warnings`
 * and `Errors` still in it, and no `Extra` or `LogLines`, which the identity below and
 * docs/compatibility/upload.md#collect make up for.
 */

export interface CollectedIdentity {
  serverId: string;
  serverName: string;
  backupName: string;
  /** Duplicati's backup id ("1"); reports name it "DB-1" (Duplicati's Runner sets backup-id so). */
  duplicatiBackupId: string;
}

export type CollectedEntry =
  | { kind: 'backup'; report: { Data: Record<string, unknown>; Extra: Record<string, string> } }
  /** A restore, repair, compact, … result, or a log line that is no result: not a backup run. */
  | { kind: 'other' }
  | { kind: 'unreadable'; reason: string };

export function reportBackupIdOf(duplicatiBackupId: string): string {
  return `DB-${duplicatiBackupId}`;
}

export function collectedEntry(entry: { type: string; message: string }, identity: CollectedIdentity): CollectedEntry {
  // Only results are JSON; Duplicati before 2.1 also kept plain log messages in this table.
  if (entry.type !== 'Result') return { kind: 'other' };
  let data: unknown;
  try {
    data = JSON.parse(entry.message);
  } catch {
    return { kind: 'unreadable', reason: 'its result is not JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { kind: 'unreadable', reason: 'its result is not a JSON object' };
  const result = data as Record<string, unknown>;
  // docs/compatibility/upload.md#collect: only backup operations are imported.
  if (result.MainOperation !== 'Backup') return { kind: 'other' };
  return {
    kind: 'backup',
    report: {
      Data: result,
      Extra: {
        'machine-id': identity.serverId,
        'machine-name': identity.serverName,
        'backup-name': identity.backupName,
        'backup-id': reportBackupIdOf(identity.duplicatiBackupId),
      },
    },
  };
}
