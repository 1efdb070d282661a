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
  timeZone: 'UTC',
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

describe('what each channel is sent (docs/compatibility/notifications.md#size-limits)', () => {
  const everyChannel: NotificationSettings = {
    ...settings,
    smtp: {
      host: 'mail',
      port: 25,
      connectionType: 'plain',
      requireAuth: false,
      username: '',
      password: '',
      mailto: 'a@example.org',
      senderName: 'duplistatus',
      fromAddress: '',
    },
    gotify: { url: 'http://gotify', token: '', enabled: true },
  };
  const failed = (log: string[]): NotificationEvent => ({
    ...run('Error', 1),
    server: { id: 's', name: 'host', alias: '', note: '', url: 'http://host:8200' },
    run: { id: 'r', status: 'Error', errors: 1, beginTime: '2025-01-15T02:00:00.000Z', errorsArray: JSON.stringify(log) },
  });

  it('cuts a whole log to ntfy’s 4096 bytes, keeping the lines after {log_text}; Gotify and e-mail get more', () => {
    const log = Array.from({ length: 2000 }, (_, i) => `line ${i} of a very long Duplicati log`);
    const byChannel = Object.fromEntries(planDeliveries(failed(log), everyChannel, job('all')).map((d) => [d.channel, d]));
    expect(Buffer.byteLength(byChannel.NTFY!.body)).toBeLessThanOrEqual(4096);
    expect(byChannel.NTFY!.body).toMatch(/bytes omitted\]\n\n⚠️ Check the duplicati server immediately http:\/\/host:8200\n$/);
    expect(byChannel.EMAIL!.body).toContain('line 1999 of');
    expect(byChannel.GOTIFY!.body.length).toBeGreaterThan(4096);
    expect(byChannel.EMAIL!.title).toBe('⚠️ Error - Docs @ host');
  });

  it('picks the template by the run status, as duplistatus does: a Success run that counted errors gets the success one', () => {
    const [delivery] = planDeliveries(run('Success', 3), settings, job('errors'));
    expect(delivery).toMatchObject({ event: 'BACKUP_FAILED', title: '✅ Success - Docs @ host' });
  });

  it('uses the default templates of the stored language, and a stored template over the default', () => {
    const german = { ...settings, templates: { language: 'de', templates: {} } };
    expect(planDeliveries(failed([]), german, job('all'))[0]!.body).toContain('Sicherung Docs auf host');
    const custom = {
      ...settings,
      templates: {
        language: 'en-GB',
        templates: { warning: { title: '{machine_name}', message: '{server_id}', priority: 'low', tags: 'x' } },
      },
    };
    expect(planDeliveries(failed([]), custom, job('all'))[0]).toMatchObject({ title: 'host', body: 's', priority: 'low', tags: 'x' });
  });
});
