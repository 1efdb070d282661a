import { describe, expect, it } from 'vitest';
import {
  addInterval,
  ALL_WEEKDAYS,
  formatInterval,
  formatWeekdays,
  intervalIsAtLeastOneDay,
  InvalidIntervalError,
  InvalidWeekdaysError,
  isWeekdayAllowed,
  legacyIntervalToString,
  parseInterval,
  parseWeekdays,
  tryParseInterval,
  validateWeekdays,
} from '../../src/domain/overdue/index.ts';

const at = (iso: string) => new Date(iso);
const add = (iso: string, interval: string) => addInterval(at(iso), parseInterval(interval)).toISOString();

/** Node re-reads TZ when it is assigned, so the UTC-only arithmetic can be checked under a DST zone. */
function inTimeZone(zone: string, body: () => void): void {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    body();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}

describe('parseInterval (docs/compatibility/overdue.md#interval-grammar)', () => {
  it('reads a plain integer as seconds', () => {
    expect(parseInterval('3600').tokens).toEqual([{ value: 3600, unit: 's' }]);
  });

  it('reads concatenated tokens in written order', () => {
    expect(parseInterval('1D2h30m').tokens).toEqual([
      { value: 1, unit: 'D' },
      { value: 2, unit: 'h' },
      { value: 30, unit: 'm' },
    ]);
  });

  it('accepts every unit letter', () => {
    for (const unit of ['s', 'm', 'h', 'D', 'W', 'M', 'Y']) {
      expect(parseInterval(`2${unit}`).tokens).toEqual([{ value: 2, unit }]);
    }
  });

  it('keeps the text and ignores outer whitespace as duplistatus does', () => {
    const interval = parseInterval('  1W ');
    expect(interval.text).toBe('1W');
    expect(interval.tokens).toEqual([{ value: 1, unit: 'W' }]);
  });

  it.each([
    ['', 'cannot be empty'],
    ['   ', 'cannot be empty'],
    ['1d', 'unknown unit "d"'],
    ['1H', 'unknown unit "H"'],
    ['D', 'expected a number at position 1'],
    ['1D 2h', 'expected a number at position 3 but found " "'],
    ['1D2', 'the number 2 at the end has no unit'],
    ['1.5h', 'unknown unit "."'],
    ['-1D', 'expected a number at position 1 but found "-"'],
    ['1Dx', 'expected a number at position 3 but found "x"'],
    ['0D', 'must be greater than zero'],
    ['1D0h', 'must be greater than zero'],
    ['0', 'must be greater than zero'],
    ['99999999999999999999D', 'too large'],
  ])('rejects %j with a message saying why', (text, reason) => {
    expect(() => parseInterval(text)).toThrow(InvalidIntervalError);
    expect(() => parseInterval(text)).toThrow(reason);
  });

  it('names the offending input in the error', () => {
    try {
      parseInterval('1x');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidIntervalError);
      expect((error as InvalidIntervalError).input).toBe('1x');
      expect((error as Error).message).toMatch(/^Invalid interval "1x": /);
    }
  });

  it('tryParseInterval returns null instead of throwing', () => {
    expect(tryParseInterval('nope')).toBeNull();
    expect(tryParseInterval('')).toBeNull();
    expect(tryParseInterval(null)).toBeNull();
    expect(tryParseInterval(undefined)).toBeNull();
    expect(tryParseInterval('6h')?.tokens).toEqual([{ value: 6, unit: 'h' }]);
  });
});

describe('formatInterval', () => {
  it('writes the canonical token form', () => {
    expect(formatInterval(parseInterval('2h30m'))).toBe('2h30m');
    expect(formatInterval(parseInterval('01D'))).toBe('1D');
  });

  it('writes plain seconds with an explicit unit', () => {
    expect(formatInterval(parseInterval('3600'))).toBe('3600s');
  });

  it('round-trips through parseInterval', () => {
    for (const text of ['1D', '1W', '1M', '1Y', '45s', '1Y2M3W4D5h6m7s']) {
      expect(formatInterval(parseInterval(formatInterval(parseInterval(text))))).toBe(text);
    }
  });
});

describe('addInterval', () => {
  it('adds seconds, minutes and hours as fixed milliseconds', () => {
    expect(add('2025-01-10T10:00:00.000Z', '90')).toBe('2025-01-10T10:01:30.000Z');
    expect(add('2025-01-10T10:00:00.000Z', '2h30m')).toBe('2025-01-10T12:30:00.000Z');
  });

  it('adds days and weeks as UTC calendar days', () => {
    expect(add('2025-01-31T23:30:00.000Z', '1D')).toBe('2025-02-01T23:30:00.000Z');
    expect(add('2025-01-06T01:00:00.000Z', '2W')).toBe('2025-01-20T01:00:00.000Z');
  });

  it('overflows months like JavaScript: 31 January + 1M is 3 March', () => {
    expect(add('2025-01-31T03:00:00.000Z', '1M')).toBe('2025-03-03T03:00:00.000Z');
    expect(add('2024-01-31T03:00:00.000Z', '1M')).toBe('2024-03-02T03:00:00.000Z');
    expect(add('2025-03-31T03:00:00.000Z', '1M')).toBe('2025-05-01T03:00:00.000Z');
  });

  it('overflows 29 February + 1Y to 1 March', () => {
    expect(add('2024-02-29T12:00:00.000Z', '1Y')).toBe('2025-03-01T12:00:00.000Z');
  });

  it('applies tokens in written order, which matters around month ends', () => {
    expect(add('2025-01-31T00:00:00.000Z', '1M1D')).toBe('2025-03-04T00:00:00.000Z');
    expect(add('2025-01-31T00:00:00.000Z', '1D1M')).toBe('2025-03-01T00:00:00.000Z');
  });

  it('does not modify the date it is given', () => {
    const date = at('2025-01-10T10:00:00.000Z');
    addInterval(date, parseInterval('1D'));
    expect(date.toISOString()).toBe('2025-01-10T10:00:00.000Z');
  });

  it('keeps the UTC time of day across a DST change of the process time zone', () => {
    inTimeZone('Europe/London', () => {
      expect(new Date('2025-03-29T14:00:00.000Z').getHours()).toBe(14); // GMT
      expect(add('2025-03-29T14:00:00.000Z', '1D')).toBe('2025-03-30T14:00:00.000Z');
      expect(add('2025-10-25T14:00:00.000Z', '1W')).toBe('2025-11-01T14:00:00.000Z');
      expect(add('2025-03-15T14:00:00.000Z', '1M')).toBe('2025-04-15T14:00:00.000Z');
    });
  });
});

describe('intervalIsAtLeastOneDay (docs/compatibility/overdue.md#next-run-function step 5)', () => {
  it.each([
    ['1D', true],
    ['24h', true],
    ['23h60m', true],
    ['1440m', true],
    ['86400', true],
    ['1W', true],
    ['1M', true],
    ['1Y', true],
    ['23h59m59s', false],
    ['86399', false],
    ['6h', false],
    ['2h30m', false],
  ])('%s → %s', (text, expected) => {
    expect(intervalIsAtLeastOneDay(parseInterval(text))).toBe(expected);
  });
});

describe('legacyIntervalToString (docs/compatibility/overdue.md#interval-grammar, settings ≤ 0.7)', () => {
  it('converts hours and days', () => {
    expect(legacyIntervalToString({ expectedInterval: 12, intervalUnit: 'hour' })).toBe('12h');
    expect(legacyIntervalToString({ expectedInterval: 1, intervalUnit: 'day' })).toBe('1D');
  });

  it('rejects a non-positive or fractional count and an unknown unit', () => {
    expect(() => legacyIntervalToString({ expectedInterval: 0, intervalUnit: 'day' })).toThrow(InvalidIntervalError);
    expect(() => legacyIntervalToString({ expectedInterval: 1.5, intervalUnit: 'hour' })).toThrow(InvalidIntervalError);
    expect(() => legacyIntervalToString({ expectedInterval: 1, intervalUnit: 'week' as unknown as 'day' })).toThrow(
      /unknown legacy unit "week"/,
    );
  });
});

describe('allowed weekdays (docs/compatibility/overdue.md#where-settings-live)', () => {
  it('parses the stored text column', () => {
    expect(parseWeekdays('0,1,2,3,4,5,6')).toEqual([...ALL_WEEKDAYS]);
    expect(parseWeekdays('1,2,3,4,5')).toEqual([1, 2, 3, 4, 5]);
    expect(parseWeekdays(' 5, 1 ,3 ')).toEqual([1, 3, 5]);
    expect(parseWeekdays('6,6,0')).toEqual([0, 6]);
  });

  it('reads an empty column as the empty list, which allows every day', () => {
    expect(parseWeekdays('')).toEqual([]);
    expect(isWeekdayAllowed([], at('2025-01-11T00:00:00Z'))).toBe(true);
  });

  it.each(['7', '-1', '1,,2', 'Mon', '1.0', '1;2', '12'])('rejects %j with a typed error', (text) => {
    expect(() => parseWeekdays(text)).toThrow(InvalidWeekdaysError);
  });

  it('formats a list sorted and without duplicates', () => {
    expect(formatWeekdays([5, 1, 3, 1])).toBe('1,3,5');
    expect(formatWeekdays([...ALL_WEEKDAYS])).toBe('0,1,2,3,4,5,6');
    expect(formatWeekdays([])).toBe('');
  });

  it('validates input lists and names the bad value', () => {
    expect(validateWeekdays([3, 0])).toEqual([0, 3]);
    expect(() => validateWeekdays([1, 7])).toThrow(/7 is not a weekday/);
    expect(() => validateWeekdays([1.5])).toThrow(InvalidWeekdaysError);
    expect(() => validateWeekdays(['1'])).toThrow(InvalidWeekdaysError);
    expect(() => formatWeekdays([-1])).toThrow(InvalidWeekdaysError);
  });

  it('tests the UTC weekday, not the local one (docs/compatibility/known-problems.md#time-zones ii)', () => {
    inTimeZone('Pacific/Auckland', () => {
      // Friday 23:30 UTC is already Saturday in Auckland.
      const fridayLateUtc = at('2025-01-10T23:30:00Z');
      expect(fridayLateUtc.getDay()).toBe(6);
      expect(isWeekdayAllowed([5], fridayLateUtc)).toBe(true);
      expect(isWeekdayAllowed([6], fridayLateUtc)).toBe(false);
    });
  });
});
