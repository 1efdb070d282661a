import { latestOf } from '../../domain/latest-run.ts';
import { BACKUP_ORDER_DESCRIPTION, BackupOrder, backupOrderBy } from '../backup/order.ts';
import { BackupRef } from '../backup/type.ts';
import { builder } from '../builder.ts';
import { ErrorInterface } from '../errors.ts';

export class AmbiguousServerNameError extends Error {
  constructor(
    readonly serverName: string,
    readonly candidateIds: string[],
  ) {
    super(`Multiple servers are named "${serverName}"; use one of their ids instead: ${candidateIds.join(', ')}`);
    this.name = 'AmbiguousServerNameError';
  }
}

builder.objectType(AmbiguousServerNameError, {
  name: 'AmbiguousServerNameError',
  description: 'A name matched several servers (a reinstalled Duplicati gets a new machine-id).',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    name: t.exposeString('serverName', { description: 'The name that matched.' }),
    candidates: t.prismaField({
      type: ['Server'],
      description: 'Every server with that name, newest first: ask again by one of their ids.',
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
  description: 'A machine that runs Duplicati, known by the machine-id its reports carry.',
  fields: (t) => ({
    serverId: t.exposeString('id', { description: "Duplicati's machine-id (Extra.machine-id)." }),
    name: t.exposeString('name', { description: 'The machine name from the first report; later reports never change it.' }),
    alias: t.exposeString('alias', { description: 'A display name set in this server; empty when none.' }),
    note: t.exposeString('note', { description: 'Free text set in this server; empty when none.' }),
    url: t.exposeString('serverUrl', { description: "URL of this server's Duplicati web UI, if set." }),
    createdAt: t.field({
      type: 'DateTime',
      description: 'When it was first stored (its first report).',
      select: { createdAt: true },
      resolve: (server) => server.createdAt,
    }),
    updatedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: "When this server's record last changed (created, edited, merged into, or a job deleted); null when not recorded.",
      select: { updatedAt: true },
      resolve: (server) => server.updatedAt,
    }),
    backupJobs: t.relation('backupJobs', {
      description: 'Its backup jobs, by name.',
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
      description: 'Its runs across all jobs, newest first unless orderBy says otherwise.',
      args: { orderBy: t.arg({ type: BackupOrder, required: false, description: BACKUP_ORDER_DESCRIPTION }) },
      query: (args) => ({ orderBy: backupOrderBy(args.orderBy) }),
      totalCount: true,
    }),
  }),
});
