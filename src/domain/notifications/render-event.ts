/**
 * An event's notification text as each channel sends it: the stored template of the settings'
 * language (or its default), the placeholder values of the run or the overdue job, rendered and
 * cut to the channel's size limit (docs/compatibility/notifications.md#size-limits).
 */
import type { NotificationSettings } from './channel-settings.ts';
import { templateKindForRun } from './event-rules.ts';
import type { NotificationChannel, NotificationEvent, NotificationEventKind } from './events.ts';
import { DEFAULT_TEMPLATE_LANGUAGE, parseTemplateLanguage, type TemplateLanguage } from './language.ts';
import {
  type PlaceholderValues,
  placeholdersForOverdue,
  placeholdersForRun,
  placeholdersForTest,
  type RunForPlaceholders,
  testMessageFooter,
} from './placeholders.ts';
import { defaultTemplates, upgradeFormerDefault } from './templates.ts';
import type { NotificationTemplate, TemplateKind } from './template-types.ts';
import {
  EMAIL_SUBJECT_MAX_BYTES,
  GOTIFY_MESSAGE_MAX_BYTES,
  NTFY_MESSAGE_MAX_BYTES,
  renderTemplateWithinLimit,
  truncateForChannel,
} from './truncate.ts';

export interface RenderedText {
  title: string;
  message: string;
  priority: string;
  tags: string;
}

/** Bytes each channel takes in a title and a message; null: no limit of ours. */
export const CHANNEL_LIMITS: Readonly<Record<NotificationChannel, { title: number | null; message: number | null }>> = {
  NTFY: { title: null, message: NTFY_MESSAGE_MAX_BYTES },
  EMAIL: { title: EMAIL_SUBJECT_MAX_BYTES, message: null },
  GOTIFY: { title: null, message: GOTIFY_MESSAGE_MAX_BYTES },
  APPRISE: { title: null, message: null },
  WEBHOOK: { title: null, message: null },
};

export function notificationLanguage(settings: Pick<NotificationSettings, 'templates'>): TemplateLanguage {
  return parseTemplateLanguage(settings.templates.language) ?? DEFAULT_TEMPLATE_LANGUAGE;
}

/**
 * The template of `kind` as it is sent: the stored one, unless it is a former default (then the
 * current default, as duplistatus does on reading), else the language's default.
 */
export function effectiveTemplate(kind: TemplateKind, settings: Pick<NotificationSettings, 'templates'>): NotificationTemplate {
  const language = notificationLanguage(settings);
  const stored = settings.templates.templates[kind];
  return stored ? upgradeFormerDefault(kind, stored, language).template : defaultTemplates(language)[kind];
}

/** dupligraph's own events (duplistatus has neither): fixed English texts over the run placeholders. */
const OWN_TEMPLATES: Partial<Record<NotificationEventKind, NotificationTemplate>> = {
  RECOVERED: {
    title: '✅ Recovered - {backup_name} @ {server_alias}',
    message: "Backup {backup_name} on {server_alias} is fine again: '{status}' at {backup_date}.\n",
    priority: 'default',
    tags: 'duplicati, dupligraph, recovered',
  },
  SERVER_SEEN: {
    title: '🆕 New server - {server_alias}',
    message: 'dupligraph received the first backup report of {server_alias} ({server_id}).\n',
    priority: 'default',
    tags: 'duplicati, dupligraph, new-server',
  },
};

/** Overdue events take the overdue template; a run (and the test) the template of its status (event-rules.ts). */
export function templateKindForEvent(event: Pick<NotificationEvent, 'kind' | 'run'>): TemplateKind {
  if (event.kind === 'OVERDUE' || event.kind === 'OVERDUE_REMINDER') return 'overdueBackup';
  return templateKindForRun(String(event.run?.status ?? ''));
}

export function templateForEvent(
  event: Pick<NotificationEvent, 'kind' | 'run'>,
  settings: Pick<NotificationSettings, 'templates'>,
): NotificationTemplate {
  return OWN_TEMPLATES[event.kind] ?? effectiveTemplate(templateKindForEvent(event), settings);
}

const number = (value: unknown) => (typeof value === 'number' ? value : Number(value ?? 0) || 0);
const text = (value: unknown) => (typeof value === 'string' ? value : '');

function storedLines(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  try {
    const parsed: unknown = JSON.parse(text(value) || '[]');
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

/** A stored run's columns (a `backups` row, or its JSON copy in an event) as the placeholders read them. */
export function runForPlaceholders(run: Readonly<Record<string, unknown>>, messages: readonly string[] = []): RunForPlaceholders {
  const warnings = storedLines(run.warningsArray);
  const errors = storedLines(run.errorsArray);
  return {
    status: text(run.status),
    startedAt: text(run.beginTime) || text(run.date),
    durationSeconds: number(run.durationSeconds),
    fileCount: number(run.examinedFiles),
    fileSize: number(run.sizeOfExaminedFiles),
    uploadedSize: number(run.uploadedSize),
    storageSize: number(run.knownFileSize),
    messagesCount: number(run.messagesActualLength),
    warningsCount: number(run.warnings),
    errorsCount: number(run.errors),
    availableVersions: number(run.backupListCount),
    warnings,
    errors,
    messages,
  };
}

/** The values an event's template is filled with; `timeZone` is the one dates are shown in. */
export function placeholdersForEvent(event: NotificationEvent, settings: NotificationSettings): PlaceholderValues {
  const language = notificationLanguage(settings);
  const timeZone = settings.timeZone;
  const server = event.server;
  const job = { name: event.job?.name ?? '' };
  if (event.kind === 'TEST') return placeholdersForTest(language);
  if (event.overdue) {
    return placeholdersForOverdue({
      server,
      job,
      lastRunAt: event.overdue.lastBackupAt ?? '',
      expectedAt: event.overdue.expectedAt || null,
      now: new Date(event.occurredAt),
      interval: event.overdue.interval,
      toleranceMinutes: event.overdue.toleranceMinutes,
      language,
      timeZone,
    });
  }
  return placeholdersForRun({ server, job, run: runForPlaceholders(event.run ?? {}, event.logMessages), language, timeZone });
}

/** A template filled with `values` and cut to what `channel` takes. */
export function renderForChannel(template: NotificationTemplate, values: PlaceholderValues, channel: NotificationChannel): RenderedText {
  const limits = CHANNEL_LIMITS[channel];
  return {
    title: renderTemplateWithinLimit(template.title, values, limits.title),
    message: renderTemplateWithinLimit(template.message, values, limits.message),
    priority: template.priority,
    tags: template.tags,
  };
}

/** Already rendered text (a digest) cut to what `channel` takes. */
export function fitToChannel(rendered: RenderedText, channel: NotificationChannel): RenderedText {
  const limits = CHANNEL_LIMITS[channel];
  const cut = (value: string, max: number | null) => (max === null ? value : truncateForChannel(value, max));
  return { ...rendered, title: cut(rendered.title, limits.title), message: cut(rendered.message, limits.message) };
}

/**
 * The event as each channel sends it. The template and the placeholder values (dates and sizes
 * formatted, the log read) are worked out once for all of an event's channels; only the cut to each
 * channel's size limit differs. A test notification ends with the time it was sent, as in duplistatus.
 */
export function eventRenderer(event: NotificationEvent, settings: NotificationSettings): (channel: NotificationChannel) => RenderedText {
  let prepared: { template: NotificationTemplate; values: PlaceholderValues } | undefined;
  const prepare = () => {
    const template = templateForEvent(event, settings);
    const values = placeholdersForEvent(event, settings);
    if (event.kind !== 'TEST') return { template, values };
    const footer = testMessageFooter(new Date(event.occurredAt), notificationLanguage(settings), settings.timeZone);
    return { template: { ...template, message: `${template.message}${footer}` }, values };
  };
  return (channel) => {
    prepared ??= prepare();
    return renderForChannel(prepared.template, prepared.values, channel);
  };
}
