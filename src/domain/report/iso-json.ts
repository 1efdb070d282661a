/**
 * `JSON.stringify(instants.map((t) => new Date(t).toISOString()))`, written straight into one
 * buffer. A report may list hundreds of thousands of versions; a Date and a string per version
 * cost more than the rest of its parsing together.
 */
export function isoTimestampsJson(instants: ArrayLike<number>): string {
  if (instants.length === 0) return '[]';
  const bytes = Buffer.allocUnsafe(instants.length * ELEMENT_LENGTH + 1);
  let at = 0;
  bytes[at++] = OPEN_BRACKET;
  for (let i = 0; i < instants.length; i++) {
    const instant = instants[i]!;
    // Years outside 0000–9999 are written with a sign and six digits: Date's own way.
    if (!(instant >= FIRST_FOUR_DIGIT_YEAR && instant < FIRST_FIVE_DIGIT_YEAR && Number.isInteger(instant))) {
      return JSON.stringify(Array.from(instants, (value) => new Date(value).toISOString()));
    }
    if (i > 0) bytes[at++] = COMMA;
    bytes[at++] = QUOTE;
    at = writeIso(bytes, at, instant);
    bytes[at++] = QUOTE;
  }
  bytes[at++] = CLOSE_BRACKET;
  return bytes.toString('latin1', 0, at);
}

const DAY_MS = 86_400_000;
/** `"2025-01-15T02:00:00.000Z",` */
const ELEMENT_LENGTH = 27;
const FIRST_FOUR_DIGIT_YEAR = startOfYear(0);
const FIRST_FIVE_DIGIT_YEAR = startOfYear(10_000);
const [OPEN_BRACKET, CLOSE_BRACKET, COMMA, QUOTE] = [0x5b, 0x5d, 0x2c, 0x22];

/** Not Date.UTC, which reads years 0–99 as 1900–1999. */
function startOfYear(year: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  return date.getTime();
}

/** Writes `YYYY-MM-DDTHH:mm:ss.sssZ` (24 bytes) for an instant in years 0000–9999. */
function writeIso(bytes: Buffer, start: number, instant: number): number {
  const days = Math.floor(instant / DAY_MS);
  let ms = instant - days * DAY_MS;
  const { year, month, day } = civilFromDays(days);
  let at = writeDigits(bytes, start, year, 4);
  bytes[at++] = 0x2d;
  at = writeDigits(bytes, at, month, 2);
  bytes[at++] = 0x2d;
  at = writeDigits(bytes, at, day, 2);
  bytes[at++] = 0x54;
  at = writeDigits(bytes, at, Math.floor(ms / 3_600_000), 2);
  ms %= 3_600_000;
  bytes[at++] = 0x3a;
  at = writeDigits(bytes, at, Math.floor(ms / 60_000), 2);
  ms %= 60_000;
  bytes[at++] = 0x3a;
  at = writeDigits(bytes, at, Math.floor(ms / 1000), 2);
  bytes[at++] = 0x2e;
  at = writeDigits(bytes, at, ms % 1000, 3);
  bytes[at++] = 0x5a;
  return at;
}

function writeDigits(bytes: Buffer, start: number, value: number, width: number): number {
  let rest = value;
  for (let i = width - 1; i >= 0; i--) {
    bytes[start + i] = 0x30 + (rest % 10);
    rest = Math.floor(rest / 10);
  }
  return start + width;
}

/** Year, month and day of a count of days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm). */
function civilFromDays(daysSinceEpoch: number): { year: number; month: number; day: number } {
  const z = daysSinceEpoch + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1_460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
