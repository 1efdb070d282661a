import { backupNamesOf, findLatestRunsOfServer, latestRunAcrossJobs, loadRunsInOrder } from '../domain/last-backups.ts';
import type { LatestRunRef } from '../domain/last-backups.ts';
import { findServerByIdOrName } from '../domain/server-lookup.ts';
import { builder } from './builder.ts';
import { findRowById, findRowsById } from './hand-read-plan.ts';
import type { GraphQLContext } from './context.ts';
import { serverIdFromArgument } from './identity.ts';
import { AmbiguousServerNameError } from './server/type.ts';

/** A found server and the newest run of each of its jobs, newest first (docs/compatibility/rest-api.md#last-backups order). */
interface ServerLatestRuns {
  serverId: string;
  latestRuns: LatestRunRef[];
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
      resolve: (query, parent, _args, ctx) => {
        const latest = latestRunAcrossJobs(parent.latestRuns);
        return latest
          ? findRowById(ctx.prisma, 'Backup', query, latest.id, () => ctx.prisma.backup.findUnique({ ...query, where: { id: latest.id } }))
          : null;
      },
    }),
  }),
});

/** The found server, by hand when only its columns are asked; a server deleted since the lookup fails as the model query does. */
async function findServerOf(query: object, parent: ServerLatestRuns, ctx: GraphQLContext) {
  const modelQuery = () => ctx.prisma.server.findUniqueOrThrow({ ...query, where: { id: parent.serverId } });
  return (await findRowById(ctx.prisma, 'Server', query, parent.serverId, async () => null)) ?? modelQuery();
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
      resolve: (query, parent, _args, ctx) =>
        loadRunsInOrder(parent.latestRuns, (ids) =>
          findRowsById(ctx.prisma, 'Backup', query, ids, () => ctx.prisma.backup.findMany({ ...query, where: { id: { in: ids } } })),
        ),
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
async function findServerLatestRuns(identifier: string, ctx: GraphQLContext): Promise<ServerLatestRuns | null> {
  const lookup = await findServerByIdOrName(ctx.prisma, serverIdFromArgument(identifier, 'server'));
  if (lookup.kind === 'not-found') return null;
  if (lookup.kind === 'ambiguous') {
    throw new AmbiguousServerNameError(
      lookup.candidates[0]!.name,
      lookup.candidates.map((candidate) => candidate.id),
    );
  }
  return { serverId: lookup.server.id, latestRuns: await findLatestRunsOfServer(ctx.prisma, lookup.server.id) };
}

builder.queryFields((t) => ({
  lastBackup: t.field({
    type: LastBackupRef,
    nullable: true,
    description: 'A server (global id, machine-id or exact name) and its newest run; null when no server matches.',
    errors: { types: [AmbiguousServerNameError] },
    args: { server: t.arg.string({ required: true, description: 'Global id, machine-id or exact name.' }) },
    resolve: (_root, args, ctx) => findServerLatestRuns(args.server, ctx),
  }),
  lastBackups: t.field({
    type: LastBackupsRef,
    nullable: true,
    description: "A server (global id, machine-id or exact name) and each job's newest run; null when no server matches.",
    errors: { types: [AmbiguousServerNameError] },
    args: { server: t.arg.string({ required: true, description: 'Global id, machine-id or exact name.' }) },
    resolve: (_root, args, ctx) => findServerLatestRuns(args.server, ctx),
  }),
}));
