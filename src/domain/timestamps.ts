/**
 * Timestamps are stored as text (docs/compatibility/upload.md#times): ISO-8601 with `Z` for everything taken from a
 * report, and SQLite's `CURRENT_TIMESTAMP` form `YYYY-MM-DD HH:MM:SS` (UTC, no zone marker, docs/compatibility/known-problems.md#time-zones vi)
 * for `created_at`. Both read back as the instant they mean.
 */
export function parseStoredTimestamp(text: string | null | undefined): Date | null {
  if (!text) return null;
  const sqliteForm = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)$/.exec(text);
  const date = new Date(sqliteForm ? `${sqliteForm[1]}T${sqliteForm[2]}Z` : text);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The largest GraphQL Int: 68 years in seconds. */
const MAX_AGE_SECONDS = 2 ** 31 - 1;

/**
 * Whole seconds from `since` to `now`, as an age: never negative (a run dated a little ahead by a
 * Duplicati host with a fast clock, or a future date in an adopted duplistatus database, is 0 s
 * old) and never past what a GraphQL Int holds (a year-1 date from a broken clock).
 */
export function ageInSeconds(since: Date, now: Date): number {
  const seconds = Math.floor((now.getTime() - since.getTime()) / 1000);
  if (!Number.isFinite(seconds)) return 0;
  return Math.min(Math.max(seconds, 0), MAX_AGE_SECONDS);
}
