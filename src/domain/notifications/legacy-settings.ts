/**
 * The notification settings of a duplistatus database, read from its `configurations` rows
 * (docs/compatibility/legacy-databases.md#configuration-keys) into one plain object, whichever release wrote them:
 *
 * - 0.6 and 0.7 keep ntfy and the templates in one `notifications` key,
 *   `{ntfy: {url, topic, accessToken}, backupSettings, templates: {success, warning, overdueBackup}, serverAddresses?}`;
 * - 0.8 and later split it into `ntfy_config`, `notification_templates` (`{language?, success,
 *   warning, overdueBackup}`, `language` since 1.x) and `smtp_config`;
 * - all of them keep `notification_frequency` and the per-job `backup_settings`.
 *
 * Unlike duplistatus's own upgrade, which overwrites the topic and templates of a pre-0.8
 * database with fresh defaults (docs/compatibility/legacy-databases.md#migration-steps), everything the user set is kept. Nothing
 * here throws: what cannot be read is left at its default and listed in `problems`.
 */
import { type NotificationLevel, isNotificationLevel } from '../overdue/notification-level.ts';
import { DEFAULT_REMINDER_FREQUENCY, isReminderFrequency, type ReminderFrequency } from '../overdue/reminders.ts';
import { DEFAULT_TEMPLATE_LANGUAGE, parseTemplateLanguage, type TemplateLanguage } from './language.ts';
import { defaultTemplates, upgradeFormerDefault } from './templates.ts';
import { type NotificationTemplate, TEMPLATE_KINDS, type TemplateKind } from './template-types.ts';

export interface LegacySettingsProblem {
  /** The `configurations` key the problem is in. */
  key: string;
  message: string;
}

export interface LegacyNtfySettings {
  url: string;
  topic: string;
  accessToken?: string;
}

export type SmtpConnectionType = 'plain' | 'starttls' | 'ssl';

/**
 * `smtp_config`. duplistatus encrypts the username as well as the password; both stay as stored
 * (decryptDuplistatusSecret reads them with the key file).
 */
export interface LegacySmtpSettings {
  host: string;
  port: number;
  connectionType: SmtpConnectionType;
  requireAuth: boolean;
  encryptedUsername?: string;
  encryptedPassword?: string;
  /** The recipient. */
  mailto: string;
  senderName: string;
  /** Falls back to the username when sending; required for `plain`. */
  fromAddress?: string;
}

/** One job's notification settings from `backup_settings` (docs/compatibility/overdue.md#where-settings-live). */
export interface LegacyJobNotificationSettings {
  notificationEvent: NotificationLevel;
  ntfyEnabled: boolean;
  emailEnabled: boolean;
  /** Absent: inherit the server default, then `notificationEvent`. */
  additionalNotificationEvent?: NotificationLevel;
  /** Comma-separated. Present but empty overrides the server default, as in duplistatus. */
  additionalEmails?: string;
  additionalNtfyTopic?: string;
}

/** A server's `"<server id>:__default__"` entry (duplistatus 1.2.1+): defaults for its jobs' extra destinations. */
export interface LegacyServerNotificationDefaults {
  additionalNotificationEvent?: NotificationLevel;
  additionalEmails?: string;
  additionalNtfyTopic?: string;
}

export type LegacyTemplateOrigin = 'stored' | 'former-default' | 'missing';

export interface LegacyNotificationSettings {
  /** `split`: 0.8+ keys; `combined`: the `notifications` key of 0.6/0.7; `none`: neither. */
  layout: 'split' | 'combined' | 'none';
  /** null when no topic is stored. */
  ntfy: LegacyNtfySettings | null;
  smtp: LegacySmtpSettings | null;
  language: TemplateLanguage;
  /** Always all three: the stored ones, with the defaults of `language` where none was stored or a former default was. */
  templates: Record<TemplateKind, NotificationTemplate>;
  templateOrigins: Record<TemplateKind, LegacyTemplateOrigin>;
  reminderFrequency: ReminderFrequency;
  /** Keyed as duplistatus keys them: `"<server id>:<backup name>"`, before 0.7 `"<machine name>:<backup name>"`. */
  jobs: Record<string, LegacyJobNotificationSettings>;
  /** Keyed by server id. */
  serverDefaults: Record<string, LegacyServerNotificationDefaults>;
  problems: LegacySettingsProblem[];
}

export const DEFAULT_NTFY_URL = 'https://ntfy.sh/';
export const DEFAULT_SENDER_NAME = 'duplistatus';
const SERVER_DEFAULTS_SUFFIX = ':__default__';

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** A JSON-object key; absent gives undefined, anything unreadable a problem. */
function readJsonObject(configurations: Record<string, string>, key: string, problems: LegacySettingsProblem[]): JsonObject | undefined {
  const text = configurations[key];
  if (text === undefined || text.trim() === '') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (isObject(value)) return value;
    problems.push({ key, message: `expected a JSON object, found ${Array.isArray(value) ? 'an array' : typeof value}; ignored` });
  } catch (error) {
    problems.push({ key, message: `not valid JSON (${(error as Error).message}); ignored` });
  }
  return undefined;
}

export function readLegacyNotificationSettings(configurations: Record<string, string>): LegacyNotificationSettings {
  const problems: LegacySettingsProblem[] = [];
  const combined = readJsonObject(configurations, 'notifications', problems);
  const ntfyConfig = readJsonObject(configurations, 'ntfy_config', problems);
  const templatesConfig = readJsonObject(configurations, 'notification_templates', problems);
  const smtpConfig = readJsonObject(configurations, 'smtp_config', problems);
  const split = ['ntfy_config', 'notification_templates', 'smtp_config'].some((key) => configurations[key] !== undefined);

  // A split key wins over its part of the combined one: duplistatus 0.8 deletes `notifications` once it has split it.
  const ntfy = ntfyConfig
    ? readNtfy(ntfyConfig, 'ntfy_config', problems)
    : readNtfy(isObject(combined?.ntfy) ? combined.ntfy : undefined, 'notifications', problems);
  const storedTemplates = templatesConfig ?? (isObject(combined?.templates) ? combined.templates : undefined);
  const templateKey = templatesConfig ? 'notification_templates' : 'notifications';
  const language = readLanguage(templatesConfig?.language, problems);
  const { templates, templateOrigins } = readTemplates(storedTemplates, language, templateKey, problems);
  const { jobs, serverDefaults } = readJobs(configurations, combined, problems);

  return {
    layout: split ? 'split' : combined ? 'combined' : 'none',
    ntfy,
    smtp: smtpConfig ? readSmtp(smtpConfig, problems) : null,
    language,
    templates,
    templateOrigins,
    reminderFrequency: readReminderFrequency(configurations.notification_frequency, problems),
    jobs,
    serverDefaults,
    problems,
  };
}

function readNtfy(value: JsonObject | undefined, key: string, problems: LegacySettingsProblem[]): LegacyNtfySettings | null {
  if (value === undefined) return null;
  if (!nonEmpty(value.topic)) {
    problems.push({ key, message: 'no ntfy topic is stored; ntfy stays unset' });
    return null;
  }
  const ntfy: LegacyNtfySettings = { url: nonEmpty(value.url) ? value.url.trim() : DEFAULT_NTFY_URL, topic: value.topic.trim() };
  if (nonEmpty(value.accessToken)) ntfy.accessToken = value.accessToken;
  return ntfy;
}

function readLanguage(value: unknown, problems: LegacySettingsProblem[]): TemplateLanguage {
  if (value === undefined) return DEFAULT_TEMPLATE_LANGUAGE;
  const language = parseTemplateLanguage(value);
  if (language) return language;
  problems.push({ key: 'notification_templates', message: `language ${JSON.stringify(value)} has no templates; en-GB used` });
  return DEFAULT_TEMPLATE_LANGUAGE;
}

function readTemplates(
  stored: JsonObject | undefined,
  language: TemplateLanguage,
  key: string,
  problems: LegacySettingsProblem[],
): Pick<LegacyNotificationSettings, 'templates' | 'templateOrigins'> {
  const defaults = defaultTemplates(language);
  const templates = { ...defaults };
  const templateOrigins: Record<TemplateKind, LegacyTemplateOrigin> = { success: 'missing', warning: 'missing', overdueBackup: 'missing' };
  for (const kind of TEMPLATE_KINDS) {
    const value = stored?.[kind];
    if (value === undefined) continue;
    if (!isObject(value) || typeof value.title !== 'string' || typeof value.message !== 'string') {
      problems.push({ key, message: `template ${kind} has no text title and message; the default is used` });
      continue;
    }
    const template: NotificationTemplate = {
      title: value.title,
      message: value.message,
      priority: typeof value.priority === 'string' ? value.priority : defaults[kind].priority,
      tags: typeof value.tags === 'string' ? value.tags : defaults[kind].tags,
    };
    const upgraded = upgradeFormerDefault(kind, template, language);
    templates[kind] = upgraded.template;
    templateOrigins[kind] = upgraded.replaced ? 'former-default' : 'stored';
  }
  return { templates, templateOrigins };
}

function readSmtp(value: JsonObject, problems: LegacySettingsProblem[]): LegacySmtpSettings | null {
  const key = 'smtp_config';
  const port = typeof value.port === 'string' && /^\d+$/.test(value.port.trim()) ? Number(value.port) : value.port;
  if (!nonEmpty(value.host) || typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
    problems.push({ key, message: 'host or port is missing or invalid (port must be a whole number from 1 to 65535); e-mail stays unset' });
    return null;
  }
  const smtp: LegacySmtpSettings = {
    host: value.host.trim(),
    port,
    connectionType: readConnectionType(value, problems),
    requireAuth: value.requireAuth !== false,
    mailto: typeof value.mailto === 'string' ? value.mailto : '',
    senderName: nonEmpty(value.senderName) ? value.senderName : DEFAULT_SENDER_NAME,
  };
  if (nonEmpty(value.username)) smtp.encryptedUsername = value.username;
  if (nonEmpty(value.password)) smtp.encryptedPassword = value.password;
  if (nonEmpty(value.fromAddress)) smtp.fromAddress = value.fromAddress.trim();
  return smtp;
}

/** 0.8's rows carry `secure` instead: true was implicit TLS, false STARTTLS (duplistatus reads them so). */
function readConnectionType(value: JsonObject, problems: LegacySettingsProblem[]): SmtpConnectionType {
  const type = value.connectionType;
  if (type === 'plain' || type === 'starttls' || type === 'ssl') return type;
  if (type !== undefined)
    problems.push({ key: 'smtp_config', message: `connectionType ${JSON.stringify(type)} is unknown; starttls used` });
  if (typeof value.secure === 'boolean') return value.secure ? 'ssl' : 'starttls';
  return 'starttls';
}

function readReminderFrequency(value: string | undefined, problems: LegacySettingsProblem[]): ReminderFrequency {
  if (value === undefined) return DEFAULT_REMINDER_FREQUENCY;
  const trimmed = value.trim();
  if (isReminderFrequency(trimmed)) return trimmed;
  problems.push({
    key: 'notification_frequency',
    message: `${JSON.stringify(value)} is not onetime, every_day, every_week or every_month; every_day used`,
  });
  return DEFAULT_REMINDER_FREQUENCY;
}

function readJobs(
  configurations: Record<string, string>,
  combined: JsonObject | undefined,
  problems: LegacySettingsProblem[],
): Pick<LegacyNotificationSettings, 'jobs' | 'serverDefaults'> {
  const jobs: Record<string, LegacyJobNotificationSettings> = {};
  const serverDefaults: Record<string, LegacyServerNotificationDefaults> = {};
  const own = readJsonObject(configurations, 'backup_settings', problems) ?? {};
  // Before `backup_settings` was read everywhere, the combined key carried a `backupSettings` map too; the key of its own wins.
  const entries = [
    ...Object.entries(isObject(combined?.backupSettings) ? combined.backupSettings : {}).filter(([jobKey]) => !(jobKey in own)),
    ...Object.entries(own),
  ];
  for (const [jobKey, value] of entries) {
    const key = 'backup_settings';
    if (!isObject(value)) {
      problems.push({ key, message: `entry ${JSON.stringify(jobKey)} is not an object; skipped` });
      continue;
    }
    const destinations = readAdditional(jobKey, value, problems);
    if (jobKey.endsWith(SERVER_DEFAULTS_SUFFIX)) {
      serverDefaults[jobKey.slice(0, -SERVER_DEFAULTS_SUFFIX.length)] = destinations;
      continue;
    }
    let notificationEvent: NotificationLevel = 'warnings';
    if (isNotificationLevel(value.notificationEvent)) notificationEvent = value.notificationEvent;
    else if (value.notificationEvent !== undefined) {
      problems.push({
        key,
        message: `entry ${JSON.stringify(jobKey)}: notificationEvent ${JSON.stringify(value.notificationEvent)} is unknown; warnings used`,
      });
    }
    jobs[jobKey] = {
      notificationEvent,
      ntfyEnabled: value.ntfyEnabled !== false,
      emailEnabled: value.emailEnabled !== false,
      ...destinations,
    };
  }
  return { jobs, serverDefaults };
}

function readAdditional(jobKey: string, value: JsonObject, problems: LegacySettingsProblem[]): LegacyServerNotificationDefaults {
  const destinations: LegacyServerNotificationDefaults = {};
  const event = value.additionalNotificationEvent;
  if (isNotificationLevel(event)) destinations.additionalNotificationEvent = event;
  else if (event !== undefined && event !== null) {
    problems.push({
      key: 'backup_settings',
      message: `entry ${JSON.stringify(jobKey)}: additionalNotificationEvent ${JSON.stringify(event)} is unknown; inherited instead`,
    });
  }
  if (typeof value.additionalEmails === 'string') destinations.additionalEmails = value.additionalEmails;
  if (typeof value.additionalNtfyTopic === 'string') destinations.additionalNtfyTopic = value.additionalNtfyTopic;
  return destinations;
}

export { type LegacyReminder, type LegacyReminderState, readLegacyReminderState } from './legacy-reminders.ts';
