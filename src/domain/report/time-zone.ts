/**
 * Wall-clock time in a named IANA zone ↔ instants, with Intl only. This is what
 * `new Date(y, m, d, …)` and zone-less `Date.parse` do in the process's local zone, made
 * independent of the process TZ so the zone can be configured (DOMAIN.md a.9, a.11).
 */

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const DAY_MS = 86_400_000;
/** The ECMAScript Date range, ±100,000,000 days around the epoch. */
const MAX_TIME_MS = 8.64e15;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone: a configuration error, not a report error.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Epoch milliseconds of a wall clock read as UTC (years 0–99 are not shifted to 19xx). */
export function wallClockAsUtc(wall: WallClock): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return date.getTime();
}

/** The wall clock shown in `timeZone` at `epochMs`. */
export function wallClockAt(epochMs: number, timeZone: string): WallClock {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(wholeSecond))) fields[part.type] = part.value;
  const yearOfEra = Number(fields.year);
  return {
    // Intl counts years before 1 AD by era ("1 BC" is astronomical year 0).
    year: fields.era === 'BC' || fields.era === 'B' ? 1 - yearOfEra : yearOfEra,
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
    millisecond: epochMs - wholeSecond,
  };
}

/** Offset of `timeZone` from UTC at `epochMs`, in ms (local minus UTC; seconds matter for LMT). */
function offsetAt(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return wallClockAsUtc({ ...wallClockAt(wholeSecond, timeZone), millisecond: 0 }) - wholeSecond;
}

/**
 * The instant a wall clock denotes in `timeZone`, resolved the way ECMAScript resolves local
 * time: a repeated hour (autumn) takes the earlier instant, a skipped hour (spring) is read with
 * the offset in force before the transition. So under Europe/London "2025-10-26 01:00:02" is
 * 00:00:02Z (README of the report fixtures, file 08) and "2025-03-30 01:30" is 01:30Z.
 * NaN when the wall clock lies at the edge of or outside the Date range.
 */
export function wallClockToInstant(wall: WallClock, timeZone: string): number {
  const asUtc = wallClockAsUtc(wall);
  if (!(Math.abs(asUtc) <= MAX_TIME_MS - 2 * DAY_MS)) return Number.NaN;
  const offsetBefore = offsetAt(asUtc - DAY_MS, timeZone);
  const offsetAfter = offsetAt(asUtc + DAY_MS, timeZone);
  const matching = [offsetBefore, offsetAfter]
    .map((offset) => ({ offset, instant: asUtc - offset }))
    .filter(({ offset, instant }) => offsetAt(instant, timeZone) === offset)
    .map(({ instant }) => instant);
  return matching.length > 0 ? Math.min(...matching) : asUtc - offsetBefore;
}
