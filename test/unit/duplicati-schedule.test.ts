import { describe, expect, it } from 'vitest';
import {
  InvalidDuplicatiScheduleError,
  scheduleFromDuplicati,
  weekdaysFromDuplicati,
} from '../../src/domain/schedule/duplicati-schedule.ts';
import type { DuplicatiSchedule } from '../../src/domain/schedule/duplicati-schedule.ts';
import { intervalFromGap, learnedInterval, readNextScheduledRun } from '../../src/domain/schedule/planned-run.ts';
import { scheduleAfterRun } from '../../src/domain/schedule/schedule-after-run.ts';
import { mayReplaceSchedule } from '../../src/domain/schedule/schedule-source.ts';

const NOW = new Date('2025-06-01T00:00:00Z');
const schedule = (fields: Partial<DuplicatiSchedule>): DuplicatiSchedule => ({
  ID: 1,
  Tags: ['ID=1'],
  Time: '2025-01-02T14:00:00Z',
  Repeat: '1D',
  LastRun: '0001-01-01T00:00:00',
  Rule: '',
  AllowedDays: [],
  ...fields,
});

describe('scheduleFromDuplicati: a ScheduleDto as /api/v1/backups returns it (docs/compatibility/overdue.md#schedules-learnt-from-duplicati)', () => {
  it('takes Repeat verbatim, the weekdays of the Rule and the next run after LastRun', () => {
    const learned = scheduleFromDuplicati(
      schedule({
        Time: '2025-01-10T02:00:00Z',
        LastRun: '2025-01-10T02:00:04Z',
        Repeat: '1D',
        Rule: 'AllowedWeekDays=Monday,Tuesday,Wednesday,Thursday,Friday',
        AllowedDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      }),
      new Date('2025-01-10T08:00:00Z'),
    );
    expect(learned).toEqual({
      expectedInterval: '1D',
      allowedWeekdays: [1, 2, 3, 4, 5],
      nextExpectedAt: '2025-01-13T02:00:00.000Z', // Friday's run done: Monday
      lastRunAt: '2025-01-10T02:00:04.000Z',
    });
  });

  // docs/compatibility/overdue.md#worked-examples with the stored `time` as Schedule.Time and the latest run as LastRun:
  // Duplicati's own plan comes out the same, except that an early run does not re-base it (#4).
  const table: Array<[example: string, time: string, lastRun: string, repeat: string, days: string, next: string]> = [
    ['#2 late scheduled run', '2025-01-02T14:00:00Z', '2025-01-02T14:03:00Z', '1D', '', '2025-01-03T14:00:00.000Z'],
    ['#3 later manual run', '2025-01-03T14:00:00Z', '2025-01-03T22:00:00Z', '1D', '', '2025-01-04T14:00:00.000Z'],
    ['#4 earlier run: Duplicati keeps its time', '2025-01-04T14:00:00Z', '2025-01-04T13:59:00Z', '1D', '', '2025-01-04T14:00:00.000Z'],
    ['#5 three missed days', '2025-01-05T14:00:00Z', '2025-01-08T20:00:00Z', '1D', '', '2025-01-09T14:00:00.000Z'],
    [
      '#6 weekend skipped',
      '2025-01-10T02:00:00Z',
      '2025-01-10T02:04:00Z',
      '1D',
      'AllowedWeekDays=mon,tue,wed,thu,fri',
      '2025-01-13T02:00:00.000Z',
    ],
    ['#7 sub-day interval', '2025-01-10T06:00:00Z', '2025-01-10T06:02:00Z', '6h', '', '2025-01-10T12:00:00.000Z'],
    ['#8 weekly', '2025-01-06T01:00:00Z', '2025-01-06T01:30:00Z', '1W', '', '2025-01-13T01:00:00.000Z'],
    ['#9 month overflow', '2025-01-31T03:00:00Z', '2025-01-31T03:10:00Z', '1M', '', '2025-03-03T03:00:00.000Z'],
    ['#10 compound interval', '2025-01-10T10:00:00Z', '2025-01-10T10:01:00Z', '2h30m', '', '2025-01-10T12:30:00.000Z'],
  ];
  for (const [example, time, lastRun, repeat, rule, next] of table) {
    it(`example ${example}`, () => {
      const learned = scheduleFromDuplicati(schedule({ Time: time, LastRun: lastRun, Repeat: repeat, Rule: rule }), NOW);
      expect(learned.nextExpectedAt).toBe(next);
      expect(learned.expectedInterval).toBe(repeat);
      expect(learned.lastRunAt).toBe(new Date(lastRun).toISOString());
    });
  }

  it('starts a schedule that never ran at its own Time (LastRun of year 1 is "never")', () => {
    const learned = scheduleFromDuplicati(schedule({ Time: '2025-06-02T03:00:00Z', LastRun: '0001-01-01T00:00:00' }), NOW);
    expect(learned.nextExpectedAt).toBe('2025-06-02T03:00:00.000Z');
    expect(learned.lastRunAt).toBeNull();
    const withoutLastRun = scheduleFromDuplicati({ Time: '2025-06-02T03:00:00Z', Repeat: '1D' }, NOW);
    expect(withoutLastRun.nextExpectedAt).toBe('2025-06-02T03:00:00.000Z');
  });

  it('counts a LastRun ahead of the clock as now, as Duplicati recovers from clock drift', () => {
    const learned = scheduleFromDuplicati(schedule({ Time: '2025-05-30T02:00:00Z', LastRun: '2025-07-01T02:00:00Z' }), NOW);
    expect(learned.nextExpectedAt).toBe('2025-06-01T02:00:00.000Z');
  });

  it('reads the times Duplicati writes: with Z, with an offset, with a fraction, compact', () => {
    for (const time of [
      '2025-01-02T14:00:00Z',
      '2025-01-02T15:00:00+01:00',
      '2025-01-02T14:00:00.000Z',
      '20250102T140000Z',
      '2025-01-02T14:00:00',
    ]) {
      expect(scheduleFromDuplicati(schedule({ Time: time }), new Date('2025-01-01T00:00:00Z')).nextExpectedAt, time).toBe(
        '2025-01-02T14:00:00.000Z',
      );
    }
  });

  it('refuses what it cannot read, naming the field and why', () => {
    const fails = (fields: Partial<DuplicatiSchedule>) => {
      try {
        scheduleFromDuplicati(schedule(fields), NOW);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidDuplicatiScheduleError);
        return { field: (error as InvalidDuplicatiScheduleError).field, message: (error as Error).message };
      }
      throw new Error('no error');
    };
    expect(fails({ Repeat: '1 day' })).toMatchObject({
      field: 'Schedule.Repeat',
      message: expect.stringContaining('Invalid interval "1 day"'),
    });
    expect(fails({ Repeat: '' })).toMatchObject({ field: 'Schedule.Repeat' });
    expect(fails({ Time: 'tomorrow' })).toMatchObject({ field: 'Schedule.Time', message: expect.stringContaining('"tomorrow"') });
    expect(fails({ Time: '2025-02-30T02:00:00Z' })).toMatchObject({
      field: 'Schedule.Time',
      message: expect.stringContaining('not a real date'),
    });
    expect(fails({ Time: '0001-01-01T00:00:00' })).toMatchObject({ field: 'Schedule.Time' });
    expect(fails({ LastRun: 'yesterday' })).toMatchObject({ field: 'Schedule.LastRun' });
  });
});

describe('weekdaysFromDuplicati: AllowedWeekDays in the Rule, else AllowedDays', () => {
  it('reads full names and three-letter abbreviations in any case, and .NET day numbers', () => {
    expect(weekdaysFromDuplicati('AllowedWeekDays=Monday,Tuesday', undefined)).toEqual([1, 2]);
    expect(weekdaysFromDuplicati('allowedweekdays=sat,SUN', undefined)).toEqual([0, 6]);
    expect(weekdaysFromDuplicati('Other=1;AllowedWeekDays=Wednesday;More=2', undefined)).toEqual([3]);
    expect(weekdaysFromDuplicati('AllowedWeekDays=5', undefined)).toEqual([5]);
    expect(weekdaysFromDuplicati(undefined, ['mon', 'fri'])).toEqual([1, 5]);
    expect(weekdaysFromDuplicati('', ['Thursday'])).toEqual([4]);
  });

  it('drops unknown names; none known means every day', () => {
    expect(weekdaysFromDuplicati('AllowedWeekDays=Funday,Monday', undefined)).toEqual([1]);
    expect(weekdaysFromDuplicati('AllowedWeekDays=Funday', undefined)).toEqual([]);
    expect(weekdaysFromDuplicati(undefined, undefined)).toEqual([]);
    expect(scheduleFromDuplicati(schedule({ Rule: 'AllowedWeekDays=Funday' }), NOW).allowedWeekdays).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(scheduleFromDuplicati(schedule({ Rule: '', AllowedDays: [] }), NOW).allowedWeekdays).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('precedence of schedule sources', () => {
  it('by hand beats a sync beats a report; the same source replaces itself', () => {
    expect(mayReplaceSchedule('default', 'report', false).replace).toBe(true);
    expect(mayReplaceSchedule('report', 'report', false).replace).toBe(true);
    expect(mayReplaceSchedule('report', 'duplicati-sync', false).replace).toBe(true);
    expect(mayReplaceSchedule('duplicati-sync', 'report', false)).toMatchObject({ replace: false, reason: 'synced-from-duplicati' });
    expect(mayReplaceSchedule('manual', 'duplicati-sync', false)).toMatchObject({ replace: false, reason: 'set-by-hand' });
    expect(mayReplaceSchedule('manual', 'report', false)).toMatchObject({ replace: false, reason: 'set-by-hand' });
    expect(mayReplaceSchedule('duplicati-sync', 'manual', false).replace).toBe(true);
  });

  it('a job that follows Duplicati takes a sync or a report over anything', () => {
    expect(mayReplaceSchedule('manual', 'report', true).replace).toBe(true);
    expect(mayReplaceSchedule('duplicati-sync', 'report', true).replace).toBe(true);
    expect(mayReplaceSchedule('manual', 'duplicati-sync', true).replace).toBe(true);
  });
});

describe("a report's next-scheduled-run", () => {
  it('reads yyyyMMddTHHmmssZ and ignores anything else', () => {
    expect(readNextScheduledRun('20251125T020000Z')).toBe('2025-11-25T02:00:00.000Z');
    expect(readNextScheduledRun(' 20251125T020000Z ')).toBe('2025-11-25T02:00:00.000Z');
    for (const bad of [
      '20251325T020000Z',
      '20250230T020000Z',
      '20251125T250000Z',
      '2025-11-25T02:00:00Z',
      '20251125T020000',
      '',
      42,
      null,
    ]) {
      expect(readNextScheduledRun(bad), String(bad)).toBeNull();
    }
  });

  it('turns a gap between plans into an interval, whole days across a DST change', () => {
    const h = 3_600_000;
    expect(intervalFromGap(24 * h)).toBe('1D');
    expect(intervalFromGap(23 * h)).toBe('1D');
    expect(intervalFromGap(25 * h)).toBe('1D');
    expect(intervalFromGap(7 * 24 * h)).toBe('1W');
    expect(intervalFromGap(3 * 24 * h)).toBe('3D');
    expect(intervalFromGap(6 * h)).toBe('6h');
    expect(intervalFromGap(2.5 * h)).toBe('2h30m');
    expect(intervalFromGap(45 * 60_000)).toBe('45m');
    expect(intervalFromGap(90_500)).toBe('91');
    expect(intervalFromGap(0)).toBeNull();
  });

  it('learns only from the run the previous plan announced', () => {
    expect(learnedInterval('2025-01-10T02:00:00.000Z', '2025-01-10T02:00:05.000Z', '2025-01-11T02:00:00.000Z')).toBe('1D');
    expect(learnedInterval(null, '2025-01-10T02:00:05.000Z', '2025-01-11T02:00:00.000Z')).toBeNull();
    // The report of the 01-10 run was lost: the 01-11 run is a whole interval after the plan it saw.
    expect(learnedInterval('2025-01-10T02:00:00.000Z', '2025-01-11T02:00:05.000Z', '2025-01-12T02:00:00.000Z')).toBeNull();
  });

  it('sets the next expected run and the interval, unless a sync or a hand outranks reports', () => {
    const job = {
      nextExpectedAt: '2025-01-10T02:00:00.000Z',
      expectedInterval: '1D',
      allowedWeekdays: '0,1,2,3,4,5,6',
      scheduleSource: 'report',
      followDuplicati: false,
      plannedRunAt: '2025-01-10T02:00:00.000Z',
    };
    const run = { date: '2025-01-10T02:00:03.000Z', plannedNextRun: '2025-01-10T08:00:00.000Z' };
    expect(scheduleAfterRun(job, run, false)).toEqual({
      nextExpectedAt: '2025-01-10T08:00:00.000Z',
      expectedInterval: '6h',
      scheduleSource: 'report',
      plannedRunAt: '2025-01-10T08:00:00.000Z',
    });
    const manual = { ...job, scheduleSource: 'manual', plannedRunAt: null };
    expect(scheduleAfterRun(manual, run, false)).toEqual({
      nextExpectedAt: '2025-01-11T02:00:00.000Z',
      expectedInterval: '1D',
      scheduleSource: 'manual',
      plannedRunAt: null,
    });
    expect(scheduleAfterRun({ ...manual, followDuplicati: true }, run, false).nextExpectedAt).toBe('2025-01-10T08:00:00.000Z');
  });

  it('keeps a plan still ahead when a run without one (started by hand) comes first', () => {
    const job = {
      nextExpectedAt: '2025-01-11T02:00:00.000Z',
      expectedInterval: '1D',
      allowedWeekdays: '0,1,2,3,4,5,6',
      scheduleSource: 'report',
      followDuplicati: false,
      plannedRunAt: '2025-01-11T02:00:00.000Z',
    };
    // duplistatus's rule alone would re-base on the 01:00 run (docs/compatibility/overdue.md#worked-examples #4).
    expect(scheduleAfterRun(job, { date: '2025-01-11T01:00:00.000Z', plannedNextRun: null }, false).nextExpectedAt).toBe(
      '2025-01-11T02:00:00.000Z',
    );
    // Past the plan, the interval rules take over.
    expect(scheduleAfterRun(job, { date: '2025-01-11T02:00:04.000Z', plannedNextRun: null }, false).nextExpectedAt).toBe(
      '2025-01-12T02:00:00.000Z',
    );
  });
});
