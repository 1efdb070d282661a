import { encodeGlobalID } from '@pothos/plugin-relay';
import type { AlertChangedEvent, Sequenced } from '../../events/topics.ts';
import { builder } from '../builder.ts';
import { machineIdArgument, requestedServerId } from '../deprecation/deprecation-reasons.ts';
import { AFTER_CURSOR_ARGUMENT, CURSOR_FIELD_DESCRIPTION, liveCursorOf } from '../live-cursor-fields.ts';
import { liveEvents } from '../live-events.ts';
import { AlertKindEnum } from './type.ts';

const AlertChangeKindEnum = builder.enumType('AlertChangeKind', {
  description: 'What happened to an alert.',
  values: {
    RAISED: { description: 'The alert was opened.' },
    REMINDED: { description: 'A reminder was sent for an alert that is still open.' },
    RESOLVED: { description: 'A good run cleared the alert.' },
    ACKNOWLEDGED: { description: 'Someone marked the alert as seen.' },
  } as const,
});

const AlertChangedEventRef = builder.objectRef<Sequenced<AlertChangedEvent>>('AlertChangedEvent').implement({
  description: 'An alert was raised, reminded, resolved or acknowledged.',
  fields: (t) => ({
    cursor: t.string({ description: CURSOR_FIELD_DESCRIPTION, resolve: liveCursorOf }),
    change: t.field({ type: AlertChangeKindEnum, description: 'What happened.', resolve: (event) => event.change }),
    alertKind: t.field({
      type: AlertKindEnum,
      description: 'The kind of the alert, as it was when the event was sent.',
      resolve: (event) => event.alertKind as 'OVERDUE',
    }),
    serverId: t.exposeString('serverId', { description: "The machine-id (Duplicati's) of the alert's server." }),
    backupName: t.exposeString('backupName', { description: "The name of the alert's backup job." }),
    changedAt: t.field({ type: 'DateTime', description: 'When it happened.', resolve: (event) => event.changedAt }),
    alertId: t.id({
      description: "The alert's global id, given even when the alert can no longer be read.",
      resolve: (event) => encodeGlobalID('Alert', String(event.alertId)),
    }),
    serverGlobalId: t.id({
      description: "The global id of the alert's server.",
      resolve: (event) => encodeGlobalID('Server', event.serverId),
    }),
    alert: t.prismaField({
      type: 'Alert',
      description:
        'The alert, read at delivery with your selection. An alert deleted in between (its job or server deleted) fails this non-null field and so nulls the whole event; alertId, alertKind, change and changedAt come from the event itself and are always given.',
      resolve: (query, event, _args, ctx) => ctx.prisma.alert.findUniqueOrThrow({ ...query, where: { id: event.alertId } }),
    }),
  }),
});

builder.subscriptionFields((t) => ({
  alertChanged: t.field({
    type: AlertChangedEventRef,
    description: 'Every change to an alert, optionally for one server or some alert kinds.',
    args: {
      serverId: t.arg.id({ required: false, description: 'Global id or machine-id.' }),
      machineId: t.arg.id(machineIdArgument('Subscription.alertChanged(serverId:)')),
      kinds: t.arg({ type: [AlertKindEnum], required: false, description: 'Only alerts of these kinds; empty or absent means all.' }),
      after: t.arg.string(AFTER_CURSOR_ARGUMENT),
    },
    subscribe: (_root, args, ctx) => {
      const serverId = requestedServerId(args.serverId, args.machineId);
      const kinds = args.kinds?.length ? new Set<string>(args.kinds) : null;
      return liveEvents(
        ctx,
        'alert:changed',
        (event) => (!serverId || event.serverId === serverId) && (!kinds || kinds.has(event.alertKind)),
        args.after,
      );
    },
    resolve: (event) => event,
  }),
}));
