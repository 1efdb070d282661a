import { encodeGlobalID } from '@pothos/plugin-relay';
import { mergeServers } from '../../domain/merge-servers.ts';
import type { MergeCounts } from '../../domain/merge-servers.ts';
import { deleteServer, updateServer } from '../../domain/server-admin.ts';
import type { DeletionCounts, ServerChanges } from '../../domain/server-admin.ts';
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

const ServerSettingsInput = builder.inputType('ServerSettingsInput', {
  description: 'Values to store on a server; a setting omitted or null stays as it is (to remove one, use its clear flag).',
  fields: (t) => ({
    alias: t.string({ required: false, description: 'A display name.' }),
    note: t.string({ required: false, description: 'Free text.' }),
    url: t.string({ required: false, description: 'The Duplicati web UI, an absolute http(s) URL.' }),
  }),
});

const OLD_FORM_REASON = 'there null means unchanged, and clearAlias, clearNote and clearUrl clear';

const UpdateServerInput = builder.inputType('UpdateServerInput', {
  description:
    'Set values with `set` and remove them with the clear flags; anything omitted or null stays as it is. The deprecated alias, note and url fields keep their old rule (omitted: unchanged, null: cleared) and cannot be mixed with the new ones. Unlike duplistatus, omitted fields are never blanked (docs/compatibility/known-problems.md#server-edit-clears-omitted-fields).',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global id or machine-id.' }),
    set: t.field({ type: ServerSettingsInput, required: false, description: 'Values to store; null or omitted ones stay as they are.' }),
    clearAlias: t.boolean({ required: false, description: 'True removes the alias. False or null changes nothing.' }),
    clearNote: t.boolean({ required: false, description: 'True removes the note. False or null changes nothing.' }),
    clearUrl: t.boolean({ required: false, description: 'True removes the URL. False or null changes nothing.' }),
    alias: t.string({
      required: false,
      description: 'A display name; empty or null for none.',
      deprecationReason: replacedBy('UpdateServerInput.set', OLD_FORM_REASON),
    }),
    note: t.string({
      required: false,
      description: 'Free text; empty or null for none.',
      deprecationReason: replacedBy('UpdateServerInput.set', OLD_FORM_REASON),
    }),
    url: t.string({
      required: false,
      description: 'The Duplicati web UI, http(s); empty or null for none.',
      deprecationReason: replacedBy('UpdateServerInput.set', OLD_FORM_REASON),
    }),
  }),
});

type UpdateServerInputValue = typeof UpdateServerInput.$inferInput;

const SETTINGS = ['alias', 'note', 'url'] as const;
const CLEAR_FLAG = { alias: 'clearAlias', note: 'clearNote', url: 'clearUrl' } as const;

/**
 * The changes asked for, in the domain's terms (undefined: keep, null: clear). The new form never
 * reads null as clear, so a client that sends null for untouched fields loses nothing; the old
 * form answers as it always did.
 */
function requestedServerChanges(input: UpdateServerInputValue): ServerChanges {
  const newFormGiven = input.set != null || SETTINGS.some((setting) => input[CLEAR_FLAG[setting]] != null);
  if (!newFormGiven) return { alias: input.alias, note: input.note, url: input.url };
  const oldField = SETTINGS.find((setting) => input[setting] !== undefined);
  if (oldField) {
    throw new InvalidInputError(oldField, `Give set and the clear flags without ${oldField}, their deprecated form.`);
  }
  const changes: ServerChanges = {};
  for (const setting of SETTINGS) {
    const value = input.set?.[setting];
    const clear = input[CLEAR_FLAG[setting]] === true;
    if (value != null && clear) {
      throw new InvalidInputError(CLEAR_FLAG[setting], `Give set.${setting} or ${CLEAR_FLAG[setting]}: true, not both.`);
    }
    if (clear) changes[setting] = null;
    else if (value != null) changes[setting] = value;
  }
  return changes;
}

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
      const changes = requestedServerChanges(input);
      const outcome = await updateServer(ctx.prisma, serverId, changes, adminOptions(ctx));
      if (outcome.kind === 'not-found') throw new NotFoundError(`No server with id ${String(input.id)}`);
      if (outcome.kind === 'invalid') throw new InvalidInputError(refusedField(input, outcome.field), outcome.message);
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

/** Where a refused value was given: inside `set` in the new form, at the top in the old one. */
function refusedField(input: UpdateServerInputValue, field: string): string {
  return input.set?.[field as (typeof SETTINGS)[number]] != null ? `set.${field}` : field;
}
