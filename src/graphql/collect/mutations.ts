import type { CollectResult } from '../../domain/collect/types.ts';
import { MAX_COLLECT_INTERVAL_MINUTES, MIN_COLLECT_INTERVAL_MINUTES, setCollectSettings } from '../../domain/collect/periodic.ts';
import { millisecondsFromMinutes } from '../../domain/durations.ts';
import type { CollectOutcome, CollectRequest, SyncSchedulesOutcome } from '../../duplicati/collect-service.ts';
import type { SyncSchedulesResult } from '../../domain/collect/sync-schedules.ts';
import { builder } from '../builder.ts';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import { serverIdFromArgument } from '../identity.ts';
import { DUPLICATI_ERROR_TYPES, duplicatiFailure } from './errors.ts';
import { CollectJobResultRef } from './results.ts';

/**
 * duplistatus's "collect backups" (docs/compatibility/operations.md#collect-and-schedule-sync) as
 * GraphQL; src/duplicati/collect-service.ts and src/domain/collect do the work.
 */

const CollectBackupsInput = builder.inputType('CollectBackupsInput', {
  description:
    'A server collected before (serverId: its stored address and sealed password are used unless given here), or a Duplicati address and password.',
  fields: (t) => ({
    serverId: t.id({ required: false, description: 'A known server (global id or machine-id).' }),
    address: t.string({
      required: false,
      description:
        'host, host:port (port 8200 when none), https://… or http://…. A bare host is tried over https; over http only when allowHttp.',
    }),
    password: t.string({
      required: false,
      description: "Duplicati's web UI password; stored sealed for later collects, never returned or logged. Needed for a new address.",
    }),
    allowHttp: t.boolean({
      required: false,
      description: 'Allow plain http when the server does not speak https (the password then travels unencrypted); stored with the server.',
    }),
    trustSelfSigned: t.boolean({
      required: false,
      description: "Accept this server's self-signed certificate; stored with the server.",
    }),
  }),
});

const CollectBackupsPayload = builder.objectRef<CollectResult>('CollectBackupsPayload').implement({
  description: 'What collectBackups imported.',
  fields: (t) => ({
    server: t.prismaField({
      type: 'Server',
      description: 'The server the runs were stored under (an existing one of the same name is reused).',
      resolve: (query, result, _args, ctx) => ctx.prisma.server.findUniqueOrThrow({ ...query, where: { id: result.serverId } }),
    }),
    serverCreated: t.exposeBoolean('serverCreated', { description: 'The server was new.' }),
    url: t.exposeString('baseUrl', { description: "The address that answered, stored as the server's URL." }),
    processed: t.exposeInt('processed', { description: 'Backup runs stored, across jobs.' }),
    skipped: t.exposeInt('skipped', { description: 'Backup runs already stored, skipped as duplicates.' }),
    errors: t.exposeInt('errors', { description: 'Entries that could not be stored.' }),
    schedulesSynced: t.exposeInt('schedulesSynced', { description: 'Jobs whose Duplicati schedule was copied into their monitoring.' }),
    jobs: t.field({ type: [CollectJobResultRef], description: 'Per Duplicati job.', resolve: (result) => result.jobs }),
  }),
});

const SyncSchedulesPayload = builder.objectRef<SyncSchedulesResult>('SyncSchedulesPayload').implement({
  description: 'What syncSchedules copied.',
  fields: (t) => ({
    server: t.prismaField({
      type: 'Server',
      description: 'The server whose jobs took the schedules.',
      resolve: (query, result, _args, ctx) => ctx.prisma.server.findUniqueOrThrow({ ...query, where: { id: result.serverId } }),
    }),
    url: t.exposeString('baseUrl', { description: "The address that answered, stored as the server's URL." }),
    scheduledJobs: t.exposeInt('scheduled', { description: 'Duplicati jobs that have a schedule.' }),
    schedulesSynced: t.exposeInt('schedulesSynced', {
      description: 'Jobs whose monitoring took their Duplicati schedule (jobs with no run here yet are left out).',
    }),
  }),
});

const SetCollectSettingsInput = builder.inputType('SetCollectSettingsInput', {
  description: "A server's collect settings; only the fields given change.",
  fields: (t) => ({
    serverId: t.id({ required: true, description: 'Global id or machine-id.' }),
    enabled: t.boolean({ required: false, description: 'Turn the periodic collect on or off (on needs a stored address and password).' }),
    intervalMilliseconds: t.field({
      type: 'SafeInt',
      required: false,
      description: `Time between periodic collects, whole minutes given as milliseconds, ${millisecondsFromMinutes(MIN_COLLECT_INTERVAL_MINUTES)} (5 minutes) to ${millisecondsFromMinutes(MAX_COLLECT_INTERVAL_MINUTES)} (a week).`,
    }),
    allowHttp: t.boolean({ required: false, description: 'Allow plain http for this server.' }),
    trustSelfSigned: t.boolean({ required: false, description: "Accept this server's self-signed certificate." }),
  }),
});

const SetCollectSettingsPayload = builder.objectRef<{ serverId: string }>('SetCollectSettingsPayload').implement({
  description: 'The outcome of setCollectSettings.',
  fields: (t) => ({
    server: t.prismaField({
      type: 'Server',
      description: 'The server, with its collect settings.',
      resolve: (query, payload, _args, ctx) => ctx.prisma.server.findUniqueOrThrow({ ...query, where: { id: payload.serverId } }),
    }),
  }),
});

builder.mutationFields((t) => ({
  collectBackups: t.field({
    type: CollectBackupsPayload,
    description:
      "Admin: logs in to a Duplicati server and imports every backup run its job logs keep (all pages), through the upload's rules. Runs older than a job's latest are stored as history (no alerts, no notifications).",
    errors: { types: [NotFoundError, InvalidInputError, ...DUPLICATI_ERROR_TYPES] },
    args: { input: t.arg({ type: CollectBackupsInput, required: true, description: 'Which Duplicati to collect from.' }) },
    resolve: async (_root, { input }, ctx) => {
      const request = collectRequest(input);
      return collectedOrThrow(await ctx.collect.collect(request), input.serverId ?? input.address ?? '');
    },
  }),
  syncSchedules: t.field({
    type: SyncSchedulesPayload,
    description:
      "Admin: copies each Duplicati job's schedule (Repeat, allowed weekdays, next run) into its monitoring, as collectBackups does, without reading any run.",
    errors: { types: [NotFoundError, InvalidInputError, ...DUPLICATI_ERROR_TYPES] },
    args: { input: t.arg({ type: CollectBackupsInput, required: true, description: 'Which Duplicati to read, as for collectBackups.' }) },
    resolve: async (_root, { input }, ctx) =>
      collectedOrThrow(await ctx.collect.syncSchedules(collectRequest(input)), input.serverId ?? input.address ?? ''),
  }),
  setCollectSettings: t.field({
    type: SetCollectSettingsPayload,
    description: "Admin: sets a server's periodic collect (on/off, interval) and transport choices (http, self-signed certificate).",
    errors: { types: [NotFoundError, InvalidInputError] },
    args: { input: t.arg({ type: SetCollectSettingsInput, required: true, description: 'The server and the settings to change.' }) },
    resolve: async (_root, { input }, ctx) => {
      const serverId = serverIdFromArgument(input.serverId, 'serverId');
      const outcome = await setCollectSettings(
        ctx.prisma,
        serverId,
        {
          enabled: input.enabled ?? undefined,
          intervalMilliseconds: input.intervalMilliseconds ?? undefined,
          allowHttp: input.allowHttp ?? undefined,
          trustSelfSigned: input.trustSelfSigned ?? undefined,
        },
        ctx.now(),
      );
      if (outcome.kind === 'not-found') throw new NotFoundError(`No server with id ${String(input.serverId)}`);
      if (outcome.kind === 'invalid') throw new InvalidInputError(outcome.field, outcome.message);
      return { serverId };
    },
  }),
}));

export function collectRequest(input: {
  serverId?: string | number | null;
  address?: string | null;
  password?: string | null;
  allowHttp?: boolean | null;
  trustSelfSigned?: boolean | null;
}): CollectRequest {
  const common = {
    ...(input.allowHttp != null ? { allowHttp: input.allowHttp } : {}),
    ...(input.trustSelfSigned != null ? { trustSelfSigned: input.trustSelfSigned } : {}),
  };
  if (input.serverId != null) {
    return {
      serverId: serverIdFromArgument(input.serverId, 'serverId'),
      ...(input.address != null ? { address: input.address } : {}),
      ...(input.password != null ? { password: input.password } : {}),
      ...common,
    };
  }
  if (input.address == null || input.address.trim() === '') {
    throw new InvalidInputError('address', 'Give either serverId (a server collected before) or the Duplicati address and password');
  }
  if (input.password == null || input.password === '') {
    throw new InvalidInputError('password', "A new Duplicati address needs its password (the web UI's)");
  }
  return { address: input.address, password: input.password, ...common };
}

export function collectedOrThrow<T extends CollectOutcome | SyncSchedulesOutcome>(
  outcome: T,
  asked: string | number,
): Extract<T, { kind: 'collected' }>['result'] {
  if (outcome.kind === 'collected') return outcome.result as Extract<T, { kind: 'collected' }>['result'];
  if (outcome.kind === 'not-found') throw new NotFoundError(`No server with id ${String(asked)}`);
  if (outcome.kind === 'invalid') throw new InvalidInputError(outcome.field, outcome.message);
  if (outcome.kind === 'failed' && outcome.error.kind === 'invalid-address') throw new InvalidInputError('address', outcome.error.message);
  throw duplicatiFailure(outcome.error);
}
