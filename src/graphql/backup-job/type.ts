import { describeOverdueState } from '../../domain/overdue-state.ts';
import { activeAlertWhere } from '../alert/filters.ts';
import { builder } from '../builder.ts';
import { BackupJobScheduleRef, OverdueStateRef } from './schedule.ts';

export const BackupJobRef = builder.prismaNode('BackupJob', {
  id: { field: 'id' },
  // A record that is gone reads as null in node(id:)/nodes(ids:) (src/graphql/node-lookup.ts).
  nullable: true,
  select: { id: true },
  description: 'A backup job: one (server, backup name) pair. Renaming a job in Duplicati starts a new one.',
  fields: (t) => ({
    backupName: t.exposeString('backupName'),
    serverId: t.exposeString('serverId', { description: "The server's Duplicati machine-id." }),
    server: t.relation('server'),
    latestBackup: t.relation('latestBackup', { nullable: true }),
    lastBackupAt: t.field({
      type: 'DateTime',
      nullable: true,
      select: { lastBackupAt: true },
      resolve: (job) => job.lastBackupAt,
    }),
    runCount: t.relationCount('backups', { description: 'Number of stored runs.' }),
    schedule: t.field({
      type: BackupJobScheduleRef,
      description: 'When runs are expected and how lateness and warnings are reported.',
      select: { expectedInterval: true, allowedWeekdays: true, toleranceMinutes: true, overdueCheckEnabled: true, notificationEvent: true },
      resolve: (job) => job,
    }),
    overdue: t.field({
      type: OverdueStateRef,
      select: {
        nextExpectedAt: true,
        toleranceMinutes: true,
        overdueCheckEnabled: true,
        latestBackupId: true,
        overdueSince: true,
        lastReminderAt: true,
      },
      resolve: async (job, _args, ctx) =>
        describeOverdueState(job, ctx.now(), (await ctx.monitoringSettings()).defaultToleranceMinutes),
    }),
    alerts: t.relatedConnection('alerts', {
      cursor: 'id',
      args: { active: t.arg.boolean({ required: false, description: 'Only open (true) or only resolved (false) alerts.' }) },
      query: (args) => ({ where: activeAlertWhere(args.active), orderBy: [{ raisedAt: 'desc' }, { id: 'desc' }] }),
      // Counts the alerts `active` selects, like every other connection's totalCount.
      totalCount: true,
    }),
    backups: t.relatedConnection('backups', {
      cursor: 'id',
      query: () => ({ orderBy: [{ date: 'desc' }, { id: 'asc' }] }),
      totalCount: true,
    }),
  }),
});
