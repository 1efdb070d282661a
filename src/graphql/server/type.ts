import { GraphQLError } from 'graphql';
import { latestOf } from '../../domain/latest-run.ts';
import { findServerByName } from '../../domain/server-lookup.ts';
import { BackupRef } from '../backup/type.ts';
import { builder } from '../builder.ts';
import { ErrorInterface } from '../errors.ts';
import { serverIdFromArgument } from '../identity.ts';

export class AmbiguousServerNameError extends Error {
  constructor(
    readonly serverName: string,
    readonly candidateIds: string[],
  ) {
    super(
      `Multiple servers are named "${serverName}"; use one of their ids instead: ${candidateIds.join(', ')}`,
    );
    this.name = 'AmbiguousServerNameError';
  }
}

builder.objectType(AmbiguousServerNameError, {
  name: 'AmbiguousServerNameError',
  description: 'A name matched several servers (a reinstalled Duplicati gets a new machine-id).',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    name: t.exposeString('serverName'),
    candidates: t.prismaField({
      type: ['Server'],
      resolve: (query, error, _args, ctx) =>
        ctx.prisma.server.findMany({ ...query, where: { id: { in: error.candidateIds } }, orderBy: { createdAt: 'desc' } }),
    }),
  }),
});

export const ServerRef = builder.prismaNode('Server', {
  id: { field: 'id' },
  // A record that is gone reads as null in node(id:)/nodes(ids:) (src/graphql/node-lookup.ts).
  nullable: true,
  select: { id: true },
  fields: (t) => ({
    serverId: t.exposeString('id', { description: "Duplicati's machine-id (Extra.machine-id)." }),
    name: t.exposeString('name', { description: 'The machine name from the first report; later reports never change it.' }),
    alias: t.exposeString('alias'),
    note: t.exposeString('note'),
    url: t.exposeString('serverUrl', { description: "URL of this server's Duplicati web UI, if set." }),
    createdAt: t.field({ type: 'DateTime', select: { createdAt: true }, resolve: (server) => server.createdAt }),
    updatedAt: t.field({
      type: 'DateTime',
      nullable: true,
      select: { updatedAt: true },
      resolve: (server) => server.updatedAt,
    }),
    backupJobs: t.relation('backupJobs', {
      query: { orderBy: [{ backupName: 'asc' }] },
    }),
    latestBackup: t.field({
      type: BackupRef,
      nullable: true,
      description: "The newest run across this server's jobs.",
      select: (_args, _ctx, nestedSelection) => ({
        backupJobs: { select: { latestBackup: nestedSelection({ select: { id: true, date: true } }) } },
      }),
      resolve: (server) => latestOf(server.backupJobs.map((job) => job.latestBackup)),
    }),
    backups: t.relatedConnection('backups', {
      cursor: 'id',
      query: () => ({ orderBy: [{ date: 'desc' }, { id: 'asc' }] }),
      totalCount: true,
    }),
  }),
});

/** The root field builder; the deprecated twins in deprecated-shims.ts are built by the same functions. */
type QueryFieldBuilder = Parameters<Parameters<typeof builder.queryFields>[0]>[0];

export interface TwinFieldOptions {
  description?: string;
  deprecationReason?: string;
}

export function serversConnectionField(t: QueryFieldBuilder, twin: TwinFieldOptions = {}) {
  return t.prismaConnection({
    type: 'Server',
    cursor: 'id',
    args: {
      name: t.arg.string({ required: false, description: 'Exact name.' }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.server.findMany({
        ...query,
        where: args.name ? { name: args.name } : {},
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
    totalCount: (_root, args, ctx) => ctx.prisma.server.count({ where: args.name ? { name: args.name } : {} }),
    ...twin,
  });
}

export function serverLookupField(t: QueryFieldBuilder, twin: TwinFieldOptions = {}) {
  return t.prismaField({
    type: 'Server',
    nullable: true,
    description: 'One server by global id or machine-id (`id`), or by exact name (`name`).',
    errors: { types: [AmbiguousServerNameError] },
    args: {
      id: t.arg.id({ required: false }),
      name: t.arg.string({ required: false }),
    },
    resolve: async (query, _root, args, ctx) => {
      if (Boolean(args.id) === Boolean(args.name)) throw new GraphQLError('Give exactly one of id or name.');
      if (args.id) {
        return ctx.prisma.server.findUnique({ ...query, where: { id: serverIdFromArgument(String(args.id)) } });
      }
      const lookup = await findServerByName(ctx.prisma, args.name!);
      if (lookup.kind === 'ambiguous') {
        throw new AmbiguousServerNameError(lookup.candidates[0]!.name, lookup.candidates.map((c) => c.id));
      }
      if (lookup.kind === 'not-found') return null;
      return ctx.prisma.server.findUnique({ ...query, where: { id: lookup.server.id } });
    },
    ...twin,
  });
}

builder.queryFields((t) => ({
  servers: serversConnectionField(t),
  server: serverLookupField(t),
}));
