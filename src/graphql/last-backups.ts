import type { FieldNode } from 'graphql';
import { backupNamesOf, findServerWithLatestRuns, latestRunAcrossJobs, loadRunsInOrder } from '../domain/last-backups.ts';
import type { LatestRun } from '../domain/last-backups.ts';
import { modelRow } from '../domain/model-rows.ts';
import type { ServerSummaryRow } from '../domain/server-lookup.ts';
import { builder } from './builder.ts';
import { findRowById, findRowsById, plainSelectOf } from './hand-read-plan.ts';
import { markHandLoaded } from './hand-loaded-rows.ts';
import type { GraphQLContext } from './context.ts';
import { serverIdFromArgument } from './identity.ts';
import { AmbiguousServerNameError } from './server/type.ts';

/** A found server (the lookup's row) and the newest run of each of its jobs, newest first (docs/compatibility/rest-api.md#last-backups order). */
interface ServerLatestRuns {
  server: ServerSummaryRow;
  latestRuns: LatestRun[];
  /** The `lastBackup(s)` field of the operation: what its runs were asked for is remembered under it. */
  field: FieldNode;
}

/**
 * The run columns (Backup model fields) asked beneath each `lastBackup(s)` field of a parsed
 * document, learned from the runs' own plan the first time it runs: from then on the lookup reads
 * them with the server and its jobs, in one statement. Yoga's parser cache hands back the same
 * document for the same text, so a client repeating its query pays one statement per call; what
 * the runs' fields check before using the rows read (`hasRunColumns`) keeps every answer exact
 * whatever was remembered.
 */
const runColumnsAsked = new WeakMap<FieldNode, readonly string[]>();

function rememberRunColumns(field: FieldNode, fields: readonly string[]): void {
  const known = runColumnsAsked.get(field) ?? [];
  if (fields.every((column) => known.includes(column))) return;
  runColumnsAsked.set(field, [...new Set([...known, ...fields])]);
}

export const LastBackupRef = builder.objectRef<ServerLatestRuns>('LastBackup').implement({
  description: "duplistatus's GET /api/lastbackup/:id as a type: a server and its newest run across all its jobs.",
  fields: (t) => ({
    server: t.prismaField({
      type: 'Server',
      description: 'The server found.',
      resolve: (query, parent, _args, ctx) => findServerOf(query, parent, ctx),
    }),
    latestBackup: t.prismaField({
      type: 'Backup',
      nullable: true,
      description: 'The run with the greatest date across all jobs of the server; null without runs.',
      resolve: async (query, parent, _args, ctx) => {
        const fields = plainSelectOf('Backup', query);
        if (fields) rememberRunColumns(parent.field, fields);
        const latest = latestRunAcrossJobs(parent.latestRuns);
        if (!latest) return null;
        const modelQuery = () => ctx.prisma.backup.findUnique({ ...query, where: { id: latest.id } });
        type BackupRow = Awaited<ReturnType<typeof modelQuery>>;
        if (fields && hasRunColumns(latest, fields)) return (latest.row ? markHandLoaded(latest.row) : null) as BackupRow;
        return findRowById(ctx.prisma, 'Backup', query, latest.id, modelQuery);
      },
    }),
  }),
});

/**
 * The found server: the lookup's own row when only its columns are asked (the common
 * `server { serverId name }`: no statement of its own), else by hand or by the model query; a
 * server deleted since the lookup then fails as the model query does.
 */
async function findServerOf(query: object, parent: ServerLatestRuns, ctx: GraphQLContext) {
  const serverId = parent.server.id;
  const modelQuery = () => ctx.prisma.server.findUniqueOrThrow({ ...query, where: { id: serverId } });
  type ServerRow = Awaited<ReturnType<typeof modelQuery>>;
  const fields = plainSelectOf('Server', query);
  if (fields?.every((field) => field in parent.server)) {
    return modelRow('Server', [...new Set(['id', ...fields])], { ...parent.server }) as ServerRow;
  }
  return (await findRowById<ServerRow>(ctx.prisma, 'Server', query, serverId, async () => null)) ?? modelQuery();
}

/** True when the read brought the run's row with `fields` (or found it gone), so no statement of its own is needed. */
function hasRunColumns(run: LatestRun, fields: readonly string[]): boolean {
  if (run.row === undefined) return false;
  const row = run.row;
  return row === null || fields.every((field) => field in row);
}

/** Shared with the deprecated LastBackups.backupTypesCount (deprecation/deprecated-shims.ts). */
export function backupJobsCountOf(parent: ServerLatestRuns): number {
  return parent.latestRuns.length;
}

export const LastBackupsRef = builder.objectRef<ServerLatestRuns>('LastBackups').implement({
  description: "duplistatus's GET /api/lastbackups/:id as a type: a server and the newest run of each of its jobs.",
  fields: (t) => ({
    server: t.prismaField({
      type: 'Server',
      description: 'The server found.',
      resolve: (query, parent, _args, ctx) => findServerOf(query, parent, ctx),
    }),
    latestBackups: t.prismaField({
      type: ['Backup'],
      description: "The newest run of every job, ordered by that run's date, newest first.",
      resolve: async (query, parent, _args, ctx) => {
        const fields = plainSelectOf('Backup', query);
        if (fields) rememberRunColumns(parent.field, fields);
        const runs = parent.latestRuns;
        const modelQuery = (ids: string[]) => ctx.prisma.backup.findMany({ ...query, where: { id: { in: ids } } });
        type BackupRow = Awaited<ReturnType<typeof modelQuery>>[number];
        if (fields && runs.every((run) => hasRunColumns(run, fields))) {
          // A run deleted since its job pointed at it is left out, as the read by id leaves it out.
          return runs.flatMap((run) => (run.row ? [markHandLoaded(run.row) as BackupRow] : []));
        }
        return loadRunsInOrder(runs, (ids) => findRowsById(ctx.prisma, 'Backup', query, ids, () => modelQuery(ids)));
      },
    }),
    backupJobsCount: t.int({
      description: 'Jobs with at least one run (the length of latestBackups).',
      resolve: backupJobsCountOf,
    }),
    backupNames: t.stringList({
      description: 'The backup names, in the order of latestBackups.',
      resolve: (parent) => backupNamesOf(parent.latestRuns),
    }),
  }),
});

/**
 * The docs/compatibility/rest-api.md#last-backup lookup: a global id or machine-id first, then an exact name; aliases never match.
 * Not found is null; a name several servers share is the typed AmbiguousServerNameError.
 */
async function findServerLatestRuns(identifier: string, ctx: GraphQLContext, field: FieldNode): Promise<ServerLatestRuns | null> {
  const lookup = await findServerWithLatestRuns(ctx.prisma, serverIdFromArgument(identifier, 'server'), runColumnsAsked.get(field));
  if (lookup.kind === 'not-found') return null;
  if (lookup.kind === 'ambiguous') {
    throw new AmbiguousServerNameError(
      lookup.candidates[0]!.name,
      lookup.candidates.map((candidate) => candidate.id),
    );
  }
  return { server: lookup.server, latestRuns: lookup.latestRuns, field };
}

builder.queryFields((t) => ({
  lastBackup: t.field({
    type: LastBackupRef,
    nullable: true,
    description: 'A server (global id, machine-id or exact name) and its newest run; null when no server matches.',
    errors: { types: [AmbiguousServerNameError] },
    args: { server: t.arg.string({ required: true, description: 'Global id, machine-id or exact name.' }) },
    resolve: (_root, args, ctx, info) => findServerLatestRuns(args.server, ctx, info.fieldNodes[0]!),
  }),
  lastBackups: t.field({
    type: LastBackupsRef,
    nullable: true,
    description: "A server (global id, machine-id or exact name) and each job's newest run; null when no server matches.",
    errors: { types: [AmbiguousServerNameError] },
    args: { server: t.arg.string({ required: true, description: 'Global id, machine-id or exact name.' }) },
    resolve: (_root, args, ctx, info) => findServerLatestRuns(args.server, ctx, info.fieldNodes[0]!),
  }),
}));
