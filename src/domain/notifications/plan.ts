import type { NotificationSettings } from './channel-settings.ts';
import { parseNotificationLevel, shouldNotifyAdditional, shouldNotifyRun } from './event-rules.ts';
import type { NotificationChannel, NotificationEvent, NotificationEventKind } from './events.ts';
import { newTimeOrderedId } from '../time-ordered-id.ts';
import { eventRenderer, type RenderedText } from './render-event.ts';

export type { RenderedText } from './render-event.ts';

/** A job's notification choices (backup_jobs columns; docs/compatibility/notifications.md#events). */
export interface JobNotificationChoices {
  notificationEvent: string;
  ntfyEnabled: boolean;
  emailEnabled: boolean;
  gotifyEnabled: boolean;
  appriseEnabled: boolean;
  additionalNotificationEvent: string;
  additionalEmails: string;
  additionalNtfyTopic: string;
  notifyRecovered: boolean;
}

/** One outbox row before it is written. */
export interface DeliveryDraft {
  messageId: string;
  event: NotificationEventKind;
  channel: NotificationChannel;
  destination: string;
  orderKey: string;
  serverId: string | null;
  jobId: number | null;
  backupId: string | null;
  alertId: number | null;
  title: string;
  body: string;
  priority: string;
  tags: string;
  /** Set when the text is made at the first send (text-at-send.ts): title and body are empty until then. */
  eventJson: string | null;
  /** When its event was enqueued, when that was before the row is written (event-outbox.ts); else the write's time. */
  enqueuedAt?: string;
}

/** What a delivery row records of its event besides the text: its kind and the ids it is about. */
export interface DraftSubject {
  kind: NotificationEventKind;
  server: { id: string };
  job: { id: number } | null;
  run: { id: string } | null;
  alert: { id: number } | null;
}

const NOT_YET_RENDERED: RenderedText = { title: '', message: '', priority: 'default', tags: '' };

const RUN_EVENTS: readonly NotificationEventKind[] = ['BACKUP_SUCCEEDED', 'BACKUP_WARNING', 'BACKUP_FAILED'];

/**
 * Whether a level lets this event through (event-rules.ts): a run by the level, overdue always
 * on the primary channels and unless `off` on the additional ones; "recovered" (ours) like
 * overdue, for jobs that opted in.
 */
function passes(level: string, event: NotificationEvent, primary: boolean, job: JobNotificationChoices | null): boolean {
  const kind = event.kind;
  const parsed = parseNotificationLevel(level);
  if (RUN_EVENTS.includes(kind)) {
    const run = { kind: 'run' as const, status: String(event.run?.status ?? ''), errorCount: Number(event.run?.errors ?? 0) };
    return primary ? shouldNotifyRun(parsed, run) : shouldNotifyAdditional(parsed, run);
  }
  if (kind === 'RECOVERED' && !job?.notifyRecovered) return false;
  if (kind === 'OVERDUE' || kind === 'OVERDUE_REMINDER' || kind === 'RECOVERED') {
    return primary || shouldNotifyAdditional(parsed, { kind: 'overdue' });
  }
  return primary;
}

/** A webhook's delivery text: no title, its message the JSON it receives. */
export function webhookText(event: NotificationEvent, eventId: string, legacyMachineKeys: boolean): RenderedText {
  return { ...NOT_YET_RENDERED, message: webhookBody(event, eventId, legacyMachineKeys) };
}

/** The JSON a webhook receives (README "Notifications"). */
function webhookBody(event: NotificationEvent, eventId: string, legacyMachineKeys: boolean): string {
  const body: Record<string, unknown> = {
    id: eventId,
    event: event.kind,
    occurredAt: event.occurredAt,
    server: event.server,
    job: event.job,
    backup: event.run,
    alert: event.alert,
  };
  if (legacyMachineKeys) {
    // Receivers written against duplistatus's pre-0.7 REST field names (docs/compatibility/api.md).
    body.machine = event.server;
    body.machine_id = event.server.id;
    body.machine_name = event.server.name;
  }
  return JSON.stringify(body);
}

/** Where one delivery of an event goes: a channel and its destination (a webhook by its id). */
export type DeliveryRoute = readonly [channel: NotificationChannel, destination: string];

/**
 * Every destination one event goes to: the primary channels the job chose (gated by its level),
 * its additional ntfy topic and e-mail addresses (gated by the additional level), and each webhook
 * whose filter and job selection take it.
 */
export function planRoutes(event: NotificationEvent, settings: NotificationSettings, job: JobNotificationChoices | null): DeliveryRoute[] {
  const routes: DeliveryRoute[] = [];
  const primary = event.kind === 'TEST' || (job ? passes(job.notificationEvent, event, true, job) : event.kind === 'SERVER_SEEN');
  const additional = job !== null && passes(job.additionalNotificationEvent, event, false, job);
  const serverSeenWanted = event.kind !== 'SERVER_SEEN' || settings.notifyNewServer;
  if (primary && serverSeenWanted) {
    if (settings.ntfy && (job?.ntfyEnabled ?? true)) routes.push(['NTFY', settings.ntfy.topic]);
    if (settings.smtp?.mailto && (job?.emailEnabled ?? true)) routes.push(['EMAIL', settings.smtp.mailto]);
    if (settings.gotify?.enabled && (job?.gotifyEnabled ?? true)) routes.push(['GOTIFY', '']);
    if (settings.apprise?.enabled && (job?.appriseEnabled ?? true)) routes.push(['APPRISE', '']);
  }
  if (additional && job) {
    const topic = job.additionalNtfyTopic.trim();
    if (settings.ntfy && topic && topic !== settings.ntfy.topic) routes.push(['NTFY', topic]);
    const emails = splitAddresses(job.additionalEmails);
    if (settings.smtp && emails.length > 0) routes.push(['EMAIL', emails.join(', ')]);
  }
  if (event.kind !== 'TEST') {
    for (const hook of settings.webhooks) {
      if (!hook.enabled || !hook.events.includes(event.kind)) continue;
      if (hook.jobIds.length > 0 && (!event.job || !hook.jobIds.includes(event.job.id))) continue;
      routes.push(['WEBHOOK', String(hook.id)]);
    }
  }
  return routes;
}

/**
 * Every delivery one event makes (planRoutes), its text rendered now: overdue notifications and
 * digests. A run's deliveries are made from its stored event instead, their text at the first send
 * (event-outbox.ts, draftsToRenderAtSend).
 */
export function planDeliveries(
  event: NotificationEvent,
  settings: NotificationSettings,
  job: JobNotificationChoices | null,
): DeliveryDraft[] {
  const render = eventRenderer(event, settings);
  return planRoutes(event, settings, job).map(([channel, destination]) => {
    if (channel !== 'WEBHOOK') return deliveryDraft(event, channel, destination, render(channel));
    const hook = settings.webhooks.find((candidate) => String(candidate.id) === destination);
    const messageId = newTimeOrderedId();
    return deliveryDraft(event, channel, destination, webhookText(event, messageId, hook?.legacyMachineKeys ?? false), messageId);
  });
}

/** Drafts whose text is made at the first send from `eventJson` (storedEventJson of `event`). */
export function draftsToRenderAtSend(event: DraftSubject, eventJson: string, routes: readonly DeliveryRoute[]): DeliveryDraft[] {
  return routes.map(([channel, destination]) => ({ ...deliveryDraft(event, channel, destination, NOT_YET_RENDERED), eventJson }));
}

/**
 * Whether any event could have a delivery under these settings: a channel set up or a webhook
 * enabled. Without one, planDeliveries always answers none, so a caller may skip building the event.
 */
export function hasAnyDestination(settings: NotificationSettings): boolean {
  return Boolean(
    settings.ntfy ||
      settings.smtp ||
      settings.gotify?.enabled ||
      settings.apprise?.enabled ||
      settings.webhooks.some((hook) => hook.enabled),
  );
}

export function splitAddresses(list: string): string[] {
  return list
    .split(/[,;\s]+/)
    .map((address) => address.trim())
    .filter(Boolean);
}

/** The outbox row of `event` on one channel and destination, ordered behind that destination's earlier rows for the same job. */
export function deliveryDraft(
  event: DraftSubject,
  channel: NotificationChannel,
  destination: string,
  text: RenderedText,
  messageId = newTimeOrderedId(),
): DeliveryDraft {
  return {
    messageId,
    event: event.kind,
    channel,
    destination,
    orderKey: `${channel}|${destination}|${event.job?.id ?? ''}`,
    serverId: event.server.id || null,
    jobId: event.job?.id ?? null,
    backupId: event.run?.id ?? null,
    alertId: event.alert?.id ?? null,
    title: text.title,
    body: text.message,
    priority: text.priority,
    tags: text.tags,
    eventJson: null,
  };
}
