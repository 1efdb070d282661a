import { wallClockAt, wallClockToInstant } from './time-zone.ts';

/**
 * One version stamp from a retention-policy log line → UTC ISO (`….000Z`), or null when it has
 * none of the accepted shapes or impossible values (DOMAIN.md a.11, duplistatus 1.4.1+).
 *
 * Duplicati prints `DateTime.ToString()` in the Duplicati host's culture and the offset is not
 * part of the stamp, so the components are read as wall-clock time in `timeZone` (the
 * duplistatus server's zone), not the host's: versions shift when the two zones differ (a.11).
 */
export function parseVersionTimestamp(text: string, timeZone: string): string | null {
  const stamp = text.trim().replace(/[\u00A0\u202F]/g, ' ');
  for (const shape of SHAPES) {
    const match = shape.pattern.exec(stamp);
    if (match) return toIso(shape.read(match.slice(1).map((g) => g ?? '')), timeZone);
  }
  return null;
}

interface Components {
  day: number;
  month: number;
  year: number;
  hour: number;
  minute: number;
  second: number;
}

interface Shape {
  pattern: RegExp;
  read: (groups: string[]) => Components;
}

/** Tried in this order; the first that matches decides, even when its values are then invalid. */
const SHAPES: readonly Shape[] = [
  // 1. yyyy-MM-dd H:mm:ss — ISO-like (sv-SE, en-CA)
  { pattern: /^(\d{4})-(\d{2})-(\d{2})\s+(\d{1,2}):(\d{2}):(\d{2})$/, read: yearFirst },
  // 2. yyyy.MM.dd H:mm:ss — zh, ja, hu
  { pattern: /^(\d{4})\.(\d{2})\.(\d{2})\s+(\d{1,2}):(\d{2}):(\d{2})$/, read: yearFirst },
  // 3. yyyy.MM.dd AM|PM h:mm:ss — ko-KR, the marker precedes the time
  {
    pattern: /^(\d{4})\.(\d{2})\.(\d{2})\s+(AM|PM)\s+(\d{1,2}):(\d{2}):(\d{2})$/i,
    read: ([y, mo, d, ampm, h, mi, s]) => components(d, mo, y, to24Hour(h, ampm), mi, s),
  },
  // 4. yyyy/MM/dd h:mm:ss AM|PM — es-MX
  {
    pattern: /^(\d{4})\/(\d{2})\/(\d{2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+(AM|PM)$/i,
    read: ([y, mo, d, h, mi, s, ampm]) => components(d, mo, y, to24Hour(h, ampm), mi, s),
  },
  // 5. d/M/yyyy H:mm:ss — en-GB, fr, it, es, pt-BR
  { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2}):(\d{2})$/, read: dayFirst },
  // 6. d/M/yyyy H.mm.ss — da, nb (dots between the time parts)
  { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2})\.(\d{2})\.(\d{2})$/, read: dayFirst },
  // 7. d.M.yyyy H:mm:ss — de, ru, tr, fi
  { pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2}):(\d{2}):(\d{2})$/, read: dayFirst },
  // 8. a/b/yyyy h:mm:ss AM|PM — en-US month-first or en-AU/en-IN day-first; a value above 12
  //    can only be the day, and when both fit, month-first wins (AM/PM is mostly en-US).
  {
    pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2}):(\d{2})\s+(AM|PM)$/i,
    read: ([a, b, y, h, mi, s, ampm]) => {
      const dayFirstOrder = Number(a) > 12;
      const [d, mo] = dayFirstOrder ? [a, b] : [b, a];
      return components(d, mo, y, to24Hour(h, ampm), mi, s);
    },
  },
];

function yearFirst([y, mo, d, h, mi, s]: string[]): Components {
  return components(d, mo, y, h, mi, s);
}

function dayFirst([d, mo, y, h, mi, s]: string[]): Components {
  return components(d, mo, y, h, mi, s);
}

function components(...fields: Array<string | number | undefined>): Components {
  const [day, month, year, hour, minute, second] = fields.map(Number) as [number, number, number, number, number, number];
  return { day, month, year, hour, minute, second };
}

function to24Hour(hour: string | undefined, meridiem: string | undefined): number {
  const h = Number(hour);
  const pm = meridiem?.toUpperCase() === 'PM';
  if (!pm && h === 12) return 0;
  if (pm && h !== 12) return h + 12;
  return h;
}

/**
 * Range checks as duplistatus does them (year 1900–2100, hour 0–23 after AM/PM conversion, …),
 * then the date must survive construction in the zone: no 31 April, no day pushed over midnight
 * by a skipped hour.
 */
function toIso(c: Components, timeZone: string): string | null {
  const inRange =
    c.day >= 1 && c.day <= 31 &&
    c.month >= 1 && c.month <= 12 &&
    c.year >= 1900 && c.year <= 2100 &&
    c.hour >= 0 && c.hour <= 23 &&
    c.minute >= 0 && c.minute <= 59 &&
    c.second >= 0 && c.second <= 59;
  if (!inRange) return null;

  const instant = wallClockToInstant({ ...c, millisecond: 0 }, timeZone);
  const local = wallClockAt(instant, timeZone);
  if (local.year !== c.year || local.month !== c.month || local.day !== c.day) return null;
  return new Date(instant).toISOString();
}
