import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NOTIFICATION_LEVEL,
  DEFAULT_OVERDUE_TOLERANCE,
  DEFAULT_REMINDER_FREQUENCY,
  DEFAULT_TOLERANCE_MINUTES,
  isOverdue,
  minutesToTolerance,
  OVERDUE_TOLERANCES,
  overdueDeadline,
  parseInterval,
  parseNotificationLevel,
  parseOverdueTolerance,
  parseReminderFrequency,
  recomputeNextExpected,
  resolveToleranceMinutes,
  shouldAnnounceRun,
  shouldSendOverdueReminder,
  toleranceToMinutes,
  type NotificationLevel,
  type ReminderFrequency,
} from '../../src/domain/overdue/index.ts';

const at = (iso: string) => new Date(iso);
const FIVE_MINUTES = 5 * 60_000;

/** A job's stored overdue state, as the checker would keep it in `backup_jobs`. */
interface JobState {
  nextExpectedAt: Date;
  latestBackupAt: Date;
  lastReminderAt: Date | null;
}

/**
 * One run of the periodic check (docs/compatibility/overdue.md#periodic-check-and-reminders) for one job at the injected instant `now`: if the job is
 * overdue and throttling allows it, "send" and remember `now` as the last notification.
 */
function checkOnce(job: JobState, now: Date, toleranceMinutes: number, frequency: ReminderFrequency): boolean {
  const overdue = isOverdue({
    now,
    nextExpectedAt: job.nextExpectedAt,
    toleranceMinutes,
    checkEnabled: true,
    hasBackups: true,
  });
  if (!overdue) return false;
  if (!shouldSendOverdueReminder({ now, lastReminderAt: job.lastReminderAt, latestBackupAt: job.latestBackupAt, frequency })) {
    return false;
  }
  job.lastReminderAt = now;
  return true;
}

/**
 * Runs the check every 5 minutes from `from` (inclusive) to `to` (exclusive). Each run starts a few
 * milliseconds after its slot, as a real cron job does; `startLag(slot)` says how many.
 * Returns the instants at which a notification was sent.
 */
function runCron(
  job: JobState,
  options: { from: string; to: string; toleranceMinutes?: number; frequency: ReminderFrequency; startLag?: (slot: Date) => number },
): string[] {
  const { toleranceMinutes = 120, frequency, startLag = () => 10 } = options;
  const sent: string[] = [];
  for (let slot = at(options.from).getTime(); slot < at(options.to).getTime(); slot += FIVE_MINUTES) {
    const now = new Date(slot + startLag(new Date(slot)));
    if (checkOnce(job, now, toleranceMinutes, frequency)) sent.push(now.toISOString());
  }
  return sent;
}

/** docs/compatibility/overdue.md#worked-examples: `time` = 2025-01-06 14:00, the last backup a day earlier. */
function overdueJob(): JobState {
  return {
    nextExpectedAt: at('2025-01-06T14:00:00.000Z'),
    latestBackupAt: at('2025-01-05T14:02:00.000Z'),
    lastReminderAt: null,
  };
}

const overdueAt = (now: string, toleranceMinutes = 120) =>
  isOverdue({ now: at(now), nextExpectedAt: at('2025-01-06T14:00:00.000Z'), toleranceMinutes, checkEnabled: true, hasBackups: true });

describe('overdue and throttling timeline of docs/compatibility/overdue.md#worked-examples', () => {
  it('is not overdue at exactly 16:00:00.000 with a 2h tolerance, because strictly later is required', () => {
    expect(overdueAt('2025-01-06T16:00:00.000Z')).toBe(false);
  });

  it('is overdue at 16:00:00.010', () => {
    expect(overdueAt('2025-01-06T16:00:00.010Z')).toBe(true);
  });

  it('sends the first notification from the run that starts a few milliseconds after 16:00', () => {
    const job = overdueJob();
    const sent = runCron(job, { from: '2025-01-06T14:00:00Z', to: '2025-01-06T16:05:00Z', frequency: 'every_day' });
    expect(sent).toEqual(['2025-01-06T16:00:00.010Z']);
    expect(job.lastReminderAt?.toISOString()).toBe('2025-01-06T16:00:00.010Z');
  });

  it('suppresses every later run until 24 h have passed, then the next day’s 16:00 run sends if it starts later in its second', () => {
    const job = overdueJob();
    const sent = runCron(job, {
      from: '2025-01-06T14:00:00Z',
      to: '2025-01-07T16:30:00Z',
      frequency: 'every_day',
      startLag: (slot) => (slot.toISOString() === '2025-01-07T16:00:00.000Z' ? 12 : 10),
    });
    expect(sent).toEqual(['2025-01-06T16:00:00.010Z', '2025-01-07T16:00:00.012Z']);
  });

  it('sends the second notification at 16:05 when the next day’s 16:00 run starts earlier in its second', () => {
    const job = overdueJob();
    const sent = runCron(job, {
      from: '2025-01-06T14:00:00Z',
      to: '2025-01-07T16:30:00Z',
      frequency: 'every_day',
      startLag: (slot) => (slot.toISOString() === '2025-01-07T16:00:00.000Z' ? 8 : 10),
    });
    expect(sent).toEqual(['2025-01-06T16:00:00.010Z', '2025-01-07T16:05:00.010Z']);
  });

  it('sends again when exactly 24 h have passed (last + period ≤ now)', () => {
    const job = overdueJob();
    const sent = runCron(job, { from: '2025-01-06T14:00:00Z', to: '2025-01-08T16:30:00Z', frequency: 'every_day' });
    expect(sent).toEqual(['2025-01-06T16:00:00.010Z', '2025-01-07T16:00:00.010Z', '2025-01-08T16:00:00.010Z']);
  });

  it('sends only the first notification with onetime', () => {
    const job = overdueJob();
    const sent = runCron(job, { from: '2025-01-06T14:00:00Z', to: '2025-01-08T19:55:00Z', frequency: 'onetime' });
    expect(sent).toEqual(['2025-01-06T16:00:00.010Z']);
  });

  it('starts a new episode after a late run on 2025-01-08 20:00 and notifies at once at about 2025-01-09 16:00, even with onetime', () => {
    const job = overdueJob();
    expect(runCron(job, { from: '2025-01-06T14:00:00Z', to: '2025-01-08T20:00:00Z', frequency: 'onetime' })).toEqual([
      '2025-01-06T16:00:00.010Z',
    ]);

    // The late run arrives; docs/compatibility/overdue.md#maintaining-the-next-expected-run moves `time` to the next slot, keeping 14:00.
    job.latestBackupAt = at('2025-01-08T20:00:00Z');
    job.nextExpectedAt = recomputeNextExpected({
      nextExpectedAt: job.nextExpectedAt,
      latestBackupAt: job.latestBackupAt,
      interval: parseInterval('1D'),
      allowedWeekdays: [0, 1, 2, 3, 4, 5, 6],
      isNewJob: false,
    });
    expect(job.nextExpectedAt.toISOString()).toBe('2025-01-09T14:00:00.000Z');

    // That run is missed too: the job is overdue again after 16:00 and the first run notifies at once,
    // because the latest backup is newer than the last notification; then onetime holds again.
    const sent = runCron(job, { from: '2025-01-08T20:00:00Z', to: '2025-01-11T00:00:00Z', frequency: 'onetime' });
    expect(sent).toEqual(['2025-01-09T16:00:00.010Z']);
  });

  it('with a 1h tolerance is overdue from 15:00:00.001', () => {
    expect(overdueAt('2025-01-06T15:00:00.000Z', 60)).toBe(false);
    expect(overdueAt('2025-01-06T15:00:00.001Z', 60)).toBe(true);
    const job = overdueJob();
    const sent = runCron(job, {
      from: '2025-01-06T14:00:00Z',
      to: '2025-01-06T16:00:00Z',
      toleranceMinutes: 60,
      frequency: 'every_day',
      startLag: () => 1,
    });
    expect(sent).toEqual(['2025-01-06T15:00:00.001Z']);
  });
});

describe('isOverdue (docs/compatibility/overdue.md#when-a-job-is-overdue)', () => {
  const base = {
    now: at('2025-01-07T00:00:00Z'),
    nextExpectedAt: at('2025-01-06T14:00:00Z'),
    toleranceMinutes: 120,
    checkEnabled: true,
    hasBackups: true,
  };

  it('is false when monitoring is disabled', () => {
    expect(isOverdue({ ...base, checkEnabled: false })).toBe(false);
  });

  it('is false for a job without backups', () => {
    expect(isOverdue({ ...base, hasBackups: false })).toBe(false);
  });

  it('is false without a valid next expected time (docs/compatibility/known-problems.md#empty-or-invalid-next-run)', () => {
    expect(isOverdue({ ...base, nextExpectedAt: null })).toBe(false);
    expect(isOverdue({ ...base, nextExpectedAt: new Date('') })).toBe(false);
  });

  it('is overdue one millisecond after the expected time with no tolerance', () => {
    const time = base.nextExpectedAt.getTime();
    expect(isOverdue({ ...base, toleranceMinutes: 0, now: new Date(time) })).toBe(false);
    expect(isOverdue({ ...base, toleranceMinutes: 0, now: new Date(time + 1) })).toBe(true);
  });

  it('ignores a negative tolerance as upstream does', () => {
    expect(overdueDeadline(base.nextExpectedAt, -30).toISOString()).toBe('2025-01-06T14:00:00.000Z');
  });

  it('adds the tolerance in fixed minutes whatever the process time zone', () => {
    const previous = process.env.TZ;
    process.env.TZ = 'Europe/London';
    try {
      // 2025-03-30 00:30Z + 2h crosses the GMT → BST change at 01:00Z.
      expect(overdueDeadline(at('2025-03-30T00:30:00Z'), 120).toISOString()).toBe('2025-03-30T02:30:00.000Z');
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });
});

describe('shouldSendOverdueReminder (docs/compatibility/overdue.md#periodic-check-and-reminders)', () => {
  const latestBackupAt = at('2025-01-05T14:00:00Z');
  const last = at('2025-01-06T16:00:00Z');
  const after = (ms: number) => new Date(last.getTime() + ms);
  const DAY = 24 * 60 * 60 * 1000;

  it('sends when nothing was sent before or the stored instant is invalid', () => {
    for (const frequency of ['onetime', 'every_day', 'every_week', 'every_month'] as const) {
      expect(shouldSendOverdueReminder({ now: last, lastReminderAt: null, latestBackupAt, frequency })).toBe(true);
      expect(shouldSendOverdueReminder({ now: last, lastReminderAt: new Date('x'), latestBackupAt, frequency })).toBe(true);
    }
  });

  it('sends when the latest backup is newer than the last notification, but not when it is equal', () => {
    const input = { now: after(1), lastReminderAt: last, frequency: 'onetime' as const };
    expect(shouldSendOverdueReminder({ ...input, latestBackupAt: new Date(last.getTime() + 1) })).toBe(true);
    expect(shouldSendOverdueReminder({ ...input, latestBackupAt: last })).toBe(false);
  });

  it.each([
    ['every_day', DAY],
    ['every_week', 7 * DAY],
    ['every_month', 30 * DAY],
  ] as const)('repeats %s once its fixed period has fully passed', (frequency, period) => {
    expect(shouldSendOverdueReminder({ now: after(period - 1), lastReminderAt: last, latestBackupAt, frequency })).toBe(false);
    expect(shouldSendOverdueReminder({ now: after(period), lastReminderAt: last, latestBackupAt, frequency })).toBe(true);
  });

  it('never repeats onetime within the same episode', () => {
    expect(shouldSendOverdueReminder({ now: after(365 * DAY), lastReminderAt: last, latestBackupAt, frequency: 'onetime' })).toBe(false);
  });

  it('reads an unknown stored frequency as every_day', () => {
    expect(DEFAULT_REMINDER_FREQUENCY).toBe('every_day');
    expect(parseReminderFrequency('hourly')).toBe('every_day');
    expect(parseReminderFrequency(null)).toBe('every_day');
    expect(parseReminderFrequency('every_week')).toBe('every_week');
  });
});

describe('overdue tolerance (docs/compatibility/overdue.md#where-settings-live)', () => {
  it('maps every enum value to its minutes', () => {
    expect(OVERDUE_TOLERANCES.map((value) => [value, toleranceToMinutes(value)])).toEqual([
      ['no_tolerance', 0],
      ['5min', 5],
      ['15min', 15],
      ['30min', 30],
      ['1h', 60],
      ['2h', 120],
      ['4h', 240],
      ['6h', 360],
      ['12h', 720],
      ['1d', 1440],
    ]);
  });

  it('defaults to 2h = 120 minutes and reads unknown values as the default', () => {
    expect(DEFAULT_OVERDUE_TOLERANCE).toBe('2h');
    expect(DEFAULT_TOLERANCE_MINUTES).toBe(120);
    expect(parseOverdueTolerance('3h')).toBe('2h');
    expect(toleranceToMinutes('')).toBe(120);
    expect(toleranceToMinutes(undefined)).toBe(120);
  });

  it('maps minutes back to the enum, or null when there is no such value', () => {
    expect(minutesToTolerance(0)).toBe('no_tolerance');
    expect(minutesToTolerance(1440)).toBe('1d');
    expect(minutesToTolerance(45)).toBeNull();
  });

  it('lets a job’s own tolerance win over the global one', () => {
    expect(resolveToleranceMinutes(null, 120)).toBe(120);
    expect(resolveToleranceMinutes(undefined, 120)).toBe(120);
    expect(resolveToleranceMinutes(0, 120)).toBe(0);
    expect(resolveToleranceMinutes(45, 120)).toBe(45);
    expect(resolveToleranceMinutes(-5, 120)).toBe(120);
  });
});

describe('shouldAnnounceRun (docs/compatibility/notifications.md#events)', () => {
  const statuses = ['Success', 'Warning', 'Error', 'Fatal', 'Unknown'] as const;
  const announced = (level: NotificationLevel, errorsCount = 0) =>
    statuses.filter((status) => shouldAnnounceRun(level, status, errorsCount));

  it('announces every run at level all', () => {
    expect(announced('all')).toEqual([...statuses]);
  });

  it('announces everything except Success at level warnings', () => {
    expect(announced('warnings')).toEqual(['Warning', 'Error', 'Fatal', 'Unknown']);
    expect(shouldAnnounceRun('warnings', 'Success', 3)).toBe(false);
  });

  it('announces Error and Fatal, or any run with errors, at level errors', () => {
    expect(announced('errors')).toEqual(['Error', 'Fatal']);
    expect(announced('errors', 1)).toEqual([...statuses]);
  });

  it('announces nothing at level off', () => {
    expect(announced('off', 5)).toEqual([]);
  });

  it('reads an unknown stored level as the default warnings', () => {
    expect(DEFAULT_NOTIFICATION_LEVEL).toBe('warnings');
    expect(parseNotificationLevel('loud')).toBe('warnings');
    expect(parseNotificationLevel('errors')).toBe('errors');
  });
});
