import type { AlertChangedEvent } from '../../events/topics.ts';
import { builder } from '../builder.ts';
import { machineIdArgument, requestedServerId } from '../deprecation/deprecation-reasons.ts';
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

const AlertChangedEventRef = builder.objectRef<AlertChangedEvent>('AlertChangedEvent').implement({
  description: 'An alert was raised, reminded, resolved or acknowledged.',
  fields: (t) => ({
    change: t.field({ type: AlertChangeKindEnum, description: 'What happened.', resolve: (event) => event.change }),
    alertKind: t.field({ type: AlertKindEnum, description: 'The kind of the alert, as it was when the event was sent.', resolve: (event) => event.alertKind as 'OVERDUE' }),
    serverId: t.exposeString('serverId', { description: "The machine-id (Duplicati's) of the alert's server." }),
    backupName: t.exposeString('backupName', { description: "The name of the alert's backup job." }),
    changedAt: t.field({ type: 'DateTime', description: 'When it happened.', resolve: (event) => event.changedAt }),
    alert: t.prismaField({
      type: 'Alert',
      description: 'The alert as it is when the event is delivered, read then.',
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
