import { findOverdueJobs } from '../../domain/overdue-jobs.ts';
import { builder } from '../builder.ts';
import { machineIdArgument, requestedServerId } from '../deprecation/deprecation-reasons.ts';
import { OVERDUE_JOBS_DEFAULT_COUNT } from './overdue-jobs-count.ts';

const BackupJobFilter = builder.inputType('BackupJobFilter', {
  description: 'Which jobs to return; every condition given must hold.',
  fields: (t) => ({
    serverId: t.id({ required: false, description: 'Global id or machine-id.' }),
    machineId: t.id(machineIdArgument('BackupJobFilter.serverId')),
    backupName: t.string({ required: false, description: 'Only jobs with this backup name.' }),
  }),
});

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
    description: 'Backup jobs, by server machine-id then backup name.',
    args: { filter: t.arg({ type: BackupJobFilter, required: false, description: 'Which jobs; absent means all.' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.backupJob.findMany({
        ...query,
        where: backupJobWhere(args.filter),
        orderBy: [{ serverId: 'asc' }, { backupName: 'asc' }],
      }),
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
