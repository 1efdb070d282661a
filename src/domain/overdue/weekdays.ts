/**
 * Allowed weekdays (docs/compatibility/overdue.md#where-settings-live): integers 0 = Sunday … 6 = Saturday, tested against the **UTC**
 * weekday (docs/compatibility/overdue.md#next-run-function, docs/compatibility/known-problems.md#time-zones ii). An empty list means every day is allowed. The `backup_jobs.allowed_weekdays`
 * column stores them as comma-separated text ("0,1,2,3,4,5,6").
 */

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const ALL_WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

export class InvalidWeekdaysError extends Error {
  override readonly name = 'InvalidWeekdaysError';
  constructor(
    readonly input: unknown,
    readonly reason: string,
  ) {
    super(`Invalid allowed weekdays ${typeof input === 'string' ? JSON.stringify(input) : String(input)}: ${reason}`);
  }
}

function isWeekday(value: unknown): value is Weekday {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6;
}

/**
 * Validates a list such as a GraphQL input or a duplistatus `allowedWeekDays` array. The result is
 * sorted and de-duplicated so equal sets compare and store identically.
 */
export function validateWeekdays(values: readonly unknown[]): Weekday[] {
  const days = new Set<Weekday>();
  for (const value of values) {
    if (!isWeekday(value)) {
      throw new InvalidWeekdaysError(
        `[${values.map(String).join(',')}]`,
        `${JSON.stringify(value) ?? String(value)} is not a weekday (whole numbers 0 = Sunday … 6 = Saturday)`,
      );
    }
    days.add(value);
  }
  return [...days].sort((a, b) => a - b);
}

/** Reads the text column. "" (or only spaces) is the empty list, i.e. all days. */
export function parseWeekdays(text: string): Weekday[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const days = new Set<Weekday>();
  for (const part of trimmed.split(',')) {
    const item = part.trim();
    const value = /^\d$/.test(item) ? Number(item) : NaN;
    if (!isWeekday(value)) {
      throw new InvalidWeekdaysError(
        text,
        `${JSON.stringify(item)} is not a weekday (whole numbers 0 = Sunday … 6 = Saturday, comma-separated)`,
      );
    }
    days.add(value);
  }
  return [...days].sort((a, b) => a - b);
}

/**
 * Writes the text column. The empty list stays "" rather than being widened to "0,…,6": both mean
 * all days (docs/compatibility/overdue.md#where-settings-live), and keeping the distinction lets a duplistatus `[]` round-trip unchanged.
 */
export function formatWeekdays(days: readonly number[]): string {
  return validateWeekdays(days).join(',');
}

/** docs/compatibility/overdue.md#next-run-function: weekday tests use the UTC weekday; an empty list allows every day. */
export function isWeekdayAllowed(allowed: readonly number[], date: Date): boolean {
  return allowed.length === 0 || allowed.includes(date.getUTCDay());
}
