/**
 * Wall-clock time in a named IANA zone ↔ instants, with Intl only. This is what
 * `new Date(y, m, d, …)` and zone-less `Date.parse` do in the process's local zone, made
 * independent of the process TZ so the zone can be configured (docs/compatibility/upload.md#times, docs/compatibility/upload.md#available-versions).
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
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetFormatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone: a configuration error, not a report error.
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, formatter);
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

/** `GMT`, `GMT+01:00`, `GMT-00:01:15` (local mean time has seconds): what `longOffset` writes. */
const GMT_OFFSET = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Exact offset of `timeZone` from UTC at `epochMs`, in ms, from Intl: the one costly step (~1 µs). */
function formattedOffsetAt(epochMs: number, timeZone: string): number {
  const text = offsetFormatterFor(timeZone).format(new Date(Math.floor(epochMs / 1000) * 1000));
  const match = GMT_OFFSET.exec(text);
  if (!match) throw new RangeError(`unexpected offset "${text}" for time zone ${timeZone}`);
  const [, sign, hours = '0', minutes = '0', seconds = '0'] = match;
  const magnitude = (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) * 1000;
  return sign === '-' ? -magnitude : magnitude;
}

/**
 * Per zone and UTC day, what Intl said: the offset at the day's start, and for a day on which it
 * changes, the instant of the change. A report can list hundreds of thousands of version stamps;
 * asking Intl for each (4–5 calls per stamp) made a 20 MB report take tens of seconds, where
 * this costs Intl one call per new day (and ~17 per day with a change). Stamps are limited to
 * 1900–2100, so a zone holds at most ~73,000 days; the bound only keeps a long-running process
 * from growing it through other paths.
 */
interface ZoneOffsets {
  dayStart: Map<number, number>;
  /** Days whose start and next day's start differ: the change, or null when it is not a single one. */
  changes: Map<number, OffsetChange | null>;
}
interface OffsetChange {
  at: number;
  before: number;
  after: number;
}
const offsetsByZone = new Map<string, ZoneOffsets>();
const MAX_CACHED_DAYS_PER_ZONE = 200_000;

function offsetsOf(timeZone: string): ZoneOffsets {
  let offsets = offsetsByZone.get(timeZone);
  if (!offsets) {
    offsets = { dayStart: new Map(), changes: new Map() };
    offsetsByZone.set(timeZone, offsets);
  }
  return offsets;
}

function remember<T>(map: Map<number, T>, day: number, value: T): T {
  if (map.size >= MAX_CACHED_DAYS_PER_ZONE) map.clear();
  map.set(day, value);
  return value;
}

function offsetAtDayStart(offsets: ZoneOffsets, day: number, timeZone: string): number {
  return offsets.dayStart.get(day) ?? remember(offsets.dayStart, day, formattedOffsetAt(day * DAY_MS, timeZone));
}

/**
 * Offset of `timeZone` from UTC at `epochMs`, in ms (local minus UTC; seconds matter for LMT).
 * When a UTC day and the next one start with the same offset, the day had no change (zones
 * change their offset at most a few times a year, never back and forth within a day), so one
 * value serves the whole day.
 */
function offsetAt(epochMs: number, timeZone: string): number {
  const offsets = offsetsOf(timeZone);
  const day = Math.floor(epochMs / DAY_MS);
  const atStart = offsetAtDayStart(offsets, day, timeZone);
  const atEnd = offsetAtDayStart(offsets, day + 1, timeZone);
  if (atStart === atEnd) return atStart;
  let change = offsets.changes.get(day);
  if (change === undefined) change = remember(offsets.changes, day, findChange(day, atStart, atEnd, timeZone));
  if (change === null) return formattedOffsetAt(epochMs, timeZone);
  return epochMs < change.at ? change.before : change.after;
}

/** The second at which the offset goes from `before` to `after` during `day`, by bisection. */
function findChange(day: number, before: number, after: number, timeZone: string): OffsetChange | null {
  let low = day * DAY_MS;
  let high = low + DAY_MS;
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    const offset = formattedOffsetAt(middle, timeZone);
    // A third offset: more than one change that day, which no zone has had; ask Intl every time.
    if (offset !== before && offset !== after) return null;
    if (offset === before) low = middle;
    else high = middle;
  }
  return { at: high, before, after };
}

/**
 * The instant a wall clock denotes in `timeZone`, resolved the way ECMAScript resolves local
 * time: a repeated hour (autumn) takes the earlier instant, a skipped hour (spring) is read with
 * the offset in force before the transition. So under Europe/London "2025-10-26 01:00:02" is
 * 00:00:02Z (README of the report fixtures, file 08) and "2025-03-30 01:30" is 01:30Z.
 * NaN when the wall clock lies at the edge of or outside the Date range.
 */
export function wallClockToInstant(wall: WallClock, timeZone: string): number {
  return instantOfLocalTime(wallClockAsUtc(wall), timeZone);
}

/** `wallClockToInstant` for a wall clock already given as epoch milliseconds read as UTC. */
export function instantOfLocalTime(localAsUtc: number, timeZone: string): number {
  if (!(Math.abs(localAsUtc) <= MAX_TIME_MS - 2 * DAY_MS)) return Number.NaN;
  const offsetBefore = offsetAt(localAsUtc - DAY_MS, timeZone);
  const offsetAfter = offsetAt(localAsUtc + DAY_MS, timeZone);
  const earlier = localAsUtc - offsetBefore;
  // Away from a transition both offsets agree: the common case, without allocations.
  if (offsetBefore === offsetAfter && offsetAt(earlier, timeZone) === offsetBefore) return earlier;
  const matching = [offsetBefore, offsetAfter]
    .map((offset) => ({ offset, instant: localAsUtc - offset }))
    .filter(({ offset, instant }) => offsetAt(instant, timeZone) === offset)
    .map(({ instant }) => instant);
  return matching.length > 0 ? Math.min(...matching) : earlier;
}

/** The wall clock shown in `timeZone` at `epochMs`, as epoch milliseconds read as UTC. */
export function localTimeAt(epochMs: number, timeZone: string): number {
  return epochMs + offsetAt(epochMs, timeZone);
}
