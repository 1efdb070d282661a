import { namesImpossibleDay } from './calendar.ts';
import { wallClockToInstant } from './time-zone.ts';
import type { WallClock } from './time-zone.ts';

/**
 * `new Date(value).toISOString()` as duplistatus stores every report time (docs/compatibility/upload.md#times), but
 * with `timeZone` standing in for the process's local zone: a zone-less date-time such as
 * Duplicati's `0001-01-01T00:00:00` is read as wall-clock time there, exactly as JavaScript reads
 * it in local time (`0001-01-01T00:01:15.000Z` under Europe/London, whose LMT offset was -0:01:15).
 * Whatever JavaScript's Date cannot read gives null, as do absent and non-date values.
 *
 * Accepted values: strings (anything `Date.parse` accepts, except a day the month does not have,
 * which it would silently roll over), finite numbers (epoch ms) and Dates.
 */
export function normaliseTimestamp(value: unknown, timeZone: string): string | null {
  if (value instanceof Date) return isoOrNull(value.getTime());
  if (typeof value === 'number') return Number.isFinite(value) ? isoOrNull(value) : null;
  if (typeof value !== 'string' || value.length > MAX_DATE_TEXT_LENGTH) return null;

  const asJavaScriptReadsIt = Date.parse(value);
  if (Number.isNaN(asJavaScriptReadsIt) || namesImpossibleDay(value)) return null;
  const wall = zoneLessWallClock(value);
  return isoOrNull(wall ? wallClockToInstant(wall, timeZone) : asJavaScriptReadsIt);
}

/**
 * Longer than any date text a clock writes or JavaScript reads ("Tue Mar 04 2025 10:00:00
 * GMT+0100 (Central European Standard Time)" is 66): anything longer is not a date, and is not
 * worth parsing.
 */
const MAX_DATE_TEXT_LENGTH = 100;
const ISO_DATE_ONLY = /^[+-]?\d{4,6}(?:-\d{2}){0,2}$/;
const ISO_DATE_TIME = /^[+-]?\d{4,6}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?/;
const ISO_ZONE_SUFFIX = /^(?:[zZ]|[+-]\d{2}:?\d{2})$/;
/** Zone designators JavaScript's fallback parser reads: `Z`, `GMT…`, `UTC`, `EST`…, `+01:00` after a time. */
const LEGACY_ZONE = /\dZ$|\b(?:GMT|UTC|UT)\b|\b[ECMP][SD]T\b|:\d{2}(?:\.\d+)?\s*[+-]\d{2}(?::?\d{2})?\b/i;

/**
 * The wall clock written in `text` when JavaScript would read it in local time; undefined when
 * the text names its own zone or is a date-only ISO form (which JavaScript reads as UTC).
 * Re-parsing with an explicit UTC marker keeps every quirk of Date.parse (fraction truncation,
 * day overflow) while making the fields independent of the process TZ. For ISO texts the
 * decision is exact; for the non-ISO forms only Date.parse's fallback reads it is a best effort.
 */
function zoneLessWallClock(text: string): WallClock | undefined {
  if (ISO_DATE_ONLY.test(text)) return undefined;
  const isoDateTime = ISO_DATE_TIME.exec(text);
  if (isoDateTime) {
    const rest = text.slice(isoDateTime[0].length);
    if (rest === '') return utcFields(Date.parse(`${text}Z`));
    if (ISO_ZONE_SUFFIX.test(rest)) return undefined;
  }
  if (LEGACY_ZONE.test(text)) return undefined;
  return utcFields(Date.parse(`${text} UTC`));
}

function utcFields(epochMs: number): WallClock | undefined {
  if (Number.isNaN(epochMs)) return undefined;
  const utc = new Date(epochMs);
  return {
    year: utc.getUTCFullYear(),
    month: utc.getUTCMonth() + 1,
    day: utc.getUTCDate(),
    hour: utc.getUTCHours(),
    minute: utc.getUTCMinutes(),
    second: utc.getUTCSeconds(),
    millisecond: utc.getUTCMilliseconds(),
  };
}

function isoOrNull(epochMs: number): string | null {
  const date = new Date(epochMs);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
