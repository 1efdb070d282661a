import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  DEFAULT_WEBHOOK_EVENTS,
  NOTIFICATION_SETTING_KEYS,
  readJsonSetting,
  SECRET_PURPOSES,
  TEMPLATE_KINDS,
  writeJsonSetting,
} from '../../domain/notifications/channel-settings.ts';
import type { NotificationSettings, WebhookSettings } from '../../domain/notifications/channel-settings.ts';
import type { NotificationEventKind } from '../../domain/notifications/events.ts';
import { writeSetting } from '../../domain/settings.ts';
import { builder } from '../builder.ts';
import type { GraphQLContext } from '../context.ts';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import { decodeIdOf } from '../identity.ts';
import { isTemplatePriority } from '../../domain/notifications/template-types.ts';

/** Webhook endpoints one database may hold; bounds the list for the cost limit. */
export const MAX_WEBHOOKS = 50;
/** Jobs one webhook may select. */
export const MAX_WEBHOOK_JOBS = 200;

export const NotificationEventKindEnum = builder.enumType('NotificationEventKind', {
  description: 'What a notification is about.',
  values: {
    BACKUP_SUCCEEDED: { description: 'A run ended in Success.' },
    BACKUP_WARNING: { description: 'A run ended in Warning or Unknown.' },
    BACKUP_FAILED: { description: 'A run ended in Error or Fatal, or counted errors.' },
    OVERDUE: { description: 'A job went overdue (its OVERDUE alert was raised).' },
    OVERDUE_REMINDER: { description: 'A reminder for a job still overdue (docs/compatibility/overdue.md).' },
    RECOVERED: { description: "A good run resolved the job's OVERDUE or BACKUP_FAILED alert (opt-in per job)." },
    SERVER_SEEN: { description: 'The first report of a server never seen before (global option).' },
    TEST: { description: 'A test sent with sendTestNotification.' },
  } as const,
});

export const NotificationChannelEnum = builder.enumType('NotificationChannel', {
  description: 'Where a notification is delivered.',
  values: {
    NTFY: { description: 'An ntfy topic.' },
    EMAIL: { description: 'E-mail over SMTP.' },
    GOTIFY: { description: 'A Gotify server (POST /message).' },
    APPRISE: { description: 'An Apprise API server (POST /notify).' },
    WEBHOOK: { description: 'A webhook endpoint (signed JSON POST).' },
  } as const,
});

const SmtpConnectionTypeEnum = builder.enumType('SmtpConnectionType', {
  description: 'How the SMTP connection is secured.',
  values: {
    PLAIN: { value: 'plain', description: 'Never TLS.' },
    STARTTLS: { value: 'starttls', description: 'Upgraded to TLS with STARTTLS; TLS is required.' },
    SSL: { value: 'ssl', description: 'Implicit TLS from the first byte (port 465).' },
  } as const,
});

const NtfySettingsRef = builder.objectRef<NonNullable<NotificationSettings['ntfy']>>('NtfySettings').implement({
  description: 'The ntfy server and topic every job notifies (docs/compatibility/notifications.md).',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'The ntfy server, e.g. https://ntfy.sh/.' }),
    topic: t.exposeString('topic', { description: 'The topic.' }),
    hasAccessToken: t.boolean({
      description: 'Whether an access token is stored; the token is never returned.',
      resolve: (s) => s.accessToken !== '',
    }),
  }),
});

const EmailSettingsRef = builder.objectRef<NonNullable<NotificationSettings['smtp']>>('EmailSettings').implement({
  description: 'The SMTP server and recipient of e-mail notifications.',
  fields: (t) => ({
    host: t.exposeString('host', { description: 'SMTP host.' }),
    port: t.exposeInt('port', { description: 'SMTP port.' }),
    connectionType: t.field({
      type: SmtpConnectionTypeEnum,
      description: 'How the connection is secured.',
      resolve: (s) => s.connectionType,
    }),
    requireAuth: t.exposeBoolean('requireAuth', { description: 'Whether the server needs a login.' }),
    username: t.exposeString('username', { description: 'The login name.' }),
    hasPassword: t.boolean({
      description: 'Whether a password is stored; the password is never returned.',
      resolve: (s) => s.password !== '',
    }),
    passwordMustBeSetAgain: t.boolean({
      description:
        "True when the upgrade could not carry duplistatus's password over (no .duplistatus.key beside the database): set it again.",
      resolve: (s) => s.passwordMustBeSetAgain === true,
    }),
    mailto: t.exposeString('mailto', { description: 'The recipient.' }),
    senderName: t.exposeString('senderName', { description: 'The sender name.' }),
    fromAddress: t.exposeString('fromAddress', { description: 'The sender address; the username when empty.' }),
  }),
});

const GotifySettingsRef = builder.objectRef<NonNullable<NotificationSettings['gotify']>>('GotifySettings').implement({
  description: 'A Gotify server.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'The Gotify server.' }),
    hasToken: t.boolean({ description: 'Whether an application token is stored; it is never returned.', resolve: (s) => s.token !== '' }),
    enabled: t.exposeBoolean('enabled', { description: 'False keeps the settings but sends nothing.' }),
  }),
});

const AppriseSettingsRef = builder.objectRef<NonNullable<NotificationSettings['apprise']>>('AppriseSettings').implement({
  description: 'An Apprise API server.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'The Apprise API server.' }),
    key: t.exposeString('key', { description: 'The configuration key on that server; empty when URLs are sent instead.' }),
    hasUrls: t.boolean({
      description: 'Whether Apprise URLs are stored; they hold credentials and are never returned.',
      resolve: (s) => s.urls !== '',
    }),
    enabled: t.exposeBoolean('enabled', { description: 'False keeps the settings but sends nothing.' }),
  }),
});

export const WebhookRef = builder.objectRef<WebhookSettings>('NotificationWebhook').implement({
  description: 'A webhook endpoint: a signed JSON POST for each event its filter takes (README "Webhooks").',
  fields: (t) => ({
    id: t.id({ description: 'Its id.', resolve: (hook) => encodeGlobalID('NotificationWebhook', String(hook.id)) }),
    name: t.exposeString('name', { description: 'A name for people.' }),
    url: t.exposeString('url', { description: 'Where the POST goes.' }),
    hasSecret: t.boolean({
      description: 'Always true: every endpoint signs with a secret, never returned.',
      resolve: (hook) => hook.sealedSecret !== '',
    }),
    events: t.field({ type: [NotificationEventKindEnum], description: 'The events it receives.', resolve: (hook) => hook.events }),
    jobIds: t.idList({
      description: 'The jobs it is limited to; empty means every job.',
      resolve: (hook) => hook.jobIds.map((id) => encodeGlobalID('BackupJob', String(id))),
    }),
    legacyMachineKeys: t.exposeBoolean('legacyMachineKeys', { description: 'Adds machine, machine_id and machine_name beside server.' }),
    enabled: t.exposeBoolean('enabled', { description: 'False keeps the endpoint but sends nothing.' }),
  }),
});

export const TemplateKindEnum = builder.enumType('NotificationTemplateKind', {
  description: "duplistatus's three templates.",
  values: {
    SUCCESS: { value: 'success', description: 'A run that ended in Success.' },
    WARNING: { value: 'warning', description: 'A run that ended otherwise.' },
    OVERDUE_BACKUP: { value: 'overdueBackup', description: 'An overdue job and its reminders.' },
  } as const,
});

const StoredTemplateRef = builder
  .objectRef<{ kind: (typeof TEMPLATE_KINDS)[number]; title: string; message: string; priority: string; tags: string }>(
    'NotificationTemplate',
  )
  .implement({
    description: 'A stored template; {placeholder}s are filled per event (docs/compatibility/notifications.md#template-variables).',
    fields: (t) => ({
      kind: t.field({ type: TemplateKindEnum, description: 'Which events it renders.', resolve: (tpl) => tpl.kind }),
      title: t.exposeString('title', { description: 'The title (e-mail subject).' }),
      message: t.exposeString('message', { description: 'The message text.' }),
      priority: t.exposeString('priority', { description: 'ntfy priority: min, low, default, high, max.' }),
      tags: t.exposeString('tags', { description: 'Comma-separated ntfy tags.' }),
    }),
  });

export const NotificationSettingsRef = builder.objectRef<NotificationSettings>('NotificationSettings').implement({
  description: 'Every notification channel and option. Secrets are never returned, only whether they are set.',
  fields: (t) => ({
    ntfy: t.field({ type: NtfySettingsRef, nullable: true, description: 'ntfy; null when not configured.', resolve: (s) => s.ntfy }),
    email: t.field({ type: EmailSettingsRef, nullable: true, description: 'E-mail; null when not configured.', resolve: (s) => s.smtp }),
    gotify: t.field({
      type: GotifySettingsRef,
      nullable: true,
      description: 'Gotify; null when not configured.',
      resolve: (s) => s.gotify,
    }),
    apprise: t.field({
      type: AppriseSettingsRef,
      nullable: true,
      description: 'Apprise API; null when not configured.',
      resolve: (s) => s.apprise,
    }),
    webhooks: t.field({ type: [WebhookRef], description: 'Every webhook endpoint.', resolve: (s) => s.webhooks }),
    templates: t.field({
      type: [StoredTemplateRef],
      description: 'The stored templates (kinds not stored use the defaults).',
      resolve: (s) => TEMPLATE_KINDS.flatMap((kind) => (s.templates.templates[kind] ? [{ kind, ...s.templates.templates[kind]! }] : [])),
    }),
    templateLanguage: t.string({
      description: 'The templates\u2019 language (defaults and number formats).',
      resolve: (s) => s.templates.language,
    }),
    notifyNewServer: t.exposeBoolean('notifyNewServer', { description: 'Notify the first report of a server never seen before.' }),
    overdueDigestThreshold: t.exposeInt('overdueDigestThreshold', {
      description: 'An overdue check that would send more notifications than this sends one digest instead.',
    }),
  }),
});

builder.queryField('notificationSettings', (t) =>
  t.field({
    type: NotificationSettingsRef,
    authScopes: { admin: true },
    description: 'The notification channels and options (admin token).',
    resolve: (_root, _args, ctx) => ctx.notifications.settings(),
  }),
);

const NtfyInput = builder.inputType('SetNtfySettingsInput', {
  description: 'ntfy settings; accessToken omitted keeps the stored one, "" removes it.',
  fields: (t) => ({
    url: t.string({ required: true, description: 'The ntfy server, e.g. https://ntfy.sh/.' }),
    topic: t.string({ required: true, description: 'The topic.' }),
    accessToken: t.string({ required: false, description: 'Bearer token; write-only.' }),
  }),
});

const EmailInput = builder.inputType('SetEmailSettingsInput', {
  description: 'SMTP settings; password omitted keeps the stored one, "" removes it.',
  fields: (t) => ({
    host: t.string({ required: true, description: 'SMTP host.' }),
    port: t.int({ required: true, description: 'SMTP port.' }),
    connectionType: t.field({ type: SmtpConnectionTypeEnum, required: true, description: 'How the connection is secured.' }),
    requireAuth: t.boolean({ required: false, description: 'Default true.' }),
    username: t.string({ required: false, description: 'The login name.' }),
    password: t.string({ required: false, description: 'The password; write-only.' }),
    mailto: t.string({ required: true, description: 'The recipient.' }),
    senderName: t.string({ required: false, description: 'Default "duplistatus".' }),
    fromAddress: t.string({ required: false, description: 'Required with PLAIN; else the username when empty.' }),
  }),
});

const GotifyInput = builder.inputType('SetGotifySettingsInput', {
  description: 'Gotify settings; token omitted keeps the stored one.',
  fields: (t) => ({
    url: t.string({ required: true, description: 'The Gotify server.' }),
    token: t.string({ required: false, description: 'Application token; write-only.' }),
    enabled: t.boolean({ required: false, description: 'Default true.' }),
  }),
});

const AppriseInput = builder.inputType('SetAppriseSettingsInput', {
  description: 'Apprise API settings: a configuration key, or Apprise URLs (write-only).',
  fields: (t) => ({
    url: t.string({ required: true, description: 'The Apprise API server.' }),
    key: t.string({ required: false, description: 'A configuration key on that server.' }),
    urls: t.string({ required: false, description: 'Apprise URLs, used when there is no key; write-only, omitted keeps the stored ones.' }),
    enabled: t.boolean({ required: false, description: 'Default true.' }),
  }),
});

const WebhookInput = builder.inputType('AddNotificationWebhookInput', {
  description: 'A new webhook endpoint.',
  fields: (t) => ({
    url: t.string({ required: true, description: 'Where the POST goes (http or https).' }),
    secret: t.string({ required: true, description: 'Signing secret, at least 16 characters; write-only.' }),
    name: t.string({ required: false, description: 'A name for people.' }),
    events: t.field({
      type: [NotificationEventKindEnum],
      required: false,
      description: 'The events it receives; default all but BACKUP_SUCCEEDED.',
    }),
    jobIds: t.idList({ required: false, description: 'Only these jobs; empty or absent means every job.' }),
    legacyMachineKeys: t.boolean({ required: false, description: 'Adds machine, machine_id and machine_name beside server.' }),
  }),
});

const OptionsInput = builder.inputType('SetNotificationOptionsInput', {
  description: 'Global notification options; omitted ones stay.',
  fields: (t) => ({
    notifyNewServer: t.boolean({ required: false, description: 'Notify the first report of a new server.' }),
    overdueDigestThreshold: t.int({
      required: false,
      description: 'More overdue notifications than this in one check become one digest (≥ 1).',
    }),
  }),
});

const TemplateInput = builder.inputType('SetNotificationTemplateInput', {
  description: 'One template; {placeholder}s as in docs/compatibility/notifications.md#template-variables.',
  fields: (t) => ({
    kind: t.field({ type: TemplateKindEnum, required: true, description: 'Which template.' }),
    title: t.string({ required: true, description: 'The title.' }),
    message: t.string({ required: true, description: 'The message.' }),
    priority: t.string({ required: false, description: 'min, low, default, high or max; default "default".' }),
    tags: t.string({ required: false, description: 'Comma-separated tags.' }),
  }),
});

const RemovedWebhookRef = builder.objectRef<{ removedWebhookId: string }>('RemoveNotificationWebhookPayload').implement({
  description: 'The outcome of removeNotificationWebhook.',
  fields: (t) => ({
    removedWebhookId: t.exposeID('removedWebhookId', { description: 'The id the removed endpoint had.' }),
  }),
});

function httpUrl(value: string, field: string): string {
  const trimmed = value.trim();
  if (!/^https?:\/\/[^\s]+$/i.test(trimmed))
    throw new InvalidInputError(field, `${field} must be an http(s) URL, got ${JSON.stringify(value)}`);
  return trimmed;
}

/** A write-only secret: omitted keeps the stored (sealed) one, "" clears it, anything else is sealed. */
function sealedOrKept(ctx: GraphQLContext, given: string | null | undefined, stored: unknown, purpose: string): string {
  if (given === undefined || given === null) return typeof stored === 'string' ? stored : '';
  return given === '' ? '' : ctx.secrets.seal(given, purpose);
}

async function settingsAfter(ctx: GraphQLContext) {
  ctx.notifications.settingsChanged();
  return ctx.notifications.settings();
}

builder.mutationFields((t) => ({
  setNtfySettings: t.field({
    type: NotificationSettingsRef,
    description: 'Sets the ntfy server, topic and token.',
    errors: { types: [InvalidInputError] },
    args: { input: t.arg({ type: NtfyInput, required: true, description: 'The settings.' }) },
    resolve: async (_root, { input }, ctx) => {
      const topic = input.topic.trim();
      if (!/^[-_A-Za-z0-9]{1,64}$/.test(topic))
        throw new InvalidInputError('input.topic', 'input.topic must be 1 to 64 letters, digits, - or _');
      const stored = await readJsonSetting(ctx.prisma, NOTIFICATION_SETTING_KEYS.ntfy);
      await writeJsonSetting(ctx.prisma, NOTIFICATION_SETTING_KEYS.ntfy, {
        url: httpUrl(input.url, 'input.url'),
        topic,
        accessToken: sealedOrKept(ctx, input.accessToken, stored?.accessToken, SECRET_PURPOSES.ntfyToken),
      });
      return settingsAfter(ctx);
    },
  }),
  setEmailSettings: t.field({
    type: NotificationSettingsRef,
    description: 'Sets the SMTP server and recipient.',
    errors: { types: [InvalidInputError] },
    args: { input: t.arg({ type: EmailInput, required: true, description: 'The settings.' }) },
    resolve: async (_root, { input }, ctx) => {
      if (input.port < 1 || input.port > 65535) throw new InvalidInputError('input.port', 'input.port must be from 1 to 65535');
      if (!input.mailto.includes('@')) throw new InvalidInputError('input.mailto', 'input.mailto must be an e-mail address');
      if (input.connectionType === 'plain' && !input.fromAddress?.includes('@')) {
        throw new InvalidInputError('input.fromAddress', 'input.fromAddress is required with PLAIN connections');
      }
      const stored = await readJsonSetting(ctx.prisma, NOTIFICATION_SETTING_KEYS.smtp);
      const password = sealedOrKept(ctx, input.password, stored?.password, SECRET_PURPOSES.smtpPassword);
      await writeJsonSetting(ctx.prisma, NOTIFICATION_SETTING_KEYS.smtp, {
        host: input.host.trim(),
        port: input.port,
        connectionType: input.connectionType,
        requireAuth: input.requireAuth ?? true,
        username: input.username ?? '',
        password,
        passwordMustBeSetAgain: input.password == null && stored?.passwordMustBeSetAgain === true,
        mailto: input.mailto.trim(),
        senderName: input.senderName ?? 'duplistatus',
        fromAddress: input.fromAddress ?? '',
      });
      return settingsAfter(ctx);
    },
  }),
  setGotifySettings: t.field({
    type: NotificationSettingsRef,
    description: 'Sets the Gotify server and application token.',
    errors: { types: [InvalidInputError] },
    args: { input: t.arg({ type: GotifyInput, required: true, description: 'The settings.' }) },
    resolve: async (_root, { input }, ctx) => {
      const stored = await readJsonSetting(ctx.prisma, NOTIFICATION_SETTING_KEYS.gotify);
      await writeJsonSetting(ctx.prisma, NOTIFICATION_SETTING_KEYS.gotify, {
        url: httpUrl(input.url, 'input.url'),
        token: sealedOrKept(ctx, input.token, stored?.token, SECRET_PURPOSES.gotifyToken),
        enabled: input.enabled ?? true,
      });
      return settingsAfter(ctx);
    },
  }),
  setAppriseSettings: t.field({
    type: NotificationSettingsRef,
    description: 'Sets the Apprise API server and its key or URLs.',
    errors: { types: [InvalidInputError] },
    args: { input: t.arg({ type: AppriseInput, required: true, description: 'The settings.' }) },
    resolve: async (_root, { input }, ctx) => {
      const stored = await readJsonSetting(ctx.prisma, NOTIFICATION_SETTING_KEYS.apprise);
      const urls = sealedOrKept(ctx, input.urls, stored?.urls, SECRET_PURPOSES.appriseUrls);
      if (!input.key && !urls)
        throw new InvalidInputError('input.key', 'Give input.key (a configuration on the Apprise server) or input.urls');
      await writeJsonSetting(ctx.prisma, NOTIFICATION_SETTING_KEYS.apprise, {
        url: httpUrl(input.url, 'input.url'),
        key: input.key ?? '',
        urls,
        enabled: input.enabled ?? true,
      });
      return settingsAfter(ctx);
    },
  }),
  setNotificationOptions: t.field({
    type: NotificationSettingsRef,
    description: 'Sets the global notification options.',
    errors: { types: [InvalidInputError] },
    args: { input: t.arg({ type: OptionsInput, required: true, description: 'The options to change.' }) },
    resolve: async (_root, { input }, ctx) => {
      if (input.overdueDigestThreshold != null) {
        if (input.overdueDigestThreshold < 1)
          throw new InvalidInputError('input.overdueDigestThreshold', 'input.overdueDigestThreshold must be at least 1');
        await writeSetting(ctx.prisma, NOTIFICATION_SETTING_KEYS.overdueDigestThreshold, String(input.overdueDigestThreshold));
      }
      if (input.notifyNewServer != null)
        await writeSetting(ctx.prisma, NOTIFICATION_SETTING_KEYS.notifyNewServer, String(input.notifyNewServer));
      return settingsAfter(ctx);
    },
  }),
  setNotificationTemplate: t.field({
    type: NotificationSettingsRef,
    description: "Stores one template in duplistatus's notification_templates key.",
    errors: { types: [InvalidInputError] },
    args: { input: t.arg({ type: TemplateInput, required: true, description: 'The template.' }) },
    resolve: async (_root, { input }, ctx) => {
      const priority = input.priority ?? 'default';
      if (!isTemplatePriority(priority)) {
        throw new InvalidInputError('input.priority', 'input.priority must be min, low, default, high or max');
      }
      const stored = (await readJsonSetting(ctx.prisma, NOTIFICATION_SETTING_KEYS.templates)) ?? { language: 'en-GB' };
      stored[input.kind] = { title: input.title, message: input.message, priority, tags: input.tags ?? '' };
      await writeJsonSetting(ctx.prisma, NOTIFICATION_SETTING_KEYS.templates, stored);
      return settingsAfter(ctx);
    },
  }),
  addNotificationWebhook: t.field({
    type: WebhookRef,
    description: 'Adds a webhook endpoint.',
    errors: { types: [InvalidInputError] },
    args: { input: t.arg({ type: WebhookInput, required: true, description: 'The endpoint.' }) },
    resolve: async (_root, { input }, ctx) => {
      if (input.secret.length < 16) throw new InvalidInputError('input.secret', 'input.secret must be at least 16 characters');
      if ((await ctx.prisma.notificationWebhook.count()) >= MAX_WEBHOOKS) {
        throw new InvalidInputError('input', `At most ${MAX_WEBHOOKS} webhooks; remove one first`);
      }
      const jobIds = (input.jobIds ?? []).map((id, index) => decodeIdOf('BackupJob', id, `input.jobIds[${index}]`));
      if (jobIds.length > MAX_WEBHOOK_JOBS)
        throw new InvalidInputError('input.jobIds', `input.jobIds may name at most ${MAX_WEBHOOK_JOBS} jobs`);
      const events: NotificationEventKind[] = input.events?.length ? [...new Set(input.events)] : DEFAULT_WEBHOOK_EVENTS;
      const row = await ctx.prisma.notificationWebhook.create({
        data: {
          url: httpUrl(input.url, 'input.url'),
          name: input.name ?? '',
          sealedSecret: ctx.secrets.seal(input.secret, SECRET_PURPOSES.webhookSecret),
          events: events.join(','),
          jobIds: jobIds.join(','),
          legacyMachineKeys: input.legacyMachineKeys ?? false,
          createdAt: ctx.now().toISOString(),
        },
      });
      const settings = await settingsAfter(ctx);
      return settings.webhooks.find((hook) => hook.id === row.id)!;
    },
  }),
  removeNotificationWebhook: t.field({
    type: RemovedWebhookRef,
    description: 'Removes a webhook endpoint; its undelivered notifications go dead.',
    errors: { types: [NotFoundError, InvalidInputError] },
    args: { id: t.arg.id({ required: true, description: 'The endpoint.' }) },
    resolve: async (_root, args, ctx) => {
      const id = decodeIdOf('NotificationWebhook', args.id, 'id');
      const removed = await ctx.prisma.notificationWebhook.deleteMany({ where: { id } });
      if (removed.count === 0) throw new NotFoundError(`No webhook with id ${String(args.id)}`);
      ctx.notifications.settingsChanged();
      return { removedWebhookId: encodeGlobalID('NotificationWebhook', String(id)) };
    },
  }),
}));
