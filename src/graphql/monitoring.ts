import { runOverdueCheck } from '../domain/alerts/overdue-check.ts';
import type { OverdueCheckResult } from '../domain/alerts/overdue-check.ts';
import { configureBackupJob } from '../domain/configure-job.ts';
import { findOverdueJobs } from '../domain/overdue-jobs.ts';
import { findJobId } from '../domain/server-lookup.ts';
import { updateMonitoringSettings } from '../domain/settings.ts';
import type { MonitoringSettings } from '../domain/settings.ts';
import { builder } from './builder.ts';
import { InvalidInputError, NotFoundError } from './errors.ts';
import { decodeTypedGlobalId, serverIdFromArgument } from './identity.ts';
import { NotificationLevelEnum, ReminderFrequencyEnum } from './backup-job/schedule.ts';

const MonitoringSettingsRef = builder.objectRef<MonitoringSettings>('MonitoringSettings').implement({
  fields: (t) => ({
    defaultToleranceMinutes: t.exposeInt('defaultToleranceMinutes', { description: 'Applies to jobs without their own tolerance.' }),
    reminderFrequency: t.field({ type: ReminderFrequencyEnum, resolve: (settings) => settings.reminderFrequency }),
  }),
});

const OverdueCheckStatisticsRef = builder.objectRef<OverdueCheckResult['statistics']>('OverdueCheckStatistics').implement({
  fields: (t) => ({
    totalBackupConfigs: t.exposeInt('totalBackupConfigs', { description: 'Backup jobs known.' }),
    checkedBackups: t.exposeInt('checkedBackups', { description: 'Jobs monitored and with at least one run.' }),
    overdueBackupsFound: t.exposeInt('overdueBackupsFound'),
    notificationsSent: t.exposeInt('notificationsSent', { description: 'Alerts raised plus reminders.' }),
    alertsRaised: t.exposeInt('alertsRaised'),
    remindersSent: t.exposeInt('remindersSent'),
  }),
});

const OverdueCheckResultRef = builder.objectRef<OverdueCheckResult>('OverdueCheckResult').implement({
  fields: (t) => ({
    message: t.exposeString('message'),
    checkedAt: t.expose('checkedAt', { type: 'DateTime' }),
    statistics: t.field({ type: OverdueCheckStatisticsRef, resolve: (result) => result.statistics }),
  }),
});

builder.queryFields((t) => ({
  overdueJobs: t.prismaField({
    type: ['BackupJob'],
    description: 'Jobs late right now (next expected run plus tolerance has passed), the longest overdue first.',
    resolve: async (query, _root, _args, ctx) => {
      const overdue = await findOverdueJobs(ctx.prisma, ctx.now());
      const jobs = await ctx.prisma.backupJob.findMany({ ...query, where: { id: { in: overdue.map((job) => job.id) } } });
      const order = new Map(overdue.map((job, index) => [job.id, index]));
      return jobs.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    },
  }),
  monitoringSettings: t.field({
    type: MonitoringSettingsRef,
    resolve: (_root, _args, ctx) => ctx.monitoringSettings(),
  }),
}));

const ConfigureBackupJobInput = builder.inputType('ConfigureBackupJobInput', {
  description: 'Name the job by `id`, or by `serverId` and `backupName`; omitted settings stay as they are.',
  fields: (t) => ({
    id: t.id({ required: false, description: "The job's global id." }),
    serverId: t.id({ required: false, description: 'Global id or machine-id of its server.' }),
    backupName: t.string({ required: false }),
    expectedInterval: t.string({ required: false, description: 'e.g. "1D", "12h", "1W", "2h30m".' }),
    allowedWeekdays: t.intList({ required: false, description: 'UTC weekdays, 0 = Sunday; [] means every day.' }),
    toleranceMinutes: t.int({ required: false, description: 'null: follow the global default.' }),
    overdueCheckEnabled: t.boolean({ required: false }),
    notificationLevel: t.field({ type: NotificationLevelEnum, required: false }),
  }),
});

const ConfigureBackupJobPayload = builder.objectRef<{ jobId: number }>('ConfigureBackupJobPayload').implement({
  fields: (t) => ({
    job: t.prismaField({
      type: 'BackupJob',
      resolve: (query, payload, _args, ctx) => ctx.prisma.backupJob.findUniqueOrThrow({ ...query, where: { id: payload.jobId } }),
    }),
  }),
});

const CheckOverdueNowPayload = OverdueCheckResultRef;

const UpdateMonitoringSettingsInput = builder.inputType('UpdateMonitoringSettingsInput', {
  fields: (t) => ({
    defaultToleranceMinutes: t.int({ required: false, description: 'One of 0, 5, 15, 30, 60, 120, 240, 360, 720, 1440.' }),
    reminderFrequency: t.field({ type: ReminderFrequencyEnum, required: false }),
  }),
});

builder.mutationFields((t) => ({
  configureBackupJob: t.field({
    type: ConfigureBackupJobPayload,
    description: "Changes a job's schedule, tolerance, monitoring and notification level.",
    errors: { types: [NotFoundError, InvalidInputError] },
    args: { input: t.arg({ type: ConfigureBackupJobInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const jobId = await resolveJobId(ctx, input);
      if (jobId === null) throw new NotFoundError('No such backup job: give its id, or serverId and backupName');
      const outcome = await configureBackupJob(
        ctx.prisma,
        jobId,
        {
          expectedInterval: input.expectedInterval ?? undefined,
          allowedWeekdays: input.allowedWeekdays ?? undefined,
          toleranceMinutes: input.toleranceMinutes,
          overdueCheckEnabled: input.overdueCheckEnabled ?? undefined,
          notificationLevel: input.notificationLevel ?? undefined,
        },
        { now: ctx.now(), events: ctx.events },
      );
      if (outcome.kind === 'not-found') throw new NotFoundError(`No backup job with id ${jobId}`);
      if (outcome.kind === 'invalid') throw new InvalidInputError(outcome.field, outcome.message);
      return { jobId: outcome.jobId };
    },
  }),
  checkOverdueNow: t.field({
    type: CheckOverdueNowPayload,
    description: 'Recomputes every next expected run and runs the overdue check at once (DOMAIN.md c.6).',
    resolve: (_root, _args, ctx) => runOverdueCheck(ctx.prisma, { now: ctx.now(), events: ctx.events, force: true }),
  }),
  updateMonitoringSettings: t.field({
    type: MonitoringSettingsRef,
    errors: { types: [InvalidInputError] },
    args: { input: t.arg({ type: UpdateMonitoringSettingsInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const outcome = await updateMonitoringSettings(ctx.prisma, {
        defaultToleranceMinutes: input.defaultToleranceMinutes ?? undefined,
        reminderFrequency: input.reminderFrequency ?? undefined,
      });
      if (outcome.kind === 'invalid') throw new InvalidInputError(outcome.field, outcome.message);
      return outcome.settings;
    },
  }),
}));

async function resolveJobId(
  ctx: { prisma: import('../db/types.ts').Db },
  input: { id?: string | number | null; serverId?: string | number | null; backupName?: string | null },
): Promise<number | null> {
  if (input.id) {
    const id = Number(decodeTypedGlobalId(String(input.id), 'BackupJob'));
    return Number.isInteger(id) ? id : null;
  }
  if (!input.serverId || !input.backupName) return null;
  return findJobId(ctx.prisma, serverIdFromArgument(String(input.serverId)), input.backupName);
}
