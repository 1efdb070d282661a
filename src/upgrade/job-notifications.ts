/**
 * The per-job notification choices of a duplistatus database (`backup_settings` entries, and the
 * `"<server id>:__default__"` server defaults of 1.2.1+: docs/compatibility/notifications.md#events)
 * → the `backup_jobs` columns the delivery side reads (ntfy_enabled, email_enabled, additional_*).
 */
import { readLegacyNotificationSettings } from '../domain/notifications/legacy-settings.ts';
import type { LegacyJobNotificationSettings, LegacyServerNotificationDefaults } from '../domain/notifications/legacy-settings.ts';
import type { NotificationLevel } from '../domain/overdue/index.ts';
import { jobKey, resolveJobKey } from './job-settings.ts';
import type { KeyContext } from './job-settings.ts';

export interface JobNotificationColumns {
  ntfyEnabled: boolean;
  emailEnabled: boolean;
  additionalNotificationEvent: NotificationLevel;
  additionalEmails: string;
  additionalNtfyTopic: string;
}

export interface LegacyJobNotifications {
  /** Keyed by jobKey(server id, backup name). */
  byJob: Map<string, LegacyJobNotificationSettings>;
  /** Keyed by server id. */
  serverDefaults: Record<string, LegacyServerNotificationDefaults>;
}

/** Entries naming no job are left out here; convertBackupSettings reports them. */
export function readJobNotifications(configurations: Record<string, string>, context: KeyContext): LegacyJobNotifications {
  const legacy = readLegacyNotificationSettings(configurations);
  const byJob = new Map<string, LegacyJobNotificationSettings>();
  for (const [key, settings] of Object.entries(legacy.jobs)) {
    const job = resolveJobKey(key, context);
    if (!('reason' in job)) byJob.set(jobKey(job.serverId, job.backupName), settings);
  }
  return { byJob, serverDefaults: legacy.serverDefaults };
}

/**
 * A job's columns: its own entry, else its server's default, as duplistatus resolves them. The
 * level of the extra destinations falls back to the job's level (resolveAdditionalLevel), and
 * stays at our default `off` when the job has no extra destination at all.
 */
export function jobNotificationColumns(
  notifications: LegacyJobNotifications,
  job: { serverId: string; backupName: string; notificationEvent: NotificationLevel },
): JobNotificationColumns {
  const own = notifications.byJob.get(jobKey(job.serverId, job.backupName));
  const server = notifications.serverDefaults[job.serverId];
  const additionalEmails = own?.additionalEmails ?? server?.additionalEmails ?? '';
  const additionalNtfyTopic = own?.additionalNtfyTopic ?? server?.additionalNtfyTopic ?? '';
  const hasExtra = additionalEmails.trim() !== '' || additionalNtfyTopic.trim() !== '';
  return {
    ntfyEnabled: own?.ntfyEnabled ?? true,
    emailEnabled: own?.emailEnabled ?? true,
    additionalNotificationEvent:
      own?.additionalNotificationEvent ?? server?.additionalNotificationEvent ?? (hasExtra ? job.notificationEvent : 'off'),
    additionalEmails,
    additionalNtfyTopic,
  };
}
