import type {
  NotificationChannel,
  NotificationDeliveryStatus,
  NotificationEventKind,
  NotificationTemplateKind,
} from '../generated/graphql.ts';

/** Words for the notification enums, as the page shows them. */
export const EVENT_LABELS: Record<NotificationEventKind, string> = {
  BACKUP_FAILED: 'Failed run',
  BACKUP_WARNING: 'Run with warnings',
  BACKUP_SUCCEEDED: 'Successful run',
  OVERDUE: 'Overdue',
  OVERDUE_REMINDER: 'Overdue reminder',
  RECOVERED: 'Recovered',
  SERVER_SEEN: 'New server',
  TEST: 'Test',
};

export const CHANNEL_LABELS: Record<NotificationChannel, string> = {
  NTFY: 'ntfy',
  EMAIL: 'E-mail',
  GOTIFY: 'Gotify',
  APPRISE: 'Apprise',
  WEBHOOK: 'Webhook',
};

export const STATUS_LABELS: Record<NotificationDeliveryStatus, string> = {
  PENDING: 'Pending',
  DELIVERED: 'Delivered',
  DEAD: 'Failed',
};

export const TEMPLATE_LABELS: Record<NotificationTemplateKind, string> = {
  SUCCESS: 'Successful run',
  WARNING: 'Run with warnings or errors',
  OVERDUE_BACKUP: 'Overdue job and reminders',
};
