import { describe, expect, it } from 'vitest';
import { DIGEST_MAX_LISTED_JOBS, type OverdueNotice, planOverdueNotifications } from '../../../src/domain/notifications/overdue-digest.ts';

function notice(index: number): OverdueNotice {
  return {
    serverId: `server-${index}`,
    backupName: `Job ${index}`,
    values: { server_alias: `nas ${index}`, last_backup_date: '28/11/2025, 02:00', last_elapsed: '2 days ago' },
  };
}
const notices = (count: number) => Array.from({ length: count }, (_, index) => notice(index + 1));

describe('planOverdueNotifications', () => {
  it('sends the notices separately up to the threshold', () => {
    expect(planOverdueNotifications(notices(5), 5)).toEqual({ kind: 'separate', notices: notices(5) });
    expect(planOverdueNotifications([], 5)).toEqual({ kind: 'separate', notices: [] });
  });

  it('sends one digest listing every job once more than the threshold are due', () => {
    const plan = planOverdueNotifications(notices(6), 5);
    if (plan.kind !== 'digest') throw new Error('expected a digest');
    expect(plan.notices).toHaveLength(6);
    expect(plan.notification).toEqual({
      title: '🕑 6 backups overdue',
      message:
        '6 backups are overdue.\n\n' +
        notices(6)
          .map((_, index) => `- Job ${index + 1} @ nas ${index + 1}: last backup 28/11/2025, 02:00 (2 days ago)\n`)
          .join(''),
      priority: 'default',
      tags: 'duplicati, duplistatus, overdue',
    });
  });

  it('lists at most 30 jobs and counts the rest, in the template language', () => {
    const plan = planOverdueNotifications(notices(1200), 10, 'de');
    if (plan.kind !== 'digest') throw new Error('expected a digest');
    expect(plan.notices).toHaveLength(1200);
    expect(plan.notification.title).toBe('🕑 1.200 Sicherungen überfällig');
    expect(plan.notification.message.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(DIGEST_MAX_LISTED_JOBS);
    expect(plan.notification.message).toContain('… und 1.170 weitere');
    expect(Buffer.byteLength(plan.notification.message)).toBeLessThan(4096);
  });

  it('refuses a threshold that is not a whole number of 1 or more', () => {
    expect(() => planOverdueNotifications(notices(1), 0)).toThrow(/maxSeparate must be a whole number of notifications, 1 or more; got 0/);
  });
});
