import { encodeGlobalID } from '@pothos/plugin-relay';
import { knownStatus } from '../../domain/report/index.ts';
import type { BackupReceivedEvent, Sequenced } from '../../events/topics.ts';
import { builder } from '../builder.ts';
import { machineIdArgument, requestedServerId } from '../deprecation/deprecation-reasons.ts';
import { readOncePerEvent } from '../event-reads.ts';
import { AFTER_CURSOR_ARGUMENT, CURSOR_FIELD_DESCRIPTION, liveCursorOf } from '../live-cursor-fields.ts';
import { liveEvents } from '../live-events.ts';
import { BackupStatusEnum } from './type.ts';

const BackupReceivedEventRef = builder.objectRef<Sequenced<BackupReceivedEvent>>('BackupReceivedEvent').implement({
  description: 'A report was stored. Fields are read when the event is delivered, with your selection.',
  fields: (t) => ({
    cursor: t.string({ description: CURSOR_FIELD_DESCRIPTION, resolve: liveCursorOf }),
    backup: t.prismaField({
      type: 'Backup',
      description:
        'The run, read at delivery with your selection. A run pruned in between fails this non-null field and so nulls the whole event; backupId, status and startedAt are a snapshot taken when it was stored and are always given.',
      resolve: (query, event, _args, ctx) =>
        readOncePerEvent(event, 'backup', query, () => ctx.prisma.backup.findUniqueOrThrow({ ...query, where: { id: event.backupId } })),
    }),
    server: t.prismaField({
      type: 'Server',
      description: 'The server that sent it.',
      resolve: (query, event, _args, ctx) =>
        readOncePerEvent(event, 'server', query, () => ctx.prisma.server.findUniqueOrThrow({ ...query, where: { id: event.serverId } })),
    }),
    job: t.prismaField({
      type: 'BackupJob',
      description: 'The backup job the run belongs to.',
      resolve: (query, event, _args, ctx) =>
        readOncePerEvent(event, 'job', query, () => ctx.prisma.backupJob.findUniqueOrThrow({ ...query, where: { id: event.jobId } })),
    }),
    receivedAt: t.field({ type: 'DateTime', description: 'When this server stored the report.', resolve: (event) => event.receivedAt }),
    backupId: t.id({
      description: "The run's global id, from the event itself: given even if the run is pruned before delivery.",
      resolve: (event) => encodeGlobalID('Backup', event.backupId),
    }),
    status: t.field({
      type: BackupStatusEnum,
      description: "The run's status when it was stored (a snapshot, safe when the run may be pruned).",
      resolve: (event) => knownStatus(event.status),
    }),
    startedAt: t.field({
      type: 'DateTime',
      description: 'When the run began (Data.BeginTime), a snapshot safe when the run may be pruned.',
      resolve: (event) => event.date,
    }),
    serverGlobalId: t.id({
      description: "The global id of the run's server.",
      resolve: (event) => encodeGlobalID('Server', event.serverId),
    }),
  }),
});

builder.subscriptionFields((t) => ({
  backupReceived: t.field({
    type: BackupReceivedEventRef,
    description: 'Every stored report, filtered to the servers, jobs and statuses asked for.',
    args: {
      serverId: t.arg.id({ required: false, description: 'Global id or machine-id.' }),
      machineId: t.arg.id(machineIdArgument('Subscription.backupReceived(serverId:)')),
      backupName: t.arg.string({ required: false, description: 'Only runs of the backup job with this name.' }),
      statuses: t.arg({
        type: [BackupStatusEnum],
        required: false,
        description: 'Only runs with one of these statuses; empty or absent means all.',
      }),
      after: t.arg.string(AFTER_CURSOR_ARGUMENT),
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
        args.after,
      );
    },
    resolve: (event) => event,
  }),
}));
