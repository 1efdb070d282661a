/**
 * The expected-interval grammar of docs/compatibility/overdue.md#interval-grammar — the same syntax Duplicati uses for
 * `Schedule.Repeat`, so intervals learnt from Duplicati (docs/compatibility/overdue.md#schedules-learnt-from-duplicati) are stored verbatim.
 */

export type IntervalUnit = 's' | 'm' | 'h' | 'D' | 'W' | 'M' | 'Y';

export interface IntervalToken {
  readonly value: number;
  readonly unit: IntervalUnit;
}

export interface Interval {
  /** The text as it was parsed (outer whitespace removed); kept so a valid stored value round-trips unchanged. */
  readonly text: string;
  /** Tokens in written order: docs/compatibility/overdue.md#interval-grammar applies them in that order, which matters for months (31 Jan + 1M1D ≠ + 1D1M). */
  readonly tokens: readonly IntervalToken[];
}

export class InvalidIntervalError extends Error {
  override readonly name = 'InvalidIntervalError';
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`Invalid interval ${JSON.stringify(input)}: ${reason}`);
  }
}

export const INTERVAL_UNITS: readonly IntervalUnit[] = ['s', 'm', 'h', 'D', 'W', 'M', 'Y'];

const MS_PER_UNIT: Partial<Record<IntervalUnit, number>> = { s: 1_000, m: 60_000, h: 3_600_000 };

// docs/compatibility/overdue.md#next-run-function step 5: months count as 30 days and years as 365 days when deciding "at least one day".
const SECONDS_PER_UNIT: Record<IntervalUnit, number> = {
  s: 1,
  m: 60,
  h: 3_600,
  D: 86_400,
  W: 7 * 86_400,
  M: 30 * 86_400,
  Y: 365 * 86_400,
};

function positiveCount(digits: string, input: string): number {
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) throw new InvalidIntervalError(input, `the number ${digits} is too large`);
  if (value <= 0) throw new InvalidIntervalError(input, `the number ${digits} must be greater than zero`);
  return value;
}

function describeBadToken(rest: string, at: number): string {
  const digits = /^\d*/.exec(rest)?.[0] ?? '';
  const hint = 'expected tokens like "1D" or "2h30m" with units s, m, h, D, W, M, Y (case-sensitive)';
  if (digits.length === rest.length) return `the number ${digits} at the end has no unit; ${hint}`;
  const char = JSON.stringify(rest.charAt(digits.length));
  const position = at + digits.length + 1;
  return digits.length === 0
    ? `expected a number at position ${position} but found ${char}; ${hint}`
    : `unknown unit ${char} at position ${position}; ${hint}`;
}

/**
 * Parses docs/compatibility/overdue.md#interval-grammar: a plain integer is seconds, otherwise `<positive integer><unit>` tokens with
 * case-sensitive units. Any other character is rejected, as docs/compatibility/overdue.md#interval-grammar states (duplistatus's validator
 * does so too, though its parser alone would silently skip stray characters). Zero is rejected too — also for a
 * plain `"0"` — because a zero interval can never move the schedule forward (docs/compatibility/overdue.md#next-run-function would only fail
 * after its step cap).
 */
export function parseInterval(text: string): Interval {
  if (typeof text !== 'string') throw new InvalidIntervalError(String(text), 'an interval must be a string');
  // duplistatus trims before validating; inner whitespace stays invalid.
  const trimmed = text.trim();
  if (trimmed === '') throw new InvalidIntervalError(text, 'an interval cannot be empty');

  if (/^\d+$/.test(trimmed)) {
    return { text: trimmed, tokens: [{ value: positiveCount(trimmed, text), unit: 's' }] };
  }

  // Sticky (`y`) so every character must belong to a token; a fresh regex keeps no state between calls.
  const token = /(\d+)([smhDWMY])/y;
  const tokens: IntervalToken[] = [];
  while (token.lastIndex < trimmed.length) {
    const at = token.lastIndex;
    const match = token.exec(trimmed);
    if (!match) throw new InvalidIntervalError(text, describeBadToken(trimmed.slice(at), at));
    const [, digits = '', unit = ''] = match;
    tokens.push({ value: positiveCount(digits, text), unit: unit as IntervalUnit });
  }
  return { text: trimmed, tokens };
}

/** Non-throwing variant for stored values that may be invalid (docs/compatibility/overdue.md#periodic-check-and-reminders: such jobs are skipped). */
export function tryParseInterval(text: string | null | undefined): Interval | null {
  if (text === null || text === undefined) return null;
  try {
    return parseInterval(text);
  } catch (error) {
    if (error instanceof InvalidIntervalError) return null;
    throw error;
  }
}

/**
 * Adds the interval per docs/compatibility/overdue.md#interval-grammar: s/m/h are fixed milliseconds; D/W are UTC calendar days; M/Y are UTC
 * calendar months/years with JavaScript's overflow (31 Jan + 1M = 3 Mar). UTC everywhere because
 * duplistatus ≥ 1.4.1 does so (docs/compatibility/overdue.md#next-run-function) — local arithmetic drifted one hour across DST (docs/compatibility/known-problems.md#time-zones iii).
 * May return an Invalid Date when the result leaves JavaScript's date range; callers check.
 */
export function addInterval(date: Date, interval: Interval): Date {
  const result = new Date(date.getTime());
  for (const { value, unit } of interval.tokens) {
    switch (unit) {
      case 's':
      case 'm':
      case 'h':
        result.setTime(result.getTime() + value * (MS_PER_UNIT[unit] ?? 0));
        break;
      case 'D':
        result.setUTCDate(result.getUTCDate() + value);
        break;
      case 'W':
        result.setUTCDate(result.getUTCDate() + value * 7);
        break;
      case 'M':
        result.setUTCMonth(result.getUTCMonth() + value);
        break;
      case 'Y':
        result.setUTCFullYear(result.getUTCFullYear() + value);
        break;
    }
  }
  return result;
}

/**
 * docs/compatibility/overdue.md#next-run-function step 5 decides between day-by-day and interval stepping on this. Summed in whole seconds
 * (duplistatus sums fractional days, where e.g. "23h60m" could land a hair under 1).
 */
export function intervalIsAtLeastOneDay(interval: Interval): boolean {
  let seconds = 0;
  for (const { value, unit } of interval.tokens) seconds += value * SECONDS_PER_UNIT[unit];
  return seconds >= SECONDS_PER_UNIT.D;
}

/** Canonical token form, e.g. "2h30m"; a plain-seconds interval formats as "<n>s". */
export function formatInterval(interval: Interval): string {
  return interval.tokens.map(({ value, unit }) => `${value}${unit}`).join('');
}

export interface LegacyInterval {
  readonly expectedInterval: number;
  readonly intervalUnit: 'hour' | 'day';
}

/** Settings from duplistatus ≤ 0.7 (docs/compatibility/overdue.md#interval-grammar): `{expectedInterval: n, intervalUnit}` → "<n>h" / "<n>D". */
export function legacyIntervalToString(legacy: LegacyInterval): string {
  const { expectedInterval: n, intervalUnit } = legacy;
  const shown = `${String(n)} ${String(intervalUnit)}`;
  if (!Number.isSafeInteger(n) || n <= 0) {
    throw new InvalidIntervalError(shown, 'a legacy interval needs a positive whole number');
  }
  if (intervalUnit === 'hour') return `${n}h`;
  if (intervalUnit === 'day') return `${n}D`;
  throw new InvalidIntervalError(shown, `unknown legacy unit ${JSON.stringify(intervalUnit)} (expected "hour" or "day")`);
}
