import { describeOverdueState } from '../../domain/overdue-state.ts';
import { AlertFilter, alertWhere, flatAlertArgumentReason, requestedAlertFilter } from '../alert/filters.ts';
import { ALERT_ORDER_DESCRIPTION, AlertOrder, alertOrderBy } from '../alert/order.ts';
import { BACKUP_ORDER_DESCRIPTION, BackupOrder, backupOrderBy } from '../backup/order.ts';
import { builder } from '../builder.ts';
import type { JobNotificationChoices } from '../../domain/notifications/plan.ts';
import { parseNotificationLevel } from '../../domain/overdue/index.ts';
import { BackupJobScheduleRef, NotificationLevelEnum, OverdueStateRef, withDefaultToleranceMinutes } from './schedule.ts';

const BackupJobNotificationChoicesRef = builder
  .objectRef<Omit<JobNotificationChoices, 'notificationEvent'>>('BackupJobNotificationChoices')
  .implement({
    description: "A job's notification channels (duplistatus's ntfyEnabled, emailEnabled and additional destinations, plus ours).",
    fields: (t) => ({
      ntfyEnabled: t.exposeBoolean('ntfyEnabled', { description: 'Notifies through ntfy.' }),
      emailEnabled: t.exposeBoolean('emailEnabled', { description: 'Notifies by e-mail.' }),
      gotifyEnabled: t.exposeBoolean('gotifyEnabled', { description: 'Notifies through Gotify.' }),
      appriseEnabled: t.exposeBoolean('appriseEnabled', { description: 'Notifies through the Apprise API.' }),
      additionalNotificationLevel: t.field({
        type: NotificationLevelEnum,
        description: 'Which runs reach the additional destinations.',
        resolve: (job) => parseNotificationLevel(job.additionalNotificationEvent),
      }),
      additionalEmails: t.exposeString('additionalEmails', { description: 'Extra e-mail recipients, comma-separated.' }),
      additionalNtfyTopic: t.exposeString('additionalNtfyTopic', { description: 'An extra ntfy topic.' }),
      notifyRecovered: t.exposeBoolean('notifyRecovered', {
        description: 'Notifies when a good run resolves an OVERDUE or BACKUP_FAILED alert.',
      }),
    }),
  });

export const BackupJobRef = builder.prismaNode('BackupJob', {
  id: { field: 'id' },
  // A record that is gone reads as null in node(id:)/nodes(ids:) (src/graphql/node-lookup.ts).
  nullable: true,
  select: { id: true },
  description: 'A backup job: one (server, backup name) pair. Renaming a job in Duplicati starts a new one.',
  fields: (t) => ({
    backupName: t.exposeString('backupName', { description: 'The name of the backup in Duplicati.' }),
    serverId: t.exposeString('serverId', { description: "The server's Duplicati machine-id." }),
    server: t.relation('server', { description: 'The server that runs it.' }),
    latestBackup: t.relation('latestBackup', {
      nullable: true,
      description: 'The run with the greatest date; null when the job has no runs.',
    }),
    lastBackupAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the latest run started; null when the job has no runs.',
      select: { lastBackupAt: true },
      resolve: (job) => job.lastBackupAt,
    }),
    runCount: t.relationCount('backups', { description: 'Number of stored runs.' }),
    schedule: t.field({
      type: BackupJobScheduleRef,
      description: 'When runs are expected and how lateness and warnings are reported.',
      select: {
        expectedInterval: true,
        allowedWeekdays: true,
        toleranceMinutes: true,
        overdueCheckEnabled: true,
        notificationEvent: true,
        scheduleSource: true,
        followDuplicati: true,
        plannedRunAt: true,
      },
      resolve: (job) => job,
    }),
    notificationChoices: t.field({
      type: BackupJobNotificationChoicesRef,
      description: 'Which channels and destinations this job notifies (set with configureBackupJob).',
      select: {
        ntfyEnabled: true,
        emailEnabled: true,
        gotifyEnabled: true,
        appriseEnabled: true,
        additionalNotificationEvent: true,
        additionalEmails: true,
        additionalNtfyTopic: true,
        notifyRecovered: true,
      },
      resolve: (job) => job,
    }),
    overdue: t.field({
      type: OverdueStateRef,
      description: 'Whether the job is late now, and when the next run is due.',
      select: {
        nextExpectedAt: true,
        toleranceMinutes: true,
        overdueCheckEnabled: true,
        latestBackupId: true,
        overdueSince: true,
        lastReminderAt: true,
      },
      resolve: (job, _args, ctx) => withDefaultToleranceMinutes(ctx, (minutes) => describeOverdueState(job, ctx.now(), minutes)),
    }),
    alerts: t.relatedConnection('alerts', {
      cursor: 'id',
      description: "The job's alerts, newest first unless orderBy says otherwise.",
      args: {
        filter: t.arg({ type: AlertFilter, required: false, description: 'Which of its alerts; absent means all.' }),
        orderBy: t.arg({ type: AlertOrder, required: false, description: ALERT_ORDER_DESCRIPTION }),
        active: t.arg.boolean({
          required: false,
          description: 'Only open (true) or only resolved (false) alerts.',
          deprecationReason: flatAlertArgumentReason('BackupJob.alerts', 'active'),
        }),
      },
      query: (args) => ({
        where: alertWhere(requestedAlertFilter(args.filter, { active: args.active })),
        orderBy: alertOrderBy(args.orderBy),
      }),
      // Counts the alerts the filter selects, like every other connection's totalCount.
      totalCount: true,
    }),
    backups: t.relatedConnection('backups', {
      cursor: 'id',
      description: "The job's runs, newest first unless orderBy says otherwise.",
      args: { orderBy: t.arg({ type: BackupOrder, required: false, description: BACKUP_ORDER_DESCRIPTION }) },
      query: (args) => ({ orderBy: backupOrderBy(args.orderBy) }),
      totalCount: true,
    }),
  }),
});
