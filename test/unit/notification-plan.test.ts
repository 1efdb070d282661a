import { describe, expect, it } from 'vitest';
import type { NotificationSettings } from '../../src/domain/notifications/channel-settings.ts';
import type { NotificationEvent, NotificationEventKind } from '../../src/domain/notifications/events.ts';
import { runEventKind } from '../../src/domain/notifications/events.ts';
import { planDeliveries } from '../../src/domain/notifications/plan.ts';
import type { JobNotificationChoices } from '../../src/domain/notifications/plan.ts';

const settings: NotificationSettings = {
  ntfy: { url: 'http://ntfy', topic: 'main', accessToken: '' },
  smtp: null,
  gotify: null,
  apprise: null,
  webhooks: [],
  templates: { language: 'en-GB', templates: {} },
  notifyNewServer: false,
  overdueDigestThreshold: 5,
};

const job = (level: string, extra: Partial<JobNotificationChoices> = {}): JobNotificationChoices => ({
  notificationEvent: level,
  ntfyEnabled: true,
  emailEnabled: true,
  gotifyEnabled: true,
  appriseEnabled: true,
  additionalNotificationEvent: 'off',
  additionalEmails: '',
  additionalNtfyTopic: '',
  notifyRecovered: false,
  ...extra,
});

function event(kind: NotificationEventKind, status = 'Success', errors = 0): NotificationEvent {
  return {
    kind,
    occurredAt: '2025-01-15T02:00:00.000Z',
    server: { id: 's', name: 'host', alias: '', note: '', url: '' },
    job: { id: 1, name: 'Docs' },
    run: { id: 'r', status, errors },
    alert: null,
  };
}

const run = (status: string, errors = 0) => event(runEventKind(status, errors), status, errors);

describe('which events notify (docs/compatibility/notifications.md#events)', () => {
  // status, errors → notified at all / warnings / errors / off
  const rows: [string, number, boolean, boolean, boolean, boolean][] = [
    ['Success', 0, true, false, false, false],
    ['Warning', 0, true, true, false, false],
    ['Unknown', 0, true, true, false, false],
    ['Error', 1, true, true, true, false],
    ['Fatal', 0, true, true, true, false],
    ['Success', 3, true, false, true, false],
  ];
  it.each(rows)('a %s run with %i error(s): all %s, warnings %s, errors %s, off %s', (status, errors, ...expected) => {
    const notified = ['all', 'warnings', 'errors', 'off'].map(
      (level) => planDeliveries(run(status, errors), settings, job(level)).length > 0,
    );
    expect(notified).toEqual(expected);
  });

  it('notifies overdue and each reminder whatever the level; additional destinations unless their level is off', () => {
    for (const kind of ['OVERDUE', 'OVERDUE_REMINDER'] as const) {
      expect(planDeliveries(event(kind), settings, job('off')).map((d) => d.destination)).toEqual(['main']);
      expect(
        planDeliveries(event(kind), settings, job('off', { additionalNtfyTopic: 'extra', additionalNotificationEvent: 'errors' })).map(
          (d) => d.destination,
        ),
      ).toEqual(['main', 'extra']);
    }
  });

  it('sends "recovered" only to jobs that opted in, and "new server seen" only with the global option', () => {
    expect(planDeliveries(event('RECOVERED'), settings, job('all'))).toEqual([]);
    expect(planDeliveries(event('RECOVERED'), settings, job('off', { notifyRecovered: true }))).toHaveLength(1);
    expect(planDeliveries(event('SERVER_SEEN'), settings, null)).toEqual([]);
    expect(planDeliveries(event('SERVER_SEEN'), { ...settings, notifyNewServer: true }, null)).toHaveLength(1);
  });

  it('skips a channel the job turned off, and keeps each destination and job in its own order key', () => {
    expect(planDeliveries(run('Error', 1), settings, job('all', { ntfyEnabled: false }))).toEqual([]);
    const [delivery] = planDeliveries(run('Error', 1), settings, job('all'));
    expect(delivery!.orderKey).toBe('NTFY|main|1');
  });
});
