/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A new webhook endpoint. */
export type AddNotificationWebhookInput = {
  /** The events it receives; default all but BACKUP_SUCCEEDED. */
  events?: Array<NotificationEventKind> | null | undefined;
  /** Only these jobs; empty or absent means every job. */
  jobIds?: Array<string | number> | null | undefined;
  /** Adds machine, machine_id and machine_name beside server. */
  legacyMachineKeys?: boolean | null | undefined;
  /** A name for people. */
  name?: string | null | undefined;
  /** Signing secret, at least 16 characters; write-only. */
  secret: string;
  /** Where the POST goes (http or https). */
  url: string;
};

/** What happened to an alert. */
export type AlertChangeKind =
  /** Someone marked the alert as seen. */
  | 'ACKNOWLEDGED'
  /** The alert was opened. */
  | 'RAISED'
  /** A reminder was sent for an alert that is still open. */
  | 'REMINDED'
  /** A good run cleared the alert. */
  | 'RESOLVED';

/** Why an alert was raised. */
export type AlertKind =
  /** A run ended in Error or Fatal. */
  | 'BACKUP_FAILED'
  /** A run the job's notification level asks to announce. */
  | 'BACKUP_WARNING'
  /** The job missed its expected run plus tolerance. */
  | 'OVERDUE';

/** A job by its server and backup name, the pair that identifies it in duplistatus. */
export type BackupJobKey = {
  /** The name of the backup in Duplicati. */
  backupName: string;
  /** Global id or machine-id of its server. */
  serverId: string | number;
};

/** One way to name a backup job; the schema refuses none or two. */
export type BackupJobLookup =
  {   /** The job's global id. */
  id: string | number; key?: never; }
  |  { id?: never;   /** Its server and backup name. */
  key: BackupJobKey; };

/** How a run ended. */
export type BackupStatus =
  /** Finished, with errors: some files may not be backed up. */
  | 'ERROR'
  /** Stopped by an error before finishing. */
  | 'FATAL'
  /** Finished with no warnings or errors. */
  | 'SUCCESS'
  /** Any status Duplicati sent that is not one of the others. */
  | 'UNKNOWN'
  /** Finished, with warnings. */
  | 'WARNING';

/** Name the job with `job`; a setting omitted or null stays as it is. The one exception is the deprecated toleranceMinutes, where null clears: use toleranceOverrideMilliseconds and clearToleranceOverride instead, which never read null as clear. */
export type ConfigureBackupJobInput = {
  /** Comma-separated extra e-mail recipients; "" for none. */
  additionalEmails?: string | null | undefined;
  /** Which runs reach the additional destinations; overdue reaches them unless OFF. */
  additionalNotificationLevel?: NotificationLevel | null | undefined;
  /** An extra ntfy topic on the same server; "" for none. */
  additionalNtfyTopic?: string | null | undefined;
  /** UTC weekdays, 0 = Sunday; [] means every day. */
  allowedWeekdays?: Array<number> | null | undefined;
  /** Notify this job through the Apprise API (when configured). */
  appriseEnabled?: boolean | null | undefined;
  /**
   * The name of the backup in Duplicati; give it with serverId.
   * @deprecated Use ConfigureBackupJobInput.job with { key: { serverId, backupName } } (a @oneOf input: the schema checks that exactly one way is given). Will be removed after 2027-06-30
   */
  backupName?: string | null | undefined;
  /** True: drop the job's own tolerance, so it follows MonitoringSettings.defaultToleranceMilliseconds. False or null changes nothing. */
  clearToleranceOverride?: boolean | null | undefined;
  /** Notify this job by e-mail (when SMTP is configured). */
  emailEnabled?: boolean | null | undefined;
  /** e.g. "1D", "12h", "1W", "2h30m". */
  expectedInterval?: string | null | undefined;
  /** True: a Duplicati schedule sync or a report's planned run replaces this job's schedule, even one set by hand. False (the default): a schedule set by hand stays, and a sync outranks reports. */
  followDuplicati?: boolean | null | undefined;
  /** Notify this job through Gotify (when configured). */
  gotifyEnabled?: boolean | null | undefined;
  /**
   * The job's global id.
   * @deprecated Use ConfigureBackupJobInput.job with { id } (a @oneOf input: the schema checks that exactly one way is given). Will be removed after 2027-06-30
   */
  id?: string | number | null | undefined;
  /** The job to change. */
  job?: BackupJobLookup | null | undefined;
  /** Which runs raise a BACKUP_WARNING alert. */
  notificationLevel?: NotificationLevel | null | undefined;
  /** Notify when a good run resolves an OVERDUE or BACKUP_FAILED alert. */
  notifyRecovered?: boolean | null | undefined;
  /** Notify this job through ntfy. */
  ntfyEnabled?: boolean | null | undefined;
  /** False stops overdue checks for this job. */
  overdueCheckEnabled?: boolean | null | undefined;
  /**
   * Global id or machine-id of its server.
   * @deprecated Use ConfigureBackupJobInput.job with { key: { serverId, backupName } } (a @oneOf input: the schema checks that exactly one way is given). Will be removed after 2027-06-30
   */
  serverId?: string | number | null | undefined;
  /**
   * null: follow the global default.
   * @deprecated Use ConfigureBackupJobInput.toleranceOverrideMilliseconds: there null means unchanged, and clearToleranceOverride clears it. Will be removed after 2027-06-30
   */
  toleranceMinutes?: number | null | undefined;
  /** This job's own tolerance, in whole minutes given as milliseconds (0 to 604800000, 7 days); omitted or null leaves it as it is. */
  toleranceOverrideMilliseconds?: number | null | undefined;
};

/** The job to delete: by `job`, or by the deprecated serverId and backupName together; never both ways. */
export type DeleteBackupJobInput = {
  /**
   * The name of the backup in Duplicati.
   * @deprecated Use DeleteBackupJobInput.job with { key: { serverId, backupName } } (a @oneOf input: the schema checks that exactly one way is given). Will be removed after 2027-06-30
   */
  backupName?: string | null | undefined;
  /** The job to delete. */
  job?: BackupJobLookup | null | undefined;
  /**
   * Global id or machine-id of its server.
   * @deprecated Use DeleteBackupJobInput.job with { key: { serverId, backupName } } (a @oneOf input: the schema checks that exactly one way is given). Will be removed after 2027-06-30
   */
  serverId?: string | number | null | undefined;
};

/** Which servers to fold into which. */
export type MergeServersInput = {
  /** Servers to fold into the target and delete (global ids or machine-ids). */
  sourceIds: Array<string | number>;
  /** The server that stays (global id or machine-id). */
  targetId: string | number;
};

/** Where a notification is delivered. */
export type NotificationChannel =
  /** An Apprise API server (POST /notify). */
  | 'APPRISE'
  /** E-mail over SMTP. */
  | 'EMAIL'
  /** A Gotify server (POST /message). */
  | 'GOTIFY'
  /** An ntfy topic. */
  | 'NTFY'
  /** A webhook endpoint (signed JSON POST). */
  | 'WEBHOOK';

/** Where a notification stands. */
export type NotificationDeliveryStatus =
  /** Given up: a permanent error, or the last retry failed. resendNotification puts it back in line. */
  | 'DEAD'
  /** The channel accepted it. */
  | 'DELIVERED'
  /** Not delivered yet: waiting for its turn or for a retry. */
  | 'PENDING';

/** What a notification is about. */
export type NotificationEventKind =
  /** A run ended in Error or Fatal, or counted errors. */
  | 'BACKUP_FAILED'
  /** A run ended in Success. */
  | 'BACKUP_SUCCEEDED'
  /** A run ended in Warning or Unknown. */
  | 'BACKUP_WARNING'
  /** A job went overdue (its OVERDUE alert was raised). */
  | 'OVERDUE'
  /** A reminder for a job still overdue (docs/compatibility/overdue.md). */
  | 'OVERDUE_REMINDER'
  /** A good run resolved the job's OVERDUE or BACKUP_FAILED alert (opt-in per job). */
  | 'RECOVERED'
  /** The first report of a server never seen before (global option). */
  | 'SERVER_SEEN'
  /** A test sent with sendTestNotification. */
  | 'TEST';

/** Which runs raise a BACKUP_WARNING alert (duplistatus notificationEvent, docs/compatibility/notifications.md#events). */
export type NotificationLevel =
  /** Every run that is not a clean Success. */
  | 'ALL'
  /** Only runs with errors. */
  | 'ERRORS'
  /** None; failed runs still raise BACKUP_FAILED. */
  | 'OFF'
  /** Every status except Success (default). */
  | 'WARNINGS';

/** duplistatus's three templates. */
export type NotificationTemplateKind =
  /** An overdue job and its reminders. */
  | 'OVERDUE_BACKUP'
  /** A run that ended in Success. */
  | 'SUCCESS'
  /** A run that ended otherwise. */
  | 'WARNING';

/** What to render: a template (given, else the stored one, else the default) and the real data to fill it with. */
export type NotificationTemplatePreviewInput = {
  /** A stored run (Backup id) to fill a SUCCESS or WARNING template with. */
  backupId?: string | number | null | undefined;
  /** A backup job (BackupJob id) to fill an OVERDUE_BACKUP template with, as if it were overdue now. */
  jobId?: string | number | null | undefined;
  /** Which template. */
  kind: NotificationTemplateKind;
  /** The text to render; absent: the stored template of this kind, or the default of the language. */
  template?: NotificationTemplateTextInput | null | undefined;
};

/** A template to preview without storing it; {placeholder}s as in docs/compatibility/notifications.md#template-variables. */
export type NotificationTemplateTextInput = {
  /** The message. */
  message: string;
  /** min, low, default, high or max; default "default". */
  priority?: string | null | undefined;
  /** Comma-separated tags. */
  tags?: string | null | undefined;
  /** The title (e-mail subject). */
  title: string;
};

/** How often an open OVERDUE alert is repeated (docs/compatibility/overdue.md#periodic-check-and-reminders). */
export type ReminderFrequency =
  /** Again every day while the job stays overdue. */
  | 'EVERY_DAY'
  /** Again every month while the job stays overdue. */
  | 'EVERY_MONTH'
  /** Again every week while the job stays overdue. */
  | 'EVERY_WEEK'
  /** Once, when the alert is raised; no reminders. */
  | 'ONETIME';

/** What happened to a server. */
export type ServerChangeKind =
  /** Its first report arrived. */
  | 'CREATED'
  /** It was deleted, or merged into another server. */
  | 'DELETED'
  /** Its alias, note or URL changed, one of its jobs was deleted, or servers were merged into it. */
  | 'UPDATED';

/** Values to store on a server; a setting omitted or null stays as it is (to remove one, use its clear flag). */
export type ServerSettingsInput = {
  /** A display name. */
  alias?: string | null | undefined;
  /** Free text. */
  note?: string | null | undefined;
  /** The Duplicati web UI, an absolute http(s) URL. */
  url?: string | null | undefined;
};

/** Apprise API settings: a configuration key, or Apprise URLs (write-only). */
export type SetAppriseSettingsInput = {
  /** Default true. */
  enabled?: boolean | null | undefined;
  /** A configuration key on that server. */
  key?: string | null | undefined;
  /** The Apprise API server. */
  url: string;
  /** Apprise URLs, used when there is no key; write-only, omitted keeps the stored ones. */
  urls?: string | null | undefined;
};

/** SMTP settings; password omitted keeps the stored one, "" removes it. */
export type SetEmailSettingsInput = {
  /** How the connection is secured. */
  connectionType: SmtpConnectionType;
  /** Required with PLAIN; else the username when empty. */
  fromAddress?: string | null | undefined;
  /** SMTP host. */
  host: string;
  /** The recipient. */
  mailto: string;
  /** The password; write-only. */
  password?: string | null | undefined;
  /** SMTP port. */
  port: number;
  /** Default true. */
  requireAuth?: boolean | null | undefined;
  /** Default "duplistatus". */
  senderName?: string | null | undefined;
  /** The login name. */
  username?: string | null | undefined;
};

/** Gotify settings; token omitted keeps the stored one. */
export type SetGotifySettingsInput = {
  /** Default true. */
  enabled?: boolean | null | undefined;
  /** Application token; write-only. */
  token?: string | null | undefined;
  /** The Gotify server. */
  url: string;
};

/** Global notification options; omitted ones stay. */
export type SetNotificationOptionsInput = {
  /** Notify the first report of a new server. */
  notifyNewServer?: boolean | null | undefined;
  /** More overdue notifications than this in one check become one digest (≥ 1). */
  overdueDigestThreshold?: number | null | undefined;
};

/** One template; {placeholder}s as in docs/compatibility/notifications.md#template-variables. */
export type SetNotificationTemplateInput = {
  /** Which template. */
  kind: NotificationTemplateKind;
  /** The message. */
  message: string;
  /** min, low, default, high or max; default "default". */
  priority?: string | null | undefined;
  /** Comma-separated tags. */
  tags?: string | null | undefined;
  /** The title. */
  title: string;
};

/** ntfy settings; accessToken omitted keeps the stored one, "" removes it. */
export type SetNtfySettingsInput = {
  /** Bearer token; write-only. */
  accessToken?: string | null | undefined;
  /** The topic. */
  topic: string;
  /** The ntfy server, e.g. https://ntfy.sh/. */
  url: string;
};

/** How the SMTP connection is secured. */
export type SmtpConnectionType =
  /** Never TLS. */
  | 'PLAIN'
  /** Implicit TLS from the first byte (port 465). */
  | 'SSL'
  /** Upgraded to TLS with STARTTLS; TLS is required. */
  | 'STARTTLS';

/** Only the settings given change. */
export type UpdateMonitoringSettingsInput = {
  /** The tolerance of jobs without their own, in milliseconds: one of 0, 300000, 900000, 1800000, 3600000, 7200000, 14400000, 21600000, 43200000, 86400000 (0 to 24 hours, the steps duplistatus offers). */
  defaultToleranceMilliseconds?: number | null | undefined;
  /**
   * One of 0, 5, 15, 30, 60, 120, 240, 360, 720, 1440.
   * @deprecated Use UpdateMonitoringSettingsInput.defaultToleranceMilliseconds: durations are whole milliseconds, a SafeInt. Will be removed after 2027-06-30
   */
  defaultToleranceMinutes?: number | null | undefined;
  /** How often an open OVERDUE alert is repeated. */
  reminderFrequency?: ReminderFrequency | null | undefined;
};

/** Set values with `set` and remove them with the clear flags; anything omitted or null stays as it is. The deprecated alias, note and url fields keep their old rule (omitted: unchanged, null: cleared) and cannot be mixed with the new ones. Unlike duplistatus, omitted fields are never blanked (docs/compatibility/known-problems.md#server-edit-clears-omitted-fields). */
export type UpdateServerInput = {
  /**
   * A display name; empty or null for none.
   * @deprecated Use UpdateServerInput.set: there null means unchanged, and clearAlias, clearNote and clearUrl clear. Will be removed after 2027-06-30
   */
  alias?: string | null | undefined;
  /** True removes the alias. False or null changes nothing. */
  clearAlias?: boolean | null | undefined;
  /** True removes the note. False or null changes nothing. */
  clearNote?: boolean | null | undefined;
  /** True removes the URL. False or null changes nothing. */
  clearUrl?: boolean | null | undefined;
  /** Global id or machine-id. */
  id: string | number;
  /**
   * Free text; empty or null for none.
   * @deprecated Use UpdateServerInput.set: there null means unchanged, and clearAlias, clearNote and clearUrl clear. Will be removed after 2027-06-30
   */
  note?: string | null | undefined;
  /** Values to store; null or omitted ones stay as they are. */
  set?: ServerSettingsInput | null | undefined;
  /**
   * The Duplicati web UI, http(s); empty or null for none.
   * @deprecated Use UpdateServerInput.set: there null means unchanged, and clearAlias, clearNote and clearUrl clear. Will be removed after 2027-06-30
   */
  url?: string | null | undefined;
};

export type AdminPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPageQuery = { monitoringSettings: { id: string, defaultToleranceMilliseconds: number, reminderFrequency: ReminderFrequency }, duplicateServers: Array<{ name: string, servers: Array<{ id: string, name: string, alias: string, serverId: string, createdAt: string }> }>, deprecatedFieldUsage: Array<{ client: string, clientVersion: string | null, coordinate: string, count: number, firstSeenAt: string, lastSeenAt: string }>, servers: { nodes: Array<{ id: string, name: string, alias: string, note: string, url: string, serverId: string, backupJobs: Array<{ id: string, backupName: string, schedule: { expectedInterval: string, allowedWeekdays: Array<number>, toleranceOverrideMilliseconds: number | null, overdueCheckEnabled: boolean, notificationLevel: NotificationLevel }, notificationChoices: { ntfyEnabled: boolean, emailEnabled: boolean, gotifyEnabled: boolean, appriseEnabled: boolean, notifyRecovered: boolean, additionalNtfyTopic: string, additionalEmails: string, additionalNotificationLevel: NotificationLevel } }> }> } };

export type AcknowledgeAlertMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeAlertMutation = { acknowledgeAlert:
    | { __typename: 'AcknowledgeAlertPayload', alert: { id: string, acknowledgedAt: string | null } }
    | { __typename: 'NotFoundError', message: string }
   };

export type UpdateServerMutationVariables = Exact<{
  input: UpdateServerInput;
}>;


export type UpdateServerMutation = { updateServer:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateServerPayload', changed: boolean, server: { id: string, alias: string, note: string, url: string } }
   };

export type ConfigureJobMutationVariables = Exact<{
  input: ConfigureBackupJobInput;
}>;


export type ConfigureJobMutation = { configureBackupJob:
    | { __typename: 'ConfigureBackupJobPayload', job: { id: string } }
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'NotFoundError', message: string }
   };

export type MergeServersMutationVariables = Exact<{
  input: MergeServersInput;
}>;


export type MergeServersMutation = { mergeServers:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'MergeServersPayload', counts: { jobsMoved: number, jobsCombined: number, runsMoved: number, servers: number } }
    | { __typename: 'NotFoundError', message: string }
   };

export type DeleteServerMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteServerMutation = { deleteServer:
    | { __typename: 'DeleteServerPayload', name: string, deleted: { jobs: number, runs: number, alerts: number } }
    | { __typename: 'NotFoundError', message: string }
   };

export type DeleteJobMutationVariables = Exact<{
  input: DeleteBackupJobInput;
}>;


export type DeleteJobMutation = { deleteBackupJob:
    | { __typename: 'DeleteBackupJobPayload', backupName: string, deleted: { runs: number, alerts: number } }
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'NotFoundError', message: string }
   };

export type PruneRunsMutationVariables = Exact<{
  olderThan: string;
}>;


export type PruneRunsMutation = { pruneBackups:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'PruneBackupsPayload', deleted: { runs: number, jobsAffected: number } }
   };

export type SetMonitoringMutationVariables = Exact<{
  input: UpdateMonitoringSettingsInput;
}>;


export type SetMonitoringMutation = { setMonitoringSettings:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'SetMonitoringSettingsPayload', monitoringSettings: { id: string, defaultToleranceMilliseconds: number, reminderFrequency: ReminderFrequency } }
   };

export type RunOverdueCheckMutationVariables = Exact<{ [key: string]: never; }>;


export type RunOverdueCheckMutation = { runOverdueCheck:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'RunOverdueCheckPayload', check: { message: string } }
   };

export type BackupReceivedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type BackupReceivedSubscription = { backupReceived: { cursor: string, backupId: string, status: BackupStatus, startedAt: string, serverGlobalId: string, job: { id: string, backupName: string }, server: { id: string, name: string, alias: string } } };

export type AlertChangedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AlertChangedSubscription = { alertChanged: { cursor: string, alertId: string, alertKind: AlertKind, change: AlertChangeKind, changedAt: string, backupName: string, serverGlobalId: string } };

export type ServerChangedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ServerChangedSubscription = { serverChanged: { cursor: string, change: ServerChangeKind, serverGlobalId: string, name: string } };

export type LiveCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveCursorQuery = { liveCursor: string };

export type NotificationSettingsViewFragment = { notifyNewServer: boolean, overdueDigestThreshold: number, templateLanguage: string, ntfy: { url: string, topic: string, hasAccessToken: boolean } | null, email: { host: string, port: number, connectionType: SmtpConnectionType, requireAuth: boolean, username: string, hasPassword: boolean, passwordMustBeSetAgain: boolean, mailto: string, fromAddress: string, senderName: string } | null, gotify: { url: string, enabled: boolean, hasToken: boolean } | null, apprise: { url: string, key: string, enabled: boolean, hasUrls: boolean } | null, webhooks: Array<{ id: string, name: string, url: string, enabled: boolean, events: Array<NotificationEventKind>, jobIds: Array<string>, legacyMachineKeys: boolean, hasSecret: boolean }>, templates: Array<{ kind: NotificationTemplateKind, title: string, message: string, priority: string, tags: string }> };

export type NotificationSettingsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationSettingsPageQuery = { notificationSettings: { notifyNewServer: boolean, overdueDigestThreshold: number, templateLanguage: string, ntfy: { url: string, topic: string, hasAccessToken: boolean } | null, email: { host: string, port: number, connectionType: SmtpConnectionType, requireAuth: boolean, username: string, hasPassword: boolean, passwordMustBeSetAgain: boolean, mailto: string, fromAddress: string, senderName: string } | null, gotify: { url: string, enabled: boolean, hasToken: boolean } | null, apprise: { url: string, key: string, enabled: boolean, hasUrls: boolean } | null, webhooks: Array<{ id: string, name: string, url: string, enabled: boolean, events: Array<NotificationEventKind>, jobIds: Array<string>, legacyMachineKeys: boolean, hasSecret: boolean }>, templates: Array<{ kind: NotificationTemplateKind, title: string, message: string, priority: string, tags: string }> } };

export type SetNtfyMutationVariables = Exact<{
  input: SetNtfySettingsInput;
}>;


export type SetNtfyMutation = { setNtfySettings:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'NotificationSettings', notifyNewServer: boolean, overdueDigestThreshold: number, templateLanguage: string, ntfy: { url: string, topic: string, hasAccessToken: boolean } | null, email: { host: string, port: number, connectionType: SmtpConnectionType, requireAuth: boolean, username: string, hasPassword: boolean, passwordMustBeSetAgain: boolean, mailto: string, fromAddress: string, senderName: string } | null, gotify: { url: string, enabled: boolean, hasToken: boolean } | null, apprise: { url: string, key: string, enabled: boolean, hasUrls: boolean } | null, webhooks: Array<{ id: string, name: string, url: string, enabled: boolean, events: Array<NotificationEventKind>, jobIds: Array<string>, legacyMachineKeys: boolean, hasSecret: boolean }>, templates: Array<{ kind: NotificationTemplateKind, title: string, message: string, priority: string, tags: string }> }
   };

export type SetEmailMutationVariables = Exact<{
  input: SetEmailSettingsInput;
}>;


export type SetEmailMutation = { setEmailSettings:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'NotificationSettings', notifyNewServer: boolean, overdueDigestThreshold: number, templateLanguage: string, ntfy: { url: string, topic: string, hasAccessToken: boolean } | null, email: { host: string, port: number, connectionType: SmtpConnectionType, requireAuth: boolean, username: string, hasPassword: boolean, passwordMustBeSetAgain: boolean, mailto: string, fromAddress: string, senderName: string } | null, gotify: { url: string, enabled: boolean, hasToken: boolean } | null, apprise: { url: string, key: string, enabled: boolean, hasUrls: boolean } | null, webhooks: Array<{ id: string, name: string, url: string, enabled: boolean, events: Array<NotificationEventKind>, jobIds: Array<string>, legacyMachineKeys: boolean, hasSecret: boolean }>, templates: Array<{ kind: NotificationTemplateKind, title: string, message: string, priority: string, tags: string }> }
   };

export type SetGotifyMutationVariables = Exact<{
  input: SetGotifySettingsInput;
}>;


export type SetGotifyMutation = { setGotifySettings:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'NotificationSettings', notifyNewServer: boolean, overdueDigestThreshold: number, templateLanguage: string, ntfy: { url: string, topic: string, hasAccessToken: boolean } | null, email: { host: string, port: number, connectionType: SmtpConnectionType, requireAuth: boolean, username: string, hasPassword: boolean, passwordMustBeSetAgain: boolean, mailto: string, fromAddress: string, senderName: string } | null, gotify: { url: string, enabled: boolean, hasToken: boolean } | null, apprise: { url: string, key: string, enabled: boolean, hasUrls: boolean } | null, webhooks: Array<{ id: string, name: string, url: string, enabled: boolean, events: Array<NotificationEventKind>, jobIds: Array<string>, legacyMachineKeys: boolean, hasSecret: boolean }>, templates: Array<{ kind: NotificationTemplateKind, title: string, message: string, priority: string, tags: string }> }
   };

export type SetAppriseMutationVariables = Exact<{
  input: SetAppriseSettingsInput;
}>;


export type SetAppriseMutation = { setAppriseSettings:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'NotificationSettings', notifyNewServer: boolean, overdueDigestThreshold: number, templateLanguage: string, ntfy: { url: string, topic: string, hasAccessToken: boolean } | null, email: { host: string, port: number, connectionType: SmtpConnectionType, requireAuth: boolean, username: string, hasPassword: boolean, passwordMustBeSetAgain: boolean, mailto: string, fromAddress: string, senderName: string } | null, gotify: { url: string, enabled: boolean, hasToken: boolean } | null, apprise: { url: string, key: string, enabled: boolean, hasUrls: boolean } | null, webhooks: Array<{ id: string, name: string, url: string, enabled: boolean, events: Array<NotificationEventKind>, jobIds: Array<string>, legacyMachineKeys: boolean, hasSecret: boolean }>, templates: Array<{ kind: NotificationTemplateKind, title: string, message: string, priority: string, tags: string }> }
   };

export type SetNotificationOptionsMutationVariables = Exact<{
  input: SetNotificationOptionsInput;
}>;


export type SetNotificationOptionsMutation = { setNotificationOptions:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'NotificationSettings', notifyNewServer: boolean, overdueDigestThreshold: number, templateLanguage: string, ntfy: { url: string, topic: string, hasAccessToken: boolean } | null, email: { host: string, port: number, connectionType: SmtpConnectionType, requireAuth: boolean, username: string, hasPassword: boolean, passwordMustBeSetAgain: boolean, mailto: string, fromAddress: string, senderName: string } | null, gotify: { url: string, enabled: boolean, hasToken: boolean } | null, apprise: { url: string, key: string, enabled: boolean, hasUrls: boolean } | null, webhooks: Array<{ id: string, name: string, url: string, enabled: boolean, events: Array<NotificationEventKind>, jobIds: Array<string>, legacyMachineKeys: boolean, hasSecret: boolean }>, templates: Array<{ kind: NotificationTemplateKind, title: string, message: string, priority: string, tags: string }> }
   };

export type SetNotificationTemplateMutationVariables = Exact<{
  input: SetNotificationTemplateInput;
}>;


export type SetNotificationTemplateMutation = { setNotificationTemplate:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'NotificationSettings', notifyNewServer: boolean, overdueDigestThreshold: number, templateLanguage: string, ntfy: { url: string, topic: string, hasAccessToken: boolean } | null, email: { host: string, port: number, connectionType: SmtpConnectionType, requireAuth: boolean, username: string, hasPassword: boolean, passwordMustBeSetAgain: boolean, mailto: string, fromAddress: string, senderName: string } | null, gotify: { url: string, enabled: boolean, hasToken: boolean } | null, apprise: { url: string, key: string, enabled: boolean, hasUrls: boolean } | null, webhooks: Array<{ id: string, name: string, url: string, enabled: boolean, events: Array<NotificationEventKind>, jobIds: Array<string>, legacyMachineKeys: boolean, hasSecret: boolean }>, templates: Array<{ kind: NotificationTemplateKind, title: string, message: string, priority: string, tags: string }> }
   };

export type AddWebhookMutationVariables = Exact<{
  input: AddNotificationWebhookInput;
}>;


export type AddWebhookMutation = { addNotificationWebhook:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'NotificationWebhook', id: string }
   };

export type RemoveWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveWebhookMutation = { removeNotificationWebhook:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RemoveNotificationWebhookPayload', removedWebhookId: string }
   };

export type SendTestNotificationMutationVariables = Exact<{
  channels?: Array<NotificationChannel> | NotificationChannel | null | undefined;
  toEmail?: string | null | undefined;
}>;


export type SendTestNotificationMutation = { sendTestNotification:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'SendTestNotificationPayload', outcomes: Array<{ channel: NotificationChannel, destination: string, delivered: boolean, responseCode: number | null, error: string | null, messageId: string }> }
   };

export type DeliveryRowFragment = { id: string, status: NotificationDeliveryStatus, channel: NotificationChannel, event: NotificationEventKind, destination: string, title: string, attempts: number, lastError: string | null, responseCode: number | null, createdAt: string, deliveredAt: string | null, nextAttemptAt: string | null };

export type NotificationDeliveriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  status?: NotificationDeliveryStatus | null | undefined;
  channel?: NotificationChannel | null | undefined;
  event?: NotificationEventKind | null | undefined;
}>;


export type NotificationDeliveriesQuery = { notificationDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, status: NotificationDeliveryStatus, channel: NotificationChannel, event: NotificationEventKind, destination: string, title: string, attempts: number, lastError: string | null, responseCode: number | null, createdAt: string, deliveredAt: string | null, nextAttemptAt: string | null }> } };

export type ResendNotificationMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendNotificationMutation = { resendNotification:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'NotificationDelivery', id: string, status: NotificationDeliveryStatus, channel: NotificationChannel, event: NotificationEventKind, destination: string, title: string, attempts: number, lastError: string | null, responseCode: number | null, createdAt: string, deliveredAt: string | null, nextAttemptAt: string | null }
   };

export type NotificationDeliveryChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationDeliveryChangedSubscription = { notificationDeliveryChanged: { deliveryId: string, status: NotificationDeliveryStatus, changedAt: string, delivery: { id: string, status: NotificationDeliveryStatus, channel: NotificationChannel, event: NotificationEventKind, destination: string, title: string, attempts: number, lastError: string | null, responseCode: number | null, createdAt: string, deliveredAt: string | null, nextAttemptAt: string | null } | null } };

export type TemplatePreviewJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type TemplatePreviewJobsQuery = { backupJobs: { nodes: Array<{ id: string, backupName: string, server: { name: string, alias: string }, latestBackup: { id: string, status: BackupStatus } | null }> } };

export type NotificationTemplatePreviewQueryVariables = Exact<{
  input: NotificationTemplatePreviewInput;
}>;


export type NotificationTemplatePreviewQuery = { notificationTemplatePreview:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'NotificationTemplatePreview', deprecatedPlaceholders: Array<string>, channels: Array<{ channel: NotificationChannel, title: string, message: string, priority: string, tags: string, truncated: boolean }> }
   };

export type OverviewQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type OverviewQuery = { summary: { totalServers: number, totalBackupJobs: number, totalBackupRuns: number, totalStorageUsed: number, totalUploadedSize: number, overdueBackupJobCount: number, lastBackupAt: string | null }, activeAlerts: { totalCount: number }, servers: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, alias: string, serverId: string, backupJobs: Array<{ id: string, backupName: string, lastBackupAt: string | null, runCount: number, latestBackup: { id: string, status: BackupStatus, startedAt: string, durationMilliseconds: number, uploadedSize: number, warningCount: number, errorCount: number } | null, overdue: { isOverdue: boolean, nextExpectedAt: string | null, deadlineAt: string | null, becameOverdueAt: string | null } }> }> } };

export type OverviewServersQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type OverviewServersQuery = { servers: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, alias: string, serverId: string, backupJobs: Array<{ id: string, backupName: string, lastBackupAt: string | null, runCount: number, latestBackup: { id: string, status: BackupStatus, startedAt: string, durationMilliseconds: number, uploadedSize: number, warningCount: number, errorCount: number } | null, overdue: { isOverdue: boolean, nextExpectedAt: string | null, deadlineAt: string | null, becameOverdueAt: string | null } }> }> } };

export type ServerTileFragment = { id: string, name: string, alias: string, serverId: string, backupJobs: Array<{ id: string, backupName: string, lastBackupAt: string | null, runCount: number, latestBackup: { id: string, status: BackupStatus, startedAt: string, durationMilliseconds: number, uploadedSize: number, warningCount: number, errorCount: number } | null, overdue: { isOverdue: boolean, nextExpectedAt: string | null, deadlineAt: string | null, becameOverdueAt: string | null } }> };

export type JobTileFragment = { id: string, backupName: string, lastBackupAt: string | null, runCount: number, latestBackup: { id: string, status: BackupStatus, startedAt: string, durationMilliseconds: number, uploadedSize: number, warningCount: number, errorCount: number } | null, overdue: { isOverdue: boolean, nextExpectedAt: string | null, deadlineAt: string | null, becameOverdueAt: string | null } };

export type HistoryPointsFragment = { startAt: string, runs: number, uploadedSize: number, storageSize: number, durationMilliseconds: number, fileCount: number };

export type AlertRowFragment = { id: string, kind: AlertKind, message: string, active: boolean, raisedAt: string, resolvedAt: string | null, acknowledgedAt: string | null, reminderCount: number };

export type JobPageQueryVariables = Exact<{
  id: string | number;
}>;


export type JobPageQuery = { node:
    | { id: string, backupName: string, runCount: number, lastBackupAt: string | null, server: { id: string, name: string, alias: string }, schedule: { expectedInterval: string, allowedWeekdays: Array<number>, toleranceOverrideMilliseconds: number | null, effectiveToleranceMilliseconds: number, overdueCheckEnabled: boolean, notificationLevel: NotificationLevel }, overdue: { isOverdue: boolean, nextExpectedAt: string | null, deadlineAt: string | null, becameOverdueAt: string | null, lastRemindedAt: string | null, effectiveToleranceMilliseconds: number }, history: Array<{ startAt: string, runs: number, uploadedSize: number, storageSize: number, durationMilliseconds: number, fileCount: number }>, alerts: { totalCount: number, nodes: Array<{ id: string, kind: AlertKind, message: string, active: boolean, raisedAt: string, resolvedAt: string | null, acknowledgedAt: string | null, reminderCount: number }> } }
    | Record<PropertyKey, never>
   | null };

export type ServerPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ServerPageQuery = { node:
    | { id: string, name: string, alias: string, note: string, url: string, serverId: string, createdAt: string, backupJobs: Array<{ id: string, backupName: string, lastBackupAt: string | null, runCount: number, latestBackup: { id: string, status: BackupStatus, startedAt: string, durationMilliseconds: number, uploadedSize: number, warningCount: number, errorCount: number } | null, overdue: { isOverdue: boolean, nextExpectedAt: string | null, deadlineAt: string | null, becameOverdueAt: string | null } }>, history: Array<{ startAt: string, runs: number, uploadedSize: number, storageSize: number, durationMilliseconds: number, fileCount: number }> }
    | Record<PropertyKey, never>
   | null, alerts: { nodes: Array<{ id: string, kind: AlertKind, message: string, active: boolean, raisedAt: string, resolvedAt: string | null, acknowledgedAt: string | null, reminderCount: number, job: { id: string, backupName: string } }> } };

export type RunRowFragment = { id: string, backupName: string, status: BackupStatus, startedAt: string, endedAt: string, durationMilliseconds: number, uploadedSize: number, knownFileSize: number, sizeOfExaminedFiles: number, examinedFiles: number, warningCount: number, errorCount: number, warningMessages: Array<string>, errorMessages: Array<string>, version: string | null };

export type RunPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, backupName: string, status: BackupStatus, startedAt: string, endedAt: string, durationMilliseconds: number, uploadedSize: number, knownFileSize: number, sizeOfExaminedFiles: number, examinedFiles: number, warningCount: number, errorCount: number, warningMessages: Array<string>, errorMessages: Array<string>, version: string | null }> };

export type JobRunsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type JobRunsQuery = { node:
    | { id: string, backups: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, backupName: string, status: BackupStatus, startedAt: string, endedAt: string, durationMilliseconds: number, uploadedSize: number, knownFileSize: number, sizeOfExaminedFiles: number, examinedFiles: number, warningCount: number, errorCount: number, warningMessages: Array<string>, errorMessages: Array<string>, version: string | null }> } }
    | Record<PropertyKey, never>
   | null };

export type ServerRunsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ServerRunsQuery = { node:
    | { id: string, backups: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, backupName: string, status: BackupStatus, startedAt: string, endedAt: string, durationMilliseconds: number, uploadedSize: number, knownFileSize: number, sizeOfExaminedFiles: number, examinedFiles: number, warningCount: number, errorCount: number, warningMessages: Array<string>, errorMessages: Array<string>, version: string | null }> } }
    | Record<PropertyKey, never>
   | null };

export type RunLogQueryVariables = Exact<{
  id: string | number;
}>;


export type RunLogQuery = { node:
    | { id: string, logLines: Array<string> }
    | Record<PropertyKey, never>
   | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const NotificationSettingsViewFragmentDoc = new TypedDocumentString(`
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}
    `, {"fragmentName":"NotificationSettingsView"}) as unknown as TypedDocumentString<NotificationSettingsViewFragment, unknown>;
export const DeliveryRowFragmentDoc = new TypedDocumentString(`
    fragment DeliveryRow on NotificationDelivery {
  id
  status
  channel
  event
  destination
  title
  attempts
  lastError
  responseCode
  createdAt
  deliveredAt
  nextAttemptAt
}
    `, {"fragmentName":"DeliveryRow"}) as unknown as TypedDocumentString<DeliveryRowFragment, unknown>;
export const JobTileFragmentDoc = new TypedDocumentString(`
    fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}
    `, {"fragmentName":"JobTile"}) as unknown as TypedDocumentString<JobTileFragment, unknown>;
export const ServerTileFragmentDoc = new TypedDocumentString(`
    fragment ServerTile on Server {
  id
  name
  alias
  serverId
  backupJobs {
    ...JobTile
  }
}
    fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}`, {"fragmentName":"ServerTile"}) as unknown as TypedDocumentString<ServerTileFragment, unknown>;
export const HistoryPointsFragmentDoc = new TypedDocumentString(`
    fragment HistoryPoints on HistoryPoint {
  startAt
  runs
  uploadedSize
  storageSize
  durationMilliseconds
  fileCount
}
    `, {"fragmentName":"HistoryPoints"}) as unknown as TypedDocumentString<HistoryPointsFragment, unknown>;
export const AlertRowFragmentDoc = new TypedDocumentString(`
    fragment AlertRow on Alert {
  id
  kind
  message
  active
  raisedAt
  resolvedAt
  acknowledgedAt
  reminderCount
}
    `, {"fragmentName":"AlertRow"}) as unknown as TypedDocumentString<AlertRowFragment, unknown>;
export const RunRowFragmentDoc = new TypedDocumentString(`
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}
    `, {"fragmentName":"RunRow"}) as unknown as TypedDocumentString<RunRowFragment, unknown>;
export const RunPageFragmentDoc = new TypedDocumentString(`
    fragment RunPage on BackupJobBackupsConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  nodes {
    ...RunRow
  }
}
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}`, {"fragmentName":"RunPage"}) as unknown as TypedDocumentString<RunPageFragment, unknown>;
export const AdminPageDocument = new TypedDocumentString(`
    query AdminPage {
  monitoringSettings {
    id
    defaultToleranceMilliseconds
    reminderFrequency
  }
  duplicateServers {
    name
    servers {
      id
      name
      alias
      serverId
      createdAt
    }
  }
  deprecatedFieldUsage {
    client
    clientVersion
    coordinate
    count
    firstSeenAt
    lastSeenAt
  }
  servers(first: 100) {
    nodes {
      id
      name
      alias
      note
      url
      serverId
      backupJobs {
        id
        backupName
        schedule {
          expectedInterval
          allowedWeekdays
          toleranceOverrideMilliseconds
          overdueCheckEnabled
          notificationLevel
        }
        notificationChoices {
          ntfyEnabled
          emailEnabled
          gotifyEnabled
          appriseEnabled
          notifyRecovered
          additionalNtfyTopic
          additionalEmails
          additionalNotificationLevel
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminPageQuery, AdminPageQueryVariables>;
export const AcknowledgeAlertDocument = new TypedDocumentString(`
    mutation AcknowledgeAlert($id: ID!) {
  acknowledgeAlert(input: {id: $id}) {
    __typename
    ... on AcknowledgeAlertPayload {
      alert {
        id
        acknowledgedAt
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const UpdateServerDocument = new TypedDocumentString(`
    mutation UpdateServer($input: UpdateServerInput!) {
  updateServer(input: $input) {
    __typename
    ... on UpdateServerPayload {
      changed
      server {
        id
        alias
        note
        url
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateServerMutation, UpdateServerMutationVariables>;
export const ConfigureJobDocument = new TypedDocumentString(`
    mutation ConfigureJob($input: ConfigureBackupJobInput!) {
  configureBackupJob(input: $input) {
    __typename
    ... on ConfigureBackupJobPayload {
      job {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConfigureJobMutation, ConfigureJobMutationVariables>;
export const MergeServersDocument = new TypedDocumentString(`
    mutation MergeServers($input: MergeServersInput!) {
  mergeServers(input: $input) {
    __typename
    ... on MergeServersPayload {
      counts {
        jobsMoved
        jobsCombined
        runsMoved
        servers
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MergeServersMutation, MergeServersMutationVariables>;
export const DeleteServerDocument = new TypedDocumentString(`
    mutation DeleteServer($id: ID!) {
  deleteServer(input: {id: $id}) {
    __typename
    ... on DeleteServerPayload {
      name
      deleted {
        jobs
        runs
        alerts
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteServerMutation, DeleteServerMutationVariables>;
export const DeleteJobDocument = new TypedDocumentString(`
    mutation DeleteJob($input: DeleteBackupJobInput!) {
  deleteBackupJob(input: $input) {
    __typename
    ... on DeleteBackupJobPayload {
      backupName
      deleted {
        runs
        alerts
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteJobMutation, DeleteJobMutationVariables>;
export const PruneRunsDocument = new TypedDocumentString(`
    mutation PruneRuns($olderThan: DateTime!) {
  pruneBackups(input: {olderThan: $olderThan}) {
    __typename
    ... on PruneBackupsPayload {
      deleted {
        runs
        jobsAffected
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PruneRunsMutation, PruneRunsMutationVariables>;
export const SetMonitoringDocument = new TypedDocumentString(`
    mutation SetMonitoring($input: UpdateMonitoringSettingsInput!) {
  setMonitoringSettings(input: $input) {
    __typename
    ... on SetMonitoringSettingsPayload {
      monitoringSettings {
        id
        defaultToleranceMilliseconds
        reminderFrequency
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SetMonitoringMutation, SetMonitoringMutationVariables>;
export const RunOverdueCheckDocument = new TypedDocumentString(`
    mutation RunOverdueCheck {
  runOverdueCheck {
    __typename
    ... on RunOverdueCheckPayload {
      check {
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RunOverdueCheckMutation, RunOverdueCheckMutationVariables>;
export const BackupReceivedDocument = new TypedDocumentString(`
    subscription BackupReceived($after: String) {
  backupReceived(after: $after) {
    cursor
    backupId
    status
    startedAt
    serverGlobalId
    job {
      id
      backupName
    }
    server {
      id
      name
      alias
    }
  }
}
    `) as unknown as TypedDocumentString<BackupReceivedSubscription, BackupReceivedSubscriptionVariables>;
export const AlertChangedDocument = new TypedDocumentString(`
    subscription AlertChanged($after: String) {
  alertChanged(after: $after) {
    cursor
    alertId
    alertKind
    change
    changedAt
    backupName
    serverGlobalId
  }
}
    `) as unknown as TypedDocumentString<AlertChangedSubscription, AlertChangedSubscriptionVariables>;
export const ServerChangedDocument = new TypedDocumentString(`
    subscription ServerChanged($after: String) {
  serverChanged(after: $after) {
    cursor
    change
    serverGlobalId
    name
  }
}
    `) as unknown as TypedDocumentString<ServerChangedSubscription, ServerChangedSubscriptionVariables>;
export const LiveCursorDocument = new TypedDocumentString(`
    query LiveCursor {
  liveCursor
}
    `) as unknown as TypedDocumentString<LiveCursorQuery, LiveCursorQueryVariables>;
export const NotificationSettingsPageDocument = new TypedDocumentString(`
    query NotificationSettingsPage {
  notificationSettings {
    ...NotificationSettingsView
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`) as unknown as TypedDocumentString<NotificationSettingsPageQuery, NotificationSettingsPageQueryVariables>;
export const SetNtfyDocument = new TypedDocumentString(`
    mutation SetNtfy($input: SetNtfySettingsInput!) {
  setNtfySettings(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`) as unknown as TypedDocumentString<SetNtfyMutation, SetNtfyMutationVariables>;
export const SetEmailDocument = new TypedDocumentString(`
    mutation SetEmail($input: SetEmailSettingsInput!) {
  setEmailSettings(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`) as unknown as TypedDocumentString<SetEmailMutation, SetEmailMutationVariables>;
export const SetGotifyDocument = new TypedDocumentString(`
    mutation SetGotify($input: SetGotifySettingsInput!) {
  setGotifySettings(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`) as unknown as TypedDocumentString<SetGotifyMutation, SetGotifyMutationVariables>;
export const SetAppriseDocument = new TypedDocumentString(`
    mutation SetApprise($input: SetAppriseSettingsInput!) {
  setAppriseSettings(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`) as unknown as TypedDocumentString<SetAppriseMutation, SetAppriseMutationVariables>;
export const SetNotificationOptionsDocument = new TypedDocumentString(`
    mutation SetNotificationOptions($input: SetNotificationOptionsInput!) {
  setNotificationOptions(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`) as unknown as TypedDocumentString<SetNotificationOptionsMutation, SetNotificationOptionsMutationVariables>;
export const SetNotificationTemplateDocument = new TypedDocumentString(`
    mutation SetNotificationTemplate($input: SetNotificationTemplateInput!) {
  setNotificationTemplate(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`) as unknown as TypedDocumentString<SetNotificationTemplateMutation, SetNotificationTemplateMutationVariables>;
export const AddWebhookDocument = new TypedDocumentString(`
    mutation AddWebhook($input: AddNotificationWebhookInput!) {
  addNotificationWebhook(input: $input) {
    __typename
    ... on NotificationWebhook {
      id
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AddWebhookMutation, AddWebhookMutationVariables>;
export const RemoveWebhookDocument = new TypedDocumentString(`
    mutation RemoveWebhook($id: ID!) {
  removeNotificationWebhook(id: $id) {
    __typename
    ... on RemoveNotificationWebhookPayload {
      removedWebhookId
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveWebhookMutation, RemoveWebhookMutationVariables>;
export const SendTestNotificationDocument = new TypedDocumentString(`
    mutation SendTestNotification($channels: [NotificationChannel!], $toEmail: String) {
  sendTestNotification(channels: $channels, toEmail: $toEmail) {
    __typename
    ... on SendTestNotificationPayload {
      outcomes {
        channel
        destination
        delivered
        responseCode
        error
        messageId
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SendTestNotificationMutation, SendTestNotificationMutationVariables>;
export const NotificationDeliveriesDocument = new TypedDocumentString(`
    query NotificationDeliveries($first: Int, $after: String, $last: Int, $before: String, $status: NotificationDeliveryStatus, $channel: NotificationChannel, $event: NotificationEventKind) {
  notificationDeliveries(
    first: $first
    after: $after
    last: $last
    before: $before
    status: $status
    channel: $channel
    event: $event
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      ...DeliveryRow
    }
  }
}
    fragment DeliveryRow on NotificationDelivery {
  id
  status
  channel
  event
  destination
  title
  attempts
  lastError
  responseCode
  createdAt
  deliveredAt
  nextAttemptAt
}`) as unknown as TypedDocumentString<NotificationDeliveriesQuery, NotificationDeliveriesQueryVariables>;
export const ResendNotificationDocument = new TypedDocumentString(`
    mutation ResendNotification($id: ID!) {
  resendNotification(id: $id) {
    __typename
    ... on NotificationDelivery {
      ...DeliveryRow
    }
    ... on Error {
      message
    }
  }
}
    fragment DeliveryRow on NotificationDelivery {
  id
  status
  channel
  event
  destination
  title
  attempts
  lastError
  responseCode
  createdAt
  deliveredAt
  nextAttemptAt
}`) as unknown as TypedDocumentString<ResendNotificationMutation, ResendNotificationMutationVariables>;
export const NotificationDeliveryChangedDocument = new TypedDocumentString(`
    subscription NotificationDeliveryChanged {
  notificationDeliveryChanged {
    deliveryId
    status
    changedAt
    delivery {
      ...DeliveryRow
    }
  }
}
    fragment DeliveryRow on NotificationDelivery {
  id
  status
  channel
  event
  destination
  title
  attempts
  lastError
  responseCode
  createdAt
  deliveredAt
  nextAttemptAt
}`) as unknown as TypedDocumentString<NotificationDeliveryChangedSubscription, NotificationDeliveryChangedSubscriptionVariables>;
export const TemplatePreviewJobsDocument = new TypedDocumentString(`
    query TemplatePreviewJobs {
  backupJobs(first: 100) {
    nodes {
      id
      backupName
      server {
        name
        alias
      }
      latestBackup {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TemplatePreviewJobsQuery, TemplatePreviewJobsQueryVariables>;
export const NotificationTemplatePreviewDocument = new TypedDocumentString(`
    query NotificationTemplatePreview($input: NotificationTemplatePreviewInput!) {
  notificationTemplatePreview(input: $input) {
    __typename
    ... on NotificationTemplatePreview {
      deprecatedPlaceholders
      channels {
        channel
        title
        message
        priority
        tags
        truncated
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationTemplatePreviewQuery, NotificationTemplatePreviewQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($after: String) {
  summary {
    totalServers
    totalBackupJobs
    totalBackupRuns
    totalStorageUsed
    totalUploadedSize
    overdueBackupJobCount
    lastBackupAt
  }
  activeAlerts: alerts(filter: {active: true}, first: 1) {
    totalCount
  }
  servers(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ServerTile
    }
  }
}
    fragment ServerTile on Server {
  id
  name
  alias
  serverId
  backupJobs {
    ...JobTile
  }
}
fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}`) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const OverviewServersDocument = new TypedDocumentString(`
    query OverviewServers($after: String) {
  servers(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ServerTile
    }
  }
}
    fragment ServerTile on Server {
  id
  name
  alias
  serverId
  backupJobs {
    ...JobTile
  }
}
fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}`) as unknown as TypedDocumentString<OverviewServersQuery, OverviewServersQueryVariables>;
export const JobPageDocument = new TypedDocumentString(`
    query JobPage($id: ID!) {
  node(id: $id) {
    ... on BackupJob {
      id
      backupName
      runCount
      lastBackupAt
      server {
        id
        name
        alias
      }
      schedule {
        expectedInterval
        allowedWeekdays
        toleranceOverrideMilliseconds
        effectiveToleranceMilliseconds
        overdueCheckEnabled
        notificationLevel
      }
      overdue {
        isOverdue
        nextExpectedAt
        deadlineAt
        becameOverdueAt
        lastRemindedAt
        effectiveToleranceMilliseconds
      }
      history(bucket: RUN, last: 200) {
        ...HistoryPoints
      }
      alerts(first: 20) {
        totalCount
        nodes {
          ...AlertRow
        }
      }
    }
  }
}
    fragment HistoryPoints on HistoryPoint {
  startAt
  runs
  uploadedSize
  storageSize
  durationMilliseconds
  fileCount
}
fragment AlertRow on Alert {
  id
  kind
  message
  active
  raisedAt
  resolvedAt
  acknowledgedAt
  reminderCount
}`) as unknown as TypedDocumentString<JobPageQuery, JobPageQueryVariables>;
export const ServerPageDocument = new TypedDocumentString(`
    query ServerPage($id: ID!) {
  node(id: $id) {
    ... on Server {
      id
      name
      alias
      note
      url
      serverId
      createdAt
      backupJobs {
        ...JobTile
      }
      history(bucket: DAY, last: 180) {
        ...HistoryPoints
      }
    }
  }
  alerts(filter: {serverId: $id, active: true}, first: 50) {
    nodes {
      ...AlertRow
      job {
        id
        backupName
      }
    }
  }
}
    fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}
fragment HistoryPoints on HistoryPoint {
  startAt
  runs
  uploadedSize
  storageSize
  durationMilliseconds
  fileCount
}
fragment AlertRow on Alert {
  id
  kind
  message
  active
  raisedAt
  resolvedAt
  acknowledgedAt
  reminderCount
}`) as unknown as TypedDocumentString<ServerPageQuery, ServerPageQueryVariables>;
export const JobRunsDocument = new TypedDocumentString(`
    query JobRuns($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) {
    ... on BackupJob {
      id
      backups(first: $first, after: $after, last: $last, before: $before) {
        ...RunPage
      }
    }
  }
}
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}
fragment RunPage on BackupJobBackupsConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  nodes {
    ...RunRow
  }
}`) as unknown as TypedDocumentString<JobRunsQuery, JobRunsQueryVariables>;
export const ServerRunsDocument = new TypedDocumentString(`
    query ServerRuns($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) {
    ... on Server {
      id
      backups(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        nodes {
          ...RunRow
        }
      }
    }
  }
}
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}`) as unknown as TypedDocumentString<ServerRunsQuery, ServerRunsQueryVariables>;
export const RunLogDocument = new TypedDocumentString(`
    query RunLog($id: ID!) {
  node(id: $id) {
    ... on Backup {
      id
      logLines
    }
  }
}
    `) as unknown as TypedDocumentString<RunLogQuery, RunLogQueryVariables>;