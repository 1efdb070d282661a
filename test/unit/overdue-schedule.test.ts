import { describe, expect, it } from 'vitest';
import {
  computeNextRun,
  expectedBackupAt,
  MAX_NEXT_RUN_STEPS,
  NextRunNotFoundError,
  parseInterval,
  recomputeNextExpected,
} from '../../src/domain/overdue/index.ts';

const at = (iso: string) => new Date(iso);
const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];
const MON_TO_FRI = [1, 2, 3, 4, 5];

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

/** One docs/compatibility/overdue.md#maintaining-the-next-expected-run recomputation for an existing job, as ISO text. */
function recompute(stored: string | null, latest: string, interval = '1D', allowedWeekdays = ALL_DAYS): string {
  return recomputeNextExpected({
    nextExpectedAt: stored === null ? null : at(stored),
    latestBackupAt: at(latest),
    interval: parseInterval(interval),
    allowedWeekdays,
    isNewJob: false,
  }).toISOString();
}

describe('recomputeNextExpected — the worked examples of docs/compatibility/overdue.md#worked-examples', () => {
  it('1. the first run of a new job defines the time of day (next expected one day later)', () => {
    const next = recomputeNextExpected({
      nextExpectedAt: null,
      latestBackupAt: at('2025-01-01T14:05:00Z'),
      interval: parseInterval('1D'),
      allowedWeekdays: ALL_DAYS,
      isNewJob: true,
    });
    expect(next.toISOString()).toBe('2025-01-02T14:05:00.000Z');
  });

  it('2. a late scheduled run keeps the schedule', () => {
    expect(recompute('2025-01-02T14:00:00Z', '2025-01-02T14:03:00Z')).toBe('2025-01-03T14:00:00.000Z');
  });

  it('3. a later manual run on the same day keeps the schedule', () => {
    expect(recompute('2025-01-03T14:00:00Z', '2025-01-03T22:00:00Z')).toBe('2025-01-04T14:00:00.000Z');
  });

  it('4. a run earlier than the expected time of day re-bases the schedule to that run', () => {
    expect(recompute('2025-01-04T14:00:00Z', '2025-01-04T13:59:00Z')).toBe('2025-01-05T13:59:00.000Z');
  });

  it('5. three missed days are caught up to the next slot after the latest run', () => {
    expect(recompute('2025-01-05T14:00:00Z', '2025-01-08T20:00:00Z')).toBe('2025-01-09T14:00:00.000Z');
  });

  it('6. a Monday-to-Friday job skips the weekend after a Friday run', () => {
    expect(recompute('2025-01-10T02:00:00Z', '2025-01-10T02:04:00Z', '1D', MON_TO_FRI)).toBe('2025-01-13T02:00:00.000Z');
  });

  it('7. a sub-day interval of 6h moves to the next slot the same day', () => {
    expect(recompute('2025-01-10T06:00:00Z', '2025-01-10T06:02:00Z', '6h')).toBe('2025-01-10T12:00:00.000Z');
  });

  it('8. a weekly interval moves one week on', () => {
    expect(recompute('2025-01-06T01:00:00Z', '2025-01-06T01:30:00Z', '1W')).toBe('2025-01-13T01:00:00.000Z');
  });

  it('9. a monthly interval from 31 January overflows to 3 March', () => {
    expect(recompute('2025-01-31T03:00:00Z', '2025-01-31T03:10:00Z', '1M')).toBe('2025-03-03T03:00:00.000Z');
  });

  it('10. a compound interval of 2h30m is applied as one step', () => {
    expect(recompute('2025-01-10T10:00:00Z', '2025-01-10T10:01:00Z', '2h30m')).toBe('2025-01-10T12:30:00.000Z');
  });
});

describe('recomputeNextExpected — other cases of docs/compatibility/overdue.md#maintaining-the-next-expected-run', () => {
  it('uses 1D on all days for a new job even when another interval and weekdays are given', () => {
    const next = recomputeNextExpected({
      nextExpectedAt: null,
      latestBackupAt: at('2025-01-10T02:04:00Z'), // Friday
      interval: parseInterval('6h'),
      allowedWeekdays: MON_TO_FRI,
      isNewJob: true,
    });
    expect(next.toISOString()).toBe('2025-01-11T02:04:00.000Z'); // Saturday: defaults apply
  });

  it('computes from the latest backup when an existing job has no stored time', () => {
    expect(recompute(null, '2025-01-10T10:00:00Z', '6h')).toBe('2025-01-10T16:00:00.000Z');
  });

  it('treats an invalid stored date like an empty one', () => {
    const next = recomputeNextExpected({
      nextExpectedAt: new Date('garbage'),
      latestBackupAt: at('2025-01-10T10:00:00Z'),
      interval: '1D',
      allowedWeekdays: ALL_DAYS,
      isNewJob: false,
    });
    expect(next.toISOString()).toBe('2025-01-11T10:00:00.000Z');
  });

  it('keeps the stored time of day when a forced recomputation sees no new backup', () => {
    expect(recompute('2025-01-11T14:00:00Z', '2025-01-10T14:02:00Z')).toBe('2025-01-11T14:00:00.000Z');
  });

  it('accepts the interval as stored text', () => {
    const next = recomputeNextExpected({
      nextExpectedAt: at('2025-01-10T10:00:00Z'),
      latestBackupAt: at('2025-01-10T10:01:00Z'),
      interval: '2h30m',
      allowedWeekdays: ALL_DAYS,
      isNewJob: false,
    });
    expect(next.toISOString()).toBe('2025-01-10T12:30:00.000Z');
  });

  it('falls back to the latest backup when the stored interval is invalid', () => {
    const next = recomputeNextExpected({
      nextExpectedAt: at('2025-01-10T10:00:00Z'),
      latestBackupAt: at('2025-01-10T10:01:00Z'),
      interval: 'every day',
      allowedWeekdays: ALL_DAYS,
      isNewJob: false,
    });
    expect(next.toISOString()).toBe('2025-01-10T10:01:00.000Z');
  });

  it('re-bases on the latest backup when the stored time is too far behind for the step cap', () => {
    // 1m steps from 40 days back need 57 600 steps > 50 000: next(latest, latest) is used instead.
    expect(recompute('2024-12-01T10:00:30Z', '2025-01-10T10:00:00Z', '1m')).toBe('2025-01-10T10:01:00.000Z');
  });

  it('falls back to the latest backup when no allowed weekday can be reached', () => {
    expect(recompute('2025-01-10T10:00:00Z', '2025-01-10T10:01:00Z', '1D', [9])).toBe('2025-01-10T10:01:00.000Z');
  });

  it('rejects an invalid latest backup date as a caller error', () => {
    expect(() =>
      recomputeNextExpected({
        nextExpectedAt: null,
        latestBackupAt: new Date(NaN),
        interval: '1D',
        allowedWeekdays: ALL_DAYS,
        isNewJob: false,
      }),
    ).toThrow(RangeError);
  });

  it('gives the same UTC result when the process runs in a DST time zone', () => {
    inTimeZone('Europe/London', () => {
      // GMT → BST on 2025-03-30: local arithmetic would land on 13:00Z.
      expect(recompute('2025-03-29T14:00:00Z', '2025-03-29T14:03:00Z')).toBe('2025-03-30T14:00:00.000Z');
      expect(recompute('2025-10-25T14:00:00Z', '2025-10-25T14:03:00Z')).toBe('2025-10-26T14:00:00.000Z');
    });
  });
});

describe('computeNextRun (docs/compatibility/overdue.md#next-run-function)', () => {
  const oneDay = parseInterval('1D');

  it('returns the base itself when it is at least one second after the last backup', () => {
    const next = computeNextRun(at('2025-01-10T10:00:00.000Z'), at('2025-01-10T10:00:01.000Z'), oneDay, []);
    expect(next.toISOString()).toBe('2025-01-10T10:00:01.000Z');
  });

  it('steps when the base is within one second of the last backup', () => {
    const next = computeNextRun(at('2025-01-10T10:00:00.000Z'), at('2025-01-10T10:00:00.999Z'), oneDay, []);
    expect(next.toISOString()).toBe('2025-01-11T10:00:00.999Z');
  });

  it('does not modify the dates it is given', () => {
    const base = at('2025-01-10T02:00:00Z');
    computeNextRun(at('2025-01-10T02:04:00Z'), base, oneDay, MON_TO_FRI);
    expect(base.toISOString()).toBe('2025-01-10T02:00:00.000Z');
  });

  it('moves a base on a disallowed day forward by whole days for a daily job', () => {
    // Base is a Saturday after the last backup: step 2 refuses it, step 3 keeps it, step 5 adds days.
    const next = computeNextRun(at('2025-01-10T02:04:00Z'), at('2025-01-11T02:00:00Z'), oneDay, MON_TO_FRI);
    expect(next.toISOString()).toBe('2025-01-13T02:00:00.000Z');
  });

  it('keeps stepping by the interval on a weekday-only job with a sub-day interval', () => {
    // Friday is not allowed; 6h steps from Friday 22:00 run through the weekend to Monday 04:00.
    const next = computeNextRun(at('2025-01-10T20:00:00Z'), at('2025-01-10T22:00:00Z'), parseInterval('6h'), [1]);
    expect(next.toISOString()).toBe('2025-01-13T04:00:00.000Z');
  });

  it('steps day by day for a weekly job whose day is not allowed', () => {
    // Monday 01:00 + 1W is a Monday; only Wednesdays allowed → the following Wednesday.
    const next = computeNextRun(at('2025-01-06T01:30:00Z'), at('2025-01-06T01:00:00Z'), parseInterval('1W'), [3]);
    expect(next.toISOString()).toBe('2025-01-15T01:00:00.000Z');
  });

  it('lands a monthly job from 31 January on 3 March and then on an allowed day', () => {
    const monthly = parseInterval('1M');
    expect(computeNextRun(at('2025-01-31T03:10:00Z'), at('2025-01-31T03:00:00Z'), monthly, []).toISOString()).toBe(
      '2025-03-03T03:00:00.000Z',
    ); // a Monday
    expect(computeNextRun(at('2025-01-31T03:10:00Z'), at('2025-01-31T03:00:00Z'), monthly, [5]).toISOString()).toBe(
      '2025-03-07T03:00:00.000Z',
    ); // the Friday after
  });

  it('allows exactly 50 000 interval steps', () => {
    const last = at('2025-01-10T00:00:00.000Z');
    const base = new Date(last.getTime() + 1_000 - MAX_NEXT_RUN_STEPS * 1_000 + 1);
    const next = computeNextRun(last, base, parseInterval('1s'), []);
    expect(next.getTime()).toBe(last.getTime() + 1_001);
  });

  it('throws a typed error when 50 000 steps are not enough', () => {
    const last = at('2025-01-10T00:00:00.000Z');
    const base = new Date(last.getTime() + 1_000 - MAX_NEXT_RUN_STEPS * 1_000);
    expect(() => computeNextRun(last, base, parseInterval('1s'), [])).toThrow(NextRunNotFoundError);
    expect(() => computeNextRun(last, base, parseInterval('1s'), [])).toThrow(/50000 times/);
  });

  it('throws a typed error when no allowed weekday exists', () => {
    const last = at('2025-01-10T00:00:00Z');
    expect(() => computeNextRun(last, last, parseInterval('1D'), [7])).toThrow(/within 8 days/);
    expect(() => computeNextRun(last, last, parseInterval('6h'), [7])).toThrow(/within 50000 steps/);
  });

  it('throws a typed error for invalid dates and for results beyond the date range', () => {
    const last = at('2025-01-10T00:00:00Z');
    expect(() => computeNextRun(new Date(NaN), last, parseInterval('1D'), [])).toThrow(NextRunNotFoundError);
    expect(() => computeNextRun(last, new Date(NaN), parseInterval('1D'), [])).toThrow(NextRunNotFoundError);
    expect(() => computeNextRun(last, last, parseInterval('300000Y'), [])).toThrow(NextRunNotFoundError);
  });
});

describe('expectedBackupAt (docs/compatibility/overdue.md#when-a-job-is-overdue)', () => {
  const base = {
    latestBackupAt: at('2025-01-08T20:00:00Z'),
    interval: '1D',
    allowedWeekdays: ALL_DAYS,
  };

  it('equals the stored time in the normal case', () => {
    expect(expectedBackupAt({ ...base, nextExpectedAt: at('2025-01-09T14:00:00Z') })?.toISOString()).toBe('2025-01-09T14:00:00.000Z');
  });

  it('moves a stale stored time past the latest backup', () => {
    expect(expectedBackupAt({ ...base, nextExpectedAt: at('2025-01-06T14:00:00Z') })?.toISOString()).toBe('2025-01-09T14:00:00.000Z');
  });

  it('is null without a stored time and shows the stored time when the interval is invalid', () => {
    expect(expectedBackupAt({ ...base, nextExpectedAt: null })).toBeNull();
    expect(expectedBackupAt({ ...base, nextExpectedAt: new Date(NaN) })).toBeNull();
    expect(expectedBackupAt({ ...base, interval: 'x', nextExpectedAt: at('2025-01-06T14:00:00Z') })?.toISOString()).toBe(
      '2025-01-06T14:00:00.000Z',
    );
  });
});
