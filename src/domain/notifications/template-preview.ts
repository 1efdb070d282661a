/**
 * A template rendered against real stored data, as each channel would send it, so an
 * administrator sees a custom template's result (its cuts and its deprecated placeholders
 * included) before a real run shows it.
 */
import type { DbLike } from '../../db/types.ts';
import { resolveToleranceMinutes } from '../overdue/index.ts';
import { globalToleranceMinutes } from '../settings.ts';
import { parseStoredStringArray } from '../stored-arrays.ts';
import type { NotificationSettings, StoredTemplates } from './channel-settings.ts';
import type { NotificationChannel } from './events.ts';
import { type PlaceholderValues, placeholdersForOverdue, placeholdersForRun } from './placeholders.ts';
import { effectiveTemplate, notificationLanguage, type RenderedText, renderForChannel, runForPlaceholders } from './render-event.ts';
import { DEPRECATED_PLACEHOLDERS, deprecatedPlaceholdersIn, renderTemplate } from './templates.ts';
import { TEMPLATE_KINDS, type NotificationTemplate, type TemplateKind } from './template-types.ts';

/** The channels that send a template's text (a webhook sends the event as JSON). */
export const PREVIEW_CHANNELS: readonly NotificationChannel[] = ['NTFY', 'EMAIL', 'GOTIFY', 'APPRISE'];

export type PreviewSource = { kind: 'run'; backupId: string } | { kind: 'job'; jobId: number };

export interface ChannelPreview extends RenderedText {
  channel: NotificationChannel;
  /** Whether the channel's size limit cut the title or the message. */
  truncated: boolean;
}

export type TemplatePreview =
  | { ok: true; template: NotificationTemplate; deprecatedPlaceholders: string[]; channels: ChannelPreview[] }
  | { ok: false; reason: 'not-found'; message: string };

export async function previewTemplate(
  db: DbLike,
  request: { kind: TemplateKind; template: NotificationTemplate | null; source: PreviewSource; now: Date },
  settings: NotificationSettings,
): Promise<TemplatePreview> {
  const template = request.template ?? effectiveTemplate(request.kind, settings);
  const values =
    request.source.kind === 'run'
      ? await runValues(db, request.source.backupId, settings)
      : await jobValues(db, request.source.jobId, settings, request.now);
  if (typeof values === 'string') return { ok: false, reason: 'not-found', message: values };
  const whole = { title: renderTemplate(template.title, values), message: renderTemplate(template.message, values) };
  const channels = PREVIEW_CHANNELS.map((channel) => {
    const text = renderForChannel(template, values, channel);
    return { channel, ...text, truncated: text.title !== whole.title || text.message !== whole.message };
  });
  return { ok: true, template, deprecatedPlaceholders: deprecatedPlaceholdersIn(template), channels };
}

async function runValues(db: DbLike, backupId: string, settings: NotificationSettings): Promise<PlaceholderValues | string> {
  const run = await db.backup.findUnique({ where: { id: backupId }, include: { server: true } });
  if (!run) return `No stored run with id ${backupId}`;
  return placeholdersForRun({
    server: serverFor(run.server),
    job: { name: run.backupName },
    run: runForPlaceholders(run, parseStoredStringArray(run.messagesArray)),
    language: notificationLanguage(settings),
    timeZone: settings.timeZone,
  });
}

async function jobValues(db: DbLike, jobId: number, settings: NotificationSettings, now: Date): Promise<PlaceholderValues | string> {
  const job = await db.backupJob.findUnique({ where: { id: jobId }, include: { server: true } });
  if (!job) return `No backup job with id ${jobId}`;
  return placeholdersForOverdue({
    server: serverFor(job.server),
    job: { name: job.backupName },
    lastRunAt: job.lastBackupAt ?? '',
    expectedAt: job.nextExpectedAt,
    now,
    interval: job.expectedInterval,
    toleranceMinutes: resolveToleranceMinutes(job.toleranceMinutes, await globalToleranceMinutes(db)),
    language: notificationLanguage(settings),
    timeZone: settings.timeZone,
  });
}

function serverFor(server: { id: string; name: string; alias: string; note: string; serverUrl: string }) {
  return { id: server.id, name: server.name, alias: server.alias, note: server.note, url: server.serverUrl };
}

export interface DeprecatedPlaceholderUse {
  kind: TemplateKind;
  placeholders: { name: string; replacement: string | null }[];
}

/** The stored templates that still use a deprecated placeholder, with what each renders as now. */
export function deprecatedPlaceholderUses(templates: StoredTemplates): DeprecatedPlaceholderUse[] {
  return TEMPLATE_KINDS.flatMap((kind) => {
    const stored = templates.templates[kind];
    const names = stored ? deprecatedPlaceholdersIn(stored) : [];
    return names.length === 0
      ? []
      : [{ kind, placeholders: names.map((name) => ({ name, replacement: DEPRECATED_PLACEHOLDERS[name] ?? null })) }];
  });
}
