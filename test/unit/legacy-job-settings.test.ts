import { describe, expect, it } from 'vitest';
import {
  convertBackupSettings,
  convertJobSettingsValue,
  convertReminderState,
  nextExpectedAfterUpgrade,
  resolveJobKey,
} from '../../src/upgrade/job-settings.ts';
import type { KeyContext } from '../../src/upgrade/job-settings.ts';

const A = { id: 'aaaa0000000000000000000000000001', name: 'HOST-A' };
const B1 = { id: 'bbbb0000000000000000000000000001', name: 'HOST-B' };
const B2 = { id: 'bbbb0000000000000000000000000002', name: 'HOST-B' };
const jobs = [
  { serverId: A.id, backupName: 'Files' },
  { serverId: A.id, backupName: 'db:main' },
  { serverId: B1.id, backupName: 'Files' },
];
const byName: KeyContext = { jobKeysUse: 'machine-name', servers: [A, B1, B2], jobs };
const byId: KeyContext = { jobKeysUse: 'server-id', servers: [A, B1, B2], jobs };

describe('resolveJobKey', () => {
  it('resolves 0.6 machine-name keys only for a unique name with runs of that backup (docs/compatibility/legacy-databases.md#migration-steps step 3)', () => {
    expect(resolveJobKey('HOST-A:Files', byName)).toEqual({ serverId: A.id, backupName: 'Files' });
    expect(resolveJobKey('HOST-B:Files', byName)).toEqual({ reason: '2 servers are named "HOST-B", so the entry is ambiguous' });
    expect(resolveJobKey('HOST-A:Mail', byName)).toEqual({ reason: 'server "HOST-A" has no run named "Mail"' });
    expect(resolveJobKey('HOST-Z:Files', byName)).toEqual({ reason: 'no server is named "HOST-Z"' });
    expect(resolveJobKey('HOST-A:db:main', byName)).toMatchObject({ reason: expect.stringMatching(/exactly one colon/) });
  });

  it('splits 0.7+ server-id keys at the first colon, so backup names may contain one', () => {
    expect(resolveJobKey(`${A.id}:db:main`, byId)).toEqual({ serverId: A.id, backupName: 'db:main' });
    expect(resolveJobKey(`${B2.id}:Files`, byId)).toMatchObject({ reason: expect.stringMatching(/stale entry/) });
    expect(resolveJobKey(`${A.id}:__default__`, byId)).toMatchObject({ reason: expect.stringMatching(/server-level defaults/) });
  });
});

describe('convertJobSettingsValue', () => {
  it('reads the old shape of duplistatus ≤ 0.7', () => {
    expect(
      convertJobSettingsValue({ notificationEvent: 'errors', overdueBackupCheckEnabled: false, expectedInterval: 6, intervalUnit: 'hour' }),
    ).toEqual({
      settings: {
        expectedInterval: '6h',
        allowedWeekdays: '0,1,2,3,4,5,6',
        overdueCheckEnabled: false,
        notificationEvent: 'errors',
        time: null,
        lastBackupDate: null,
      },
      problems: [],
    });
  });

  it('reads the 0.8+ shape, keeping an empty weekday list and a valid stored next run', () => {
    const { settings } = convertJobSettingsValue({
      notificationEvent: 'all',
      overdueBackupCheckEnabled: true,
      expectedInterval: '2h30m',
      allowedWeekDays: [5, 1, 1],
      time: '2025-12-01T02:00:00.000Z',
      lastBackupDate: '2025-11-30T02:00:00Z',
    });
    expect(settings).toEqual({
      expectedInterval: '2h30m',
      allowedWeekdays: '1,5',
      overdueCheckEnabled: true,
      notificationEvent: 'all',
      time: '2025-12-01T02:00:00.000Z',
      lastBackupDate: '2025-11-30T02:00:00.000Z',
    });
    expect(convertJobSettingsValue({ expectedInterval: '1D', allowedWeekDays: [] }).settings.allowedWeekdays).toBe('');
  });

  it('falls back to the defaults for unusable parts and says which', () => {
    const result = convertJobSettingsValue({ notificationEvent: 'sometimes', allowedWeekDays: [9], time: 'soon' });
    expect(result.settings).toMatchObject({ notificationEvent: 'warnings', allowedWeekdays: '0,1,2,3,4,5,6', time: null });
    expect(result.problems).toHaveLength(2);
  });

  it('leaves a job with an invalid interval unmonitored, as duplistatus skipped it (docs/compatibility/overdue.md#periodic-check-and-reminders)', () => {
    for (const value of [
      { expectedInterval: '1 day' },
      { expectedInterval: 0, intervalUnit: 'day' },
      { expectedInterval: 3, intervalUnit: 'week' },
    ]) {
      const result = convertJobSettingsValue(value);
      expect(result.settings).toMatchObject({ expectedInterval: '1D', overdueCheckEnabled: false });
      expect(result.problems[0]).toMatch(/left unmonitored/);
    }
  });
});

describe('convertBackupSettings and convertReminderState', () => {
  it('keep what names a job and report what they drop', () => {
    const settings = convertBackupSettings(
      JSON.stringify({
        'HOST-A:Files': { expectedInterval: 1, intervalUnit: 'day' },
        'HOST-B:Files': { expectedInterval: 2, intervalUnit: 'day' },
      }),
      byName,
    );
    expect([...settings.byJob.keys()]).toEqual([`${A.id}:Files`]);
    expect(settings.dropped).toEqual([{ key: 'HOST-B:Files', reason: '2 servers are named "HOST-B", so the entry is ambiguous' }]);

    const reminders = convertReminderState(
      JSON.stringify({
        [`${A.id}:Files`]: { lastNotificationSent: '2025-11-29T09:00:00.000Z', serverName: 'HOST-A' },
        [`${B1.id}:Files`]: { lastNotificationSent: '' },
      }),
      byId,
    );
    expect(Object.fromEntries(reminders.byJob)).toEqual({ [`${A.id}:Files`]: '2025-11-29T09:00:00.000Z' });
    expect(reminders.problems).toHaveLength(1);
  });

  it('say so when the blob is not a JSON object', () => {
    expect(convertBackupSettings('{oops', byId).dropped).toEqual([{ key: 'backup_settings', reason: 'the value is not JSON' }]);
    expect(convertBackupSettings('[]', byId).dropped).toEqual([{ key: 'backup_settings', reason: 'the value is not a JSON object' }]);
    expect(convertBackupSettings(null, byId).byJob.size).toBe(0);
  });
});

describe('nextExpectedAfterUpgrade', () => {
  const latest = '2025-11-30T02:00:00.000Z';

  it('gives a job without settings latest + 1 day (a new job, docs/compatibility/overdue.md#maintaining-the-next-expected-run step 1)', () => {
    expect(nextExpectedAfterUpgrade(undefined, latest)).toBe('2025-12-01T02:00:00.000Z');
  });

  it('keeps a stored next run computed from this very latest run', () => {
    const settings = convertJobSettingsValue({ expectedInterval: '1D', time: '2025-12-01T05:00:00.000Z', lastBackupDate: latest }).settings;
    expect(nextExpectedAfterUpgrade(settings, latest)).toBe('2025-12-01T05:00:00.000Z');
  });

  it('moves the schedule past a newer run, keeping its time of day (docs/compatibility/overdue.md#maintaining-the-next-expected-run step 2)', () => {
    const settings = convertJobSettingsValue({
      expectedInterval: '1D',
      time: '2025-11-29T05:00:00.000Z',
      lastBackupDate: '2025-11-28T05:00:00.000Z',
    }).settings;
    expect(nextExpectedAfterUpgrade(settings, '2025-11-30T06:10:00.000Z')).toBe('2025-12-01T05:00:00.000Z');
  });

  it('steps by the interval from the latest run when nothing was stored', () => {
    const settings = convertJobSettingsValue({ expectedInterval: 6, intervalUnit: 'hour' }).settings;
    expect(nextExpectedAfterUpgrade(settings, latest)).toBe('2025-11-30T08:00:00.000Z');
  });
});
