import type { DbLike } from '../../db/types.ts';
import { readSetting, writeSetting } from '../settings.ts';
import type { NotificationEventKind } from './events.ts';
import { isNotificationEventKind } from './events.ts';

/**
 * Channel settings live in duplistatus's own configuration keys where it has them (`ntfy_config`,
 * `smtp_config`, `notification_templates`: docs/compatibility/notifications.md), so an adopted
 * database keeps them, and in keys of ours for what it lacks. Secrets are kept sealed
 * (src/security/secret-box.ts, with the purposes below); the domain never sees them in plain.
 */
export const NOTIFICATION_SETTING_KEYS = {
  ntfy: 'ntfy_config',
  smtp: 'smtp_config',
  templates: 'notification_templates',
  gotify: 'gotify_config',
  apprise: 'apprise_config',
  notifyNewServer: 'notify_new_server',
  overdueDigestThreshold: 'overdue_digest_threshold',
} as const;

export const SECRET_PURPOSES = {
  ntfyToken: 'ntfy.token',
  smtpPassword: 'smtp.password',
  gotifyToken: 'gotify.token',
  appriseUrls: 'apprise.urls',
  webhookSecret: 'webhook.secret',
} as const;

export interface NtfySettings {
  url: string;
  topic: string;
  /** Sealed; '' for none. A plain value is a token not yet sealed (from duplistatus). */
  accessToken: string;
}

export type SmtpConnectionType = 'plain' | 'starttls' | 'ssl';

export interface SmtpSettings {
  host: string;
  port: number;
  connectionType: SmtpConnectionType;
  requireAuth: boolean;
  username: string;
  /** Sealed; '' for none. */
  password: string;
  /** Set by the upgrade when duplistatus's password could not be decrypted: it must be entered again. */
  passwordMustBeSetAgain?: boolean;
  mailto: string;
  senderName: string;
  fromAddress: string;
}

export interface GotifySettings {
  url: string;
  /** Sealed application token. */
  token: string;
  enabled: boolean;
}

export interface AppriseSettings {
  /** The apprise-api server, e.g. http://apprise:8000. */
  url: string;
  /** A configuration key on that server (POST /notify/<key>); '' to send `urls` instead. */
  key: string;
  /** Sealed Apprise URLs (they hold the services' credentials), used when there is no key. */
  urls: string;
  enabled: boolean;
}

export interface NotificationTemplate {
  title: string;
  message: string;
  priority: string;
  tags: string;
}

export type TemplateKind = 'success' | 'warning' | 'overdueBackup';
export const TEMPLATE_KINDS: readonly TemplateKind[] = ['success', 'warning', 'overdueBackup'];

export interface StoredTemplates {
  language: string;
  templates: Partial<Record<TemplateKind, NotificationTemplate>>;
}

export interface WebhookSettings {
  id: number;
  name: string;
  url: string;
  sealedSecret: string;
  events: NotificationEventKind[];
  /** Empty: every job. */
  jobIds: number[];
  legacyMachineKeys: boolean;
  enabled: boolean;
}

export interface NotificationSettings {
  ntfy: NtfySettings | null;
  smtp: SmtpSettings | null;
  gotify: GotifySettings | null;
  apprise: AppriseSettings | null;
  webhooks: WebhookSettings[];
  templates: StoredTemplates;
  notifyNewServer: boolean;
  /** More overdue notifications than this in one check are sent as one digest. */
  overdueDigestThreshold: number;
}

export const DEFAULT_OVERDUE_DIGEST_THRESHOLD = 5;
export const DEFAULT_WEBHOOK_EVENTS: NotificationEventKind[] = [
  'BACKUP_WARNING',
  'BACKUP_FAILED',
  'OVERDUE',
  'OVERDUE_REMINDER',
  'RECOVERED',
  'SERVER_SEEN',
];

function parseJsonObject(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const text = (value: unknown, fallback = '') => (typeof value === 'string' ? value : fallback);

function readNtfy(value: Record<string, unknown> | null): NtfySettings | null {
  if (!value) return null;
  const settings = { url: text(value.url), topic: text(value.topic), accessToken: text(value.accessToken) };
  return settings.url && settings.topic ? settings : null;
}

function readSmtp(value: Record<string, unknown> | null): SmtpSettings | null {
  if (!value || !text(value.host)) return null;
  const connectionType = ['plain', 'starttls', 'ssl'].includes(text(value.connectionType))
    ? (value.connectionType as SmtpConnectionType)
    : value.secure === true
      ? 'ssl'
      : 'starttls';
  return {
    host: text(value.host),
    port: Number.isInteger(value.port) ? (value.port as number) : Number.parseInt(text(value.port, '587'), 10) || 587,
    connectionType,
    requireAuth: value.requireAuth !== false,
    username: text(value.username),
    password: text(value.password),
    passwordMustBeSetAgain: value.passwordMustBeSetAgain === true,
    mailto: text(value.mailto),
    senderName: text(value.senderName, 'duplistatus') || 'duplistatus',
    fromAddress: text(value.fromAddress),
  };
}

function readTemplates(value: Record<string, unknown> | null): StoredTemplates {
  const templates: StoredTemplates['templates'] = {};
  for (const kind of TEMPLATE_KINDS) {
    const t = value?.[kind] as Record<string, unknown> | undefined;
    if (t && typeof t === 'object') {
      templates[kind] = {
        title: text(t.title),
        message: text(t.message),
        priority: text(t.priority, 'default') || 'default',
        tags: Array.isArray(t.tags) ? t.tags.join(', ') : text(t.tags),
      };
    }
  }
  return { language: text(value?.language, 'en-GB') || 'en-GB', templates };
}

export async function readNotificationSettings(db: DbLike): Promise<NotificationSettings> {
  const keys = Object.values(NOTIFICATION_SETTING_KEYS);
  const [rows, webhooks] = await Promise.all([
    db.setting.findMany({ where: { key: { in: keys } } }),
    db.notificationWebhook.findMany({ orderBy: { id: 'asc' } }),
  ]);
  const value = (key: string) => rows.find((row) => row.key === key)?.value ?? null;
  const gotify = parseJsonObject(value(NOTIFICATION_SETTING_KEYS.gotify));
  const apprise = parseJsonObject(value(NOTIFICATION_SETTING_KEYS.apprise));
  const threshold = Number.parseInt(value(NOTIFICATION_SETTING_KEYS.overdueDigestThreshold) ?? '', 10);
  return {
    ntfy: readNtfy(parseJsonObject(value(NOTIFICATION_SETTING_KEYS.ntfy))),
    smtp: readSmtp(parseJsonObject(value(NOTIFICATION_SETTING_KEYS.smtp))),
    gotify: gotify && text(gotify.url) ? { url: text(gotify.url), token: text(gotify.token), enabled: gotify.enabled !== false } : null,
    apprise:
      apprise && text(apprise.url)
        ? { url: text(apprise.url), key: text(apprise.key), urls: text(apprise.urls), enabled: apprise.enabled !== false }
        : null,
    webhooks: webhooks.map((row) => ({
      id: row.id,
      name: row.name,
      url: row.url,
      sealedSecret: row.sealedSecret,
      events: row.events.split(',').filter(isNotificationEventKind),
      jobIds: row.jobIds
        .split(',')
        .filter(Boolean)
        .map((id) => Number(id)),
      legacyMachineKeys: row.legacyMachineKeys,
      enabled: row.enabled,
    })),
    templates: readTemplates(parseJsonObject(value(NOTIFICATION_SETTING_KEYS.templates))),
    notifyNewServer: value(NOTIFICATION_SETTING_KEYS.notifyNewServer) === 'true',
    overdueDigestThreshold: Number.isInteger(threshold) && threshold > 0 ? threshold : DEFAULT_OVERDUE_DIGEST_THRESHOLD,
  };
}

export async function writeJsonSetting(db: DbLike, key: string, value: unknown): Promise<void> {
  await writeSetting(db, key, JSON.stringify(value));
}

export async function readJsonSetting(db: DbLike, key: string): Promise<Record<string, unknown> | null> {
  return parseJsonObject(await readSetting(db, key));
}
