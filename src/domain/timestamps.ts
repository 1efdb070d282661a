/**
 * Timestamps are stored as text (DOMAIN.md a.9): ISO-8601 with `Z` for everything taken from a
 * report, and SQLite's `CURRENT_TIMESTAMP` form `YYYY-MM-DD HH:MM:SS` (UTC, no zone marker, g.1 vi)
 * for `created_at`. Both read back as the instant they mean.
 */
export function parseStoredTimestamp(text: string | null | undefined): Date | null {
  if (!text) return null;
  const sqliteForm = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)$/.exec(text);
  const date = new Date(sqliteForm ? `${sqliteForm[1]}T${sqliteForm[2]}Z` : text);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function secondsBetween(earlier: Date, later: Date): number {
  return Math.floor((later.getTime() - earlier.getTime()) / 1000);
}
