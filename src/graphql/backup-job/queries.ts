import { findOverdueJobs } from '../../domain/overdue-jobs.ts';
import { builder } from '../builder.ts';
import { machineIdArgument, requestedServerId } from '../deprecation/deprecation-reasons.ts';
import { OrderDirectionEnum, requestedOrder } from '../ordering.ts';
import type { Direction } from '../ordering.ts';
import { OVERDUE_JOBS_DEFAULT_COUNT } from './overdue-jobs-count.ts';

const BackupJobFilter = builder.inputType('BackupJobFilter', {
  description: 'Which jobs to return; every condition given must hold.',
  fields: (t) => ({
    serverId: t.id({ required: false, description: 'Global id or machine-id.' }),
    machineId: t.id(machineIdArgument('BackupJobFilter.serverId')),
    backupName: t.string({ required: false, description: 'Only jobs with this backup name.' }),
  }),
});

const BackupJobOrderFieldEnum = builder.enumType('BackupJobOrderField', {
  description: 'What backup jobs can be sorted by; the other of the pair breaks ties.',
  values: {
    SERVER_ID: { value: 'serverId', description: "The server's machine-id, then the backup name." },
    BACKUP_NAME: { value: 'backupName', description: "The backup name, then the server's machine-id." },
  } as const,
});

const BackupJobOrder = builder.inputType('BackupJobOrder', {
  description: 'How to sort backup jobs.',
  fields: (t) => ({
    field: t.field({ type: BackupJobOrderFieldEnum, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirectionEnum, required: true, description: 'Which way, for both columns of the pair.' }),
  }),
});

/** A job is unique by (server, backup name), so either pair order is total and cursors stay exact. */
function backupJobOrderBy(orderBy: { field: 'serverId' | 'backupName'; direction: Direction } | null | undefined) {
  const { field, direction } = requestedOrder(orderBy, { field: 'serverId', direction: 'asc' });
  return field === 'serverId' ? [{ serverId: direction }, { backupName: direction }] : [{ backupName: direction }, { serverId: direction }];
}

builder.queryFields((t) => ({
  overdueJobs: t.prismaField({
    type: ['BackupJob'],
    description: 'Jobs late right now (next expected run plus tolerance has passed), the longest overdue first.',
    args: {
      first: t.arg.int({
        required: false,
        defaultValue: OVERDUE_JOBS_DEFAULT_COUNT,
        description: `At most this many jobs, the longest overdue (default ${OVERDUE_JOBS_DEFAULT_COUNT}, at most MAX_PAGE_SIZE).`,
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const count = Math.min(args.first ?? OVERDUE_JOBS_DEFAULT_COUNT, ctx.config.limits.maxPageSize);
      const overdue = (await findOverdueJobs(ctx.prisma, ctx.now())).slice(0, count);
      const jobs = await ctx.prisma.backupJob.findMany({ ...query, where: { id: { in: overdue.map((job) => job.id) } } });
      const order = new Map(overdue.map((job, index) => [job.id, index]));
      return jobs.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    },
  }),
  backupJobs: t.prismaConnection({
    type: 'BackupJob',
    cursor: 'id',
    description: 'Backup jobs, by server machine-id then backup name unless orderBy says otherwise.',
    args: {
      filter: t.arg({ type: BackupJobFilter, required: false, description: 'Which jobs; absent means all.' }),
      orderBy: t.arg({
        type: BackupJobOrder,
        required: false,
        description: 'How to sort; absent means { field: SERVER_ID, direction: ASC }.',
      }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.backupJob.findMany({ ...query, where: backupJobWhere(args.filter), orderBy: backupJobOrderBy(args.orderBy) }),
    totalCount: (_root, args, ctx) => ctx.prisma.backupJob.count({ where: backupJobWhere(args.filter) }),
  }),
}));

function backupJobWhere(
  filter: { serverId?: string | number | null; machineId?: string | number | null; backupName?: string | null } | null | undefined,
) {
  return {
    serverId: requestedServerId(filter?.serverId, filter?.machineId) ?? undefined,
    backupName: filter?.backupName ?? undefined,
  };
}
