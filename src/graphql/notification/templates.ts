import {
  PREVIEW_CHANNELS,
  type PreviewSource,
  deprecatedPlaceholderUses,
  previewTemplate,
} from '../../domain/notifications/template-preview.ts';
import type { ChannelPreview, DeprecatedPlaceholderUse } from '../../domain/notifications/template-preview.ts';
import { isTemplatePriority } from '../../domain/notifications/template-types.ts';
import type { NotificationTemplate, TemplateKind } from '../../domain/notifications/template-types.ts';
import { builder } from '../builder.ts';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import { decodeIdOf } from '../identity.ts';
import { NotificationChannelEnum, NotificationSettingsRef, TemplateKindEnum } from './settings.ts';

const TemplateTextInput = builder.inputType('NotificationTemplateTextInput', {
  description: 'A template to preview without storing it; {placeholder}s as in docs/compatibility/notifications.md#template-variables.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'The title (e-mail subject).' }),
    message: t.string({ required: true, description: 'The message.' }),
    priority: t.string({ required: false, description: 'min, low, default, high or max; default "default".' }),
    tags: t.string({ required: false, description: 'Comma-separated tags.' }),
  }),
});

const PreviewInput = builder.inputType('NotificationTemplatePreviewInput', {
  description: 'What to render: a template (given, else the stored one, else the default) and the real data to fill it with.',
  fields: (t) => ({
    kind: t.field({ type: TemplateKindEnum, required: true, description: 'Which template.' }),
    template: t.field({
      type: TemplateTextInput,
      required: false,
      description: 'The text to render; absent: the stored template of this kind, or the default of the language.',
    }),
    backupId: t.id({ required: false, description: 'A stored run (Backup id) to fill a SUCCESS or WARNING template with.' }),
    jobId: t.id({
      required: false,
      description: 'A backup job (BackupJob id) to fill an OVERDUE_BACKUP template with, as if it were overdue now.',
    }),
  }),
});

const ChannelPreviewRef = builder.objectRef<ChannelPreview>('NotificationChannelPreview').implement({
  description: 'The rendered template as one channel would send it, cut to its size limit.',
  fields: (t) => ({
    channel: t.field({ type: NotificationChannelEnum, description: 'The channel.', resolve: (p) => p.channel as 'NTFY' }),
    title: t.exposeString('title', { description: 'The title (e-mail subject).' }),
    message: t.exposeString('message', { description: 'The message text.' }),
    priority: t.exposeString('priority', { description: 'The ntfy priority sent.' }),
    tags: t.exposeString('tags', { description: 'The ntfy tags sent.' }),
    truncated: t.exposeBoolean('truncated', { description: "Whether the channel's size limit cut the title or the message." }),
  }),
});

const PreviewRef = builder
  .objectRef<{ kind: TemplateKind; template: NotificationTemplate; deprecatedPlaceholders: string[]; channels: ChannelPreview[] }>(
    'NotificationTemplatePreview',
  )
  .implement({
    description: 'A template rendered against real stored data.',
    fields: (t) => ({
      kind: t.field({ type: TemplateKindEnum, description: 'Which template.', resolve: (p) => p.kind }),
      title: t.string({
        description: 'The template title used (given, stored or default), before rendering.',
        resolve: (p) => p.template.title,
      }),
      message: t.string({
        description: 'The template message used (given, stored or default), before rendering.',
        resolve: (p) => p.template.message,
      }),
      deprecatedPlaceholders: t.exposeStringList('deprecatedPlaceholders', {
        description: 'Deprecated placeholders the template uses (they still render; see notificationSettings.deprecatedPlaceholderUses).',
      }),
      channels: t.field({
        type: [ChannelPreviewRef],
        description: 'The result per channel that sends text (ntfy, e-mail, Gotify, Apprise).',
        resolve: (p) => p.channels,
      }),
    }),
  });

const DeprecatedPlaceholderRef = builder.objectRef<DeprecatedPlaceholderUse['placeholders'][number]>('DeprecatedPlaceholder').implement({
  description: 'A placeholder of an earlier duplistatus release (docs/compatibility/notifications.md#deprecated-placeholders).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The placeholder, without braces.' }),
    replacement: t.exposeString('replacement', {
      nullable: true,
      description: 'The placeholder to use instead, whose value it renders as; null: it renders as empty text.',
    }),
  }),
});

const DeprecatedPlaceholderUseRef = builder.objectRef<DeprecatedPlaceholderUse>('DeprecatedPlaceholderUse').implement({
  description: 'A stored template that still uses deprecated placeholders.',
  fields: (t) => ({
    kind: t.field({ type: TemplateKindEnum, description: 'Which template.', resolve: (u) => u.kind }),
    placeholders: t.field({
      type: [DeprecatedPlaceholderRef],
      description: 'The deprecated placeholders it uses.',
      resolve: (u) => u.placeholders,
    }),
  }),
});

builder.objectField(NotificationSettingsRef, 'deprecatedPlaceholderUses', (t) =>
  t.field({
    type: [DeprecatedPlaceholderUseRef],
    description: 'The stored templates that still use a deprecated placeholder, which ones, and their replacements.',
    resolve: (s) => deprecatedPlaceholderUses(s.templates),
  }),
);

function previewSource(kind: TemplateKind, input: { backupId?: string | number | null; jobId?: string | number | null }): PreviewSource {
  if (kind === 'overdueBackup') {
    if (input.jobId == null) throw new InvalidInputError('input.jobId', 'input.jobId is required to preview an OVERDUE_BACKUP template');
    return { kind: 'job', jobId: decodeIdOf('BackupJob', input.jobId, 'input.jobId') };
  }
  if (input.backupId == null)
    throw new InvalidInputError('input.backupId', 'input.backupId is required to preview a SUCCESS or WARNING template');
  return { kind: 'run', backupId: decodeIdOf('Backup', input.backupId, 'input.backupId') };
}

builder.queryField('notificationTemplatePreview', (t) =>
  t.field({
    type: PreviewRef,
    authScopes: { admin: true },
    description: `Admin: renders a template against a stored run or a job, as ${PREVIEW_CHANNELS.length} channels would send it (with their cuts).`,
    errors: { types: [InvalidInputError, NotFoundError] },
    args: { input: t.arg({ type: PreviewInput, required: true, description: 'The template and the data.' }) },
    resolve: async (_root, { input }, ctx) => {
      const kind = input.kind as TemplateKind;
      const source = previewSource(kind, input);
      let template: NotificationTemplate | null = null;
      if (input.template) {
        const priority = input.template.priority ?? 'default';
        if (!isTemplatePriority(priority)) {
          throw new InvalidInputError('input.template.priority', 'input.template.priority must be min, low, default, high or max');
        }
        template = { title: input.template.title, message: input.template.message, priority, tags: input.template.tags ?? '' };
      }
      const settings = await ctx.notifications.settings();
      const preview = await previewTemplate(ctx.prisma, { kind, template, source, now: ctx.now() }, settings);
      if (!preview.ok) throw new NotFoundError(preview.message);
      return { kind, ...preview };
    },
  }),
);
