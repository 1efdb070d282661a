/**
 * Timestamps are stored as text (docs/compatibility/upload.md#times): ISO-8601 with `Z` for everything taken from a
 * report, and SQLite's `CURRENT_TIMESTAMP` form `YYYY-MM-DD HH:MM:SS` (UTC, no zone marker, docs/compatibility/known-problems.md#time-zones vi)
 * for `created_at`. Both read back as the instant they mean.
 */
export function parseStoredTimestamp(text: string | null | undefined): Date | null {
  if (!text) return null;
  // Report times, the most read, are already in Date's own form.
  if (isIsoInstantText(text)) return new Date(text);
  const sqliteForm = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)$/.exec(text);
  const date = new Date(sqliteForm ? `${sqliteForm[1]}T${sqliteForm[2]}Z` : text);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Whether `text` is already what `Date#toISOString` prints for the instant it names
 * (`YYYY-MM-DDTHH:MM:SS.mmmZ`), so a stored report time can be served as it is, without making a
 * Date. Out-of-range fields (a 30 February, hour 24) are not: parsing rolls them over into another
 * day. Read character by character: every date of every run served goes through it twice (the
 * DateTime scalar, Backup.availableVersions), and a regular expression with its match array cost
 * more than the rest of serialising them.
 */
export function isIsoInstantText(text: string): boolean {
  if (text.length !== ISO_SHAPE.length) return false;
  for (let index = 0; index < ISO_SHAPE.length; index++) {
    const code = text.charCodeAt(index);
    const expected = ISO_SHAPE.charCodeAt(index);
    if (expected === ZERO ? code < ZERO || code > NINE : code !== expected) return false;
  }
  const year = numberAt(text, 0, 4);
  const month = numberAt(text, 5, 2);
  const day = numberAt(text, 8, 2);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    numberAt(text, 11, 2) <= 23 &&
    numberAt(text, 14, 2) <= 59 &&
    numberAt(text, 17, 2) <= 59
  );
}

const ZERO = 0x30;
const NINE = 0x39;
/** Each 0 stands for any digit (ASCII only, as `\d` without the `u` flag); the rest must be as shown. */
const ISO_SHAPE = '0000-00-00T00:00:00.000Z';

/** The decimal number of `length` digits at `start` (already checked to be digits). */
function numberAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let index = start; index < start + length; index++) value = value * 10 + (text.charCodeAt(index) - ZERO);
  return value;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1]!;
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
