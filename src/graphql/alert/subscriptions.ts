import { encodeGlobalID } from '@pothos/plugin-relay';
import type { AlertChangedEvent } from '../../events/topics.ts';
import { builder } from '../builder.ts';
import { machineIdArgument, requestedServerId } from '../deprecation/deprecation-reasons.ts';
import { liveEvents } from '../live-events.ts';
import { AlertKindEnum } from './type.ts';

const AlertChangeKindEnum = builder.enumType('AlertChangeKind', {
  values: ['RAISED', 'REMINDED', 'RESOLVED', 'ACKNOWLEDGED'] as const,
});

const AlertChangedEventRef = builder.objectRef<AlertChangedEvent>('AlertChangedEvent').implement({
  fields: (t) => ({
    change: t.field({ type: AlertChangeKindEnum, resolve: (event) => event.change }),
    alertKind: t.field({ type: AlertKindEnum, resolve: (event) => event.alertKind as 'OVERDUE' }),
    alertId: t.id({
      description: "The alert's global id, given even when the alert can no longer be read.",
      resolve: (event) => encodeGlobalID('Alert', String(event.alertId)),
    }),
    serverId: t.exposeString('serverId'),
    serverGlobalId: t.id({
      description: "The global id of the alert's server.",
      resolve: (event) => encodeGlobalID('Server', event.serverId),
    }),
    backupName: t.exposeString('backupName'),
    changedAt: t.field({ type: 'DateTime', resolve: (event) => event.changedAt }),
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
    args: {
      serverId: t.arg.id({ required: false, description: 'Global id or machine-id.' }),
      machineId: t.arg.id(machineIdArgument('Subscription.alertChanged(serverId:)')),
      kinds: t.arg({ type: [AlertKindEnum], required: false }),
    },
    subscribe: (_root, args, ctx) => {
      const serverId = requestedServerId(args.serverId, args.machineId);
      const kinds = args.kinds?.length ? new Set<string>(args.kinds) : null;
      return liveEvents(
        ctx,
        'alert:changed',
        (event) => (!serverId || event.serverId === serverId) && (!kinds || kinds.has(event.alertKind)),
      );
    },
    resolve: (event) => event,
  }),
}));
