import { randomUUID } from 'node:crypto';
import type { NotificationSettings } from './channel-settings.ts';
import type { NotificationChannel, NotificationEvent } from './events.ts';
import { deliveryDraft, splitAddresses } from './plan.ts';
import type { DeliveryDraft } from './plan.ts';
import { eventRenderer } from './render-event.ts';

/** Channels a test notification can reach: the four with a message (a webhook gets real events only). */
export const TESTABLE_CHANNELS: readonly NotificationChannel[] = ['NTFY', 'EMAIL', 'GOTIFY', 'APPRISE'];

export interface TestNotificationRequest {
  /** Only these; absent or empty means every configured one. */
  channels?: readonly NotificationChannel[] | null;
  /** The e-mail test goes here instead of the configured recipient. */
  toEmail?: string | null;
}

export type TestNotificationPlan = { kind: 'planned'; drafts: DeliveryDraft[] } | { kind: 'invalid'; message: string };

/**
 * One outbox row per configured channel asked for, carrying the test template. Each has an order
 * key of its own, so a test never waits behind (nor holds back) a job's notifications.
 */
export function planTestNotification(settings: NotificationSettings, request: TestNotificationRequest, now: Date): TestNotificationPlan {
  const wanted = new Set<NotificationChannel>(request.channels?.length ? request.channels : TESTABLE_CHANNELS);
  if (wanted.has('WEBHOOK')) return { kind: 'invalid', message: 'Webhooks receive real events only; test one with a failed run' };
  const targets: [NotificationChannel, string][] = [];
  if (wanted.has('NTFY') && settings.ntfy) targets.push(['NTFY', settings.ntfy.topic]);
  if (wanted.has('EMAIL') && settings.smtp) targets.push(['EMAIL', splitAddresses(request.toEmail ?? settings.smtp.mailto).join(', ')]);
  if (wanted.has('GOTIFY') && settings.gotify) targets.push(['GOTIFY', '']);
  if (wanted.has('APPRISE') && settings.apprise) targets.push(['APPRISE', '']);
  if (targets.length === 0) return { kind: 'invalid', message: 'No channel asked for is configured' };
  const event: NotificationEvent = {
    kind: 'TEST',
    occurredAt: now.toISOString(),
    server: { id: 'test', name: 'test-server', alias: '', note: '', url: '' },
    job: { id: 0, name: 'test-backup' },
    run: null,
    alert: null,
  };
  const render = eventRenderer(event, settings);
  const drafts = targets.map(([channel, destination]) => ({
    ...deliveryDraft(event, channel, destination, render(channel)),
    orderKey: `TEST|${randomUUID()}`,
    serverId: null,
    jobId: null,
  }));
  return { kind: 'planned', drafts };
}
