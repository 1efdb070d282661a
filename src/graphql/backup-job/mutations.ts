import { encodeGlobalID } from '@pothos/plugin-relay';
import { configureBackupJob, MAX_TOLERANCE_MINUTES } from '../../domain/configure-job.ts';
import { millisecondsFromMinutes, wholeMinutesIn } from '../../domain/durations.ts';
import type { DeletionCounts } from '../../domain/server-admin.ts';
import { deleteBackupJob } from '../../domain/server-admin.ts';
import { findJobId } from '../../domain/server-lookup.ts';
import type { Db } from '../../db/types.ts';
import { builder } from '../builder.ts';
import { DeletionCountsRef } from '../deletion-counts.ts';
import { replacedBy, replacedByOneOf } from '../deprecation/deprecation-reasons.ts';
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
  description:
    'Name the job with `job`; a setting omitted or null stays as it is. The one exception is the deprecated toleranceMinutes, where null clears: use toleranceOverrideMilliseconds and clearToleranceOverride instead, which never read null as clear.',
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
    toleranceMinutes: t.int({
      required: false,
      description: 'null: follow the global default.',
      deprecationReason: replacedBy(
        'ConfigureBackupJobInput.toleranceOverrideMilliseconds',
        'there null means unchanged, and clearToleranceOverride clears it',
      ),
    }),
    toleranceOverrideMilliseconds: t.field({
      type: 'SafeInt',
      required: false,
      description: `This job's own tolerance, in whole minutes given as milliseconds (0 to ${millisecondsFromMinutes(MAX_TOLERANCE_MINUTES)}, 7 days); omitted or null leaves it as it is.`,
    }),
    clearToleranceOverride: t.boolean({
      required: false,
      description:
        "True: drop the job's own tolerance, so it follows MonitoringSettings.defaultToleranceMilliseconds. False or null changes nothing.",
    }),
    overdueCheckEnabled: t.boolean({ required: false, description: 'False stops overdue checks for this job.' }),
    notificationLevel: t.field({ type: NotificationLevelEnum, required: false, description: 'Which runs raise a BACKUP_WARNING alert.' }),
    ...followDuplicatiInput(t),
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

/** The follow-Duplicati switch, kept apart from the other settings of ConfigureBackupJobInput. */
function followDuplicatiInput(t: Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0]) {
  return {
    followDuplicati: t.boolean({
      required: false,
      description:
        "True: a Duplicati schedule sync or a report's planned run replaces this job's schedule, even one set by hand. False (the default): a schedule set by hand stays, and a sync outranks reports.",
    }),
  };
}

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
  description: 'The job to delete: by `job`, or by the deprecated serverId and backupName together; never both ways.',
  fields: (t) => ({
    job: t.field({ type: BackupJobLookup, required: false, description: 'The job to delete.' }),
    serverId: t.id({
      required: false,
      description: 'Global id or machine-id of its server.',
      deprecationReason: replacedByOneOf('DeleteBackupJobInput.job', '{ key: { serverId, backupName } }'),
    }),
    backupName: t.string({
      required: false,
      description: 'The name of the backup in Duplicati.',
      deprecationReason: replacedByOneOf('DeleteBackupJobInput.job', '{ key: { serverId, backupName } }'),
    }),
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
    description:
      "Changes a job's schedule, tolerance, monitoring and notification level. An expectedInterval or allowedWeekdays given here marks the schedule as set by hand (ScheduleSource.MANUAL).",
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
          toleranceMinutes: requestedToleranceMinutes(input),
          overdueCheckEnabled: input.overdueCheckEnabled ?? undefined,
          notificationLevel: input.notificationLevel ?? undefined,
          followDuplicati: input.followDuplicati ?? undefined,
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
    errors: { types: [NotFoundError, InvalidInputError] },
    args: { input: t.arg({ type: DeleteBackupJobInput, required: true, description: 'The job to delete.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { serverId, backupName, serverAsGiven } = await jobKeyToDelete(ctx.prisma, input);
      const outcome = await deleteBackupJob(ctx.prisma, serverId, backupName, { now: ctx.now(), events: ctx.events });
      if (outcome.kind === 'not-found') throw new NotFoundError(`Server ${serverAsGiven} has no backup job named "${backupName}"`);
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

/**
 * The tolerance change asked for: the new fields, where null never clears, or the deprecated
 * toleranceMinutes exactly as before (null clears). Mixing the two forms is refused, since a
 * null toleranceMinutes beside them could mean either.
 */
function requestedToleranceMinutes(
  input: Pick<typeof ConfigureBackupJobInput.$inferInput, 'toleranceMinutes' | 'toleranceOverrideMilliseconds' | 'clearToleranceOverride'>,
): number | null | undefined {
  const { toleranceMinutes, toleranceOverrideMilliseconds: milliseconds, clearToleranceOverride: clear } = input;
  const newForm = milliseconds != null || clear != null;
  if (!newForm) return toleranceMinutes;
  if (toleranceMinutes !== undefined) {
    throw new InvalidInputError(
      'toleranceMinutes',
      'Give toleranceOverrideMilliseconds or clearToleranceOverride without toleranceMinutes, their deprecated form.',
    );
  }
  if (milliseconds != null && clear === true) {
    throw new InvalidInputError('clearToleranceOverride', 'Give toleranceOverrideMilliseconds or clearToleranceOverride: true, not both.');
  }
  if (clear === true) return null;
  if (milliseconds == null) return undefined;
  const minutes = wholeMinutesIn(milliseconds);
  if (minutes === null || minutes < 0 || minutes > MAX_TOLERANCE_MINUTES) {
    throw new InvalidInputError(
      'toleranceOverrideMilliseconds',
      `toleranceOverrideMilliseconds must be whole minutes from 0 to ${millisecondsFromMinutes(MAX_TOLERANCE_MINUTES)} (7 days), got ${milliseconds}`,
    );
  }
  return minutes;
}

/**
 * The job deleteBackupJob names: by `job`, or by the deprecated serverId and backupName, which
 * answer as they did when they were required. Exactly one way must be given.
 */
async function jobKeyToDelete(
  prisma: Db,
  input: typeof DeleteBackupJobInput.$inferInput,
): Promise<{ serverId: string; backupName: string; serverAsGiven: string }> {
  const { job, serverId, backupName } = input;
  if (job) {
    if (serverId != null || backupName != null) {
      throw new InvalidInputError('job', 'Give job alone: serverId and backupName are its deprecated forms.');
    }
    if (job.key) {
      const { serverId: given, backupName: name } = job.key;
      return { serverId: serverIdFromArgument(given, 'job.key.serverId'), backupName: name, serverAsGiven: String(given) };
    }
    // @oneOf: without key, id is set.
    const jobId = decodeIdOf('BackupJob', job.id!, 'job.id');
    const found = await prisma.backupJob.findUnique({ where: { id: jobId }, select: { serverId: true, backupName: true } });
    if (!found) throw new NotFoundError(`No backup job with id ${String(job.id)}`);
    return { ...found, serverAsGiven: found.serverId };
  }
  if (serverId == null && backupName == null) {
    throw new InvalidInputError('job', 'Name the job with job: { id: ... } or job: { key: { serverId: ..., backupName: ... } }.');
  }
  if (serverId == null) throw new InvalidInputError('serverId', 'Give serverId with backupName (or use job instead).');
  if (backupName == null) throw new InvalidInputError('backupName', 'Give backupName with serverId (or use job instead).');
  return { serverId: serverIdFromArgument(serverId, 'serverId'), backupName, serverAsGiven: String(serverId) };
}
