/** Days in a month of the proleptic Gregorian calendar (JavaScript's); 0 for a month outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';

/** The ways a date text names year, month and day that JavaScript's Date.parse reads. */
const WRITTEN_DATES: ReadonlyArray<{
  pattern: RegExp;
  read: (m: RegExpExecArray) => [year: string | undefined, month: string, day: string];
}> = [
  // 2025-02-30, +002025-02-30T…, 2025-2-30
  { pattern: /^\s*([+-]?\d{4,6})-(\d{1,2})-(\d{1,2})(?!\d)/, read: (m) => [m[1], m[2]!, m[3]!] },
  // 2025/2/30
  { pattern: /^\s*(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/, read: (m) => [m[1], m[2]!, m[3]!] },
  // 2/30/2025: JavaScript reads slashed dates month first
  { pattern: /^\s*(\d{1,2})\/(\d{1,2})\/(\d{2,4})(?!\d)/, read: (m) => [m[3], m[1]!, m[2]!] },
  // Feb 30 2025, February 30, 2025
  { pattern: new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?!\\d)(?:\\D+?(\\d{4}))?`, 'i'), read: (m) => [m[3], m[1]!, m[2]!] },
  // 30 Feb 2025, Sun, 30 Feb 2025 10:00:00 GMT
  { pattern: new RegExp(`(?<!\\d)(\\d{1,2})\\s+${MONTH_NAME}(?:\\s+(\\d{4}))?`, 'i'), read: (m) => [m[3], m[2]!, m[1]!] },
];

/**
 * True when the text names a day its month does not have (30 February, 31 April). JavaScript's
 * Date.parse rolls such a day over into the next month instead of refusing it; no clock writes
 * one, so a report that does is refused rather than stored as another day.
 */
export function namesImpossibleDay(text: string): boolean {
  for (const { pattern, read } of WRITTEN_DATES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [year, month, day] = read(match);
    const monthNumber = /^\d+$/.test(month) ? Number(month) : MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
    // Without a year, 29 February is possible.
    const days = daysInMonth(year === undefined ? 2000 : Number(year), monthNumber);
    return days > 0 && Number(day) > days;
  }
  return false;
}
