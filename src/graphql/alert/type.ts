import { acknowledgeAlert } from '../../domain/alerts/acknowledge.ts';
import type { AlertKind } from '../../domain/alerts/run-rules.ts';
import { activeAlertWhere } from './filters.ts';
import { builder } from '../builder.ts';
import { NotFoundError } from '../errors.ts';
import { decodeTypedGlobalId, serverIdFromArgument } from '../identity.ts';
import { AlertChangedEventRef, AlertKindEnum } from '../subscriptions.ts';

export const AlertRef = builder.prismaNode('Alert', {
  id: { field: 'id' },
  // A record that is gone reads as null in node(id:)/nodes(ids:) (src/graphql/node-lookup.ts).
  nullable: true,
  select: { id: true },
  description: 'Raised when a job goes overdue or a run fails; resolved by the good run that clears it.',
  fields: (t) => ({
    kind: t.field({ type: AlertKindEnum, select: { kind: true }, resolve: (alert) => alert.kind as AlertKind }),
    active: t.boolean({ select: { resolvedAt: true }, resolve: (alert) => alert.resolvedAt === null }),
    message: t.exposeString('message'),
    job: t.relation('job'),
    raisedAt: t.field({ type: 'DateTime', select: { raisedAt: true }, resolve: (alert) => alert.raisedAt }),
    lastRemindedAt: t.field({ type: 'DateTime', nullable: true, select: { lastRemindedAt: true }, resolve: (alert) => alert.lastRemindedAt }),
    reminderCount: t.exposeInt('reminderCount'),
    acknowledgedAt: t.field({ type: 'DateTime', nullable: true, select: { acknowledgedAt: true }, resolve: (alert) => alert.acknowledgedAt }),
    resolvedAt: t.field({ type: 'DateTime', nullable: true, select: { resolvedAt: true }, resolve: (alert) => alert.resolvedAt }),
    raisedBy: t.relation('raisedBy', { nullable: true, description: 'The run that raised it (failed or warning runs).' }),
    resolvedBy: t.relation('resolvedBy', { nullable: true, description: 'The good run that cleared it.' }),
  }),
});

builder.objectField(AlertChangedEventRef, 'alert', (t) =>
  t.prismaField({
    type: 'Alert',
    resolve: (query, event, _args, ctx) => ctx.prisma.alert.findUniqueOrThrow({ ...query, where: { id: event.alertId } }),
  }),
);

function alertWhere(args: { active?: boolean | null; kinds?: readonly string[] | null; serverId?: string | number | null }) {
  return {
    ...activeAlertWhere(args.active),
    kind: args.kinds?.length ? { in: [...args.kinds] } : undefined,
    job: args.serverId ? { serverId: serverIdFromArgument(String(args.serverId)) } : undefined,
  };
}

builder.queryField('alerts', (t) =>
  t.prismaConnection({
    type: 'Alert',
    cursor: 'id',
    description: 'Alerts, newest first.',
    args: {
      active: t.arg.boolean({ required: false, description: 'Only open (true) or only resolved (false).' }),
      kinds: t.arg({ type: [AlertKindEnum], required: false }),
      serverId: t.arg.id({ required: false, description: 'Global id or machine-id.' }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.alert.findMany({ ...query, where: alertWhere(args), orderBy: [{ raisedAt: 'desc' }, { id: 'desc' }] }),
    totalCount: (_root, args, ctx) => ctx.prisma.alert.count({ where: alertWhere(args) }),
  }),
);

const AcknowledgeAlertInput = builder.inputType('AcknowledgeAlertInput', {
  fields: (t) => ({ id: t.id({ required: true, description: "The alert's global id." }) }),
});

const AcknowledgeAlertPayload = builder.objectRef<{ alertId: number }>('AcknowledgeAlertPayload').implement({
  fields: (t) => ({
    alert: t.prismaField({
      type: 'Alert',
      resolve: (query, payload, _args, ctx) => ctx.prisma.alert.findUniqueOrThrow({ ...query, where: { id: payload.alertId } }),
    }),
  }),
});

builder.mutationField('acknowledgeAlert', (t) =>
  t.field({
    type: AcknowledgeAlertPayload,
    description: 'Marks an alert as seen; an acknowledged OVERDUE alert sends no more reminders.',
    errors: { types: [NotFoundError] },
    args: { input: t.arg({ type: AcknowledgeAlertInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const alertId = Number(decodeTypedGlobalId(String(input.id), 'Alert'));
      const outcome = Number.isInteger(alertId) ? await acknowledgeAlert(ctx.prisma, alertId, { now: ctx.now(), events: ctx.events }) : null;
      if (!outcome) throw new NotFoundError(`No alert with id ${String(input.id)}`);
      return { alertId: outcome.alertId };
    },
  }),
);

