import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Sequenced, ServerChangedEvent } from '../../events/topics.ts';
import { builder } from '../builder.ts';
import { machineIdArgument, replacedBy, requestedServerId } from '../deprecation/deprecation-reasons.ts';
import { readOncePerEvent } from '../event-reads.ts';
import { AFTER_CURSOR_ARGUMENT, CURSOR_FIELD_DESCRIPTION, liveCursorOf } from '../live-cursor-fields.ts';
import { liveEvents } from '../live-events.ts';

const ServerChangeKindEnum = builder.enumType('ServerChangeKind', {
  description: 'What happened to a server.',
  values: {
    CREATED: { description: 'Its first report arrived.' },
    UPDATED: { description: 'Its alias, note or URL changed, one of its jobs was deleted, or servers were merged into it.' },
    DELETED: { description: 'It was deleted, or merged into another server.' },
  } as const,
});

const ServerChangedEventRef = builder.objectRef<Sequenced<ServerChangedEvent>>('ServerChangedEvent').implement({
  description: 'A server was created, updated or deleted.',
  fields: (t) => ({
    cursor: t.string({ description: CURSOR_FIELD_DESCRIPTION, resolve: liveCursorOf }),
    change: t.field({ type: ServerChangeKindEnum, description: 'What happened.', resolve: (event) => event.kind }),
    kind: t.field({
      type: ServerChangeKindEnum,
      description: 'What happened.',
      deprecationReason: replacedBy('ServerChangedEvent.change', 'named as AlertChangedEvent.change is'),
      resolve: (event) => event.kind,
    }),
    serverId: t.exposeString('serverId', { description: "The server's machine-id (still given after DELETED)." }),
    name: t.exposeString('name', { description: "The server's name, still given after DELETED." }),
    serverGlobalId: t.id({
      description: "The server's global id (still given after DELETED), for updating or evicting it in a normalised client cache.",
      resolve: (event) => encodeGlobalID('Server', event.serverId),
    }),
    server: t.prismaField({
      type: 'Server',
      nullable: true,
      description: 'Null once the server is deleted.',
      resolve: (query, event, _args, ctx) =>
        readOncePerEvent(event, 'server', query, () => ctx.prisma.server.findUnique({ ...query, where: { id: event.serverId } })),
    }),
    changedAt: t.field({ type: 'DateTime', description: 'When it happened.', resolve: (event) => event.changedAt }),
  }),
});

builder.subscriptionFields((t) => ({
  serverChanged: t.field({
    type: ServerChangedEventRef,
    description: 'Every server created, updated or deleted, optionally for one server.',
    args: {
      serverId: t.arg.id({ required: false, description: 'Global id or machine-id.' }),
      machineId: t.arg.id(machineIdArgument('Subscription.serverChanged(serverId:)')),
      after: t.arg.string(AFTER_CURSOR_ARGUMENT),
    },
    subscribe: (_root, args, ctx) => {
      const serverId = requestedServerId(args.serverId, args.machineId);
      return liveEvents(ctx, 'server:changed', (event) => !serverId || event.serverId === serverId, args.after);
    },
    resolve: (event) => event,
  }),
}));
