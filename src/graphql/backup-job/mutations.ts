import { configureBackupJob } from '../../domain/configure-job.ts';
import type { DeletionCounts } from '../../domain/server-admin.ts';
import { deleteBackupJob } from '../../domain/server-admin.ts';
import { findJobId } from '../../domain/server-lookup.ts';
import type { Db } from '../../db/types.ts';
import { builder } from '../builder.ts';
import { DeletionCountsRef } from '../deletion-counts.ts';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import { decodeIdOf, serverIdFromArgument } from '../identity.ts';
import { NotificationLevelEnum } from './schedule.ts';

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

const DeleteBackupJobInput = builder.inputType('DeleteBackupJobInput', {
  fields: (t) => ({
    serverId: t.id({ required: true, description: 'Global id or machine-id of its server.' }),
    backupName: t.string({ required: true }),
  }),
});

const DeleteBackupJobPayload = builder
  .objectRef<{ serverId: string; backupName: string; counts: DeletionCounts }>('DeleteBackupJobPayload')
  .implement({
    fields: (t) => ({
      server: t.prismaField({
        type: 'Server',
        description: 'The server stays, even without jobs.',
        resolve: (query, payload, _args, ctx) => ctx.prisma.server.findUniqueOrThrow({ ...query, where: { id: payload.serverId } }),
      }),
      backupName: t.exposeString('backupName'),
      deleted: t.field({ type: DeletionCountsRef, resolve: (payload) => payload.counts }),
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
  deleteBackupJob: t.field({
    type: DeleteBackupJobPayload,
    description: 'Deletes one job with its schedule, runs and alerts; the server stays.',
    errors: { types: [NotFoundError] },
    args: { input: t.arg({ type: DeleteBackupJobInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const serverId = serverIdFromArgument(input.serverId, 'serverId');
      const outcome = await deleteBackupJob(ctx.prisma, serverId, input.backupName, { now: ctx.now(), events: ctx.events });
      if (outcome.kind === 'not-found')
        throw new NotFoundError(`Server ${String(input.serverId)} has no backup job named "${input.backupName}"`);
      return outcome;
    },
  }),
}));

async function resolveJobId(
  ctx: { prisma: Db },
  input: { id?: string | number | null; serverId?: string | number | null; backupName?: string | null },
): Promise<number | null> {
  if (input.id) return decodeIdOf('BackupJob', input.id, 'id');
  if (!input.serverId || !input.backupName) return null;
  return findJobId(ctx.prisma, serverIdFromArgument(input.serverId, 'serverId'), input.backupName);
}
