import { encodeGlobalID } from '@pothos/plugin-relay';
import { configureBackupJob } from '../../domain/configure-job.ts';
import type { DeletionCounts } from '../../domain/server-admin.ts';
import { deleteBackupJob } from '../../domain/server-admin.ts';
import { findJobId } from '../../domain/server-lookup.ts';
import type { Db } from '../../db/types.ts';
import { builder } from '../builder.ts';
import { DeletionCountsRef } from '../deletion-counts.ts';
import { replacedByOneOf } from '../deprecation/deprecation-reasons.ts';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import { decodeIdOf, serverIdFromArgument } from '../identity.ts';
import { NotificationLevelEnum } from './schedule.ts';

const BackupJobKey = builder.inputType('BackupJobKey', {
  description: 'A job by its server and backup name, the pair that identifies it in duplistatus.',
  fields: (t) => ({
    serverId: t.id({ required: true, description: 'Global id or machine-id of its server.' }),
    backupName: t.string({ required: true, description: 'The name of the backup in Duplicati.' }),
  }),
});

const BackupJobLookup = builder.inputType('BackupJobLookup', {
  isOneOf: true,
  description: 'One way to name a backup job; the schema refuses none or two.',
  fields: (t) => ({
    id: t.id({ required: false, description: "The job's global id." }),
    key: t.field({ type: BackupJobKey, required: false, description: 'Its server and backup name.' }),
  }),
});

const ConfigureBackupJobInput = builder.inputType('ConfigureBackupJobInput', {
  description: 'Name the job with `job`; omitted settings stay as they are.',
  fields: (t) => ({
    job: t.field({ type: BackupJobLookup, required: false, description: 'The job to change.' }),
    id: t.id({
      required: false,
      description: "The job's global id.",
      deprecationReason: replacedByOneOf('ConfigureBackupJobInput.job', '{ id }'),
    }),
    serverId: t.id({
      required: false,
      description: 'Global id or machine-id of its server.',
      deprecationReason: replacedByOneOf('ConfigureBackupJobInput.job', '{ key: { serverId, backupName } }'),
    }),
    backupName: t.string({
      required: false,
      description: 'The name of the backup in Duplicati; give it with serverId.',
      deprecationReason: replacedByOneOf('ConfigureBackupJobInput.job', '{ key: { serverId, backupName } }'),
    }),
    expectedInterval: t.string({ required: false, description: 'e.g. "1D", "12h", "1W", "2h30m".' }),
    allowedWeekdays: t.intList({ required: false, description: 'UTC weekdays, 0 = Sunday; [] means every day.' }),
    toleranceMinutes: t.int({ required: false, description: 'null: follow the global default.' }),
    overdueCheckEnabled: t.boolean({ required: false, description: 'False stops overdue checks for this job.' }),
    notificationLevel: t.field({ type: NotificationLevelEnum, required: false, description: 'Which runs raise a BACKUP_WARNING alert.' }),
    ntfyEnabled: t.boolean({ required: false, description: 'Notify this job through ntfy.' }),
    emailEnabled: t.boolean({ required: false, description: 'Notify this job by e-mail (when SMTP is configured).' }),
    gotifyEnabled: t.boolean({ required: false, description: 'Notify this job through Gotify (when configured).' }),
    appriseEnabled: t.boolean({ required: false, description: 'Notify this job through the Apprise API (when configured).' }),
    additionalNotificationLevel: t.field({
      type: NotificationLevelEnum,
      required: false,
      description: 'Which runs reach the additional destinations; overdue reaches them unless OFF.',
    }),
    additionalEmails: t.string({ required: false, description: 'Comma-separated extra e-mail recipients; "" for none.' }),
    additionalNtfyTopic: t.string({ required: false, description: 'An extra ntfy topic on the same server; "" for none.' }),
    notifyRecovered: t.boolean({ required: false, description: 'Notify when a good run resolves an OVERDUE or BACKUP_FAILED alert.' }),
  }),
});

const ConfigureBackupJobPayload = builder.objectRef<{ jobId: number }>('ConfigureBackupJobPayload').implement({
  description: 'The outcome of configureBackupJob.',
  fields: (t) => ({
    job: t.prismaField({
      type: 'BackupJob',
      description: 'The job with its new settings.',
      resolve: (query, payload, _args, ctx) => ctx.prisma.backupJob.findUniqueOrThrow({ ...query, where: { id: payload.jobId } }),
    }),
  }),
});

const DeleteBackupJobInput = builder.inputType('DeleteBackupJobInput', {
  description: 'The job to delete, by its server and backup name.',
  fields: (t) => ({
    serverId: t.id({ required: true, description: 'Global id or machine-id of its server.' }),
    backupName: t.string({ required: true, description: 'The name of the backup in Duplicati.' }),
  }),
});

const DeleteBackupJobPayload = builder
  .objectRef<{ serverId: string; backupName: string; jobId: number; counts: DeletionCounts }>('DeleteBackupJobPayload')
  .implement({
    description: 'The outcome of deleteBackupJob.',
    fields: (t) => ({
      server: t.prismaField({
        type: 'Server',
        description: 'The server stays, even without jobs.',
        resolve: (query, payload, _args, ctx) => ctx.prisma.server.findUniqueOrThrow({ ...query, where: { id: payload.serverId } }),
      }),
      backupName: t.exposeString('backupName', { description: 'The name of the deleted job.' }),
      deleted: t.field({ type: DeletionCountsRef, description: 'What was deleted with it.', resolve: (payload) => payload.counts }),
      deletedBackupJobId: t.id({
        description: 'The global id the deleted job had, for evicting it from a normalised client cache.',
        resolve: (payload) => encodeGlobalID('BackupJob', String(payload.jobId)),
      }),
    }),
  });

builder.mutationFields((t) => ({
  configureBackupJob: t.field({
    type: ConfigureBackupJobPayload,
    description: "Changes a job's schedule, tolerance, monitoring and notification level.",
    errors: { types: [NotFoundError, InvalidInputError] },
    args: { input: t.arg({ type: ConfigureBackupJobInput, required: true, description: 'The job and the settings to change.' }) },
    resolve: async (_root, { input }, ctx) => {
      const jobId = await jobIdNamedBy(ctx.prisma, input);
      const outcome = await configureBackupJob(
        ctx.prisma,
        jobId,
        {
          expectedInterval: input.expectedInterval ?? undefined,
          allowedWeekdays: input.allowedWeekdays ?? undefined,
          toleranceMinutes: input.toleranceMinutes,
          overdueCheckEnabled: input.overdueCheckEnabled ?? undefined,
          notificationLevel: input.notificationLevel ?? undefined,
          ntfyEnabled: input.ntfyEnabled ?? undefined,
          emailEnabled: input.emailEnabled ?? undefined,
          gotifyEnabled: input.gotifyEnabled ?? undefined,
          appriseEnabled: input.appriseEnabled ?? undefined,
          additionalNotificationLevel: input.additionalNotificationLevel ?? undefined,
          additionalEmails: input.additionalEmails ?? undefined,
          additionalNtfyTopic: input.additionalNtfyTopic ?? undefined,
          notifyRecovered: input.notifyRecovered ?? undefined,
        },
        { now: ctx.now(), events: ctx.events },
      );
      if (outcome.kind === 'not-found') throw new NotFoundError(`No backup job with id ${jobId}`);
      if (outcome.kind === 'invalid') throw new InvalidInputError(outcome.field, outcome.message);
      return { jobId: outcome.jobId };
    },
  }),
  deleteBackupJob: t.field({
    type: DeleteBackupJobPayload,
    description: 'Deletes one job with its schedule, runs and alerts; the server stays.',
    errors: { types: [NotFoundError] },
    args: { input: t.arg({ type: DeleteBackupJobInput, required: true, description: 'The job to delete.' }) },
    resolve: async (_root, { input }, ctx) => {
      const serverId = serverIdFromArgument(input.serverId, 'serverId');
      const outcome = await deleteBackupJob(ctx.prisma, serverId, input.backupName, { now: ctx.now(), events: ctx.events });
      if (outcome.kind === 'not-found')
        throw new NotFoundError(`Server ${String(input.serverId)} has no backup job named "${input.backupName}"`);
      return outcome;
    },
  }),
}));

type JobNaming = Pick<typeof ConfigureBackupJobInput.$inferInput, 'job' | 'id' | 'serverId' | 'backupName'>;

/**
 * The job named by `job`, or by the deprecated `id`, or `serverId` and `backupName`, which answer
 * exactly as they did before `job` existed.
 */
async function jobIdNamedBy(prisma: Db, input: JobNaming): Promise<number> {
  const { job, id, serverId, backupName } = input;
  if (job) {
    if (id != null || serverId != null || backupName != null) {
      throw new InvalidInputError('job', 'Give job alone: id, serverId and backupName are its deprecated forms.');
    }
    // @oneOf: exactly one member is set, and it is not null.
    if (job.id != null) return decodeIdOf('BackupJob', job.id, 'job.id');
    const key = job.key!;
    const jobId = await findJobId(prisma, serverIdFromArgument(key.serverId, 'job.key.serverId'), key.backupName);
    if (jobId === null) throw new NotFoundError(`Server ${String(key.serverId)} has no backup job named "${key.backupName}"`);
    return jobId;
  }
  if (id == null && serverId == null && backupName == null) {
    throw new InvalidInputError('job', 'Name the job with job: { id: ... } or job: { key: { serverId: ..., backupName: ... } }.');
  }
  const jobId = id
    ? decodeIdOf('BackupJob', id, 'id')
    : serverId && backupName
      ? await findJobId(prisma, serverIdFromArgument(serverId, 'serverId'), backupName)
      : null;
  if (jobId === null) throw new NotFoundError('No such backup job: give its id, or serverId and backupName');
  return jobId;
}
