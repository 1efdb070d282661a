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

const ISO_INSTANT_TEXT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{3}Z$/;

/**
 * Whether `text` is already what `Date#toISOString` prints for the instant it names, so a stored
 * report time can be served as it is, without making a Date. Out-of-range fields (a 30 February,
 * hour 24) are not: parsing rolls them over into another day.
 */
export function isIsoInstantText(text: string): boolean {
  const fields = ISO_INSTANT_TEXT.exec(text);
  if (!fields) return false;
  const [year, month, day, hour, minute, second] = fields.slice(1).map(Number) as [number, number, number, number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
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
