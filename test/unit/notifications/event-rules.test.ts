import { describe, expect, it } from 'vitest';
import {
  NOTIFICATION_LEVELS,
  type NotificationLevel,
  resolveAdditionalLevel,
  shouldNotifyAdditional,
  shouldNotifyRun,
  templateKindForRun,
} from '../../../src/domain/notifications/event-rules.ts';

/** docs/compatibility/notifications.md#events, one row per stored run: status, error count, then the answer for all / warnings / errors / off. */
const RUN_ROWS: readonly [status: string, errorCount: number, expected: Record<NotificationLevel, boolean>][] = [
  ['Success', 0, { all: true, warnings: false, errors: false, off: false }],
  ['Success', 2, { all: true, warnings: false, errors: true, off: false }],
  ['Warning', 0, { all: true, warnings: true, errors: false, off: false }],
  ['Warning', 1, { all: true, warnings: true, errors: true, off: false }],
  ['Error', 0, { all: true, warnings: true, errors: true, off: false }],
  ['Fatal', 0, { all: true, warnings: true, errors: true, off: false }],
  ['Unknown', 0, { all: true, warnings: true, errors: false, off: false }],
  ['Unknown', 3, { all: true, warnings: true, errors: true, off: false }],
];

describe('shouldNotifyRun', () => {
  for (const [status, errorCount, expected] of RUN_ROWS) {
    for (const level of NOTIFICATION_LEVELS) {
      it(`${status} with ${errorCount} errors at level ${level}: ${expected[level] ? 'notifies' : 'stays silent'}`, () => {
        expect(shouldNotifyRun(level, { status, errorCount })).toBe(expected[level]);
      });
    }
  }
});

describe('templateKindForRun', () => {
  it('uses the success template for Success and the warning template for every other status', () => {
    expect(templateKindForRun('Success')).toBe('success');
    for (const status of ['Warning', 'Error', 'Fatal', 'Unknown', 'whatever']) expect(templateKindForRun(status)).toBe('warning');
  });
});

describe('shouldNotifyAdditional', () => {
  it('filters runs by the same rule as the primary channels', () => {
    for (const [status, errorCount, expected] of RUN_ROWS) {
      for (const level of NOTIFICATION_LEVELS) {
        expect(shouldNotifyAdditional(level, { kind: 'run', status, errorCount })).toBe(expected[level]);
      }
    }
  });

  it('sends overdue notifications at every level but off', () => {
    expect(NOTIFICATION_LEVELS.map((level) => shouldNotifyAdditional(level, { kind: 'overdue' }))).toEqual([true, true, true, false]);
  });
});

describe('resolveAdditionalLevel', () => {
  it("takes the job's own level, then its server's default, then the job's notificationEvent", () => {
    expect(
      resolveAdditionalLevel({ notificationEvent: 'all', additionalNotificationEvent: 'off', serverDefaultAdditionalEvent: 'errors' }),
    ).toBe('off');
    expect(resolveAdditionalLevel({ notificationEvent: 'all', serverDefaultAdditionalEvent: 'errors' })).toBe('errors');
    expect(resolveAdditionalLevel({ notificationEvent: 'all' })).toBe('all');
  });

  it('reads an unknown stored level as the default, warnings', () => {
    expect(resolveAdditionalLevel({ notificationEvent: 'sometimes' })).toBe('warnings');
  });
});
