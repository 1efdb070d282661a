import { builder } from '../builder.ts';
import { machineIdArgument, requestedServerId } from '../deprecation/deprecation-reasons.ts';
import { BACKUP_ORDER_DESCRIPTION, BackupOrder, backupOrderBy } from './order.ts';
import { BackupStatusEnum } from './type.ts';

const BackupFilter = builder.inputType('BackupFilter', {
  description: 'Which runs to return; every condition given must hold.',
  fields: (t) => ({
    serverId: t.id({ required: false, description: 'Global id or machine-id.' }),
    machineId: t.id(machineIdArgument('BackupFilter.serverId')),
    backupName: t.string({ required: false, description: 'Only runs of the backup job with this name.' }),
    statuses: t.field({
      type: [BackupStatusEnum],
      required: false,
      description: 'Only runs with one of these statuses; empty or absent means all.',
    }),
    from: t.field({ type: 'DateTime', required: false, description: 'Runs whose date is at or after this instant.' }),
    to: t.field({ type: 'DateTime', required: false, description: 'Runs whose date is before this instant.' }),
  }),
});

type BackupFilterInput = typeof BackupFilter.$inferInput;

function backupWhere(filter: BackupFilterInput | null | undefined) {
  return {
    serverId: requestedServerId(filter?.serverId, filter?.machineId) ?? undefined,
    backupName: filter?.backupName ?? undefined,
    status: filter?.statuses?.length ? { in: [...filter.statuses] } : undefined,
    date: {
      gte: filter?.from ? filter.from.toISOString() : undefined,
      lt: filter?.to ? filter.to.toISOString() : undefined,
    },
  };
}

builder.queryFields((t) => ({
  backups: t.prismaConnection({
    type: 'Backup',
    cursor: 'id',
    description: 'Runs, newest first unless orderBy says otherwise.',
    args: {
      filter: t.arg({ type: BackupFilter, required: false, description: 'Which runs; absent means all.' }),
      orderBy: t.arg({ type: BackupOrder, required: false, description: BACKUP_ORDER_DESCRIPTION }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.backup.findMany({ ...query, where: backupWhere(args.filter), orderBy: backupOrderBy(args.orderBy) }),
    totalCount: (_root, args, ctx) => ctx.prisma.backup.count({ where: backupWhere(args.filter) }),
  }),
}));
