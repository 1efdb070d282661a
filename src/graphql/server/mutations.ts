import { encodeGlobalID } from '@pothos/plugin-relay';
import { mergeServers } from '../../domain/merge-servers.ts';
import type { MergeCounts } from '../../domain/merge-servers.ts';
import { deleteServer, updateServer } from '../../domain/server-admin.ts';
import type { DeletionCounts } from '../../domain/server-admin.ts';
import { builder } from '../builder.ts';
import { replacedBy } from '../deprecation/deprecation-reasons.ts';
import type { GraphQLContext } from '../context.ts';
import { DeletionCountsRef } from '../deletion-counts.ts';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import { serverIdFromArgument } from '../identity.ts';

/**
 * duplistatus's server settings pages as GraphQL (docs/compatibility/operations.md): edit, delete, merge duplicates.
 * Resolvers only translate; src/domain does the work.
 */

const UpdateServerInput = builder.inputType('UpdateServerInput', {
  description:
    'Only the fields given change; null clears one (duplistatus blanks every omitted field, docs/compatibility/known-problems.md#server-edit-clears-omitted-fields).',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global id or machine-id.' }),
    alias: t.string({ required: false, description: 'A display name; empty or null for none.' }),
    note: t.string({ required: false, description: 'Free text; empty or null for none.' }),
    url: t.string({ required: false, description: 'The Duplicati web UI, http(s); empty or null for none.' }),
  }),
});

const UpdateServerPayload = builder.objectRef<{ serverId: string; changed: boolean }>('UpdateServerPayload').implement({
  description: 'The outcome of updateServer.',
  fields: (t) => ({
    server: t.prismaField({
      type: 'Server',
      description: 'The server with its new settings.',
      resolve: (query, payload, _args, ctx) => ctx.prisma.server.findUniqueOrThrow({ ...query, where: { id: payload.serverId } }),
    }),
    changed: t.exposeBoolean('changed', { description: 'False when every given value was already stored.' }),
  }),
});

const DeleteServerInput = builder.inputType('DeleteServerInput', {
  description: 'The server to delete.',
  fields: (t) => ({ id: t.id({ required: true, description: 'Global id or machine-id.' }) }),
});

const DeleteServerPayload = builder.objectRef<{ serverId: string; name: string; counts: DeletionCounts }>('DeleteServerPayload').implement({
  description: 'The outcome of deleteServer.',
  fields: (t) => ({
    deletedId: t.id({ description: 'The global id the server had.', resolve: (payload) => encodeGlobalID('Server', payload.serverId) }),
    serverId: t.exposeString('serverId', { description: 'Its machine-id.' }),
    name: t.exposeString('name', { description: 'The name the server had.' }),
    deleted: t.field({ type: DeletionCountsRef, description: 'What was deleted with it.', resolve: (payload) => payload.counts }),
  }),
});

const MergeServersInput = builder.inputType('MergeServersInput', {
  description: 'Which servers to fold into which.',
  fields: (t) => ({
    sourceIds: t.idList({ required: true, description: 'Servers to fold into the target and delete (global ids or machine-ids).' }),
    targetId: t.id({ required: true, description: 'The server that stays (global id or machine-id).' }),
  }),
});

const MergeCountsRef = builder.objectRef<MergeCounts>('MergeCounts').implement({
  description: 'What mergeServers moved, combined and deleted.',
  fields: (t) => ({
    servers: t.exposeInt('servers', { description: 'Source servers deleted.' }),
    jobsMoved: t.exposeInt('jobsMoved', {
      description: 'Source jobs moved whole, schedule included (the target had no job of that name).',
    }),
    jobsCombined: t.exposeInt('jobsCombined', { description: "Source jobs folded into the target's job of the same name." }),
    runsMoved: t.exposeInt('runsMoved', { description: 'Source runs moved to the target.' }),
    duplicateRunsDropped: t.exposeInt('duplicateRunsDropped', { description: 'Source runs that were the same report as a target run.' }),
    alertsMoved: t.exposeInt('alertsMoved', { description: 'Source alerts moved to the target.' }),
    alertsResolved: t.exposeInt('alertsResolved', {
      description: "Open alerts a combined job's newest run resolves, or that an open alert of the same kind replaces.",
    }),
  }),
});

const MergeServersPayload = builder
  .objectRef<{ targetId: string; sourceIds: string[]; counts: MergeCounts }>('MergeServersPayload')
  .implement({
    description: 'The outcome of mergeServers.',
    fields: (t) => ({
      target: t.prismaField({
        type: 'Server',
        description: "The server that stayed, now holding the sources' jobs, runs and alerts.",
        resolve: (query, payload, _args, ctx) => ctx.prisma.server.findUniqueOrThrow({ ...query, where: { id: payload.targetId } }),
      }),
      mergedServerIds: t.exposeStringList('sourceIds', {
        description: 'Machine-ids of the deleted sources.',
        deprecationReason: replacedBy('MergeServersPayload.removedServerIds', 'global ids, which normalised client caches evict by'),
      }),
      counts: t.field({ type: MergeCountsRef, description: 'What was moved, combined and deleted.', resolve: (payload) => payload.counts }),
      removedServerIds: t.idList({
        description: 'The global ids the deleted sources had, for evicting them from a normalised client cache.',
        resolve: (payload) => payload.sourceIds.map((serverId) => encodeGlobalID('Server', serverId)),
      }),
    }),
  });

builder.mutationFields((t) => ({
  updateServer: t.field({
    type: UpdateServerPayload,
    description: "Sets a server's alias, note and Duplicati UI URL.",
    errors: { types: [NotFoundError, InvalidInputError] },
    args: { input: t.arg({ type: UpdateServerInput, required: true, description: 'The server and the settings to change.' }) },
    resolve: async (_root, { input }, ctx) => {
      const serverId = serverIdFromArgument(input.id, 'id');
      const outcome = await updateServer(ctx.prisma, serverId, { alias: input.alias, note: input.note, url: input.url }, adminOptions(ctx));
      if (outcome.kind === 'not-found') throw new NotFoundError(`No server with id ${String(input.id)}`);
      if (outcome.kind === 'invalid') throw new InvalidInputError(outcome.field, outcome.message);
      return outcome;
    },
  }),
  deleteServer: t.field({
    type: DeleteServerPayload,
    description: 'Deletes a server with all its jobs, schedules, runs and alerts, in one transaction.',
    errors: { types: [NotFoundError] },
    args: { input: t.arg({ type: DeleteServerInput, required: true, description: 'The server to delete.' }) },
    resolve: async (_root, { input }, ctx) => {
      const outcome = await deleteServer(ctx.prisma, serverIdFromArgument(input.id, 'id'), adminOptions(ctx));
      if (outcome.kind === 'not-found') throw new NotFoundError(`No server with id ${String(input.id)}`);
      return outcome;
    },
  }),
  mergeServers: t.field({
    type: MergeServersPayload,
    description:
      'Moves the jobs (with schedules), runs and alerts of the sources to the target and deletes the sources, in one transaction.',
    errors: { types: [NotFoundError, InvalidInputError] },
    args: { input: t.arg({ type: MergeServersInput, required: true, description: 'The sources and the target.' }) },
    resolve: async (_root, { input }, ctx) => {
      const outcome = await mergeServers(
        ctx.prisma,
        {
          sourceIds: input.sourceIds.map((id) => serverIdFromArgument(id, 'sourceIds')),
          targetId: serverIdFromArgument(input.targetId, 'targetId'),
        },
        adminOptions(ctx),
      );
      if (outcome.kind === 'not-found') throw new NotFoundError(`No server with id ${outcome.missingIds.join(', ')}`);
      if (outcome.kind === 'invalid') throw new InvalidInputError(outcome.field, outcome.message);
      return outcome;
    },
  }),
}));

function adminOptions(ctx: GraphQLContext) {
  return { now: ctx.now(), events: ctx.events };
}
