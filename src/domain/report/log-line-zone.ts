/**
 * Duplicati writes every log line as `{When.ToLocalTime():yyyy-MM-dd HH:mm:ss zz} - [Tag]: text`
 * (duplicati/duplicati `Duplicati/Library/Logging/LogEntry.cs`), e.g.
 * `2025-11-25 02:00:00 +01 - [Information-…RetentionPolicy-BackupList]: Backups to consider: …`.
 * `zz` is the host's UTC offset at that moment, in whole hours with a sign (a +05:30 host
 * writes `+05`, a −03:30 one `-03`).
 */
const LOG_LINE_PREFIX = /^\s*"?\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} ([+-])(\d{2}) - /;

/** The most whole hours an IANA `Etc/GMT` zone names on either side (Etc/GMT-14 … Etc/GMT+12). */
const EAST_LIMIT = 14;
const WEST_LIMIT = 12;

/**
 * The zone of a log line's prefix as an IANA fixed-offset zone, or null when the line has no
 * prefix (or an offset no zone has). `Etc/GMT` zones count the other way round: UTC+1 is
 * `Etc/GMT-1`.
 */
export function zoneOfLogLine(line: string): string | null {
  const match = LOG_LINE_PREFIX.exec(line);
  if (!match) return null;
  const hours = Number(match[2]);
  const east = match[1] === '+';
  if (hours === 0) return 'Etc/GMT';
  if (hours > (east ? EAST_LIMIT : WEST_LIMIT)) return null;
  return `Etc/GMT${east ? '-' : '+'}${hours}`;
}
