/**
 * How duplistatus formats the values it fills into templates (docs/compatibility/notifications.md#template-variables): numbers, byte
 * sizes and dates with `Intl` in the template language, durations as "1h 2m 3s", relative times
 * as "2 days ago", tolerances as "2 hours".
 */
import type { TemplateLanguage } from './language.ts';
import { WORDS } from './translations.ts';

/**
 * Building an Intl formatter costs tens of microseconds, formatting with one almost nothing, and
 * every notification fills several values: each formatter is built once per language, zone and
 * options (a handful per process).
 */
const formatters = new Map<string, unknown>();

function formatter<T>(key: string, build: () => T): T {
  let found = formatters.get(key) as T | undefined;
  if (found === undefined) {
    found = build();
    formatters.set(key, found);
  }
  return found;
}

/** Throws a RangeError naming the zone when `Intl` does not know it, so a typo in `TZ` is caught where it is set. */
export function assertTimeZone(timeZone: string): void {
  try {
    formatter(`zone:${timeZone}`, () => new Intl.DateTimeFormat('en-GB', { timeZone }));
  } catch {
    throw new RangeError(`timeZone ${JSON.stringify(timeZone)} is not a time zone name Intl knows (e.g. "Europe/London", "UTC")`);
  }
}

/** The language's short date and short time in the zone ("30/11/2025, 19:05" in en-GB); '' for no date, as duplistatus. */
export function formatDateTime(at: Date | null, language: TemplateLanguage, timeZone: string): string {
  if (at === null || Number.isNaN(at.getTime())) return '';
  return formatter(
    `date:${language}:${timeZone}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short', timeZone }),
  ).format(at);
}

/** Whole number with the language's grouping ("1,234" / "1.234"); '0' for anything that is not a finite number. */
export function formatInteger(value: number | bigint, language: TemplateLanguage): string {
  const number = Number(value);
  if (!Number.isFinite(number)) return '0';
  return formatter(`integer:${language}`, () => new Intl.NumberFormat(language, { maximumFractionDigits: 0 })).format(number);
}

const BYTE_UNITS = ['Bytes', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'] as const;

/** Powers of 1024 with two decimals in the language's notation ("1.50 KB", "1,50 KB"); '0 Bytes' for zero or less. */
export function formatBytes(value: number | bigint, language: TemplateLanguage): string {
  const bytes = Number(value);
  if (!Number.isFinite(bytes) || bytes <= 0) return '0 Bytes';
  const exponent = Math.min(Math.floor(Math.log(bytes) / Math.log(1024)), BYTE_UNITS.length - 1);
  const scaled = bytes / 1024 ** exponent;
  const text = formatter(
    `bytes:${language}`,
    () => new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  ).format(scaled);
  return `${text} ${BYTE_UNITS[exponent]}`;
}

/** "1h 2m 3s", "2m 3s" or "3s" from whole seconds (fraction dropped); not translated, as duplistatus. */
export function formatDurationHuman(seconds: number): string {
  const whole = Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : 0;
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const secs = whole % 60;
  if (hours > 0) return `${hours}h ${minutes}m ${secs}s`;
  if (minutes > 0) return `${minutes}m ${secs}s`;
  return `${secs}s`;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/**
 * Time between `at` and `now` in the largest unit that fits (seconds, minutes, hours, days under a
 * week, weeks under 30 days, months under 365 days, then years), as duplistatus words it: in en-GB
 * exactly its English ("2 days ago", "in 3 hours", "1 year and 2 months ago", "just now" within
 * 15 s). duplistatus writes English whatever the template language; dupligraph words the other
 * languages with `Intl.RelativeTimeFormat` ("vor 2 Tagen") and gives whole years past a year.
 * '' for no date.
 */
export function formatRelativeTime(at: Date | null, now: Date, language: TemplateLanguage): string {
  if (at === null || Number.isNaN(at.getTime())) return '';
  const diff = Math.floor((now.getTime() - at.getTime()) / 1000);
  const future = diff < 0;
  const span = Math.abs(diff);
  if (language !== 'en-GB') return relativeWithIntl(span, future, language);
  if (span < 15) return 'just now';
  const [count, unit, months] = largestUnit(span);
  const text = unit === 'year' && months > 0 ? `${plural(count, 'year')} and ${plural(months, 'month')}` : plural(count, unit);
  return future ? `in ${text}` : `${text} ago`;
}

function largestUnit(span: number): [count: number, unit: Intl.RelativeTimeFormatUnitSingular, monthsBeyondYears: number] {
  if (span < MINUTE) return [span, 'second', 0];
  if (span < HOUR) return [Math.floor(span / MINUTE), 'minute', 0];
  if (span < DAY) return [Math.floor(span / HOUR), 'hour', 0];
  if (span < WEEK) return [Math.floor(span / DAY), 'day', 0];
  if (span < MONTH) return [Math.floor(span / WEEK), 'week', 0];
  if (span < YEAR) return [Math.floor(span / MONTH), 'month', 0];
  return [Math.floor(span / YEAR), 'year', Math.floor((span % YEAR) / MONTH)];
}

function relativeWithIntl(span: number, future: boolean, language: TemplateLanguage): string {
  if (span < 15) return formatter(`now:${language}`, () => new Intl.RelativeTimeFormat(language, { numeric: 'auto' })).format(0, 'second');
  const [count, unit] = largestUnit(span);
  return formatter(`relative:${language}`, () => new Intl.RelativeTimeFormat(language, { numeric: 'always' })).format(
    future ? count : -count,
    unit,
  );
}

/**
 * The tolerance as duplistatus labels its ten choices ("No tolerance", "5 min", "1 hour", "2 hours",
 * "1 day"), translated; other minute counts (a job's own tolerance) follow the same pattern:
 * whole days, else whole hours, else minutes.
 */
export function formatTolerance(minutes: number, language: TemplateLanguage): string {
  const words = WORDS[language];
  const whole = Number.isFinite(minutes) ? Math.max(0, Math.round(minutes)) : 0;
  if (whole === 0) return words.noTolerance;
  if (whole % 1440 === 0) return words.days(formatInteger(whole / 1440, language), whole === 1440);
  if (whole % 60 === 0) return words.hours(formatInteger(whole / 60, language), whole === 60);
  return words.minutes(formatInteger(whole, language));
}

/** `{status}`: the five statuses translated, anything else as stored. */
export function translateStatus(status: string, language: TemplateLanguage): string {
  const statuses = WORDS[language].statuses;
  return Object.hasOwn(statuses, status) ? statuses[status]! : status;
}
