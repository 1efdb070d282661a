/**
 * The API's one form for a duration: whole milliseconds, a SafeInt (exact up to about 285,000
 * years, where a 32-bit Int of milliseconds overflows after 24 days). Run lengths are stored as
 * fractional seconds and tolerances as whole minutes; these convert between them.
 */

export const MILLISECONDS_PER_MINUTE = 60_000;

/** Seconds (possibly fractional, as Data.Duration gives them) to the nearest whole millisecond. */
export function millisecondsFromSeconds(seconds: number): number {
  return Math.round(seconds * 1000);
}

export function millisecondsFromMinutes(minutes: number): number {
  return minutes * MILLISECONDS_PER_MINUTE;
}

/** Whole minutes in a span of milliseconds, or null when it is not a whole number of minutes. */
export function wholeMinutesIn(milliseconds: number): number | null {
  if (!Number.isSafeInteger(milliseconds) || milliseconds % MILLISECONDS_PER_MINUTE !== 0) return null;
  return milliseconds / MILLISECONDS_PER_MINUTE;
}
