import { encodeGlobalID } from '@pothos/plugin-relay';
import { planTestNotification } from '../../domain/notifications/test-notification.ts';
import { builder } from '../builder.ts';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import { decodeIdOf } from '../identity.ts';
import { ephemeralEvents } from '../live-events.ts';
import { NotificationChannelEnum, NotificationEventKindEnum } from './settings.ts';
import type { DeliveryText } from '../../notifications/text-at-send.ts';
import type { GraphQLContext } from '../context.ts';

const DeliveryStatusEnum = builder.enumType('NotificationDeliveryStatus', {
  description: 'Where a notification stands.',
  values: {
    PENDING: { description: 'Not delivered yet: waiting for its turn or for a retry.' },
    DELIVERED: { description: 'The channel accepted it.' },
    DEAD: { description: 'Given up: a permanent error, or the last retry failed. resendNotification puts it back in line.' },
  } as const,
});

/** What a row's text is made from when it waits for its first send (src/notifications/text-at-send.ts). */
const TEXT_COLUMNS = {
  messageId: true,
  event: true,
  channel: true,
  destination: true,
  title: true,
  body: true,
  priority: true,
  tags: true,
  createdAt: true,
  backupId: true,
  eventJson: true,
} as const;

/** One rendering per row and request, shared by its title and body. */
const texts = new WeakMap<object, Promise<{ title: string; body: string }>>();

function textOf(row: DeliveryText, ctx: GraphQLContext): Promise<{ title: string; body: string }> {
  if (row.eventJson === null) return Promise.resolve({ title: row.title, body: row.body });
  const made = texts.get(row) ?? ctx.notifications.textOf(row);
  texts.set(row, made);
  return made;
}

builder.prismaNode('NotificationDelivery', {
  id: { field: 'id' },
  nullable: true,
  select: { id: true },
  description:
    "One notification to one destination, from the outbox: written with the alert change it announces, or made shortly after a run's commit from the event written with the run.",
  fields: (t) => ({
    messageId: t.exposeString('messageId', {
      description: 'Stable across retries and resends (ntfy X-Sequence-ID, e-mail Message-ID, webhook event id).',
    }),
    event: t.field({
      type: NotificationEventKindEnum,
      description: 'What it is about.',
      select: { event: true },
      resolve: (d) => d.event as 'TEST',
    }),
    channel: t.field({
      type: NotificationChannelEnum,
      description: 'Where it goes.',
      select: { channel: true },
      resolve: (d) => d.channel as 'NTFY',
    }),
    destination: t.exposeString('destination', {
      description: 'The ntfy topic, the e-mail recipients, or the webhook id; empty for Gotify and Apprise.',
    }),
    status: t.field({
      type: DeliveryStatusEnum,
      description: 'Where it stands.',
      select: { status: true },
      resolve: (d) => d.status as 'PENDING',
    }),
    attempts: t.exposeInt('attempts', { description: 'Attempts made so far.' }),
    lastError: t.exposeString('lastError', { nullable: true, description: "The last failed attempt's error." }),
    responseCode: t.exposeInt('responseCode', { nullable: true, description: "The channel's last HTTP or SMTP status code." }),
    title: t.string({
      description: 'The rendered title (empty for webhooks).',
      select: TEXT_COLUMNS,
      resolve: async (d, _args, ctx) => (await textOf(d, ctx)).title,
    }),
    body: t.string({
      description: 'The rendered message, or the JSON a webhook receives.',
      select: TEXT_COLUMNS,
      resolve: async (d, _args, ctx) => (await textOf(d, ctx)).body,
    }),
    createdAt: t.field({
      type: 'DateTime',
      description: 'When it was enqueued.',
      select: { createdAt: true },
      resolve: (d) => d.createdAt,
    }),
    nextAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When a pending notification is tried next; null once delivered or dead.',
      select: { nextAttemptAt: true, status: true, attempts: true },
      resolve: (d) => (d.status !== 'PENDING' ? null : d.attempts === 0 ? null : d.nextAttemptAt),
    }),
    deliveredAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was delivered.',
      select: { deliveredAt: true },
      resolve: (d) => d.deliveredAt,
    }),
    backupId: t.id({
      nullable: true,
      description: 'The global id of the run it announces, if any (the run may have been pruned since).',
      select: { backupId: true },
      resolve: (d) => (d.backupId ? encodeGlobalID('Backup', d.backupId) : null),
    }),
  }),
});

function deliveryWhere(args: { status?: string | null; channel?: string | null; event?: string | null }) {
  return { status: args.status ?? undefined, channel: args.channel ?? undefined, event: args.event ?? undefined };
}

builder.queryField('notificationDeliveries', (t) =>
  t.prismaConnection({
    type: 'NotificationDelivery',
    cursor: 'id',
    description: 'The notification outbox, newest first.',
    args: {
      status: t.arg({ type: DeliveryStatusEnum, required: false, description: 'Only this status.' }),
      channel: t.arg({ type: NotificationChannelEnum, required: false, description: 'Only this channel.' }),
      event: t.arg({ type: NotificationEventKindEnum, required: false, description: 'Only this event.' }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.notificationDelivery.findMany({ ...query, where: deliveryWhere(args), orderBy: { id: 'desc' } }),
    totalCount: (_root, args, ctx) => ctx.prisma.notificationDelivery.count({ where: deliveryWhere(args) }),
  }),
);

const DeliveryChangedRef = builder
  .objectRef<{ deliveryId: number; status: string; changedAt: string }>('NotificationDeliveryChangedEvent')
  .implement({
    description: 'A notification was delivered, failed and will be retried, given up, or re-sent.',
    fields: (t) => ({
      deliveryId: t.id({
        description: "The delivery's global id.",
        resolve: (e) => encodeGlobalID('NotificationDelivery', String(e.deliveryId)),
      }),
      status: t.field({ type: DeliveryStatusEnum, description: 'Its status after the change.', resolve: (e) => e.status as 'PENDING' }),
      changedAt: t.field({ type: 'DateTime', description: 'When.', resolve: (e) => e.changedAt }),
      delivery: t.prismaField({
        type: 'NotificationDelivery',
        nullable: true,
        description: 'The delivery, read with your selection.',
        resolve: (query, e, _args, ctx) => ctx.prisma.notificationDelivery.findUnique({ ...query, where: { id: e.deliveryId } }),
      }),
    }),
  });

builder.subscriptionField('notificationDeliveryChanged', (t) =>
  t.field({
    type: DeliveryChangedRef,
    description: 'Every change of a notification delivery, optionally only to some statuses.',
    args: { statuses: t.arg({ type: [DeliveryStatusEnum], required: false, description: 'Only changes to these statuses.' }) },
    subscribe: (_root, args, ctx) => {
      const statuses = args.statuses?.length ? new Set<string>(args.statuses) : null;
      return ephemeralEvents(ctx, 'notification:delivery-changed', (event) => !statuses || statuses.has(event.status));
    },
    resolve: (event) => event,
  }),
);

const TestOutcomeRef = builder
  .objectRef<{
    channel: string;
    destination: string;
    messageId: string;
    delivered: boolean;
    responseCode: number | null;
    error: string | null;
  }>('TestNotificationOutcome')
  .implement({
    description: 'What one channel answered to a test notification.',
    fields: (t) => ({
      channel: t.field({ type: NotificationChannelEnum, description: 'The channel.', resolve: (o) => o.channel as 'NTFY' }),
      destination: t.exposeString('destination', { description: 'The topic or recipients.' }),
      messageId: t.exposeString('messageId', { description: 'The message id sent.' }),
      delivered: t.exposeBoolean('delivered', { description: 'Whether the channel accepted it.' }),
      responseCode: t.exposeInt('responseCode', { nullable: true, description: "The channel's status code." }),
      error: t.exposeString('error', { nullable: true, description: 'Why it failed.' }),
    }),
  });

const TestPayloadRef = builder.objectRef<{ outcomes: (typeof TestOutcomeRef)['$inferType'][] }>('SendTestNotificationPayload').implement({
  description: 'The outcome of sendTestNotification.',
  fields: (t) => ({
    outcomes: t.field({ type: [TestOutcomeRef], description: 'One per channel tried.', resolve: (p) => p.outcomes }),
  }),
});

builder.mutationFields((t) => ({
  sendTestNotification: t.field({
    type: TestPayloadRef,
    description: 'Sends a test notification through the configured channels now and answers what each said.',
    errors: { types: [InvalidInputError] },
    args: {
      channels: t.arg({ type: [NotificationChannelEnum], required: false, description: 'Only these; absent means every configured one.' }),
      toEmail: t.arg.string({ required: false, description: 'Send the e-mail test here instead of the configured recipient.' }),
    },
    resolve: async (_root, args, ctx) => {
      const plan = planTestNotification(await ctx.notifications.settings(), args, ctx.now());
      if (plan.kind === 'invalid') throw new InvalidInputError('channels', plan.message);
      const { drafts } = plan;
      const sent = await ctx.notifications.sendNow(drafts);
      return {
        outcomes: drafts.map((draft) => {
          const outcome = sent.find((s) => s.messageId === draft.messageId)?.outcome ?? null;
          return {
            channel: draft.channel,
            destination: draft.destination,
            messageId: draft.messageId,
            delivered: outcome?.ok ?? false,
            responseCode: outcome?.responseCode ?? null,
            error: outcome === null ? 'not sent' : outcome.ok ? null : outcome.error,
          };
        }),
      };
    },
  }),
  resendNotification: t.prismaField({
    type: 'NotificationDelivery',
    description: 'Puts a dead (or delivered) notification back in line, with the same message id.',
    errors: { types: [NotFoundError, InvalidInputError] },
    args: { id: t.arg.id({ required: true, description: 'The delivery.' }) },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeIdOf('NotificationDelivery', args.id, 'id');
      const row = await ctx.prisma.notificationDelivery.findUnique({ where: { id }, select: { status: true } });
      if (!row) throw new NotFoundError(`No notification delivery with id ${String(args.id)}`);
      if (!(await ctx.notifications.resend(id)))
        throw new InvalidInputError('id', 'This notification is still pending: it is sent without asking');
      return ctx.prisma.notificationDelivery.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
