import { GraphQLError } from 'graphql';
import { describeAge, NEVER } from '../domain/display-age.ts';
import { createHomepageOverview } from '../domain/homepage.ts';
import type { HomepageOverdueJob, HomepageOverview, HomepageServer } from '../domain/homepage.ts';
import { knownStatus } from '../domain/report/index.ts';
import { parseStoredTimestamp } from '../domain/timestamps.ts';
import { BackupStatusEnum } from './backup/type.ts';
import { OVERDUE_JOBS_DEFAULT_COUNT } from './backup-job/overdue-jobs-count.ts';
import { builder } from './builder.ts';
import { replacedBy } from './deprecation/deprecation-reasons.ts';
import { serverIdFromArgument } from './identity.ts';

/**
 * Shaped for Homepage's `customapi` widget, which maps JSON paths (`data.homepage.totalServers`,
 * `data.homepage.overdueJobs[0].backupName`) straight onto values and formats them itself:
 * flat scalars, durations in seconds (its `duration` format), ISO timestamps (`date`,
 * `relativeDate`), bytes as JSON numbers (`bytes`), lists for `display: dynamic-list`.
 * client-examples/homepage/services.yaml is the worked example.
 *
 * Homepage formats a missing value badly (`relativeDate` and `date` read null as 1970, `duration`
 * as an empty cell), so every nullable time has a `…Ago`/`…Text` field beside it that says
 * "never" instead, for a mapping without `format`.
 */

const AGO_DESCRIPTION =
  'How long ago the newest run started, as English text ("3 hours ago", "just now"), or "never" without runs. For a Homepage mapping without `format`, where `relativeDate` would show null as 1970.';

const HomepageOverdueJobRef = builder.objectRef<HomepageOverdueJob>('HomepageOverdueJob').implement({
  description: 'One overdue job, as one line of a dynamic list.',
  fields: (t) => ({
    serverId: t.exposeString('serverId', { description: "The server's machine-id." }),
    serverName: t.exposeString('serverName', { description: "The server's name." }),
    displayName: t.exposeString('displayName', { description: '"<server alias, or name> / <backup name>".' }),
    backupName: t.exposeString('backupName', { description: 'The name of the backup in Duplicati.' }),
    lastBackupAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When its newest run started; null without runs.',
      resolve: (job) => job.lastBackupAt,
    }),
    lastBackupAgo: t.string({
      description: AGO_DESCRIPTION,
      resolve: (job, _args, ctx) => describeAge(parseStoredTimestamp(job.lastBackupAt), ctx.now()),
    }),
    expectedAt: t.field({
      type: 'DateTime',
      description: 'When the next run was expected (the job is overdue once its tolerance has passed too).',
      resolve: (job) => job.expectedAt,
    }),
  }),
});

const HomepageServerRef = builder.objectRef<HomepageServer>('HomepageServer').implement({
  description: "One server's newest run, flattened.",
  fields: (t) => ({
    serverId: t.exposeString('serverId', { description: "The server's machine-id." }),
    name: t.exposeString('serverName', { description: "The server's name." }),
    displayName: t.exposeString('displayName', { description: 'The alias when set, else the name.' }),
    backupJobsCount: t.exposeInt('backupJobsCount', { description: 'Jobs with at least one run.' }),
    overdueBackupJobCount: t.exposeInt('overdueBackupsCount', { description: 'Its jobs overdue right now.' }),
    overdueBackupsCount: t.exposeInt('overdueBackupsCount', {
      description: 'Its jobs overdue right now.',
      deprecationReason: replacedBy('HomepageServer.overdueBackupJobCount', 'it counts jobs, while a backup elsewhere is one run'),
    }),
    lastBackupAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When its newest run started; null without runs.',
      resolve: (server) => server.lastBackup?.date ?? null,
    }),
    lastBackupAgo: t.string({
      description: AGO_DESCRIPTION,
      resolve: (server, _args, ctx) => describeAge(parseStoredTimestamp(server.lastBackup?.date), ctx.now()),
    }),
    secondsSinceLastBackup: t.exposeInt('secondsSinceLastBackup', {
      nullable: true,
      description: 'Whole seconds since its newest run started; null without runs.',
    }),
    lastBackupName: t.string({
      nullable: true,
      description: 'The job of its newest run; null without runs.',
      resolve: (server) => server.lastBackup?.backupName ?? null,
    }),
    lastBackupStatus: t.field({
      type: BackupStatusEnum,
      nullable: true,
      description: 'The status of its newest run; null without runs.',
      resolve: (server) => (server.lastBackup ? knownStatus(server.lastBackup.status) : null),
    }),
    lastBackupStatusText: t.string({
      description:
        'The newest run\'s status as duplistatus words it ("Success", "Warning", "Error", "Fatal", "Unknown"), or "never" without runs.',
      resolve: (server) => (server.lastBackup ? knownStatus(server.lastBackup.status) : NEVER),
    }),
    lastBackupDurationSeconds: t.float({
      nullable: true,
      description: 'How long its newest run took, in seconds; null without runs.',
      resolve: (server) => server.lastBackup?.durationSeconds ?? null,
    }),
    lastBackupUploadedSize: t.field({
      type: 'SafeInt',
      nullable: true,
      description: 'Bytes its newest run uploaded; null without runs.',
      resolve: (server) => server.lastBackup?.uploadedSize ?? null,
    }),
  }),
});

const HomepageRef = builder.objectRef<HomepageOverview>('Homepage').implement({
  description:
    'Everything a Homepage customapi widget maps, as flat values. Send it with `Accept: application/graphql-response+json` so a broken query answers 4xx, which Homepage shows as an error.',
  fields: (t) => ({
    totalServers: t.int({ description: 'Servers, including those without runs.', resolve: async (o) => (await o.summary()).totalServers }),
    totalBackupJobs: t.int({ description: 'Jobs with at least one run.', resolve: async (o) => (await o.summary()).totalBackups }),
    totalBackupRuns: t.int({ description: 'Stored runs.', resolve: async (o) => (await o.summary()).totalBackupsRuns }),
    totalUploadedSize: t.field({
      type: 'SafeInt',
      description: 'Bytes uploaded, summed over all runs.',
      resolve: async (o) => (await o.summary()).totalUploadedSize,
    }),
    totalStorageUsed: t.field({
      type: 'SafeInt',
      description: "Bytes at the destinations, summed over each server's latest run (as duplistatus's /api/summary).",
      resolve: async (o) => (await o.summary()).totalStorageUsed,
    }),
    totalBackupSize: t.field({
      type: 'SafeInt',
      description: "Bytes examined, summed over each server's latest run.",
      resolve: async (o) => (await o.summary()).totalBackupSize,
    }),
    overdueBackupJobCount: t.int({ description: 'Jobs overdue right now.', resolve: async (o) => (await o.summary()).overdueBackupsCount }),
    overdueBackupsCount: t.int({
      description: 'Jobs overdue right now.',
      deprecationReason: replacedBy('Homepage.overdueBackupJobCount', 'it counts jobs, while a backup elsewhere is one run'),
      resolve: async (o) => (await o.summary()).overdueBackupsCount,
    }),
    secondsSinceLastBackup: t.int({
      nullable: true,
      description: "Whole seconds since the newest run started (Homepage's `duration` format); null without runs.",
      resolve: async (o) => (await o.summary()).secondsSinceLastBackup,
    }),
    lastBackupAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the newest run started.',
      resolve: async (o) => (await o.summary()).lastBackupAt,
    }),
    lastBackupAgo: t.string({
      description: AGO_DESCRIPTION,
      resolve: async (o, _args, ctx) => describeAge((await o.summary()).lastBackupAt, ctx.now()),
    }),
    overdueJobs: t.field({
      type: [HomepageOverdueJobRef],
      description: 'Overdue jobs, the one expected longest ago first (for `display: dynamic-list`).',
      args: {
        first: t.arg.int({
          required: false,
          defaultValue: OVERDUE_JOBS_DEFAULT_COUNT,
          description: `At most this many jobs, the longest overdue (default ${OVERDUE_JOBS_DEFAULT_COUNT}, at most MAX_PAGE_SIZE), as Query.overdueJobs.`,
        }),
      },
      resolve: async (o, args, ctx) =>
        (await o.overdueJobs()).slice(0, Math.min(args.first ?? OVERDUE_JOBS_DEFAULT_COUNT, ctx.config.limits.maxPageSize)),
    }),
    servers: t.field({
      type: [HomepageServerRef],
      description: 'Every server with its newest run, by displayed name, case-insensitive (for `display: dynamic-list`).',
      resolve: (o) => o.servers(),
    }),
    server: t.field({
      type: HomepageServerRef,
      nullable: true,
      description:
        'One server by global id, machine-id or exact name. An unknown or ambiguous name is an error with HTTP status 404 or 400: the only failure a customapi widget can show.',
      args: { server: t.arg.string({ required: true, description: 'Global id, machine-id or exact name.' }) },
      resolve: async (o, args) => {
        const lookup = await o.server(serverIdFromArgument(args.server, 'server'));
        if (lookup.kind === 'found') return lookup.server;
        // Homepage reads no GraphQL `errors` and cannot select a typed error; it shows a non-2xx
        // answer as an error, so the HTTP status is how an unknown name becomes visible there.
        if (lookup.kind === 'not-found') {
          throw new GraphQLError(`No server found with identifier: ${args.server}`, {
            extensions: { code: 'SERVER_NOT_FOUND', http: { status: 404 } },
          });
        }
        const ids = lookup.candidates.map((candidate) => candidate.id);
        throw new GraphQLError(`Multiple servers are named "${args.server}"; use one of their ids instead: ${ids.join(', ')}`, {
          extensions: { code: 'AMBIGUOUS_SERVER_NAME', candidateIds: ids, http: { status: 400 } },
        });
      },
    }),
  }),
});

builder.queryField('homepage', (t) =>
  t.field({
    type: HomepageRef,
    description: 'Flat values for dashboards that map JSON paths, such as Homepage (gethomepage.dev).',
    resolve: (_root, _args, ctx) => createHomepageOverview(ctx.prisma, ctx.now()),
  }),
);
