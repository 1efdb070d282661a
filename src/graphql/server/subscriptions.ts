import { encodeGlobalID } from '@pothos/plugin-relay';
import type { ServerChangedEvent } from '../../events/topics.ts';
import { builder } from '../builder.ts';
import { machineIdArgument, requestedServerId } from '../deprecation/deprecation-reasons.ts';
import { readOncePerEvent } from '../event-reads.ts';
import { liveEvents } from '../live-events.ts';

const ServerChangeKindEnum = builder.enumType('ServerChangeKind', {
  values: ['CREATED', 'UPDATED', 'DELETED'] as const,
});

const ServerChangedEventRef = builder.objectRef<ServerChangedEvent>('ServerChangedEvent').implement({
  fields: (t) => ({
    kind: t.field({ type: ServerChangeKindEnum, resolve: (event) => event.kind }),
    serverId: t.exposeString('serverId', { description: "The server's machine-id (still given after DELETED)." }),
    serverGlobalId: t.id({
      description: "The server's global id (still given after DELETED), for updating or evicting it in a normalised client cache.",
      resolve: (event) => encodeGlobalID('Server', event.serverId),
    }),
    name: t.exposeString('name'),
    server: t.prismaField({
      type: 'Server',
      nullable: true,
      description: 'Null once the server is deleted.',
      resolve: (query, event, _args, ctx) =>
        readOncePerEvent(event, 'server', query, () => ctx.prisma.server.findUnique({ ...query, where: { id: event.serverId } })),
    }),
    changedAt: t.field({ type: 'DateTime', resolve: (event) => event.changedAt }),
  }),
});

builder.subscriptionFields((t) => ({
  serverChanged: t.field({
    type: ServerChangedEventRef,
    args: {
      serverId: t.arg.id({ required: false, description: 'Global id or machine-id.' }),
      machineId: t.arg.id(machineIdArgument('Subscription.serverChanged(serverId:)')),
    },
    subscribe: (_root, args, ctx) => {
      const serverId = requestedServerId(args.serverId, args.machineId);
      return liveEvents(ctx, 'server:changed', (event) => !serverId || event.serverId === serverId);
    },
    resolve: (event) => event,
  }),
}));
