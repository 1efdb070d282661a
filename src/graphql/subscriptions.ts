import type { AlertChangedEvent, BackupReceivedEvent, ServerChangedEvent } from '../events/topics.ts';
import { BackupStatusEnum } from './backup/type.ts';
import { builder } from './builder.ts';
import { machineIdArgument, requestedServerId } from './deprecation/deprecation-reasons.ts';
import { readOncePerEvent } from './event-reads.ts';
import { liveEvents } from './live-events.ts';

builder.subscriptionType({
  description: 'Live events over graphql-ws (WebSocket) or SSE on /graphql; filters run on the server.',
});

const BackupReceivedEventRef = builder.objectRef<BackupReceivedEvent>('BackupReceivedEvent').implement({
  description: 'A report was stored. Fields are read when the event is delivered, with your selection.',
  fields: (t) => ({
    backup: t.prismaField({
      type: 'Backup',
      resolve: (query, event, _args, ctx) =>
        readOncePerEvent(event, 'backup', query, () => ctx.prisma.backup.findUniqueOrThrow({ ...query, where: { id: event.backupId } })),
    }),
    server: t.prismaField({
      type: 'Server',
      resolve: (query, event, _args, ctx) =>
        readOncePerEvent(event, 'server', query, () => ctx.prisma.server.findUniqueOrThrow({ ...query, where: { id: event.serverId } })),
    }),
    job: t.prismaField({
      type: 'BackupJob',
      resolve: (query, event, _args, ctx) =>
        readOncePerEvent(event, 'job', query, () => ctx.prisma.backupJob.findUniqueOrThrow({ ...query, where: { id: event.jobId } })),
    }),
    receivedAt: t.field({ type: 'DateTime', resolve: (event) => event.receivedAt }),
  }),
});

const ServerChangeKindEnum = builder.enumType('ServerChangeKind', {
  values: ['CREATED', 'UPDATED', 'DELETED'] as const,
});

const ServerChangedEventRef = builder.objectRef<ServerChangedEvent>('ServerChangedEvent').implement({
  fields: (t) => ({
    kind: t.field({ type: ServerChangeKindEnum, resolve: (event) => event.kind }),
    serverId: t.exposeString('serverId', { description: "The server's machine-id (still given after DELETED)." }),
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

export const AlertKindEnum = builder.enumType('AlertKind', {
  values: {
    OVERDUE: { description: 'The job missed its expected run plus tolerance.' },
    BACKUP_FAILED: { description: 'A run ended in Error or Fatal.' },
    BACKUP_WARNING: { description: "A run the job's notification level asks to announce." },
  } as const,
});

const AlertChangeKindEnum = builder.enumType('AlertChangeKind', {
  values: ['RAISED', 'REMINDED', 'RESOLVED', 'ACKNOWLEDGED'] as const,
});

export const AlertChangedEventRef = builder.objectRef<AlertChangedEvent>('AlertChangedEvent').implement({
  fields: (t) => ({
    change: t.field({ type: AlertChangeKindEnum, resolve: (event) => event.change }),
    alertKind: t.field({ type: AlertKindEnum, resolve: (event) => event.alertKind as 'OVERDUE' }),
    serverId: t.exposeString('serverId'),
    backupName: t.exposeString('backupName'),
    changedAt: t.field({ type: 'DateTime', resolve: (event) => event.changedAt }),
  }),
});

builder.subscriptionFields((t) => ({
  backupReceived: t.field({
    type: BackupReceivedEventRef,
    description: 'Every stored report, filtered to the servers, jobs and statuses asked for.',
    args: {
      serverId: t.arg.id({ required: false, description: 'Global id or machine-id.' }),
      machineId: t.arg.id(machineIdArgument('Subscription.backupReceived(serverId:)')),
      backupName: t.arg.string({ required: false }),
      statuses: t.arg({ type: [BackupStatusEnum], required: false }),
    },
    subscribe: (_root, args, ctx) => {
      const serverId = requestedServerId(args.serverId, args.machineId);
      const statuses = args.statuses?.length ? new Set<string>(args.statuses) : null;
      return liveEvents(
        ctx,
        'backup:received',
        (event) =>
          (!serverId || event.serverId === serverId) &&
          (!args.backupName || event.backupName === args.backupName) &&
          (!statuses || statuses.has(event.status)),
      );
    },
    resolve: (event) => event,
  }),
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
